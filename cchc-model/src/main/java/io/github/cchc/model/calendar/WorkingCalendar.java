package io.github.cchc.model.calendar;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.Plan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of Vietnamese public bodies (lịch ngày làm việc): Monday to Friday, less public
 * holidays, with a compensatory day off (nghỉ bù) on the next working day for each holiday that
 * falls on a Saturday or Sunday; or, for a year the government has fixed the actual days off (swaps,
 * bridge days, make-up Saturdays), that year's {@link OfficialSchedule}.
 *
 * <p>{@link #vietnam()} holds the statutory holidays by period:
 * <ul>
 *   <li>1/1 (Tết Dương lịch), 30/4, 1/5 and 2/9, one day each; from 2021 (Bộ luật Lao động 2019,
 *       art. 112) 2/9 and an adjacent day, here the day after, since the government chooses the
 *       day each year;
 *   <li>Tết Nguyên đán: 4 days to 2012 (the last day of the lunar year and the first three),
 *       5 days from 2013 (Bộ luật Lao động 2012: the last day and the first four);
 *   <li>Giỗ Tổ Hùng Vương, 10/3 lunar, from 2007.
 * </ul>
 * The statutory rules are sourced from 1995 and Tết is computed to 2100, so a calendar answers for
 * {@link Plan#FIRST_YEAR} to {@link Plan#LAST_YEAR}, 1995 to 2100, and refuses any other day with
 * {@link UnsupportedYearException} rather than call it a working day.
 *
 * @implSpec This class is immutable and thread-safe; it caches each year's days off as computed.
 */
public final class WorkingCalendar {
  private static final Year FAR = Year.of(2100);
  private static final List<HolidayRule> STATUTORY = List.of(
      HolidayRule.solar("Tết Dương lịch", Year.of(1995), FAR, MonthDay.of(1, 1), 0),
      HolidayRule.lunar("Tết Nguyên đán", Year.of(1995), Year.of(2012), MonthDay.of(1, 1), 1, 2),
      HolidayRule.lunar("Tết Nguyên đán", Year.of(2013), FAR, MonthDay.of(1, 1), 1, 3),
      HolidayRule.lunar("Giỗ Tổ Hùng Vương", Year.of(2007), FAR, MonthDay.of(3, 10), 0, 0),
      HolidayRule.solar("Ngày Chiến thắng", Year.of(1995), FAR, MonthDay.of(4, 30), 0),
      HolidayRule.solar("Ngày Quốc tế lao động", Year.of(1995), FAR, MonthDay.of(5, 1), 0),
      HolidayRule.solar("Quốc khánh", Year.of(1995), Year.of(2020), MonthDay.of(9, 2), 0),
      HolidayRule.solar("Quốc khánh", Year.of(2021), FAR, MonthDay.of(9, 2), 1));

  private final List<HolidayRule> rules;
  private final Map<Year, OfficialSchedule> schedules;
  private final ConcurrentHashMap<Integer, SortedSet<LocalDate>> daysOff = new ConcurrentHashMap<>();

  private WorkingCalendar(List<HolidayRule> rules, Map<Year, OfficialSchedule> schedules) {
    this.rules = List.copyOf(rules);
    this.schedules = Collections.unmodifiableMap(schedules);
  }

  /**
   * Obtains the calendar of Vietnamese public bodies with the statutory holidays and no official
   * schedule.
   *
   * @return the calendar, not null
   */
  public static WorkingCalendar vietnam() {
    return new WorkingCalendar(STATUTORY, Map.of());
  }

  /**
   * Obtains a calendar with other holiday rules.
   *
   * @param rules the rules, not null
   * @return the calendar, not null
   */
  public static WorkingCalendar of(List<HolidayRule> rules) {
    return new WorkingCalendar(rules, Map.of());
  }

  /**
   * Returns a copy of this calendar that follows a year's official schedule instead of the rules.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param schedule the schedule, not null
   * @return the calendar, not null
   */
  public WorkingCalendar withSchedule(OfficialSchedule schedule) {
    Map<Year, OfficialSchedule> copy = new HashMap<>(schedules);
    copy.put(schedule.year(), schedule);
    return new WorkingCalendar(rules, copy);
  }

  /**
   * Gets the holiday rules.
   *
   * @return the rules, not null
   */
  public List<HolidayRule> rules() {
    return rules;
  }

  /**
   * Gets a year's official schedule.
   *
   * @param year the year, not null
   * @return the schedule, empty if the rules decide that year
   */
  public Optional<OfficialSchedule> schedule(Year year) {
    return Optional.ofNullable(schedules.get(year));
  }

  /**
   * Gets the weekdays off in a year: holidays and compensatory days, or the official schedule's.
   *
   * @param year the year, not null
   * @return the days, ascending
   * @throws UnsupportedYearException if the year is outside 1995 to 2100
   */
  public SortedSet<LocalDate> daysOffIn(Year year) {
    requireSupported(year.getValue());
    return daysOff.computeIfAbsent(year.getValue(), y -> compute(Year.of(y)));
  }

  private SortedSet<LocalDate> compute(Year year) {
    OfficialSchedule official = schedules.get(year);
    if (official != null) {
      return official.daysOff();
    }
    SortedSet<LocalDate> holidays = new TreeSet<>();
    for (Year y : List.of(year.minusYears(1), year, year.plusYears(1))) {
      for (HolidayRule r : rules) {
        holidays.addAll(r.daysIn(y));
      }
    }
    SortedSet<LocalDate> off = new TreeSet<>();
    for (LocalDate h : holidays) {
      if (!OfficialSchedule.isWeekend(h)) {
        off.add(h);
      }
    }
    // Each holiday on a weekend gives the next working day off (nghỉ bù), after the holiday's block.
    for (LocalDate h : holidays) {
      if (OfficialSchedule.isWeekend(h)) {
        LocalDate d = h.plusDays(1);
        while (OfficialSchedule.isWeekend(d) || off.contains(d) || holidays.contains(d)) {
          d = d.plusDays(1);
        }
        off.add(d);
      }
    }
    SortedSet<LocalDate> inYear = new TreeSet<>();
    for (LocalDate d : off) {
      if (d.getYear() == year.getValue()) {
        inYear.add(d);
      }
    }
    return Collections.unmodifiableSortedSet(inYear);
  }

  /**
   * Checks if a day is a working day.
   *
   * @param date the day, not null
   * @return true for a working day
   * @throws UnsupportedYearException if the day is outside 1995 to 2100
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireSupported(date.getYear());
    OfficialSchedule official = schedules.get(Year.of(date.getYear()));
    if (OfficialSchedule.isWeekend(date)) {
      return official != null && official.workedWeekendDays().contains(date);
    }
    return !daysOffIn(Year.of(date.getYear())).contains(date);
  }

  /**
   * Gets the working day that comes a number of working days after a date: with {@code n} greater
   * than zero, the n-th working day strictly after {@code date}; with zero, {@code date} itself;
   * with a negative {@code n}, the |n|-th working day strictly before it.
   *
   * @param date the date, not null
   * @param n the number of working days, at most 100,000 either way
   * @return the day, not null
   */
  public LocalDate plusWorkingDays(LocalDate date, long n) {
    Objects.requireNonNull(date, "date");
    if (Math.abs(n) > 100_000) {
      throw new MalformedValueException("plusWorkingDays counts at most 100000 working days, was " + n);
    }
    int step = n >= 0 ? 1 : -1;
    LocalDate d = date;
    for (long left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Obtains an adjuster that moves a date a number of working days, as
   * {@link #plusWorkingDays(LocalDate, long)} does: {@code date.with(calendar.plusWorkingDays(3))}.
   * It adjusts any temporal with a date (a {@code LocalDate}, a {@code LocalDateTime} keeping its
   * time of day, a {@code ZonedDateTime}).
   *
   * @param n the number of working days, at most 100,000 either way
   * @return the adjuster, not null
   * @throws MalformedValueException if {@code n} is out of range
   */
  public TemporalAdjuster plusWorkingDays(long n) {
    if (Math.abs(n) > 100_000) {
      throw new MalformedValueException("plusWorkingDays counts at most 100000 working days, was " + n);
    }
    return temporal -> temporal.with(ChronoField.EPOCH_DAY, plusWorkingDays(LocalDate.from(temporal), n).toEpochDay());
  }

  /**
   * Obtains an adjuster to the first working day on or after a date, where a deadline that falls on
   * a day off moves: {@code date.with(calendar.nextOrSameWorkingDay())}.
   *
   * @return the adjuster, not null
   */
  public TemporalAdjuster nextOrSameWorkingDay() {
    return temporal -> {
      LocalDate day = LocalDate.from(temporal);
      LocalDate working = isWorkingDay(day) ? day : plusWorkingDays(day, 1);
      return temporal.with(ChronoField.EPOCH_DAY, working.toEpochDay());
    };
  }

  /**
   * Counts the working days after one date up to another: those in ({@code fromExclusive},
   * {@code toInclusive}]; when {@code toInclusive} comes first, minus those in [{@code toInclusive},
   * {@code fromExclusive}). It inverts
   * {@link #plusWorkingDays}: {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
   *
   * @param fromExclusive the day counted from, not included, not null
   * @param toInclusive the day counted to, included, not null
   * @return the number of working days
   */
  public long workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      long count = 0;
      for (LocalDate d = toInclusive; d.isBefore(fromExclusive); d = d.plusDays(1)) {
        if (isWorkingDay(d)) {
          count++;
        }
      }
      return -count;
    }
    long count = 0;
    for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Gets when a dossier received at a moment is due, given the procedure's processing time: the
   * end of the day that many working days (or days, or months) after the day received, or that many
   * hours after the moment received.
   *
   * @param received when the dossier was received, not null
   * @param time the processing time, not null
   * @return the due moment, not null
   */
  public LocalDateTime dueDate(LocalDateTime received, ProcessingTime time) {
    LocalDate day = received.toLocalDate();
    return switch (time.unit()) {
      case WORKING_DAYS -> LocalDateTime.of(plusWorkingDays(day, time.amount()), LocalTime.MAX);
      case DAYS -> LocalDateTime.of(day.plusDays(time.amount()), LocalTime.MAX);
      case MONTHS -> LocalDateTime.of(day.plusMonths(time.amount()), LocalTime.MAX);
      case HOURS -> received.plusHours(time.amount());
    };
  }

  private static void requireSupported(int year) {
    if (year < Plan.FIRST_YEAR.getValue() || year > Plan.LAST_YEAR.getValue()) {
      throw new UnsupportedYearException(year);
    }
  }

  /**
   * Thrown when a calendar is asked about a day outside the years it has rules for (năm ngoài lịch),
   * 1995 to 2100: a working day there would be a guess.
   */
  public static final class UnsupportedYearException extends CchcException {
    private static final long serialVersionUID = 1L;

    private final int year;

    UnsupportedYearException(int year) {
      super("The working calendar covers " + Plan.FIRST_YEAR + " to " + Plan.LAST_YEAR + ", not " + year);
      this.year = year;
    }

    /**
     * Gets the year asked about.
     *
     * @return the year
     */
    public int getYear() {
      return year;
    }

    @Override
    public String getMessage(java.util.Locale locale) {
      return locale.getLanguage().equals("en") ? getMessage()
          : "Lịch ngày làm việc chỉ có từ năm " + Plan.FIRST_YEAR + " đến năm " + Plan.LAST_YEAR + ", không có năm " + year;
    }
  }
}
