package io.github.cchc.rules;

import io.github.cchc.model.DocumentType;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.Scorecard;
import io.github.cchc.rules.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A fact a finding names (dữ kiện), as a typed key: its name in the message templates ({@code
 * {due}}) and the type of its value. Each {@link FindingCode} declares the facts its findings carry,
 * so a finding cannot name a fact its messages do not know, and a test renders every message from
 * the declared facts.
 *
 * <p>Values are rendered in the reader's language: dates as dd/mm/yyyy in Vietnamese and ISO in
 * English, decimals with a comma in Vietnamese, enum constants and keywords by their names in the
 * message bundles, row labels as a reader says them ("sau dòng 35", "after row 35").
 *
 * @param <T> the type of the value
 */
public final class Fact<T> {
  /** A row of the task table, by its label ("57", "3/a)", "after 35"). */
  public static final Fact<String> TASK = rowLabel("task");
  /** The row before a gap in the numbering, by its label. */
  public static final Fact<String> AFTER = rowLabel("after");
  /** The content of a row, abbreviated. */
  public static final Fact<String> CONTENT = text("content");
  /** Text as printed: a timeframe, a target, a cell. */
  public static final Fact<String> TEXT = text("text");
  /** The last allowed day. */
  public static final Fact<LocalDate> DUE = date("due");
  /** The first day of the plan's period. */
  public static final Fact<LocalDate> PERIOD_START = date("periodStart");
  /** The last day of a target's period. */
  public static final Fact<LocalDate> PERIOD_END = date("periodEnd");
  /** The plan's year. */
  public static final Fact<Year> YEAR = new Fact<>("year", Year.class, Messages.Form.PLAIN);
  /** An agency, by its name. */
  public static final Fact<String> AGENCY = text("agency");
  /** A unit that owes a plan or sets a target, by its name. */
  public static final Fact<String> UNIT = text("unit");
  /** The JSON Pointer of the first of two rows with one number. */
  public static final Fact<String> FIRST_ROW = text("first");
  /** The label of the first of two statements of a target. */
  public static final Fact<String> FIRST_TARGET = text("first");
  /** The numbers missing from a sequence. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Fact<List<String>> MISSING = new Fact<>("missing", (Class) List.class, Messages.Form.PLAIN);
  /** A plan, by its id. */
  public static final Fact<String> PLAN = text("plan");
  /** A reform area. */
  public static final Fact<ReformArea> AREA = new Fact<>("area", ReformArea.class, Messages.Form.PLAIN);
  /** A target, by its label ("II.6", "#2", a row's label). */
  public static final Fact<String> TARGET = text("target");
  /** An indicator: an {@code Indicator}, named in the reader's language, or its id when no catalog knows it. */
  public static final Fact<Object> INDICATOR = new Fact<>("indicator", Object.class, Messages.Form.PLAIN);
  /** The canonical text of the first of two statements of a target. */
  public static final Fact<String> FIRST_TEXT = text("firstText");
  /** The JSON Pointer of the first of two statements of a target. */
  public static final Fact<String> FIRST_POINTER = text("firstPointer");
  /** A measured value. */
  public static final Fact<BigDecimal> VALUE = number("value");
  /** The day a value was measured. */
  public static final Fact<LocalDate> MEASURED_ON = date("measuredOn");
  /** A citation as printed. */
  public static final Fact<String> CITATION = text("citation");
  /** The type word of a citation as printed ("Nghị quyết"). */
  public static final Fact<String> WORD = text("word");
  /** The document type a citation's word names. */
  public static final Fact<DocumentType> WORD_TYPE = new Fact<>("wordType", DocumentType.class, Messages.Form.PLAIN);
  /** The document type a citation's code names. */
  public static final Fact<DocumentType> CODE_TYPE = new Fact<>("codeType", DocumentType.class, Messages.Form.PLAIN);
  /** A document number as cited. */
  public static final Fact<String> CITED = text("cited");
  /** A document number as it really is. */
  public static final Fact<String> ACTUAL = text("actual");
  /** A document's date. */
  public static final Fact<LocalDate> DATE = date("date");
  /** The day the plan was issued. */
  public static final Fact<LocalDate> PLAN_DATE = date("planDate");
  /** The date of the status or check. */
  public static final Fact<LocalDate> AS_OF = date("asOf");
  /** The day a subordinate plan was issued. */
  public static final Fact<LocalDate> ISSUED = date("issued");
  /** A subordinate plan's target, as canonical text. */
  public static final Fact<String> CHILD = text("child");
  /** The parent plan's target, as canonical text. */
  public static final Fact<String> PARENT = text("parent");
  /** A programme above the plan, by its title and phase ("Chương trình … (Giai đoạn 2021 – 2025)"). */
  public static final Fact<String> PROGRAMME = text("programme");
  /** The year by which a programme's target is to be reached. */
  public static final Fact<Year> BY = new Fact<>("by", Year.class, Messages.Form.PLAIN);
  /** The kind of a periodic report. */
  public static final Fact<ReportRequirement.Kind> REPORT =
      new Fact<>("report", ReportRequirement.Kind.class, Messages.Form.PLAIN);
  /** The quarter of a report, 1 to 4. */
  public static final Fact<Integer> QUARTER = new Fact<>("quarter", Integer.class, Messages.Form.PLAIN);
  /** The day by which a report must be sent, exclusive ("trước ngày"). */
  public static final Fact<LocalDate> DEADLINE = date("deadline");
  /** The day a report was sent. */
  public static final Fact<LocalDate> SUBMITTED = date("submitted");

  /** Which input beside the plan: {@code progress}, {@code measurements}, {@code submissions} or {@code subordinatePlans}. */
  public static final Fact<String> INPUT = keyword("input");
  /** A JSON Pointer as an input entry writes it, naming a task of the plan. */
  public static final Fact<String> ENTRY = text("entry");
  /** A number of days. */
  public static final Fact<Long> DAYS = new Fact<>("days", Long.class, Messages.Form.PLAIN);

  /** The number of rows of an imported table. */
  public static final Fact<Integer> ROWS = new Fact<>("rows", Integer.class, Messages.Form.PLAIN);
  /** A row of an imported table, counted from 1. */
  public static final Fact<Integer> ROW = new Fact<>("row", Integer.class, Messages.Form.PLAIN);
  /** A cell of an imported table, by its spreadsheet address ("C12"). */
  public static final Fact<String> CELL = text("cell");
  /** The first cell of a repeated column. */
  public static final Fact<String> FIRST_CELL = text("first");
  /** A header cell as printed. */
  public static final Fact<String> HEADER = text("header");
  /** A column of the task table (an enum constant of the reader's, named in the bundles). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Fact<Enum<?>> COLUMN = new Fact<>("column", (Class) Enum.class, Messages.Form.PLAIN);
  /** The columns a header row is expected to name. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Fact<List<Enum<?>>> EXPECTED = new Fact<>("expected", (Class) List.class, Messages.Form.PLAIN);
  /** Why a row could not be made a task. */
  public static final Fact<String> REASON = text("reason");
  /** A row's number as printed. */
  public static final Fact<String> NUMBER = text("number");
  /** A party's name as printed. */
  public static final Fact<String> NAME = text("name");
  public static final Fact<String> LABEL = text("label");
  public static final Fact<Integer> FIRST_LINE = new Fact<>("firstLine", Integer.class, Messages.Form.PLAIN);
  public static final Fact<Integer> PARAGRAPHS = new Fact<>("paragraphs", Integer.class, Messages.Form.PLAIN);

  /** A criterion of a scorecard, by its code or name. */
  public static final Fact<String> CRITERION = text("criterion");
  /** The index a scorecard is of. */
  public static final Fact<Scorecard.Index> INDEX = new Fact<>("index", Scorecard.Index.class, Messages.Form.PLAIN);
  /** A figure as printed. */
  public static final Fact<BigDecimal> PRINTED = number("printed");
  /** A figure computed from others. */
  public static final Fact<BigDecimal> COMPUTED = number("computed");
  /** The most a figure may be. */
  public static final Fact<BigDecimal> LIMIT = number("limit");
  /** The points achieved. */
  public static final Fact<BigDecimal> ACHIEVED = number("achieved");
  /** The maximum points. */
  public static final Fact<BigDecimal> MAXIMUM = number("maximum");
  /** How far a printed figure may be from a computed one. */
  public static final Fact<BigDecimal> TOLERANCE = number("tolerance");
  /** Which figure of a criterion: {@code maximum}, {@code achieved} or {@code deducted}. */
  public static final Fact<String> FIELD = keyword("field");
  /** How children's figures make their parent's: {@code sum} or {@code mean}. */
  public static final Fact<String> METHOD = keyword("method");

  /** A dossier, by its id. */
  public static final Fact<String> DOSSIER = text("dossier");
  /** What is contradictory in a dossier's dates (an enum constant of the statistics, named in the bundles). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Fact<Enum<?>> PROBLEM = new Fact<>("problem", (Class) Enum.class, Messages.Form.PLAIN);
  /** How many more. */
  public static final Fact<Long> MORE = new Fact<>("more", Long.class, Messages.Form.PLAIN);

  private final String name;
  private final Class<T> type;
  private final Messages.Form form;

  private Fact(String name, Class<T> type, Messages.Form form) {
    this.name = name;
    this.type = type;
    this.form = form;
  }

  private static Fact<String> text(String name) {
    return new Fact<>(name, String.class, Messages.Form.PLAIN);
  }

  private static Fact<String> rowLabel(String name) {
    return new Fact<>(name, String.class, Messages.Form.ROW_LABEL);
  }

  private static Fact<String> keyword(String name) {
    return new Fact<>(name, String.class, Messages.Form.KEYWORD);
  }

  private static Fact<LocalDate> date(String name) {
    return new Fact<>(name, LocalDate.class, Messages.Form.PLAIN);
  }

  private static Fact<BigDecimal> number(String name) {
    return new Fact<>(name, BigDecimal.class, Messages.Form.PLAIN);
  }

  /**
   * Gets the name the message templates use.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Gets the type of the value.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  Messages.Form form() {
    return form;
  }

  T require(Object value) {
    Objects.requireNonNull(value, name);
    if (!type.isInstance(value)) {
      throw new ClassCastException("Fact \"" + name + "\" takes a " + type.getSimpleName() + ", was " + value.getClass());
    }
    return type.cast(value);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
