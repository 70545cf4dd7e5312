package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Task;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import io.github.cchc.testing.CchcArbitraries;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Task tables written from generated plans, the way officers lay them out (columns in any order and
 * wording, headers without diacritics, blank rows, page breaks that repeat the header and cut a
 * row), import back to the plans' tasks.
 */
class TaskTableProperties {
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
  private static final List<List<String>> HEADERS = List.of(
      List.of("TT", "STT", "S.T.T"),
      List.of("Nội dung công việc", "Nhiệm vụ", "Nội dung"),
      List.of("Cơ quan chủ trì", "Cơ quan thực hiện", "Chủ trì"),
      List.of("Cơ quan phối hợp", "Phối hợp"),
      List.of("Thời gian thực hiện/ hoàn thành", "Thời gian", "Thời hạn hoàn thành"),
      List.of("Sản phẩm", "Kết quả", "Sản phẩm đầu ra"));

  /** How a table is laid out: which columns in which order, their words, and where it is cut. */
  record Layout(List<TaskColumn> columns, List<Integer> wording, boolean plainHeader, boolean plainAgencies,
      Set<Integer> blankRowsAfter, Set<Integer> pageBreaksIn) {}

  record Case(Plan plan, Layout layout) {}

  @Property(tries = 200)
  void aTableWrittenFromAPlanImportsBackToItsTasks(@ForAll("tables") Case c) {
    List<List<String>> table = write(c.plan(), c.layout());
    TaskImport result = importer(c.plan()).read(table);
    assertEquals(expected(c.plan(), c.layout(), Function.identity()), result.tasks());
    List<Finding> notInfo = result.report().findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(List.of(), notInfo);
    assertEquals(c.layout().pageBreaksIn().size(), result.report().findings("IMPORT_JOINED_ROW").size());
    assertEquals(List.of("1"), result.report().findings("IMPORT_SKIPPED_ROW").stream().map(f -> f.subject().label())
        .toList(), "the title above the header");
  }

  /** A table saved in decomposed Unicode (NFD) imports to the tasks its composed form does (issue 20, item 3). */
  @Property(tries = 100)
  void aTableInDecomposedUnicodeImportsAsItsComposedForm(@ForAll("tables") Case c) {
    List<List<String>> table = write(c.plan(), c.layout());
    List<List<String>> decomposed = table.stream().map(row -> row.stream()
        .map(cell -> java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFD)).toList()).toList();
    TaskImport composed = importer(c.plan()).read(table);
    TaskImport read = importer(c.plan()).read(decomposed);
    assertEquals(composed.tasks(), read.tasks());
    assertEquals(composed.report(), read.report());
  }

  @Property(tries = 200)
  void aMissingColumnIsNamedAndOnlyItsFieldIsLost(@ForAll("tables") Case c, @ForAll("droppable") TaskColumn dropped) {
    Layout layout = c.layout();
    List<TaskColumn> columns = new ArrayList<>(layout.columns());
    columns.remove(dropped);
    Layout without = new Layout(columns, layout.wording(), layout.plainHeader(), layout.plainAgencies(),
        layout.blankRowsAfter(), layout.pageBreaksIn());
    Plan flat = Plan.builder().from(c.plan()).tasks(c.plan().tasks().stream()
        .map(t -> Task.builder().from(t).subtasks(List.of()).build()).toList()).build();
    TaskImport result = importer(flat).read(write(flat, without));
    assertEquals(expected(flat, without, t -> lose(t, dropped)), result.tasks());
    List<Finding> missing = result.report().findings("IMPORT_MISSING_COLUMN");
    assertEquals(1, missing.size(), result.report().toString());
    assertEquals(dropped, missing.get(0).facts().get("column"));
    assertEquals(Subject.of(Subject.Kind.ROW, "2"), missing.get(0).subject(), "the header row");
  }

  @Property(tries = 300)
  void everyRowOfAnyPlanIsATaskOrAFinding(@ForAll Plan plan) {
    Layout layout = new Layout(List.of(TaskColumn.values()), List.of(0, 0, 0, 0, 0, 0), false, false, Set.of(), Set.of());
    List<List<String>> table = write(plan, layout);
    TaskImport result = importer(plan).read(table);
    long rows = table.stream().skip(2).filter(r -> r.stream().anyMatch(s -> s.chars().anyMatch(Character::isLetterOrDigit)))
        .count();
    long sections = table.stream().skip(2).filter(r -> r.size() == 1).count();
    long tasks = result.tasks().stream().flatMap(t -> Stream.concat(Stream.of(t), t.subtasks().stream())).count();
    assertEquals(rows - sections, tasks + result.report().findings("IMPORT_NO_CONTENT").size(), result.report().toString());
    for (Finding f : result.report().findings()) {
      assertTrue(f.pointer().matches("(/\\d+){0,2}"), f.toString());
      assertFalse(f.message().contains("{") || f.message(Locale.ENGLISH).contains("{"), f.toString());
    }
  }

  @Property(tries = 2000)
  void importingAnyCellsIsTotal(@ForAll("cells") List<List<String>> rows) {
    TaskImport result = TaskTableImporter.builder().year(java.time.Year.of(2024)).build().read(rows);
    assertEquals(result, TaskTableImporter.builder().year(java.time.Year.of(2024)).build().read(rows), "deterministic");
    result.report().findings().forEach(f -> assertFalse(f.message().isBlank()));
  }

  @Property(tries = 2000)
  void importingTablesOfHeadersAndOddRowsIsTotal(@ForAll("oddTables") List<List<String>> rows) {
    TaskImport result = TaskTableImporter.builder().year(java.time.Year.of(2024)).build().read(rows);
    result.report().findings().forEach(f -> assertFalse(f.message().isBlank()));
  }

  // ------------------------------------------------------------------ generators

  /** Header rows among rows whose cells are drawn, column by column, from what tables hold, the awkward cases often. */
  @Provide
  Arbitrary<List<List<String>>> oddTables() {
    List<String> header = List.of("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm");
    Arbitrary<List<String>> row = Combinators.combine(
            Arbitraries.of("", "", " ", "1", "12.", "-", "a)", "II", "VI. Cải cách tài chính công", "IX. Khác", "TT"),
            Arbitraries.of("", "Rà soát", "thủ tục", "- Thành phố", "b) Rà soát", "Nhiệm vụ", ".", "III. Cải cách thủ tục hành chính"),
            Arbitraries.of("", "", "", "", "Sở Nội vụ; UBND quận, huyện", "; ;", "- ", "Chủ trì"),
            Arbitraries.of("", "", "", "Sở Lạ, Sở Nội vụ", "và"),
            Arbitraries.of("", "", "", "Quý IV/2024", "Quý 5/2024", "Thời gian"),
            Arbitraries.of("", ".", ".", "Báo cáo", "- ", "Kết quả", "- Báo cáo - Kế hoạch"),
            Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 5)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(6, 7))))
        .as((a, b, c, d, e, f, size) -> {
          List<String> cells = new java.util.ArrayList<>(List.of(a, b, c, d, e, f, "Ghi chú"));
          return List.copyOf(cells.subList(0, size));
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(header)), net.jqwik.api.Tuple.of(3, row))
        .list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Case> tables() {
    return CchcArbitraries.consistentPlans().flatMap(plan -> {
      int n = plan.tasks().size();
      Arbitrary<Plan> withSubRows = Arbitraries.integers().between(0, n - 1).set().ofMaxSize(3)
          .map(parents -> withSubRows(plan, parents));
      Arbitrary<Layout> layouts = Combinators.combine(
          Arbitraries.shuffle(TaskColumn.values()),
          Arbitraries.integers().between(0, 2).list().ofSize(6),
          Arbitraries.of(false, true), Arbitraries.of(false, true),
          Arbitraries.integers().between(0, n - 1).set().ofMaxSize(3),
          Arbitraries.integers().between(0, n - 1).set().ofMaxSize(3)).as(Layout::new);
      return Combinators.combine(withSubRows, layouts).as(Case::new);
    });
  }

  @Provide
  Arbitrary<TaskColumn> droppable() {
    return Arbitraries.of(TaskColumn.NUMBER, TaskColumn.LEADS, TaskColumn.COORDINATORS, TaskColumn.TIMEFRAME,
        TaskColumn.PRODUCTS);
  }

  @Provide
  Arbitrary<List<List<String>>> cells() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.of("", " ", "TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "Sản phẩm", "I. Cải cách thể chế",
            "IX. Khác", "- Thành phố", "a)", "b) Rà soát", "Sở Nội vụ; UBND quận, huyện", "Quý IV/2024", "Quý 5/2024",
            "95% hồ sơ đúng hạn", "----", "1", ".", "-", "- ", "a) b", "VI.", "thủ tục"),
        Arbitraries.strings().ofMaxLength(12));
    return cell.list().ofMaxSize(8).list().ofMaxSize(12);
  }

  private static Plan withSubRows(Plan plan, Set<Integer> parents) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < plan.tasks().size(); i++) {
      Task t = plan.tasks().get(i);
      if (parents.contains(i)) {
        String number = i % 2 == 0 ? "-" : "a)";
        t = Task.builder().from(t).addSubtask(Task.builder().from(t).number(number).content("Thực hiện tại cấp huyện")
            .subtasks(List.of()).build()).build();
      }
      tasks.add(t);
    }
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  // ------------------------------------------------------------------ writing a table

  private static TaskTableImporter importer(Plan plan) {
    return TaskTableImporter.builder().year(plan.year()).directory(plan.directory()).build();
  }

  static List<List<String>> write(Plan plan, Layout layout) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Danh mục nhiệm vụ cải cách hành chính năm " + plan.year()));
    List<String> header = new ArrayList<>();
    for (TaskColumn c : layout.columns()) {
      List<String> words = HEADERS.get(c.ordinal());
      String h = words.get(layout.wording().get(c.ordinal()) % words.size());
      header.add(layout.plainHeader() ? plain(h).toUpperCase(Locale.ROOT) : h);
    }
    rows.add(header);
    Optional<ReformArea> area = Optional.empty();
    for (int i = 0; i < plan.tasks().size(); i++) {
      Task t = plan.tasks().get(i);
      if (t.area().isPresent() && !t.area().equals(area)) {
        area = t.area();
        rows.add(List.of(ROMAN[area.get().ordinal()] + ". " + area.get().vietnameseName()));
      }
      if (layout.pageBreaksIn().contains(i)) {
        String content = t.content();
        int cut = content.lastIndexOf(' ');
        List<Product> products = t.products();
        String product = products.isEmpty() ? "" : products.get(0).text();
        int productCut = product.lastIndexOf(' ');
        Task head = Task.builder().from(t).content(content.substring(0, cut))
            .products(productCut < 0 ? products : List.of(Product.of(product.substring(0, productCut)))).build();
        rows.add(row(head, plan, layout));
        rows.add(List.of(""));
        rows.add(header);
        List<String> tail = new ArrayList<>();
        for (TaskColumn c : layout.columns()) {
          tail.add(c == TaskColumn.CONTENT ? content.substring(cut + 1)
              : c == TaskColumn.PRODUCTS && productCut >= 0 ? product.substring(productCut + 1) : "");
        }
        rows.add(tail);
      } else {
        rows.add(row(t, plan, layout));
      }
      for (Task sub : t.subtasks()) {
        rows.add(row(sub, plan, layout));
      }
      if (layout.blankRowsAfter().contains(i)) {
        rows.add(List.of("", " ", ""));
      }
    }
    return rows;
  }

  private static List<String> row(Task t, Plan plan, Layout layout) {
    String number = t.number().orElse("");
    List<String> cells = new ArrayList<>();
    for (TaskColumn c : layout.columns()) {
      cells.add(switch (c) {
        case NUMBER -> number.equals("-") ? "" : number;
        case CONTENT -> number.equals("-") ? "- " + t.content() : t.content();
        case LEADS -> parties(t.leads(), plan.directory(), layout);
        case COORDINATORS -> parties(t.coordinators(), plan.directory(), layout);
        case TIMEFRAME -> t.timeframe().map(tf -> tf.text()).orElse(t.unreadTimeframe().orElse(""));
        case PRODUCTS -> String.join("; ", t.products().stream().map(Product::text).toList());
      });
    }
    return cells;
  }

  private static String parties(List<Party> parties, AgencyDirectory directory, Layout layout) {
    return String.join("; ", parties.stream().map(p -> printed(p, directory, layout)).toList());
  }

  private static String printed(Party p, AgencyDirectory directory, Layout layout) {
    String name = switch (p.kind()) {
      case AGENCY -> directory.find(p.ref()).orElseThrow().name();
      case GROUP -> p.printed().orElse(directory.findGroup(p.ref()).orElseThrow().name());
      case NAMED -> p.ref();
    };
    return layout.plainAgencies() && p.kind() != Party.Kind.NAMED ? plain(name) : name;
  }

  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
  }

  // ------------------------------------------------------------------ what should come back

  /** The plan's tasks as a table carries them: parties with the words printed. */
  private static List<Task> expected(Plan plan, Layout layout, Function<Task, Task> change) {
    List<Task> out = new ArrayList<>();
    for (Task t : plan.tasks()) {
      List<Task> subs = t.subtasks().stream().map(s -> change.apply(printed(s, plan, layout))).toList();
      out.add(Task.builder().from(change.apply(printed(t, plan, layout))).subtasks(subs).build());
    }
    return out;
  }

  private static Task printed(Task t, Plan plan, Layout layout) {
    Function<Party, Party> words = p -> p.kind() == Party.Kind.NAMED ? p : p.withPrinted(printed(p, plan.directory(), layout));
    return Task.builder().from(t).leads(t.leads().stream().map(words).toList())
        .coordinators(t.coordinators().stream().map(words).toList()).build();
  }

  private static Task lose(Task t, TaskColumn column) {
    Task.Builder b = Task.builder().from(t);
    switch (column) {
      case NUMBER -> b.number(Optional.empty());
      case LEADS -> b.leads(List.of());
      case COORDINATORS -> b.coordinators(List.of());
      case TIMEFRAME -> b.timeframe(Optional.empty());
      case PRODUCTS -> b.products(List.of());
      default -> throw new IllegalArgumentException(column.toString());
    }
    return b.build();
  }
}
