package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Measure;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Plans written from generated parts the way communes write them (per area "a) Chỉ tiêu" and "b)
 * Nhiệm vụ" lists, deadlines in the measures' sentences, with or without diacritics) read back to
 * those parts; and any text at all reads to a plan or to an error that says why not.
 */
class PlanReaderProperties {
  private static final List<String> SUBJECTS = List.of("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
      "Tỷ lệ văn bản được gửi nhận dưới dạng điện tử", "Tỷ lệ cán bộ, công chức được bồi dưỡng",
      "Tỷ lệ thủ tục hành chính được công khai đầy đủ");
  private static final List<String> WORDS = List.of("rà soát", "công khai", "văn bản", "hồ sơ", "thủ tục", "cán bộ",
      "công chức", "tuyên truyền", "bộ phận một cửa", "hướng dẫn", "cập nhật", "dữ liệu", "người dân", "thôn");

  /** A target as written, and the comparison and threshold it states. */
  record WrittenTarget(String sentence, Target.Comparison comparison, int threshold) {}

  /** A measure as written, and its deadline if it gives one. */
  record WrittenMeasure(String sentence, Optional<LocalDate> deadline) {}

  /** An area's lists. */
  record WrittenArea(ReformArea area, List<WrittenTarget> targets, List<WrittenMeasure> measures) {}

  /** A plan as written. */
  record WrittenPlan(int year, String commune, List<WrittenArea> areas, boolean stripped) {
    String text() {
      StringBuilder s = new StringBuilder();
      s.append("ỦY BAN NHÂN DÂN XÃ ").append(commune.toUpperCase(java.util.Locale.ROOT)).append("\n\nSố: 5/KH-UBND\n\n")
          .append(commune).append(", ngày 10 tháng 01 năm ").append(year).append("\n\nKẾ HOẠCH\n")
          .append("\nCải cách hành chính xã ").append(commune).append(" năm ").append(year).append("\n\n")
          .append("Căn cứ Kế hoạch số 100/KH-UBND ngày 20/12/").append(year - 1).append(" của Ủy ban nhân dân huyện;\n\n")
          .append("I. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\n\n");
      for (int i = 0; i < areas.size(); i++) {
        WrittenArea a = areas.get(i);
        s.append(i + 1).append(". ").append(a.area().vietnameseName()).append("\n\na) Chỉ tiêu\n\n");
        a.targets().forEach(t -> s.append("- ").append(t.sentence()).append("\n\n"));
        s.append("b) Nhiệm vụ\n\n");
        a.measures().forEach(m -> s.append("- ").append(m.sentence()).append("\n\n"));
      }
      s.append("II. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Văn phòng - Thống kê: Theo dõi, đôn đốc thực hiện Kế hoạch.\n");
      return stripped ? strip(s.toString()) : s.toString();
    }
  }

  static String strip(String text) {
    String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "");
  }

  @Provide
  Arbitrary<WrittenPlan> plans() {
    Arbitrary<WrittenTarget> target = Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(10, 99)).as((subject, form, n) -> switch (form) {
          case 0 -> new WrittenTarget(subject + " đạt trên " + n + "%.", Target.Comparison.GREATER_THAN, n);
          case 1 -> new WrittenTarget(subject + " đạt tối thiểu " + n + "%.", Target.Comparison.AT_LEAST, n);
          case 2 -> new WrittenTarget(subject + " đạt " + n + "% trở lên.", Target.Comparison.AT_LEAST, n);
          case 3 -> new WrittenTarget(subject + " đạt tối đa " + n + "%.", Target.Comparison.AT_MOST, n);
          default -> new WrittenTarget("100% " + subject.substring("Tỷ lệ ".length()) + ".", Target.Comparison.EQUAL, 100);
        });
    Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(8)
        .map(w -> Character.toUpperCase(String.join(" ", w).charAt(0)) + String.join(" ", w).substring(1));
    Arbitrary<Integer> year = Arbitraries.integers().between(2021, 2030);
    return year.flatMap(y -> {
      Arbitrary<WrittenMeasure> measure = Combinators.combine(sentence,
          Arbitraries.integers().between(1, 12).optional(0.5), Arbitraries.integers().between(1, 28))
          .as((text, month, day) -> month.isEmpty() ? new WrittenMeasure(text + ".", Optional.empty())
              : new WrittenMeasure(text + ", hoàn thành trước ngày " + day + "/" + month.get() + "/" + y + ".",
                  Optional.of(LocalDate.of(y, month.get(), day).minusDays(1))));
      Arbitrary<WrittenArea> area = Combinators.combine(Arbitraries.of(ReformArea.values()),
          target.list().ofMinSize(1).ofMaxSize(3), measure.list().ofMinSize(1).ofMaxSize(3)).as(WrittenArea::new);
      return Combinators.combine(Arbitraries.of("Tân Lập", "Hòa Bình", "Đông Xuân", "Yên Phú"),
          area.list().ofMinSize(1).ofMaxSize(4).uniqueElements(WrittenArea::area), Arbitraries.of(true, false))
          .as((commune, areas, stripped) -> new WrittenPlan(y, commune, areas, stripped));
    });
  }

  @Property(tries = 150)
  void aWrittenPlanReadsBackToItsParts(@ForAll("plans") WrittenPlan written) {
    PlanReading reading = PlanReader.builder().build().read(written.text());
    Plan plan = reading.plan().orElseThrow(() -> new AssertionError(reading.report().findings() + "\n" + written.text()));
    assertEquals(Year.of(written.year()), plan.year());
    List<Target> targets = plan.keyTargets();
    List<WrittenTarget> expected = written.areas().stream().flatMap(a -> a.targets().stream()).toList();
    assertEquals(expected.size(), targets.size(), written.text());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).comparison(), targets.get(i).comparison(), expected.get(i).sentence());
      assertEquals(0, BigDecimal.valueOf(expected.get(i).threshold()).compareTo(targets.get(i).threshold().orElseThrow()));
    }
    List<Measure> measures = plan.measures();
    List<WrittenMeasure> expectedMeasures = new ArrayList<>();
    List<ReformArea> expectedAreas = new ArrayList<>();
    for (WrittenArea a : written.areas()) {
      expectedMeasures.addAll(a.measures());
      a.measures().forEach(m -> expectedAreas.add(a.area()));
    }
    assertEquals(expectedMeasures.size(), measures.size(), written.text());
    for (int i = 0; i < measures.size(); i++) {
      assertEquals(expectedAreas.get(i), measures.get(i).area(), measures.get(i).text());
      String sentence = written.stripped() ? strip(expectedMeasures.get(i).sentence()) : expectedMeasures.get(i).sentence();
      assertEquals(sentence, measures.get(i).text());
      assertEquals(expectedMeasures.get(i).deadline(), measures.get(i).timeframe().flatMap(t -> t.dueDate()));
    }
    long dated = expectedMeasures.stream().filter(m -> m.deadline().isPresent()).count();
    assertEquals(dated, plan.trackedItems().size(), "every dated measure is tracked, and nothing else");
    assertEquals(plan, CchcJson.readPlan(CchcJson.writePlan(plan)), "what cchc writes, it reads back");
  }

  /** A row of a task table as a scan runs its columns together, and whether the scan kept its number. */
  record ScannedRow(String verb, List<String> words, int before, int after, boolean numbered, Optional<ReformArea> section) {}

  @Provide
  Arbitrary<List<ScannedRow>> scannedRows() {
    Arbitrary<ScannedRow> row = Combinators.combine(Arbitraries.of("Xây dựng", "Triển khai", "Tổ chức", "Rà soát", "Kiểm tra",
        "Tiếp tục", "Đánh giá"), Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(5), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 2), Arbitraries.of(true, true, true, false), Arbitraries.of(ReformArea.values()).optional(0.3))
        .as(ScannedRow::new);
    return row.list().ofMinSize(1).ofMaxSize(25);
  }

  /**
   * A table a scan ran together reads back to its rows: each by its number, printed or lost between
   * two printed ones, with its opening line and the area of its section; the header repeated on
   * each page is no row.
   */
  @Property(tries = 200)
  void aRunTogetherTableReadsBackToItsRows(@ForAll("scannedRows") List<ScannedRow> rows) {
    List<ScannedTable.Line> lines = new ArrayList<>();
    String header = "TT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Sản phẩm";
    List<String> openings = new ArrayList<>();
    List<Optional<ReformArea>> areas = new ArrayList<>();
    Optional<ReformArea> area = Optional.empty();
    boolean previousNumbered = true;
    String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
    lines.add(new ScannedTable.Line(header, 1));
    for (int k = 1; k <= rows.size(); k++) {
      ScannedRow r = rows.get(k - 1);
      if (r.section().isPresent()) {
        area = r.section();
        lines.add(new ScannedTable.Line(numerals[r.section().get().ordinal()] + ". " + r.section().get().vietnameseName(), 0));
      }
      if (k % 7 == 0) {
        lines.add(new ScannedTable.Line(header, 0));
      }
      String opening = r.verb() + " " + String.join(" ", r.words()) + " năm 2024 Sở Nội vụ Các sở, ngành";
      lines.add(new ScannedTable.Line(opening, 0));
      for (int i = 0; i < r.before(); i++) {
        lines.add(new ScannedTable.Line("các cơ quan, đơn vị có liên quan Quý " + (i + 1), 0));
      }
      // The scan loses a number only between two it kept, as the property's rows are then placeable.
      boolean numbered = r.numbered() || !previousNumbered || k == rows.size();
      lines.add(new ScannedTable.Line((numbered ? k + " | " : "/ ") + "thành phố năm 2024 huyện 2024 Kế hoạch", 0));
      for (int i = 0; i < r.after(); i++) {
        lines.add(new ScannedTable.Line("của Ủy ban nhân dân thành phố", 0));
      }
      previousNumbered = numbered;
      openings.add(opening);
      areas.add(area);
    }
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, new ScannedTable.Line(lines.get(i).text(), i + 1));
    }
    List<ScannedTable.Row> read = ScannedTable.read(lines).orElseThrow().rows();
    assertEquals(rows.size(), read.size(), () -> String.join("\n", lines.stream().map(ScannedTable.Line::text).toList()));
    for (int k = 0; k < read.size(); k++) {
      assertEquals(String.valueOf(k + 1), read.get(k).number());
      assertEquals(openings.get(k), read.get(k).opening());
      assertEquals(areas.get(k), read.get(k).area(), read.get(k).opening());
    }
  }

  @Property(tries = 300)
  void anyTextReadsToAPlanOrSaysWhyNot(@ForAll("texts") String text) {
    PlanReading reading = PlanReader.builder().build().read(text);
    if (reading.plan().isEmpty()) {
      List<Finding> errors = reading.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      assertEquals(1, errors.size(), reading.report().findings().toString());
      assertTrue(errors.get(0).code().startsWith("READ_"), errors.get(0).code());
    }
  }

  /** Seed 002's published text, from the project's root (this module's tests run in the module's folder). */
  private static final String PUBLISHED = published();

  private static String published() {
    java.nio.file.Path file = java.nio.file.Path.of("cchc-examples", "data", "hai-phong-2024.txt");
    try {
      return java.nio.file.Files.readString(java.nio.file.Files.exists(file) ? file : java.nio.file.Path.of("..").resolve(file),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One change a damaged file or a bad scan makes to a text: at a place, of a kind, with a char. */
  record Mutation(double at, int kind, char c, int length) {}

  /**
   * A published plan damaged anywhere (a run cut out, a line doubled, a char put in or swapped,
   * tabs and line breaks included) reads to a plan or says why not, and never throws.
   */
  @Property(tries = 60)
  void aPublishedPlanDamagedAnywhereReadsOrSaysWhyNot(@ForAll("mutations") List<Mutation> mutations) {
    StringBuilder text = new StringBuilder(PUBLISHED);
    for (Mutation m : mutations) {
      int at = (int) (m.at() * text.length());
      int end = Math.min(text.length(), at + m.length());
      switch (m.kind()) {
        case 0 -> text.delete(at, end);
        case 1 -> text.insert(at, text.substring(at, end));
        case 2 -> text.insert(at, m.c());
        default -> {
          if (at < text.length()) {
            text.setCharAt(at, m.c());
          }
        }
      }
    }
    anyTextReadsToAPlanOrSaysWhyNot(text.toString());
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars(), Arbitraries.of('\n', '\t', ' ', '.', ')', '%', '/', '6', '¢'));
    return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3), chars,
        Arbitraries.integers().between(1, 400)).as(Mutation::new).list().ofMinSize(1).ofMaxSize(30);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
        Arbitraries.of("KẾ HOẠCH", "Cải cách hành chính năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "a) Chỉ tiêu",
            "- Trên 98% hồ sơ", "1. Cải cách thể chế", "Số: 1/KH-UBND", "ỦY BAN NHÂN DÂN XÃ A", "b) Nhiệm vụ:", "\t",
            "III. KINH PHÍ", "- 150% thủ tục", "báo cáo quý trước ngày 40 tháng cuối quý", "trước ngày 31/02/2024", ""));
    return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
  }
}
