package io.github.cchc.rules;

import io.github.cchc.rules.internal.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The codes of every finding cchc reports (mã phát hiện): the built-in rules, the task-table
 * importer, the scorecard checks and the dossier statistics. Each has a default severity, the facts
 * its findings carry, and its messages in the bundles {@code messages_vi} and {@code messages_en}.
 * Codes and default severities are public API: a code is never renamed or reused. {@code
 * docs/rules.md}, {@code docs/import.md} and {@code docs/measurements.md} describe each; a test keeps
 * them, the bundles and this catalog in step.
 *
 * <p>A {@link RuleSet} re-grades or disables any code; the importer and the statistics take one too.
 */
public enum FindingCode {
  /** A leaf row naming no lead agency (cơ quan chủ trì). */
  TASK_NO_LEAD(Family.CHECK, Severity.ERROR, Fact.TASK, Fact.CONTENT),
  /** A leaf row naming no product (sản phẩm). */
  TASK_NO_PRODUCT(Family.CHECK, Severity.ERROR, Fact.TASK, Fact.CONTENT),
  /** A leaf row with no timeframe. */
  TASK_NO_TIMEFRAME(Family.CHECK, Severity.ERROR, Fact.TASK, Fact.CONTENT),
  /** A timeframe text that cannot be read, quoted. */
  TASK_TIMEFRAME_UNREADABLE(Family.CHECK, Severity.ERROR, Fact.TASK, Fact.TEXT),
  /** A leaf row naming no coordinating agency (cơ quan phối hợp). */
  TASK_NO_COORDINATOR(Family.CHECK, Severity.INFO, Fact.TASK, Fact.CONTENT),
  /** A timeframe that ends before the plan's period begins. */
  TASK_BEFORE_PLAN_PERIOD(Family.CHECK, Severity.ERROR, Fact.TASK, Fact.TEXT, Fact.DUE, Fact.PERIOD_START),
  /** A timeframe that ends after the plan year: a carry-over. */
  TASK_AFTER_PLAN_YEAR(Family.CHECK, Severity.WARNING, Fact.TASK, Fact.TEXT, Fact.DUE, Fact.YEAR),
  /** An agency named both as lead and as coordinator of one row. */
  TASK_LEAD_ALSO_COORDINATOR(Family.CHECK, Severity.WARNING, Fact.TASK, Fact.AGENCY),
  /** Two rows with the same number at the same level. */
  TASK_NUMBER_DUPLICATE(Family.CHECK, Severity.ERROR, Fact.TASK, Fact.FIRST_ROW),
  /** A number missing from the sequence (Vietnamese letter order for sub-rows). */
  TASK_NUMBER_GAP(Family.CHECK, Severity.WARNING, Fact.TASK, Fact.AFTER, Fact.MISSING),
  /** A row with no number. */
  TASK_UNNUMBERED(Family.CHECK, Severity.WARNING, Fact.TASK, Fact.CONTENT),
  /** A row marked illegible in the source. */
  TASK_ILLEGIBLE(Family.CHECK, Severity.INFO, Fact.TASK),
  /** With progress as of a date: a task past its due date and not completed. */
  TASK_OVERDUE(Family.CHECK, Severity.WARNING, Fact.TASK, Fact.DUE, Fact.AS_OF),
  /** A plan with no task table. */
  PLAN_WITHOUT_APPENDIX(Family.CHECK, Severity.INFO, Fact.PLAN),
  /** The plan states no key target, in a section of its own or under a reform area. */
  PLAN_WITHOUT_TARGETS(Family.CHECK, Severity.WARNING, Fact.PLAN),
  /** The plan cites no legal basis (căn cứ). */
  PLAN_WITHOUT_LEGAL_BASES(Family.CHECK, Severity.WARNING, Fact.PLAN),
  /** The plan sets no reporting schedule. */
  PLAN_WITHOUT_REPORTING(Family.CHECK, Severity.WARNING, Fact.PLAN),
  /** The plan gives no agency a responsibility. */
  PLAN_WITHOUT_RESPONSIBILITIES(Family.CHECK, Severity.WARNING, Fact.PLAN),
  /** Two items of one list carry the same label ("d)" twice under one heading). */
  ITEM_LABEL_DUPLICATE(Family.CHECK, Severity.WARNING, Fact.LABEL, Fact.TEXT, Fact.FIRST_TEXT),
  /** A reform area with no task; reported as info for the impact area. */
  AREA_WITHOUT_TASKS(Family.CHECK, Severity.WARNING, Fact.AREA),
  /** An area with tasks but no agency responsible for it in the plan's responsibilities. */
  AREA_WITHOUT_LEAD(Family.CHECK, Severity.WARNING, Fact.AREA),
  /** The same indicator for the same scope stated twice, differently. */
  TARGET_CONFLICT(Family.CHECK, Severity.ERROR, Fact.TARGET, Fact.INDICATOR, Fact.TEXT, Fact.FIRST_TARGET, Fact.FIRST_TEXT, Fact.FIRST_POINTER),
  /** A key target with no quantity: a rank or a qualitative aim. */
  TARGET_NOT_MEASURABLE(Family.CHECK, Severity.INFO, Fact.TARGET, Fact.TEXT),
  /** With measurements: a target the measured value does not meet; an error once its period has ended. */
  TARGET_NOT_MET(Family.CHECK, Severity.WARNING, Fact.TARGET, Fact.TEXT, Fact.VALUE, Fact.MEASURED_ON, Fact.PERIOD_END),
  /** A citation whose type word disagrees with the known code of another type. */
  DOCUMENT_TYPE_MISMATCH(Family.CHECK, Severity.WARNING, Fact.CITATION, Fact.WORD, Fact.WORD_TYPE, Fact.CODE_TYPE),
  /** The plan citing its own issuing document with another number. */
  DOCUMENT_SELF_CITATION_MISMATCH(Family.CHECK, Severity.ERROR, Fact.CITED, Fact.ACTUAL, Fact.CITATION, Fact.DATE),
  /** A legal basis dated after the plan was issued. */
  DOCUMENT_DATED_AFTER_PLAN(Family.CHECK, Severity.WARNING, Fact.CITATION, Fact.DATE, Fact.PLAN_DATE),
  /** A unit that had to issue its own plan by the as-of date and has not. */
  CASCADE_PLAN_MISSING(Family.CHECK, Severity.ERROR, Fact.UNIT, Fact.TEXT, Fact.DUE, Fact.AS_OF),
  /** A subordinate plan issued after its date. */
  CASCADE_PLAN_LATE(Family.CHECK, Severity.WARNING, Fact.UNIT, Fact.TEXT, Fact.DUE, Fact.ISSUED),
  /** A subordinate plan's target weaker than the parent's for the same indicator. */
  CASCADE_TARGET_WEAKER(Family.CHECK, Severity.WARNING, Fact.UNIT, Fact.INDICATOR, Fact.CHILD, Fact.PARENT),
  /** A key target weaker than the programme's target for the same indicator in the phase the plan's year falls in. */
  PROGRAMME_TARGET_WEAKER(Family.CHECK, Severity.WARNING, Fact.TARGET, Fact.INDICATOR, Fact.CHILD, Fact.PARENT, Fact.PROGRAMME, Fact.BY),
  /** A plan whose year lies outside the programme it is checked against. */
  PROGRAMME_PERIOD_MISMATCH(Family.CHECK, Severity.WARNING, Fact.YEAR, Fact.PROGRAMME),
  /** A report due by the as-of date and not submitted. */
  REPORT_MISSING(Family.CHECK, Severity.ERROR, Fact.REPORT, Fact.QUARTER, Fact.DEADLINE, Fact.AS_OF),
  /** A report submitted after its due date. */
  REPORT_LATE(Family.CHECK, Severity.WARNING, Fact.REPORT, Fact.QUARTER, Fact.DEADLINE, Fact.SUBMITTED),
  /** A date is given but an input a rule needs is not: the rule cannot judge, and says so once. */
  INPUT_NOT_GIVEN(Family.CHECK, Severity.INFO, Fact.INPUT),
  /** A progress entry naming a task the plan does not have. */
  PROGRESS_UNKNOWN_TASK(Family.CHECK, Severity.WARNING, Fact.ENTRY),
  /** A progress snapshot older, on the as-of date, than the inputs allow. */
  PROGRESS_STALE(Family.CHECK, Severity.WARNING, Fact.DATE, Fact.AS_OF, Fact.DAYS),
  /** A measurement for a target label or indicator the plan does not state. */
  MEASUREMENT_UNKNOWN_TARGET(Family.CHECK, Severity.WARNING, Fact.TARGET),
  /** A report submission for a report the plan's schedule does not have. */
  SUBMISSION_UNKNOWN_REPORT(Family.CHECK, Severity.WARNING, Fact.REPORT, Fact.QUARTER, Fact.YEAR),
  /** An input naming an agency the plan's directory does not have. */
  INPUT_UNKNOWN_AGENCY(Family.CHECK, Severity.WARNING, Fact.NAME),
  /** No row of the table names the content column and another: nothing is imported. */
  IMPORT_NO_HEADER(Family.IMPORT, Severity.ERROR, Fact.ROWS, Fact.EXPECTED),
  /** A row with no content, left out. */
  IMPORT_NO_CONTENT(Family.IMPORT, Severity.ERROR, Fact.ROW, Fact.TEXT),
  /** A row that cannot be made a task, left out. */
  IMPORT_MALFORMED_ROW(Family.IMPORT, Severity.ERROR, Fact.ROW, Fact.REASON),
  /** A column of the task table the header row does not name. */
  IMPORT_MISSING_COLUMN(Family.IMPORT, Severity.WARNING, Fact.ROW, Fact.COLUMN),
  /** A header cell that names no column of the task table; its cells are not imported. */
  IMPORT_UNKNOWN_COLUMN(Family.IMPORT, Severity.WARNING, Fact.CELL, Fact.HEADER),
  /** A column named twice; the first is imported. */
  IMPORT_DUPLICATE_COLUMN(Family.IMPORT, Severity.WARNING, Fact.CELL, Fact.HEADER, Fact.FIRST_CELL),
  /** A cell outside the header's columns, not imported. */
  IMPORT_IGNORED_CELL(Family.IMPORT, Severity.WARNING, Fact.CELL, Fact.TEXT),
  /** A section heading that names no reform area. */
  IMPORT_UNKNOWN_SECTION(Family.IMPORT, Severity.WARNING, Fact.CELL, Fact.TEXT),
  /** A sub-row with no parent above it in its section, imported on its own. */
  IMPORT_ORPHAN_SUBROW(Family.IMPORT, Severity.WARNING, Fact.ROW, Fact.NUMBER),
  /** An agency name that resolves to nobody in the directory, kept as printed. */
  IMPORT_UNRESOLVED_AGENCY(Family.IMPORT, Severity.WARNING, Fact.CELL, Fact.NAME),
  /**
   * A timeframe cell that cannot be read, kept as printed: an error, as the plan's check counts the
   * task's unread timeframe ({@link #TASK_TIMEFRAME_UNREADABLE}), so that import and check agree.
   */
  IMPORT_UNREADABLE_TIMEFRAME(Family.IMPORT, Severity.ERROR, Fact.CELL, Fact.TEXT, Fact.REASON),
  /** A cell that cannot be read, kept as printed. */
  IMPORT_UNREADABLE_CELL(Family.IMPORT, Severity.WARNING, Fact.CELL, Fact.COLUMN, Fact.TEXT, Fact.REASON),
  /** A row above the header or a repeated header, not imported. */
  IMPORT_SKIPPED_ROW(Family.IMPORT, Severity.INFO, Fact.ROW, Fact.TEXT),
  /** The rest of a row a page break cut, joined to it. */
  IMPORT_JOINED_ROW(Family.IMPORT, Severity.INFO, Fact.ROW, Fact.TASK),
  /** Achieved points above the criterion's maximum. */
  SCORE_ABOVE_MAXIMUM(Family.SCORE, Severity.ERROR, Fact.CRITERION, Fact.ACHIEVED, Fact.MAXIMUM),
  /** A figure outside what the index allows. */
  SCORE_OUT_OF_RANGE(Family.SCORE, Severity.ERROR, Fact.CRITERION, Fact.PRINTED, Fact.LIMIT, Fact.INDEX),
  /** Printed deducted points other than maximum minus achieved. */
  SCORE_DEDUCTION_MISMATCH(Family.SCORE, Severity.WARNING, Fact.CRITERION, Fact.PRINTED, Fact.COMPUTED, Fact.TOLERANCE),
  /** A criterion's figure other than the sum of its children's. */
  SCORE_CHILDREN_SUM_MISMATCH(Family.SCORE, Severity.WARNING, Fact.CRITERION, Fact.FIELD, Fact.PRINTED, Fact.COMPUTED, Fact.METHOD, Fact.TOLERANCE),
  /** An index other than the mean (SIPAS) or sum (PAPI) of its components. */
  SCORE_AGGREGATE_MISMATCH(Family.SCORE, Severity.WARNING, Fact.CRITERION, Fact.FIELD, Fact.PRINTED, Fact.COMPUTED, Fact.METHOD, Fact.TOLERANCE),
  /** A criterion's printed change against the previous year other than the difference of the printed scores. */
  SCORE_CHANGE_MISMATCH(Family.SCORE, Severity.WARNING, Fact.CRITERION, Fact.PRINTED, Fact.COMPUTED, Fact.TOLERANCE),
  /** A parent's printed change other than the sum of its children's printed changes (additive indices). */
  SCORE_CHANGE_SUM_MISMATCH(Family.SCORE, Severity.WARNING, Fact.CRITERION, Fact.PRINTED, Fact.COMPUTED, Fact.TOLERANCE),
  /** A dossier whose dates contradict each other, left out of the statistics. */
  DOSSIER_DATES_INCONSISTENT(Family.DOSSIER, Severity.ERROR, Fact.DOSSIER, Fact.PROBLEM),
  /** The document read is not an administrative-reform plan. */
  READ_NOT_A_PLAN(Family.READ, Severity.ERROR, Fact.TEXT),
  /** The plan's year is printed nowhere it can be read from, and none was given. */
  READ_NO_YEAR(Family.READ, Severity.ERROR, Fact.TEXT),
  /** The issuer's tier cannot be told from its wording, and none was given. */
  READ_LEVEL_UNKNOWN(Family.READ, Severity.ERROR, Fact.NAME),
  /** A section heading names none of a plan's parts; its paragraphs are not read. */
  READ_UNKNOWN_SECTION(Family.READ, Severity.WARNING, Fact.TEXT, Fact.PARAGRAPHS),
  /** A paragraph is in no place of the plan a reader can put it. */
  READ_UNREAD_TEXT(Family.READ, Severity.WARNING, Fact.TEXT),
  /** An item of a target list states no quantity, so it is no target that can be judged. */
  READ_TARGET_NOT_QUANTIFIED(Family.READ, Severity.INFO, Fact.TEXT),
  /** A sentence's target cannot be read as printed (an impossible figure). */
  READ_UNREADABLE_TARGET(Family.READ, Severity.WARNING, Fact.TEXT),
  /** A party a responsibility names is not in the directory given. */
  READ_UNRESOLVED_PARTY(Family.READ, Severity.WARNING, Fact.NAME),
  /** An item repeats the label of an earlier item of its list. */
  READ_DUPLICATE_LABEL(Family.READ, Severity.WARNING, Fact.LABEL, Fact.FIRST_LINE),
  /** The task table is a scan whose columns ran together: rows read by number and opening line only, marked illegible. */
  READ_TABLE_RUN_TOGETHER(Family.READ, Severity.WARNING, Fact.ROWS),
  /** A row of a run-together table known from the numbering, none of whose text could be placed. */
  READ_ROW_NOT_READ(Family.READ, Severity.WARNING, Fact.LABEL),
  /** A PDF with no text layer: a scan, which needs OCR before it can be read. */
  READ_NO_TEXT_LAYER(Family.READ, Severity.ERROR, Fact.NAME);

  /** Which part of cchc reports a code. */
  public enum Family {
    /** A rule of the catalog, run by {@link RuleSet#check}. */
    CHECK,
    /** The task-table importer. */
    IMPORT,
    /** The scorecard checks. */
    SCORE,
    /** The dossier statistics. */
    DOSSIER,
    /** The plan reader: {@code READ_*}. */
    READ
  }

  private final Family family;
  private final Severity defaultSeverity;
  private final List<Fact<?>> facts;
  private final MessageSource messages;

  FindingCode(Family family, Severity defaultSeverity, Fact<?>... facts) {
    this.family = family;
    this.defaultSeverity = defaultSeverity;
    this.facts = List.of(facts);
    this.messages = new BundleSource(name(), this.facts);
  }

  /**
   * Gets the code findings carry: the constant's name.
   *
   * @return the code, UPPER_SNAKE, not null
   */
  public String code() {
    return name();
  }

  /**
   * Gets which part of cchc reports the code.
   *
   * @return the family, not null
   */
  public Family family() {
    return family;
  }

  /**
   * Gets the severity findings take unless a rule set re-grades the code.
   *
   * @return the severity, not null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Gets the facts a finding of this code carries; a variant of its message may carry others
   * (see {@link #facts(String)}).
   *
   * @return the facts, in the order the message names them
   */
  public List<Fact<?>> facts() {
    return facts;
  }

  /**
   * Gets the facts of a variant of the message: {@code "more"} for the count of the dossiers not
   * listed one by one, {@code "total"} for the PAR Index's maxima added up, {@code "subRows"} for
   * the sub-rows left out with a row; other variants carry the code's facts.
   *
   * @param variant the variant, "" for the code's own message
   * @return the facts, not null
   */
  public List<Fact<?>> facts(String variant) {
    if (this == DOSSIER_DATES_INCONSISTENT && variant.equals("more")) {
      return List.of(Fact.MORE);
    }
    if (this == SCORE_OUT_OF_RANGE && variant.equals("total")) {
      return List.of(Fact.PRINTED, Fact.LIMIT);
    }
    if (this == IMPORT_MALFORMED_ROW && variant.equals("subRows")) {
      return List.of(Fact.ROW, Fact.ROWS);
    }
    return facts;
  }

  /**
   * Gets the variants of the message beside the code's own: where one code says one thing in two
   * ways.
   *
   * @return the variants, possibly empty
   */
  public List<String> variants() {
    return switch (this) {
      case TASK_BEFORE_PLAN_PERIOD -> List.of("noIssueDate");
      case DOSSIER_DATES_INCONSISTENT -> List.of("more");
      case SCORE_OUT_OF_RANGE -> List.of("total");
      case IMPORT_MALFORMED_ROW -> List.of("subRows");
      default -> List.of();
    };
  }

  /**
   * Gets a one-line description of what the code reports, for catalogs and help texts.
   *
   * @param locale the language: English for English locales, Vietnamese otherwise; not null
   * @return the description, not blank
   */
  public String summary(Locale locale) {
    return Messages.template(locale, name() + ".summary");
  }

  /** Where findings of this code take their messages: the bundles. */
  MessageSource messages() {
    return messages;
  }

  /** The bundles' templates of one code, read when a message is asked for. */
  private record BundleSource(String code, List<Fact<?>> facts) implements MessageSource {
    @Override
    public String template(Locale language, String variant) {
      return Messages.template(language, variant.isEmpty() ? code : code + "." + variant);
    }

    @Override
    public Messages.Form form(String factName) {
      for (Fact<?> f : facts) {
        if (f.name().equals(factName)) {
          return f.form();
        }
      }
      return Messages.Form.PLAIN;
    }
  }

  /**
   * Finds the built-in code a finding carries.
   *
   * @param code the code, not null
   * @return the built-in code, empty for a user's code
   */
  public static java.util.Optional<FindingCode> find(String code) {
    for (FindingCode c : values()) {
      if (c.name().equals(code)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
