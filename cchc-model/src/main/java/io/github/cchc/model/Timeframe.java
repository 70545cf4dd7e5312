package io.github.cchc.model;

import io.github.cchc.model.text.Folding;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When a task is to be done (thời gian thực hiện / hoàn thành), as plans print it: "Tháng 12/2023",
 * "Trước ngày 25/01/2024", "Quý III, IV/2024", "Quý IV/2022 đến Quý I/2023", "Cả năm 2024",
 * "Định kỳ hàng tháng", "Theo chỉ đạo của UBND thành phố, Bộ Nội vụ".
 *
 * <p>The kinds form a closed family, one nested class each. A timeframe keeps the text it was read
 * from ({@link #text()}); two timeframes are equal when their structure is equal, whatever their
 * text. {@link #toString()} gives the canonical text, which {@link #parse(CharSequence)} reads back
 * to an equal timeframe.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@JsonSerialize(using = TimeframeJson.Writer.class)
@JsonDeserialize(using = TimeframeJson.Reader.class)
public abstract sealed class Timeframe
    permits Timeframe.InMonth,
        Timeframe.Before,
        Timeframe.InQuarters,
        Timeframe.Between,
        Timeframe.WholeYear,
        Timeframe.Recurring,
        Timeframe.SetByAuthority {

  /** The kinds of timeframe; one nested class each. */
  public enum Kind {
    /** Within a month: "Tháng 12/2023", "Trong tháng 01/2022". */
    MONTH,
    /** Before a date, exclusive: "Trước ngày 25/01/2024". */
    BEFORE,
    /** Within one or more quarters of a year: "Quý IV/2024", "Quý II, III, IV/ 2024". */
    QUARTERS,
    /** From one period to another, possibly across years: "Quý IV/2022 đến Quý I/2023". */
    BETWEEN,
    /** Throughout a year, due at its end: "Cả năm 2024". */
    YEAR,
    /** Recurring within a year: "Định kỳ hàng tháng", "hàng quý", "Thường xuyên". */
    RECURRING,
    /** Set by other authorities, no fixed date: "Theo yêu cầu của Bộ Nội vụ". */
    SET_BY_AUTHORITY
  }

  /** How often a recurring timeframe comes round. */
  public enum Frequency {
    /** Hàng tháng. */
    MONTHLY("hàng tháng"),
    /** Hàng quý. */
    QUARTERLY("hàng quý"),
    /** Thường xuyên: continuously, throughout the year. */
    CONTINUOUS("thường xuyên"),
    /** Hàng năm: once a year, within the year. */
    YEARLY("hàng năm");

    private final String vietnamese;

    Frequency(String vietnamese) {
      this.vietnamese = vietnamese;
    }

    String vietnamese() {
      return vietnamese;
    }
  }

  // Null until asked for when built by a factory: the canonical text is made only if it is read,
  // since a reader gives every timeframe its printed text at once.
  private final String text;

  Timeframe(String text) {
    this.text = text == null ? null : Texts.requireNonBlank(Folding.clean(text), "text", "Timeframe text", "lời ghi thời gian");
  }

  // ----------------------------------------------------------------- factories

  /**
   * Obtains a timeframe within one month ("Tháng 12/2023").
   *
   * @param month the month, not null
   * @return the timeframe, not null
   */
  public static Timeframe ofMonth(YearMonth month) {
    return new InMonth(month, null);
  }

  /**
   * Obtains a timeframe that ends before a date ("Trước ngày 25/01/2024"). The deadline is
   * exclusive, as the plans read it: the last allowed day is the day before.
   *
   * @param exclusiveDeadline the date named in the text, not null
   * @return the timeframe, not null
   */
  public static Timeframe before(LocalDate exclusiveDeadline) {
    return new Before(exclusiveDeadline, null);
  }

  /**
   * Obtains a timeframe within one quarter ("Quý IV/2024").
   *
   * @param year the year, not null
   * @param quarter the quarter, 1 to 4
   * @return the timeframe, not null
   */
  public static Timeframe ofQuarter(Year year, int quarter) {
    return new InQuarters(year, List.of(quarter), null);
  }

  /**
   * Obtains a timeframe within several quarters of one year ("Quý II, III, IV/2024").
   *
   * @param year the year, not null
   * @param quarters the quarters, each 1 to 4, at least one; order and repeats do not matter
   * @return the timeframe, not null
   */
  public static Timeframe ofQuarters(Year year, Collection<Integer> quarters) {
    return new InQuarters(year, quarters, null);
  }

  /**
   * Obtains a timeframe from one period to another ("Quý IV/2022 đến Quý I/2023").
   *
   * @param from the first period: a month, quarters or a year, not null
   * @param to the last period: a month, quarters or a year, ending no earlier than {@code from}
   *     starts, not null
   * @return the timeframe, not null
   */
  public static Timeframe between(Timeframe from, Timeframe to) {
    return new Between(from, to, null);
  }

  /**
   * Obtains a timeframe throughout a year, due at its end ("Cả năm 2024").
   *
   * @param year the year, not null
   * @return the timeframe, not null
   */
  public static Timeframe ofYear(Year year) {
    return new WholeYear(year, null);
  }

  /**
   * Obtains a recurring timeframe within a year ("Định kỳ hàng tháng").
   *
   * @param frequency how often, not null
   * @param year the year it recurs in, not null
   * @return the timeframe, not null
   */
  public static Timeframe recurring(Frequency frequency, Year year) {
    return new Recurring(frequency, year, null);
  }

  /**
   * Obtains a timeframe set by other authorities ("Theo chỉ đạo của UBND thành phố, Bộ Nội vụ").
   *
   * @param basis what of theirs sets the time, as printed ("chỉ đạo", "yêu cầu", "thời gian đánh
   *     giá hàng năm"), not blank
   * @param authorities who sets it, as printed, at least one
   * @return the timeframe, not null
   */
  public static Timeframe setBy(String basis, List<String> authorities) {
    return new SetByAuthority(basis, authorities, null);
  }

  /**
   * Reads a timeframe that names its year ("Quý IV/2024", "Cả năm 2024").
   *
   * @param text the text as printed, with or without diacritics, not null
   * @return the timeframe, keeping {@code text}, not null
   * @throws TextParseException if the text is not a timeframe, or names no year where one is
   *     needed
   */
  public static Timeframe parse(CharSequence text) {
    return TimeframeParser.parse(text, Optional.empty());
  }

  /**
   * Reads a timeframe as printed in a plan of the given year, which fills in a missing year
   * ("Quý III" in a 2022 plan is quarter III of 2022).
   *
   * <p>Accepts the forms of the plans, with or without diacritics and with stray spaces: "Tháng
   * 12/2023", "Trong tháng 01/2022", "hoàn thành trong tháng 11/2022", "Trước ngày 25/01/2024",
   * "Quý IV/2024", "Quý II, III, IV/ 2024", "Quý III,IV/2024", "Quý I năm 2024", "Quý IV/2022 đến
   * Quý I/2023", "Cả năm 2024", "Định kỳ hàng tháng", "hàng quý", "Thường xuyên", "Theo yêu cầu của
   * Bộ Nội vụ". In a quarter numeral the digit 1 reads as the letter I, so the OCR renderings 1,
   * 11, 111 and 1V are the quarters I, II, III and IV; the arabic quarters 2, 3 and 4 are read too.
   * Likewise "năm" may be rendered "nim" or "ndm" and "cả" "cé" ("Ca nim 2022", "Cé nim 2022").
   *
   * @param text the text as printed, not null
   * @param planYear the year of the plan the text comes from, not null
   * @return the timeframe, keeping {@code text}, not null
   * @throws TextParseException if the text is not a timeframe or names an impossible date
   */
  public static Timeframe parse(CharSequence text, Year planYear) {
    return TimeframeParser.parse(text, Optional.of(planYear));
  }

  // ----------------------------------------------------------------- common API

  /**
   * Gets the kind of this timeframe.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the text this timeframe was read from, or its canonical text when built by a factory.
   *
   * @return the text, NFC with whitespace collapsed, not null
   */
  public String text() {
    return text != null ? text : Folding.clean(toCanonicalText());
  }

  /** Whether this timeframe keeps exactly this printed text: a factory's has none until asked. */
  boolean hasText(String printedText) {
    return printedText.equals(text);
  }

  /**
   * Gets the first day of the timeframe.
   *
   * @return the first day, empty for "before a date" (which has no start) and for timeframes set
   *     by other authorities
   */
  public abstract Optional<LocalDate> start();

  /**
   * Gets the last allowed day: the end of the month, quarter or year, or the day before a "Trước
   * ngày" deadline.
   *
   * @return the last allowed day, empty for timeframes set by other authorities
   */
  public abstract Optional<LocalDate> dueDate();

  /**
   * Checks if a date falls within this timeframe. A "before" timeframe contains every day up to
   * its last allowed day; a timeframe set by other authorities contains no day.
   *
   * @param date the date, not null
   * @return true if the date is within the timeframe
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> due = dueDate();
    if (due.isEmpty() || date.isAfter(due.get())) {
      return false;
    }
    return start().map(s -> !date.isBefore(s)).orElse(true);
  }

  /**
   * Returns a copy of this timeframe with the text altered; the structure is unchanged.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param printedText the text as printed, not blank
   * @return a timeframe equal to this one, with the given text, not null
   */
  public abstract Timeframe withText(String printedText);

  /**
   * Gets the canonical Vietnamese text of this timeframe, which {@link #parse(CharSequence)} reads
   * back to an equal timeframe.
   *
   * @return the canonical text, not null
   */
  public abstract String toCanonicalText();

  /** Returns the canonical text. */
  @Override
  public String toString() {
    return toCanonicalText();
  }

  // ----------------------------------------------------------------- kinds

  /** A timeframe within a month (trong tháng). */
  public static final class InMonth extends Timeframe {
    private final YearMonth month;

    InMonth(YearMonth month, String text) {
      super(text);
      this.month = Objects.requireNonNull(month, "month");
    }

    private static String canonical(YearMonth month) {
      return String.format("Tháng %02d/%d", month.getMonthValue(), month.getYear());
    }

    /**
     * Gets the month.
     *
     * @return the month, not null
     */
    public YearMonth month() {
      return month;
    }

    @Override
    public Kind kind() {
      return Kind.MONTH;
    }

    @Override
    public Optional<LocalDate> start() {
      return Optional.of(month.atDay(1));
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(month.atEndOfMonth());
    }

    @Override
    public InMonth withText(String printedText) {
      return hasText(printedText) ? this : new InMonth(month, printedText);
    }

    @Override
    public String toCanonicalText() {
      return canonical(month);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InMonth other && month.equals(other.month);
    }

    @Override
    public int hashCode() {
      return month.hashCode();
    }
  }

  /** A timeframe before a date, exclusive (trước ngày). */
  public static final class Before extends Timeframe {
    private final LocalDate deadline;

    Before(LocalDate deadline, String text) {
      super(text);
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      if (deadline.equals(LocalDate.MIN)) {
        throw new MalformedValueException("exclusiveDeadline", "Timeframe deadline has no day before it: " + deadline,
            "hạn " + deadline + " không có ngày nào trước nó");
      }
    }

    private static String canonical(LocalDate deadline) {
      return String.format(
          "Trước ngày %02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear());
    }

    /**
     * Gets the date named in the text; the task must be done before it.
     *
     * @return the exclusive deadline, not null
     */
    public LocalDate exclusiveDeadline() {
      return deadline;
    }

    @Override
    public Kind kind() {
      return Kind.BEFORE;
    }

    @Override
    public Optional<LocalDate> start() {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(deadline.minusDays(1));
    }

    @Override
    public Before withText(String printedText) {
      return hasText(printedText) ? this : new Before(deadline, printedText);
    }

    @Override
    public String toCanonicalText() {
      return canonical(deadline);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Before other && deadline.equals(other.deadline);
    }

    @Override
    public int hashCode() {
      return deadline.hashCode() * 31 + 1;
    }
  }

  /** A timeframe within one or more quarters of a year (quý). */
  public static final class InQuarters extends Timeframe {
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private final Year year;
    private final List<Integer> quarters;

    InQuarters(Year year, Collection<Integer> quarters, String text) {
      this(text, year, sorted(quarters));
    }

    /** Quarters already sorted, each once (another timeframe's), taken as they are. */
    private InQuarters(String text, Year year, List<Integer> sortedQuarters) {
      super(text);
      this.year = Objects.requireNonNull(year, "year");
      this.quarters = sortedQuarters;
    }

    /** The quarters ascending, each once, as an unmodifiable list; a set of four bits rather than a tree set. */
    private static List<Integer> sorted(Collection<Integer> quarters) {
      int seen = 0;
      for (Integer q : quarters) {
        Objects.requireNonNull(q, "quarter");
        if (q < 1 || q > 4) {
          throw new MalformedValueException("", "Timeframe quarter must be 1 to 4, was " + q,
              "quý của thời gian thực hiện phải từ 1 đến 4, đang là " + q);
        }
        seen |= 1 << q;
      }
      if (seen == 0) {
        throw new MalformedValueException("quarters", "Timeframe quarters must name at least one quarter",
            "thời gian theo quý phải nêu ít nhất một quý");
      }
      Integer[] ascending = new Integer[Integer.bitCount(seen)];
      int k = 0;
      for (int q = 1; q <= 4; q++) {
        if ((seen & 1 << q) != 0) {
          ascending[k++] = q;
        }
      }
      return List.of(ascending);
    }

    private static String canonical(Year year, Collection<Integer> quarters) {
      return "Quý " + quarters.stream().map(q -> ROMAN.get(q - 1)).collect(Collectors.joining(", ")) + "/" + year;
    }

    /**
     * Gets the year.
     *
     * @return the year, not null
     */
    public Year year() {
      return year;
    }

    /**
     * Gets the quarters, ascending, without repeats.
     *
     * @return the quarters, each 1 to 4, not empty
     */
    public List<Integer> quarters() {
      return quarters;
    }

    @Override
    public Kind kind() {
      return Kind.QUARTERS;
    }

    @Override
    public Optional<LocalDate> start() {
      return Optional.of(year.atMonth(quarters.get(0) * 3 - 2).atDay(1));
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(year.atMonth(quarters.get(quarters.size() - 1) * 3).atEndOfMonth());
    }

    /**
     * Checks if a date falls within one of the quarters; a gap between named quarters ("Quý I,
     * III") is not within.
     */
    @Override
    public boolean contains(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return date.getYear() == year.getValue() && quarters.contains((date.getMonthValue() + 2) / 3);
    }

    @Override
    public InQuarters withText(String printedText) {
      return hasText(printedText) ? this : new InQuarters(printedText, year, quarters);
    }

    @Override
    public String toCanonicalText() {
      return canonical(year, quarters);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InQuarters other && year.equals(other.year) && quarters.equals(other.quarters);
    }

    @Override
    public int hashCode() {
      return Objects.hash(year, quarters);
    }
  }

  /** A timeframe from one period to another (từ … đến …). */
  public static final class Between extends Timeframe {
    private final Timeframe from;
    private final Timeframe to;

    Between(Timeframe from, Timeframe to, String text) {
      super(text);
      this.from = checkEnd(from, "from");
      this.to = checkEnd(to, "to");
      if (to.dueDate().orElseThrow().isBefore(from.start().orElseThrow())) {
        throw new MalformedValueException("to",
            "Timeframe ends (" + to.toCanonicalText() + ") before it starts (" + from.toCanonicalText() + ")",
            "thời gian kết thúc (" + to.toCanonicalText() + ") trước khi bắt đầu (" + from.toCanonicalText() + ")");
      }
    }

    private static Timeframe checkEnd(Timeframe end, String name) {
      Objects.requireNonNull(end, name);
      if (!(end instanceof InMonth || end instanceof InQuarters || end instanceof WholeYear)) {
        throw new MalformedValueException(name,
            "Timeframe range '" + name + "' must be a month, quarters or a year, was " + end.kind()
                + " \"" + end.text() + "\"", (name.equals("from") ? "mốc bắt đầu" : "mốc kết thúc")
                + " của khoảng thời gian phải là một tháng, các quý hoặc một năm, đang là \"" + end.text() + "\"");
      }
      return end.withText(end.toCanonicalText());
    }

    private static String canonical(Timeframe from, Timeframe to) {
      return from.toCanonicalText() + " đến " + to.toCanonicalText();
    }

    /**
     * Gets the first period.
     *
     * @return a month, quarters or a year, not null
     */
    public Timeframe from() {
      return from;
    }

    /**
     * Gets the last period.
     *
     * @return a month, quarters or a year, not null
     */
    public Timeframe to() {
      return to;
    }

    @Override
    public Kind kind() {
      return Kind.BETWEEN;
    }

    @Override
    public Optional<LocalDate> start() {
      return from.start();
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return to.dueDate();
    }

    @Override
    public Between withText(String printedText) {
      return hasText(printedText) ? this : new Between(from, to, printedText);
    }

    @Override
    public String toCanonicalText() {
      return canonical(from, to);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Between other && from.equals(other.from) && to.equals(other.to);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to);
    }
  }

  /** A timeframe throughout a year, due at its end (cả năm). */
  public static final class WholeYear extends Timeframe {
    private final Year year;

    WholeYear(Year year, String text) {
      super(text);
      this.year = Objects.requireNonNull(year, "year");
    }

    /**
     * Gets the year.
     *
     * @return the year, not null
     */
    public Year year() {
      return year;
    }

    @Override
    public Kind kind() {
      return Kind.YEAR;
    }

    @Override
    public Optional<LocalDate> start() {
      return Optional.of(year.atDay(1));
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(year.atMonth(12).atEndOfMonth());
    }

    @Override
    public WholeYear withText(String printedText) {
      return hasText(printedText) ? this : new WholeYear(year, printedText);
    }

    @Override
    public String toCanonicalText() {
      return "Cả năm " + year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WholeYear other && year.equals(other.year);
    }

    @Override
    public int hashCode() {
      return year.hashCode() * 31 + 5;
    }
  }

  /** A timeframe recurring within a year (định kỳ), due at the year's end. */
  public static final class Recurring extends Timeframe {
    private final Frequency frequency;
    private final Year year;

    Recurring(Frequency frequency, Year year, String text) {
      super(text);
      this.frequency = Objects.requireNonNull(frequency, "frequency");
      this.year = Objects.requireNonNull(year, "year");
    }

    private static String canonical(Frequency frequency, Year year) {
      String head = frequency == Frequency.CONTINUOUS ? "Thường xuyên" : "Định kỳ " + frequency.vietnamese();
      return head + " năm " + year;
    }

    /**
     * Gets how often it recurs.
     *
     * @return the frequency, not null
     */
    public Frequency frequency() {
      return frequency;
    }

    /**
     * Gets the year it recurs in.
     *
     * @return the year, not null
     */
    public Year year() {
      return year;
    }

    /**
     * Gets the occurrences of the year, each a period with its last allowed day: twelve months
     * for {@link Frequency#MONTHLY}, four quarters for {@link Frequency#QUARTERLY}, the year for
     * {@link Frequency#YEARLY}; work done
     * {@link Frequency#CONTINUOUS continuously} has none.
     *
     * @return the occurrences in date order, possibly empty
     */
    public List<Occurrence> occurrences() {
      if (frequency == Frequency.CONTINUOUS) {
        return List.of();
      }
      int months = switch (frequency) {
        case MONTHLY -> 1;
        case QUARTERLY -> 3;
        default -> 12;
      };
      List<Occurrence> all = new ArrayList<>(12 / months);
      for (int k = 0; k < 12 / months; k++) {
        YearMonth first = year.atMonth(1 + k * months);
        all.add(new Occurrence(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()));
      }
      return List.copyOf(all);
    }

    /**
     * One occurrence of a recurring timeframe (một kỳ): a month or a quarter.
     *
     * @param start the first day of the period, not null
     * @param dueDate the last allowed day, not before the start
     */
    public record Occurrence(LocalDate start, LocalDate dueDate) {
      /**
       * Creates an occurrence.
       *
       * @param start the first day, not null
       * @param dueDate the last allowed day, not before the start
       */
      public Occurrence {
        if (dueDate.isBefore(start)) {
          throw new MalformedValueException("", "An occurrence cannot end (" + dueDate + ") before it starts (" + start + ")",
              "một lần thực hiện không thể kết thúc (" + dueDate + ") trước khi bắt đầu (" + start + ")");
        }
      }
    }

    @Override
    public Kind kind() {
      return Kind.RECURRING;
    }

    @Override
    public Optional<LocalDate> start() {
      return Optional.of(year.atDay(1));
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(year.atMonth(12).atEndOfMonth());
    }

    @Override
    public Recurring withText(String printedText) {
      return hasText(printedText) ? this : new Recurring(frequency, year, printedText);
    }

    @Override
    public String toCanonicalText() {
      return canonical(frequency, year);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Recurring other && frequency == other.frequency && year.equals(other.year);
    }

    @Override
    public int hashCode() {
      return Objects.hash(frequency, year);
    }
  }

  /** A timeframe set by other authorities or their schedule (theo yêu cầu / chỉ đạo của …). */
  public static final class SetByAuthority extends Timeframe {
    private final String basis;
    private final List<String> authorities;

    SetByAuthority(String basis, List<String> authorities, String text) {
      super(text);
      this.basis = Texts.requireNonBlank(Folding.clean(basis), "basis", "Timeframe basis", "căn cứ của thời gian");
      List<String> cleaned = new ArrayList<>();
      for (String a : authorities) {
        cleaned.add(Texts.requireNonBlank(Folding.clean(Objects.requireNonNull(a, "authority")), "authorities/" + cleaned.size(),
            "Timeframe authority", "cơ quan có thẩm quyền"));
      }
      if (cleaned.isEmpty()) {
        throw new MalformedValueException("authorities", "Timeframe set by authority must name at least one authority",
            "thời gian do cấp có thẩm quyền quyết định phải nêu ít nhất một cơ quan có thẩm quyền");
      }
      this.authorities = List.copyOf(cleaned);
    }

    private static String canonical(String basis, List<String> authorities) {
      return "Theo " + Folding.clean(basis) + " của " + String.join(", ", authorities);
    }

    /**
     * Gets what of theirs sets the time ("chỉ đạo", "yêu cầu", "thời gian đánh giá hàng năm").
     *
     * @return the basis as printed, not blank
     */
    public String basis() {
      return basis;
    }

    /**
     * Gets who sets the time, as printed ("UBND thành phố", "Bộ Nội vụ").
     *
     * @return the authorities, not empty
     */
    public List<String> authorities() {
      return authorities;
    }

    @Override
    public Kind kind() {
      return Kind.SET_BY_AUTHORITY;
    }

    @Override
    public Optional<LocalDate> start() {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.empty();
    }

    @Override
    public SetByAuthority withText(String printedText) {
      return hasText(printedText) ? this : new SetByAuthority(basis, authorities, printedText);
    }

    @Override
    public String toCanonicalText() {
      return canonical(basis, authorities);
    }

    /**
     * Checks if the other timeframe is set by the same authorities on the same basis, comparing
     * words without regard to case, diacritics or spacing, so that OCR'd and clean text agree.
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof SetByAuthority other && keys().equals(other.keys());
    }

    @Override
    public int hashCode() {
      return keys().hashCode();
    }

    private List<String> keys() {
      List<String> keys = new ArrayList<>();
      keys.add(Folding.key(basis));
      authorities.forEach(a -> keys.add(Folding.key(a)));
      return keys;
    }
  }
}
