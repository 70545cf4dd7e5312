package io.github.cchc.rules;

import io.github.cchc.model.Citation;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Measure;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.TaskRow;
import io.github.cchc.model.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The implementations of the built-in catalog; each is stateless. */
final class BuiltInRules {
  /** Vietnamese letter order of sub-rows: a b c d đ e g h i k l m n o p q r s t u v x y. */
  static final String LETTERS = "abcdđeghiklmnopqrstuvxy";
  /** The serial number and type code in front of a document number's issuer code: "479/QĐ-" in "479/QĐ-UBND". */
  private static final Pattern SERIAL_AND_TYPE = Pattern.compile("^\\d+(?:/\\d{4})?[/-][^/-]+[/-]?");

  private BuiltInRules() {}

  /** The rule of a code of the catalog; the importer's and the statistics' codes have none. */
  static Optional<PlanRule> of(FindingCode code) {
    return code.family() == FindingCode.Family.CHECK ? Optional.of(rule(code)) : Optional.empty();
  }

  private static PlanRule rule(FindingCode code) {
    return switch (code) {
      case TASK_NO_LEAD, TASK_NO_PRODUCT, TASK_NO_TIMEFRAME, TASK_NO_COORDINATOR, TASK_TIMEFRAME_UNREADABLE,
          TASK_BEFORE_PLAN_PERIOD, TASK_AFTER_PLAN_YEAR, TASK_LEAD_ALSO_COORDINATOR, TASK_UNNUMBERED, TASK_ILLEGIBLE ->
          new RowRule(code);
      case TASK_NUMBER_DUPLICATE -> (plan, ctx) -> numbering(plan, ctx, true);
      case TASK_NUMBER_GAP -> (plan, ctx) -> numbering(plan, ctx, false);
      case TASK_OVERDUE -> StatusRules::overdue;
      case PLAN_WITHOUT_APPENDIX -> (plan, ctx) -> {
        if (plan.tasks().isEmpty()) {
          ctx.report(Subject.plan(), "/tasks", Facts.of(Fact.PLAN, plan.id()));
        }
      };
      case PLAN_WITHOUT_TARGETS -> (plan, ctx) -> planWithout(plan, ctx, plan.keyTargets().isEmpty(), "/keyTargets");
      case PLAN_WITHOUT_LEGAL_BASES -> (plan, ctx) -> planWithout(plan, ctx, plan.legalBases().isEmpty(), "/legalBases");
      case PLAN_WITHOUT_REPORTING ->
          (plan, ctx) -> planWithout(plan, ctx, plan.reportingSchedule().isEmpty(), "/reportingSchedule");
      case PLAN_WITHOUT_RESPONSIBILITIES ->
          (plan, ctx) -> planWithout(plan, ctx, plan.responsibilities().isEmpty(), "/responsibilities");
      case ITEM_LABEL_DUPLICATE -> BuiltInRules::duplicateLabels;
      case AREA_WITHOUT_TASKS -> BuiltInRules::areaWithoutTasks;
      case AREA_WITHOUT_LEAD -> BuiltInRules::areaWithoutLead;
      case TARGET_CONFLICT -> BuiltInRules::targetConflict;
      case TARGET_NOT_MEASURABLE -> (plan, ctx) -> {
        for (int i = 0; i < plan.keyTargets().size(); i++) {
          Target t = plan.keyTargets().get(i);
          if (t.kind() == Target.Kind.RANK) {
            ctx.report(target(t, "/keyTargets/" + i), "/keyTargets/" + i, Facts.of(Fact.TARGET, t.label().orElse("#" + (i + 1))).and(Fact.TEXT, t.text()));
          }
        }
      };
      case TARGET_NOT_MET -> StatusRules::targetNotMet;
      case DOCUMENT_TYPE_MISMATCH -> BuiltInRules::typeMismatch;
      case DOCUMENT_SELF_CITATION_MISMATCH -> BuiltInRules::selfCitation;
      case DOCUMENT_DATED_AFTER_PLAN -> BuiltInRules::datedAfterPlan;
      case CASCADE_PLAN_MISSING -> (plan, ctx) -> StatusRules.cascade(plan, ctx, true);
      case CASCADE_PLAN_LATE -> (plan, ctx) -> StatusRules.cascade(plan, ctx, false);
      case CASCADE_TARGET_WEAKER -> StatusRules::cascadeTargetWeaker;
      case PROGRAMME_TARGET_WEAKER -> StatusRules::programmeTargetWeaker;
      case PROGRAMME_PERIOD_MISMATCH -> StatusRules::programmePeriod;
      case REPORT_MISSING -> (plan, ctx) -> StatusRules.reports(plan, ctx, true);
      case REPORT_LATE -> (plan, ctx) -> StatusRules.reports(plan, ctx, false);
      case INPUT_NOT_GIVEN -> InputRules::notGiven;
      case PROGRESS_UNKNOWN_TASK -> InputRules::unknownTasks;
      case PROGRESS_STALE -> InputRules::staleProgress;
      case MEASUREMENT_UNKNOWN_TARGET -> InputRules::unknownTargets;
      case SUBMISSION_UNKNOWN_REPORT -> InputRules::unknownReports;
      case INPUT_UNKNOWN_AGENCY -> InputRules::unknownAgencies;
      // Reported by the importer and the statistics, which the rule set grades; no rule of a check.
      case IMPORT_NO_HEADER, IMPORT_NO_CONTENT, IMPORT_MALFORMED_ROW, IMPORT_MISSING_COLUMN, IMPORT_UNKNOWN_COLUMN,
          IMPORT_DUPLICATE_COLUMN, IMPORT_IGNORED_CELL, IMPORT_UNKNOWN_SECTION, IMPORT_ORPHAN_SUBROW,
          IMPORT_UNRESOLVED_AGENCY, IMPORT_UNREADABLE_TIMEFRAME, IMPORT_UNREADABLE_CELL, IMPORT_SKIPPED_ROW, IMPORT_JOINED_ROW, SCORE_ABOVE_MAXIMUM,
          SCORE_OUT_OF_RANGE, SCORE_DEDUCTION_MISMATCH, SCORE_CHILDREN_SUM_MISMATCH, SCORE_AGGREGATE_MISMATCH,
          SCORE_CHANGE_MISMATCH, SCORE_CHANGE_SUM_MISMATCH,
          DOSSIER_DATES_INCONSISTENT, READ_NOT_A_PLAN, READ_NO_YEAR, READ_LEVEL_UNKNOWN, READ_UNKNOWN_SECTION,
          READ_UNREAD_TEXT, READ_TARGET_NOT_QUANTIFIED, READ_UNREADABLE_TARGET, READ_UNRESOLVED_PARTY,
          READ_DUPLICATE_LABEL, READ_TABLE_RUN_TOGETHER, READ_ROW_NOT_READ, READ_NO_TEXT_LAYER -> throw new IllegalStateException(code + " is no rule of a check");
    };
  }

  private static void planWithout(Plan plan, RuleContext ctx, boolean missing, String pointer) {
    if (missing) {
      ctx.report(Subject.plan(), pointer, Facts.of(Fact.PLAN, plan.id()));
    }
  }

  /**
   * A list is the measures of one area, or the responsibilities: the lists a plan keeps with their
   * printed labels. A letter printed twice ("d)" for "đ)", as scans and hurried typing do) makes
   * the items impossible to cite.
   */
  private static void duplicateLabels(Plan plan, RuleContext ctx) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < plan.measures().size(); i++) {
      Measure m = plan.measures().get(i);
      // A dash's label repeats when its lettered heading does: the heading is the item to report.
      if (m.label().isPresent() && m.label().get().indexOf('-') < 0) {
        Integer at = first.putIfAbsent(m.area() + " " + m.label().get(), i);
        if (at != null) {
          ctx.report(Subject.of(Subject.Kind.AREA, m.area().name()), "/measures/" + i, Facts.of(Fact.LABEL, m.label().get())
              .and(Fact.TEXT, abbreviate(m.text())).and(Fact.FIRST_TEXT, abbreviate(plan.measures().get(at).text())));
        }
      }
    }
    first.clear();
    for (int i = 0; i < plan.responsibilities().size(); i++) {
      Responsibility r = plan.responsibilities().get(i);
      if (r.label().isPresent()) {
        Integer at = first.putIfAbsent(r.label().get(), i);
        if (at != null) {
          ctx.report(Subject.plan(), "/responsibilities/" + i, Facts.of(Fact.LABEL, r.label().get())
              .and(Fact.TEXT, partyText(plan, r)).and(Fact.FIRST_TEXT, partyText(plan, plan.responsibilities().get(at))));
        }
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  private static String partyText(Plan plan, Responsibility r) {
    return r.party().printed().orElseGet(() -> plan.directory().nameOf(r.party()));
  }

  // ------------------------------------------------------------------ helpers

  static Subject task(TaskRow r) {
    return Subject.of(Subject.Kind.TASK, r.label());
  }

  static Subject target(Target t, String pointer) {
    return Subject.of(Subject.Kind.TARGET, t.label().orElse(pointer));
  }

  /** A finding on a row's field that names the row and an excerpt of its content. */
  private static void reportRow(RuleContext ctx, TaskRow r, String field) {
    ctx.report(task(r), r.pointer() + field, Facts.of(Fact.TASK, r.label()).and(Fact.CONTENT, excerpt(r)));
  }

  private static String excerpt(TaskRow r) {
    String c = r.task().content();
    return c.length() <= 80 ? c : c.substring(0, 77) + "...";
  }

  /** Where the plan's period begins: its issue date, else 1 January of its year. */
  static LocalDate periodStart(Plan plan) {
    return plan.issuedOn().orElse(plan.year().atDay(1));
  }

  // ------------------------------------------------------------------ tasks

  /**
   * A built-in rule judged row by row. Run alone it walks the rows itself; a check runs all the
   * row rules of its set in one walk ({@link #rowPass}), each row read once while it is in cache.
   */
  record RowRule(FindingCode code) implements PlanRule {
    @Override
    public void check(Plan plan, RuleContext ctx) {
      RuleContext[] only = new RuleContext[FindingCode.values().length];
      only[code.ordinal()] = ctx;
      rowPass(plan, only);
    }
  }

  /**
   * Runs the row rules whose context is given, indexed by code ordinal, in one walk of the rows.
   * One method rather than a call per rule and row: the calls would be megamorphic, and a trial
   * of that cost what the single walk saved.
   */
  static void rowPass(Plan plan, RuleContext[] by) {
    RuleContext noLead = by[FindingCode.TASK_NO_LEAD.ordinal()];
    RuleContext noProduct = by[FindingCode.TASK_NO_PRODUCT.ordinal()];
    RuleContext noTimeframe = by[FindingCode.TASK_NO_TIMEFRAME.ordinal()];
    RuleContext noCoordinator = by[FindingCode.TASK_NO_COORDINATOR.ordinal()];
    RuleContext unreadable = by[FindingCode.TASK_TIMEFRAME_UNREADABLE.ordinal()];
    RuleContext before = by[FindingCode.TASK_BEFORE_PLAN_PERIOD.ordinal()];
    RuleContext after = by[FindingCode.TASK_AFTER_PLAN_YEAR.ordinal()];
    RuleContext leadAlso = by[FindingCode.TASK_LEAD_ALSO_COORDINATOR.ordinal()];
    RuleContext unnumbered = by[FindingCode.TASK_UNNUMBERED.ordinal()];
    RuleContext illegible = by[FindingCode.TASK_ILLEGIBLE.ordinal()];
    LocalDate start = periodStart(plan);
    String beforeVariant = plan.issuedOn().isPresent() ? "" : "noIssueDate";
    LocalDate end = plan.year().atMonthDay(MonthDay.of(12, 31));
    // Each row's findings in document order (the row, then its number, leads, coordinators,
    // timeframe and products; codes in order at one pointer), so that the report's sort finds
    // them already in place.
    for (TaskRow r : plan.rows()) {
      Task t = r.task();
      boolean counted = r.isCounted();
      if (illegible != null && t.illegible()) {
        illegible.report(task(r), r.pointer(), Facts.of(Fact.TASK, r.label()));
      }
      if (unnumbered != null && t.number().isEmpty()) {
        reportRow(unnumbered, r, "/number");
      }
      if (counted && noLead != null && r.leads().isEmpty()) {
        reportRow(noLead, r, "/leads");
      }
      if (counted && noCoordinator != null && r.coordinators().isEmpty()) {
        reportRow(noCoordinator, r, "/coordinators");
      }
      if (leadAlso != null) {
        leadAlsoCoordinator(r, leadAlso);
      }
      if ((before != null || after != null) && t.timeframe().isPresent()) {
        timeframeWithinPeriod(plan, r, before, after, start, end, beforeVariant);
      }
      if (counted && noTimeframe != null && !r.hasTimeframeText()) {
        reportRow(noTimeframe, r, "/timeframe");
      }
      if (unreadable != null && t.unreadTimeframe().isPresent()) {
        unreadable.report(task(r), r.pointer() + "/unreadTimeframe",
            Facts.of(Fact.TASK, r.label()).and(Fact.TEXT, t.unreadTimeframe().get()));
      }
      if (counted && noProduct != null && r.products().isEmpty()) {
        reportRow(noProduct, r, "/products");
      }
    }
    // A measure or target that gives itself a deadline is tracked like a row, and held to the period alike.
    if (before != null || after != null) {
      for (TaskRow r : plan.trackedItems()) {
        if (r.isStatement()) {
          timeframeWithinPeriod(plan, r, before, after, start, end, beforeVariant);
        }
      }
    }
  }

  private static void timeframeWithinPeriod(Plan plan, TaskRow r, RuleContext before, RuleContext after, LocalDate start,
      LocalDate end, String beforeVariant) {
    Timeframe own = r.task().timeframe().orElseThrow();
    Optional<LocalDate> due = own.dueDate();
    if (after != null && due.isPresent() && due.get().isAfter(end)) {
      after.report(task(r), r.pointer() + "/timeframe",
          Facts.of(Fact.TASK, r.label()).and(Fact.TEXT, own.text()).and(Fact.DUE, due.get()).and(Fact.YEAR, plan.year()));
    }
    if (before != null && due.isPresent() && due.get().isBefore(start)) {
      before.report(FindingCode.TASK_BEFORE_PLAN_PERIOD.defaultSeverity(), task(r), r.pointer() + "/timeframe",
          beforeVariant,
          Facts.of(Fact.TASK, r.label()).and(Fact.TEXT, own.text()).and(Fact.DUE, due.get()).and(Fact.PERIOD_START, start));
    }
  }

  private static void leadAlsoCoordinator(TaskRow r, RuleContext ctx) {
    List<Party> coordinators = r.task().coordinators();
    for (int j = 0; j < coordinators.size(); j++) {
      Party c = coordinators.get(j);
      if (isLead(r.task().leads(), c)) {
        ctx.report(task(r), r.pointer() + "/coordinators/" + j,
            Facts.of(Fact.TASK, r.label()).and(Fact.AGENCY, c.printed().orElse(c.ref())));
      }
    }
  }

  private static boolean isLead(List<Party> leads, Party party) {
    for (Party l : leads) {
      if (l.kind() == party.kind() && l.ref().equals(party.ref())) {
        return true;
      }
    }
    return false;
  }

  private static void numbering(Plan plan, RuleContext ctx, boolean duplicates) {
    numberSiblings(plan.tasks(), "/tasks", "", ctx, duplicates);
    for (TaskRow r : ctx.rows()) {
      if (!r.task().subtasks().isEmpty()) {
        numberSiblings(r.task().subtasks(), r.pointer() + "/subtasks", r.label() + "/", ctx, duplicates);
      }
    }
  }

  private static void numberSiblings(List<Task> siblings, String path, String prefix, RuleContext ctx, boolean duplicates) {
    Map<String, Integer> seen = duplicates ? new HashMap<>(siblings.size() * 2) : Map.of();
    Integer previous = null;
    String previousNumber = null;
    for (int i = 0; i < siblings.size(); i++) {
      Optional<String> number = siblings.get(i).number();
      if (number.isEmpty() || number.get().equals("-")) {
        continue;
      }
      String n = number.get();
      if (duplicates) {
        Integer first = seen.putIfAbsent(key(n), i);
        if (first != null) {
          ctx.report(Subject.of(Subject.Kind.TASK, prefix + n), path + "/" + i + "/number",
              Facts.of(Fact.TASK, prefix + n).and(Fact.FIRST_ROW, path + "/" + first));
        }
        continue;
      }
      Optional<Integer> rank = rank(n);
      if (rank.isPresent() && previous != null && rank.get() > previous + 1) {
        ctx.report(Subject.of(Subject.Kind.TASK, prefix + n), path + "/" + i + "/number",
            Facts.of(Fact.TASK, prefix + n).and(Fact.AFTER, prefix + previousNumber).and(Fact.MISSING, missing(previous, rank.get(), n)));
      }
      if (rank.isPresent()) {
        previous = rank.get();
        previousNumber = n;
      }
    }
  }

  /** A number as compared: without the trailing dots, brackets and spaces it is printed with. */
  private static String key(String number) {
    int end = number.length();
    while (end > 0 && (number.charAt(end - 1) == '.' || number.charAt(end - 1) == ')' || Character.isWhitespace(number.charAt(end - 1)))) {
      end--;
    }
    return number.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** A number's place in its sequence: 1, 2, 3 … or a), b), c), d), đ) … in Vietnamese letter order. */
  static Optional<Integer> rank(String number) {
    String k = key(number);
    if (k.length() <= 6 && CheckReport.isIndex(k)) {
      return Optional.of(Integer.parseInt(k));
    }
    if (k.length() == 1 && LETTERS.indexOf(k.charAt(0)) >= 0) {
      return Optional.of(LETTERS.indexOf(k.charAt(0)) + 1);
    }
    return Optional.empty();
  }

  private static List<String> missing(int previous, int next, String sample) {
    boolean letters = !Character.isDigit(key(sample).charAt(0));
    List<String> missing = new ArrayList<>();
    for (int i = previous + 1; i < next && missing.size() < 20; i++) {
      missing.add(letters ? String.valueOf(LETTERS.charAt(i - 1)) : Integer.toString(i));
    }
    return missing;
  }

  // ------------------------------------------------------------------ areas

  private static Map<ReformArea, Integer> tasksByArea(RuleContext ctx) {
    Map<ReformArea, Integer> counts = new HashMap<>();
    ctx.rows().forEach(r -> r.task().area().ifPresent(a -> counts.merge(a, 1, Integer::sum)));
    return counts;
  }

  private static void areaWithoutTasks(Plan plan, RuleContext ctx) {
    Map<ReformArea, Integer> counts = tasksByArea(ctx);
    if (plan.tasks().isEmpty() || counts.isEmpty()) {
      return;
    }
    for (ReformArea area : ReformArea.values()) {
      if (!counts.containsKey(area)) {
        Severity s = area == ReformArea.IMPACT ? Severity.INFO : Severity.WARNING;
        ctx.report(s, Subject.of(Subject.Kind.AREA, area.name()), "/tasks",
            Facts.of(Fact.AREA, area));
      }
    }
  }

  private static void areaWithoutLead(Plan plan, RuleContext ctx) {
    Set<ReformArea> led = EnumSet.noneOf(ReformArea.class);
    for (Responsibility r : plan.responsibilities()) {
      led.addAll(r.areas());
    }
    for (ReformArea area : new TreeSet<>(tasksByArea(ctx).keySet())) {
      if (!led.contains(area)) {
        ctx.report(Subject.of(Subject.Kind.AREA, area.name()), "/responsibilities",
            Facts.of(Fact.AREA, area));
      }
    }
  }

  // ------------------------------------------------------------------ targets

  private static void targetConflict(Plan plan, RuleContext ctx) {
    Map<String, StatedTarget> first = new LinkedHashMap<>();
    for (StatedTarget s : plan.statedTargets()) {
      if (s.target().indicatorId().isEmpty()) {
        continue;
      }
      String key = s.target().indicatorId().get() + "|" + scopeKey(s.target());
      StatedTarget earlier = first.putIfAbsent(key, s);
      if (earlier != null && !sameRequirement(earlier.target(), s.target())) {
        String indicator = s.target().indicatorId().get();
        Object name = ctx.indicators().find(indicator).<Object>map(i -> i).orElse(indicator);
        ctx.report(Subject.of(Subject.Kind.TARGET, s.label()), s.pointer(), Facts.of(Fact.TARGET, s.label()).and(Fact.INDICATOR, name).and(Fact.FIRST_TARGET, earlier.label()).and(Fact.FIRST_TEXT, earlier.target().toCanonicalText()).and(Fact.TEXT, s.target().toCanonicalText()).and(Fact.FIRST_POINTER, earlier.pointer()));
      }
    }
  }

  static String scopeKey(Target t) {
    TreeSet<String> refs = new TreeSet<>();
    t.scope().forEach(p -> refs.add(p.kind() + ":" + p.ref()));
    return String.join(",", refs);
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

  // ------------------------------------------------------------------ documents

  private static void typeMismatch(Plan plan, RuleContext ctx) {
    List<DocumentRef> bases = plan.legalBases();
    for (int i = 0; i < bases.size(); i++) {
      reportMismatch(ctx, bases.get(i), "/legalBases/" + i);
    }
    plan.issuingDocument().ifPresent(d -> reportMismatch(ctx, d, "/issuingDocument"));
    for (Citation c : ctx.citations()) {
      reportMismatch(ctx, c.ref(), c.pointer());
    }
  }

  private static void reportMismatch(RuleContext ctx, DocumentRef ref, String pointer) {
    if (!ref.isTypeConsistent()) {
      ctx.report(Subject.of(Subject.Kind.DOCUMENT, ref.number().orElse(ref.text())), pointer, Facts.of(Fact.CITATION, ref.text()).and(Fact.WORD, ref.typeWord().orElse("")).and(Fact.WORD_TYPE, ref.type()).and(Fact.CODE_TYPE, ref.codeType().orElseThrow()));
    }
  }

  static String issuerCode(String number) {
    return SERIAL_AND_TYPE.matcher(number).replaceFirst("");
  }

  static Optional<DocumentType> effectiveType(DocumentRef ref) {
    return ref.typeWord().isPresent() ? Optional.of(ref.type()) : ref.codeType();
  }

  private static void selfCitation(Plan plan, RuleContext ctx) {
    Optional<DocumentRef> own = plan.issuingDocument();
    if (own.isEmpty() || own.get().number().isEmpty() || own.get().issuedOn().isEmpty()) {
      return;
    }
    DocumentRef issuing = own.get();
    String number = issuing.number().get();
    String issuer = issuerCode(number);
    for (Citation c : ctx.citations()) {
      DocumentRef cited = c.ref();
      boolean sameDocument = cited.issuedOn().equals(issuing.issuedOn())
          && effectiveType(cited).equals(effectiveType(issuing))
          && cited.number().map(BuiltInRules::issuerCode).equals(Optional.of(issuer));
      if (sameDocument && !cited.number().get().equals(number)) {
        ctx.report(Subject.of(Subject.Kind.DOCUMENT, cited.number().get()), c.pointer(), Facts.of(Fact.CITED, cited.number().get()).and(Fact.ACTUAL, number).and(Fact.CITATION, cited.text()).and(Fact.DATE, issuing.issuedOn().get()));
      }
    }
  }

  private static void datedAfterPlan(Plan plan, RuleContext ctx) {
    Optional<LocalDate> issued = plan.issuedOn();
    if (issued.isEmpty()) {
      return;
    }
    for (int i = 0; i < plan.legalBases().size(); i++) {
      DocumentRef base = plan.legalBases().get(i);
      if (base.issuedOn().filter(d -> d.isAfter(issued.get())).isPresent()) {
        ctx.report(Subject.of(Subject.Kind.DOCUMENT, base.number().orElse(base.text())), "/legalBases/" + i,
            Facts.of(Fact.CITATION, base.text()).and(Fact.DATE, base.issuedOn().get()).and(Fact.PLAN_DATE, issued.get()));
      }
    }
  }
}
