package io.github.cchc.rules;
import io.github.cchc.rules.internal.Messages;

/**
 * The catalog of built-in rules (danh mục quy tắc). Codes and default severities are public API:
 * a code is never renamed or reused. {@code docs/rules.md} describes each; a test keeps the two in
 * step.
 */
public enum BuiltInRule {
  /** A leaf row naming no lead agency (cơ quan chủ trì). */
  TASK_NO_LEAD(Severity.ERROR),
  /** A leaf row naming no product (sản phẩm). */
  TASK_NO_PRODUCT(Severity.ERROR),
  /** A leaf row with no timeframe. */
  TASK_NO_TIMEFRAME(Severity.ERROR),
  /** A timeframe text that cannot be read, quoted. */
  TASK_TIMEFRAME_UNREADABLE(Severity.ERROR),
  /** A leaf row naming no coordinating agency (cơ quan phối hợp). */
  TASK_NO_COORDINATOR(Severity.INFO),
  /** A timeframe that ends before the plan's period begins. */
  TASK_BEFORE_PLAN_PERIOD(Severity.ERROR),
  /** A timeframe that ends after the plan year: a carry-over. */
  TASK_AFTER_PLAN_YEAR(Severity.WARNING),
  /** An agency named both as lead and as coordinator of one row. */
  TASK_LEAD_ALSO_COORDINATOR(Severity.WARNING),
  /** Two rows with the same number at the same level. */
  TASK_NUMBER_DUPLICATE(Severity.ERROR),
  /** A number missing from the sequence (Vietnamese letter order for sub-rows). */
  TASK_NUMBER_GAP(Severity.WARNING),
  /** A row with no number. */
  TASK_UNNUMBERED(Severity.WARNING),
  /** A row marked illegible in the source. */
  TASK_ILLEGIBLE(Severity.INFO),
  /** With progress as of a date: a task past its due date and not completed. */
  TASK_OVERDUE(Severity.WARNING),
  /** A plan with no task table. */
  PLAN_WITHOUT_APPENDIX(Severity.INFO),
  /** A reform area with no task; reported as info for the impact area. */
  AREA_WITHOUT_TASKS(Severity.WARNING),
  /** An area with tasks but no agency responsible for it in the plan's responsibilities. */
  AREA_WITHOUT_LEAD(Severity.WARNING),
  /** The same indicator for the same scope stated twice, differently. */
  TARGET_CONFLICT(Severity.ERROR),
  /** A key target with no quantity: a rank or a qualitative aim. */
  TARGET_NOT_MEASURABLE(Severity.INFO),
  /** With measurements: a target the measured value does not meet; an error once its period has ended. */
  TARGET_NOT_MET(Severity.WARNING),
  /** A citation whose type word disagrees with the known code of another type. */
  DOCUMENT_TYPE_MISMATCH(Severity.WARNING),
  /** The plan citing its own issuing document with another number. */
  DOCUMENT_SELF_CITATION_MISMATCH(Severity.ERROR),
  /** A legal basis dated after the plan was issued. */
  DOCUMENT_DATED_AFTER_PLAN(Severity.WARNING),
  /** A unit that had to issue its own plan by the as-of date and has not. */
  CASCADE_PLAN_MISSING(Severity.ERROR),
  /** A subordinate plan issued after its date. */
  CASCADE_PLAN_LATE(Severity.WARNING),
  /** A subordinate plan's target weaker than the parent's for the same indicator. */
  CASCADE_TARGET_WEAKER(Severity.WARNING),
  /** A report due by the as-of date and not submitted. */
  REPORT_MISSING(Severity.ERROR),
  /** A report submitted after its due date. */
  REPORT_LATE(Severity.WARNING);

  private final Severity defaultSeverity;

  BuiltInRule(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * Gets the code findings of this rule carry.
   *
   * @return the code, UPPER_SNAKE, not null
   */
  public String code() {
    return name();
  }

  /**
   * Gets the severity the rule reports with unless a rule set re-grades it.
   *
   * @return the severity, not null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Gets a one-line description of what the rule finds.
   *
   * @param locale the language, Vietnamese unless English is asked for, not null
   * @return the description, not blank
   */
  public String summary(java.util.Locale locale) {
    return Messages.template(locale, name() + ".summary");
  }
}
