package io.github.cchc.examples.bench;

import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Measure;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole built-in catalog against one hand-written loop doing every check the catalog makes of
 * a plan as written (no inputs, no date: the check on every save), producing (code, JSON Pointer)
 * records. Generated plans without prose, with sub-rows, measures, responsibilities, key targets,
 * legal bases and a reporting schedule, and a chosen share of rows carrying one of twelve row
 * defects in turn (plus one of each plan-level defect when the share is not zero).
 *
 * <p>The two rules that scan the plan's prose for cited documents are left out of this
 * comparison and measured apart ({@link ProseScanBenchmark}) on prose of a known length, since their cost grows with the characters of the text, not with its rows. The
 * thirteen rules that judge inputs (progress, measurements, reports, subordinate plans) return at
 * once without them, in the catalog as in the loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CatalogBenchmark {
  /** The rules whose cost is the prose scan, measured apart. */
  static final List<String> CITATION_RULES = List.of("DOCUMENT_TYPE_MISMATCH", "DOCUMENT_SELF_CITATION_MISMATCH");
  private static final Year YEAR = Year.of(2024);
  private static final LocalDate ISSUED = LocalDate.of(2023, 12, 29);
  private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";
  private static final int ROW_DEFECTS = 12;

  @Param({"10", "100", "1000", "10000"})
  public int tasks;

  /** The share of rows with a defect, in percent. */
  @Param({"0", "2", "30"})
  public int defects;

  Plan subject;
  Plan fresh;
  RuleSet catalog;

  /** A (code, JSON Pointer) record, what the hand-written loop produces. */
  record Problem(String code, String pointer) {}

  /** Builds the plans and the rule sets. */
  @Setup
  public void setUp() {
    subject = plan(tasks, defects, 42);
    RuleSet all = RuleSet.builtIn();
    for (String code : CITATION_RULES) {
      all = all.without(code);
    }
    catalog = all;
  }

  /** A copy of the plan for each check, made outside the timing: a plan keeps its rows once built. */
  @Setup(Level.Invocation)
  public void freshPlan() {
    fresh = Plan.builder().from(subject).build();
  }

  /** cchc: the built-in catalog less the two citation rules. */
  @Benchmark
  public CheckReport catalog() {
    return catalog.check(fresh);
  }

  /** The baseline: one loop over the plan doing the same checks, a record per problem. */
  @Benchmark
  public List<Problem> handWritten() {
    return handWritten(fresh);
  }

  /** The loop a developer would write for the checks of the catalog on a plan as written. */
  static List<Problem> handWritten(Plan plan) {
    List<Problem> out = new ArrayList<>();
    LocalDate start = plan.issuedOn().orElse(plan.year().atDay(1));
    LocalDate end = plan.year().atMonthDay(MonthDay.of(12, 31));
    Set<ReformArea> areasWithTasks = EnumSet.noneOf(ReformArea.class);
    List<Task> tasks = plan.tasks();
    numbering(tasks, "/tasks", out);
    for (int i = 0; i < tasks.size(); i++) {
      row(tasks.get(i), null, "/tasks/" + i, start, end, areasWithTasks, out);
    }
    for (int i = 0; i < plan.measures().size(); i++) {
      Measure m = plan.measures().get(i);
      if (m.timeframe().isPresent()) {
        withinPeriod(m.timeframe().get(), "/measures/" + i, start, end, out);
      }
    }
    for (int i = 0; i < plan.keyTargets().size(); i++) {
      Target k = plan.keyTargets().get(i);
      if (k.timeframe().isPresent()) {
        withinPeriod(k.timeframe().get(), "/keyTargets/" + i, start, end, out);
      }
    }
    if (tasks.isEmpty()) {
      out.add(new Problem("PLAN_WITHOUT_APPENDIX", "/tasks"));
    }
    if (plan.keyTargets().isEmpty()) {
      out.add(new Problem("PLAN_WITHOUT_TARGETS", "/keyTargets"));
    }
    if (plan.legalBases().isEmpty()) {
      out.add(new Problem("PLAN_WITHOUT_LEGAL_BASES", "/legalBases"));
    }
    if (plan.reportingSchedule().isEmpty()) {
      out.add(new Problem("PLAN_WITHOUT_REPORTING", "/reportingSchedule"));
    }
    if (plan.responsibilities().isEmpty()) {
      out.add(new Problem("PLAN_WITHOUT_RESPONSIBILITIES", "/responsibilities"));
    }
    // Labels: measures within their area, responsibilities among themselves.
    Map<String, Integer> labels = new HashMap<>();
    for (int i = 0; i < plan.measures().size(); i++) {
      Measure m = plan.measures().get(i);
      if (m.label().isPresent() && m.label().get().indexOf('-') < 0
          && labels.putIfAbsent(m.area() + " " + m.label().get(), i) != null) {
        out.add(new Problem("ITEM_LABEL_DUPLICATE", "/measures/" + i));
      }
    }
    labels.clear();
    Set<ReformArea> led = EnumSet.noneOf(ReformArea.class);
    for (int i = 0; i < plan.responsibilities().size(); i++) {
      Responsibility r = plan.responsibilities().get(i);
      led.addAll(r.areas());
      if (r.label().isPresent() && labels.putIfAbsent(r.label().get(), i) != null) {
        out.add(new Problem("ITEM_LABEL_DUPLICATE", "/responsibilities/" + i));
      }
    }
    if (!tasks.isEmpty() && !areasWithTasks.isEmpty()) {
      for (ReformArea a : ReformArea.values()) {
        if (!areasWithTasks.contains(a)) {
          out.add(new Problem("AREA_WITHOUT_TASKS", "/tasks"));
        }
      }
    }
    for (ReformArea a : areasWithTasks) {
      if (!led.contains(a)) {
        out.add(new Problem("AREA_WITHOUT_LEAD", "/responsibilities"));
      }
    }
    targets(plan, out);
    for (int i = 0; i < plan.legalBases().size(); i++) {
      Optional<LocalDate> on = plan.legalBases().get(i).issuedOn();
      if (plan.issuedOn().isPresent() && on.isPresent() && on.get().isAfter(plan.issuedOn().get())) {
        out.add(new Problem("DOCUMENT_DATED_AFTER_PLAN", "/legalBases/" + i));
      }
    }
    return out;
  }

  /** One row and its sub-rows; a sub-row takes its parent's leads, coordinators, products and timeframe when it names none. */
  private static void row(Task t, Task parent, String pointer, LocalDate start, LocalDate end, Set<ReformArea> areas,
      List<Problem> out) {
    if (t.area().isPresent()) {
      areas.add(t.area().get());
    }
    if (t.illegible()) {
      out.add(new Problem("TASK_ILLEGIBLE", pointer));
    }
    if (t.number().isEmpty()) {
      out.add(new Problem("TASK_UNNUMBERED", pointer + "/number"));
    }
    boolean counted = t.subtasks().isEmpty() && !t.illegible();
    if (counted) {
      if (t.leads().isEmpty() && (parent == null || parent.leads().isEmpty())) {
        out.add(new Problem("TASK_NO_LEAD", pointer + "/leads"));
      }
      if (t.coordinators().isEmpty() && (parent == null || parent.coordinators().isEmpty())) {
        out.add(new Problem("TASK_NO_COORDINATOR", pointer + "/coordinators"));
      }
      if (!hasTimeframeText(t) && (parent == null || !hasTimeframeText(parent))) {
        out.add(new Problem("TASK_NO_TIMEFRAME", pointer + "/timeframe"));
      }
      if (t.products().isEmpty() && (parent == null || parent.products().isEmpty())) {
        out.add(new Problem("TASK_NO_PRODUCT", pointer + "/products"));
      }
    }
    for (int j = 0; j < t.coordinators().size(); j++) {
      Party c = t.coordinators().get(j);
      for (Party l : t.leads()) {
        if (l.kind() == c.kind() && l.ref().equals(c.ref())) {
          out.add(new Problem("TASK_LEAD_ALSO_COORDINATOR", pointer + "/coordinators/" + j));
          break;
        }
      }
    }
    if (t.timeframe().isPresent()) {
      withinPeriod(t.timeframe().get(), pointer, start, end, out);
    }
    if (t.unreadTimeframe().isPresent()) {
      out.add(new Problem("TASK_TIMEFRAME_UNREADABLE", pointer + "/unreadTimeframe"));
    }
    if (!t.subtasks().isEmpty()) {
      numbering(t.subtasks(), pointer + "/subtasks", out);
      for (int j = 0; j < t.subtasks().size(); j++) {
        row(t.subtasks().get(j), t, pointer + "/subtasks/" + j, start, end, areas, out);
      }
    }
  }

  private static boolean hasTimeframeText(Task t) {
    return t.timeframe().isPresent() || t.unreadTimeframe().isPresent();
  }

  private static void withinPeriod(Timeframe timeframe, String pointer, LocalDate start, LocalDate end, List<Problem> out) {
    Optional<LocalDate> due = timeframe.dueDate();
    if (due.isPresent() && due.get().isAfter(end)) {
      out.add(new Problem("TASK_AFTER_PLAN_YEAR", pointer + "/timeframe"));
    }
    if (due.isPresent() && due.get().isBefore(start)) {
      out.add(new Problem("TASK_BEFORE_PLAN_PERIOD", pointer + "/timeframe"));
    }
  }

  /** Duplicate numbers and gaps in the numbering of one list of siblings ("1, 2, 4", "a), b), b)"). */
  private static void numbering(List<Task> siblings, String path, List<Problem> out) {
    Map<String, Integer> seen = new HashMap<>();
    int previous = -1;
    for (int i = 0; i < siblings.size(); i++) {
      Optional<String> number = siblings.get(i).number();
      if (number.isEmpty() || number.get().equals("-")) {
        continue;
      }
      String key = key(number.get());
      if (seen.putIfAbsent(key, i) != null) {
        out.add(new Problem("TASK_NUMBER_DUPLICATE", path + "/" + i + "/number"));
      }
      int rank = rank(key);
      if (rank > 0) {
        if (previous > 0 && rank > previous + 1) {
          out.add(new Problem("TASK_NUMBER_GAP", path + "/" + i + "/number"));
        }
        previous = rank;
      }
    }
  }

  private static String key(String number) {
    int end = number.length();
    while (end > 0 && (number.charAt(end - 1) == '.' || number.charAt(end - 1) == ')'
        || Character.isWhitespace(number.charAt(end - 1)))) {
      end--;
    }
    return number.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** 1, 2, 3 … or a), b), c), d), đ) … in Vietnamese letter order; 0 for anything else. */
  private static int rank(String key) {
    if (key.isEmpty()) {
      return 0;
    }
    if (key.length() <= 6) {
      int value = 0;
      boolean digits = true;
      for (int i = 0; i < key.length() && digits; i++) {
        char c = key.charAt(i);
        digits = c >= '0' && c <= '9';
        value = value * 10 + (c - '0');
      }
      if (digits) {
        return value;
      }
    }
    return key.length() == 1 ? LETTERS.indexOf(key.charAt(0)) + 1 : 0;
  }

  /** Targets that cannot be measured, and two targets for one indicator that ask different things. */
  private static void targets(Plan plan, List<Problem> out) {
    Map<String, Target> first = new HashMap<>();
    List<Target> keyTargets = plan.keyTargets();
    for (int i = 0; i < keyTargets.size(); i++) {
      Target t = keyTargets.get(i);
      if (t.kind() == Target.Kind.RANK) {
        out.add(new Problem("TARGET_NOT_MEASURABLE", "/keyTargets/" + i));
      }
      conflict(t, "/keyTargets/" + i, first, out);
    }
    for (int i = 0; i < plan.tasks().size(); i++) {
      rowTargets(plan.tasks().get(i), "/tasks/" + i, first, out);
    }
  }

  private static void rowTargets(Task t, String pointer, Map<String, Target> first, List<Problem> out) {
    for (int j = 0; j < t.targets().size(); j++) {
      conflict(t.targets().get(j), pointer + "/targets/" + j, first, out);
    }
    for (int j = 0; j < t.subtasks().size(); j++) {
      rowTargets(t.subtasks().get(j), pointer + "/subtasks/" + j, first, out);
    }
  }

  private static void conflict(Target t, String pointer, Map<String, Target> first, List<Problem> out) {
    if (t.indicatorId().isEmpty()) {
      return;
    }
    TreeSet<String> scope = new TreeSet<>();
    for (Party p : t.scope()) {
      scope.add(p.kind() + ":" + p.ref());
    }
    Target earlier = first.putIfAbsent(t.indicatorId().get() + "|" + String.join(",", scope), t);
    if (earlier != null && !sameRequirement(earlier, t)) {
      out.add(new Problem("TARGET_CONFLICT", pointer));
    }
  }

  private static boolean sameRequirement(Target a, Target b) {
    return a.kind() == b.kind() && a.comparison() == b.comparison() && a.unit() == b.unit()
        && sameNumber(a.threshold(), b.threshold()) && sameNumber(a.upperBound(), b.upperBound())
        && a.direction().equals(b.direction())
        && a.baseline().map(x -> x.year()).equals(b.baseline().map(x -> x.year()));
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  // ------------------------------------------------------------------ generated plans

  /**
   * A plan of about a number of rows (one top-level row in ten has two lettered sub-rows), with a
   * chosen share of rows carrying one of twelve row defects in turn; and, when the share is not
   * zero, one of each plan-level defect: a measure label and a responsibility label printed twice,
   * an area no responsibility leads, a rank target, two targets for one indicator that disagree,
   * and a legal basis dated after the plan.
   */
  static Plan plan(int rows, int defectPercent, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ReformArea[] areas = ReformArea.values();
    List<Task> tasks = new ArrayList<>();
    int kind = 0;
    int number = 0;
    for (int made = 0; made < rows; made++) {
      int i = tasks.size();
      int defect = random.nextInt(100) < defectPercent ? kind++ % ROW_DEFECTS : -1;
      // An unnumbered row takes no number, so that it leaves no gap behind it.
      number += defect == 11 ? 2 : (defect == 10 && number > 0) || defect == 8 ? 0 : 1;
      String lead = Generated.AGENCIES.get(i % Generated.AGENCIES.size());
      Task.Builder row = Task.builder().area(areas[i % areas.length])
          .content(defect == 9 ? "" : "Nhiệm vụ số " + number + " về cải cách hành chính năm 2024")
          .addCoordinator(Party.agency(defect == 7 ? lead : Generated.AGENCIES.get((i + 3) % Generated.AGENCIES.size())));
      if (defect != 8) {
        row.number(Integer.toString(number));
      }
      if (defect == 9) {
        row.illegible(true);
      }
      if (defect != 0) {
        row.addLead(Party.agency(lead));
      }
      if (defect != 1) {
        row.addProduct(Product.of("Báo cáo kết quả nhiệm vụ " + number, Product.Kind.REPORT));
      }
      if (defect == 4) {
        row.unreadTimeframe("Quý V/2024");
      } else if (defect != 2) {
        row.timeframe(switch (defect) {
          case 5 -> Timeframe.ofYear(Year.of(2021));
          case 6 -> Timeframe.ofQuarter(Year.of(2025), 1);
          default -> Timeframe.ofQuarter(YEAR, 1 + i % 4);
        });
      }
      if (defect == 3) {
        row.coordinators(List.of());
      }
      if (i % 10 == 9 && made + 2 < rows && defect < 0) {
        // Sub-rows inherit the parent's cells; their own defects are in their lettering.
        int subDefect = random.nextInt(100) < defectPercent ? kind++ % 2 : -1;
        row.addSubtask(Task.builder().number("a)").content("Nội dung thứ nhất của nhiệm vụ " + number).build());
        row.addSubtask(Task.builder().number(subDefect == 0 ? "a)" : subDefect == 1 ? "c)" : "b)")
            .content("Nội dung thứ hai của nhiệm vụ " + number).build());
        made += 2;
      }
      tasks.add(row.build());
    }
    boolean planDefects = defectPercent > 0;
    List<Measure> measures = new ArrayList<>();
    for (ReformArea a : areas) {
      measures.add(Measure.of(a, Optional.of("a)"), "Rà soát, hoàn thiện các quy định trong lĩnh vực này"));
      measures.add(Measure.of(a, Optional.of(planDefects && a == ReformArea.INSTITUTIONS ? "a)" : "b)"),
          "Theo dõi, đôn đốc việc thực hiện và báo cáo kết quả"));
    }
    List<Responsibility> responsibilities = new ArrayList<>();
    for (int i = 0; i < Generated.AGENCIES.size(); i++) {
      ReformArea area = areas[i % areas.length];
      List<ReformArea> led = planDefects && area == ReformArea.IMPACT ? List.of() : List.of(area);
      String label = (planDefects && i == 9 ? 9 : i + 1) + ".";
      responsibilities.add(Responsibility.of(Party.agency(Generated.AGENCIES.get(i)), led,
          List.of("Chủ trì thực hiện các nhiệm vụ được giao")).withLabel(label));
    }
    List<Target> keyTargets = new ArrayList<>();
    keyTargets.add(target("1", "dossiers-on-time", "95"));
    keyTargets.add(target("2", "tasks-completed", "100"));
    if (planDefects) {
      keyTargets.add(target("3", "dossiers-on-time", "90"));
      keyTargets.add(Target.parseAll("Chỉ số cải cách hành chính thuộc nhóm các địa phương dẫn đầu cả nước").get(0)
          .withLabel("4"));
    }
    List<DocumentRef> bases = new ArrayList<>();
    bases.add(DocumentRef.of(DocumentType.RESOLUTION, Optional.of("76/NQ-CP"), Optional.of(LocalDate.of(2021, 7, 15))));
    bases.add(DocumentRef.of(DocumentType.DECISION, Optional.of("100/QĐ-UBND"),
        Optional.of(planDefects ? LocalDate.of(2024, 2, 1) : LocalDate.of(2023, 1, 10))));
    return Plan.builder().id("generated").title("Kế hoạch cải cách hành chính năm 2024").year(YEAR)
        .level(AgencyLevel.PROVINCE).issuer(Party.agency("p"))
        .issuingDocument(DocumentRef.of(DocumentType.DECISION, Optional.of("1/QĐ-UBND"), Optional.of(ISSUED)))
        .legalBases(bases).tasks(tasks).measures(measures).responsibilities(responsibilities).keyTargets(keyTargets)
        .reportingSchedule(ReportingSchedule.of(List.of(
            ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, 1, 15),
            ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.SIX_MONTHLY, 2, 15),
            ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, 3, 15),
            ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.ANNUAL, 4, 15))))
        .directory(Generated.directory()).build();
  }

  private static Target target(String label, String indicator, String percent) {
    return Target.builder().from(Target.of(Target.Comparison.AT_LEAST, new BigDecimal(percent), Target.Unit.PERCENT))
        .label(label).indicatorId(indicator).build();
  }
}
