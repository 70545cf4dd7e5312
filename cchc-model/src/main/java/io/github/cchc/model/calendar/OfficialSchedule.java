package io.github.cchc.model.calendar;

import io.github.cchc.model.MalformedValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days off a year as the government fixed them for public bodies (lịch nghỉ lễ, tết chính
 * thức): every day off that is not a Saturday or Sunday — holidays, compensatory days, swapped
 * bridge days — and the Saturdays or Sundays worked to make up for swaps. Where a year has one, it
 * replaces the statutory rules for that year.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class OfficialSchedule {
  private final Year year;
  private final SortedSet<LocalDate> daysOff;
  private final SortedSet<LocalDate> workedWeekendDays;

  private OfficialSchedule(Year year, SortedSet<LocalDate> daysOff, SortedSet<LocalDate> workedWeekendDays) {
    this.year = year;
    this.daysOff = daysOff;
    this.workedWeekendDays = workedWeekendDays;
  }

  /**
   * Obtains a year's official schedule.
   *
   * @param year the year, not null
   * @param daysOff the weekdays off, within the year
   * @param workedWeekendDays the Saturdays and Sundays worked, within the year
   * @return the schedule, not null
   * @throws MalformedValueException if a day is outside the year, a day off is a weekend day or a
   *     worked day is not one
   */
  public static OfficialSchedule of(Year year, List<LocalDate> daysOff, List<LocalDate> workedWeekendDays) {
    SortedSet<LocalDate> off = new TreeSet<>();
    for (LocalDate d : daysOff) {
      requireInYear(year, d);
      if (isWeekend(d)) {
        throw new MalformedValueException("Official schedule " + year + " lists " + d + ", a " + d.getDayOfWeek()
            + ", as a day off; weekend days are off already");
      }
      off.add(d);
    }
    SortedSet<LocalDate> worked = new TreeSet<>();
    for (LocalDate d : workedWeekendDays) {
      requireInYear(year, d);
      if (!isWeekend(d)) {
        throw new MalformedValueException("Official schedule " + year + " lists " + d + ", a " + d.getDayOfWeek()
            + ", as a worked weekend day");
      }
      worked.add(d);
    }
    return new OfficialSchedule(year, java.util.Collections.unmodifiableSortedSet(off),
        java.util.Collections.unmodifiableSortedSet(worked));
  }

  private static void requireInYear(Year year, LocalDate d) {
    Objects.requireNonNull(d, "day");
    if (d.getYear() != year.getValue()) {
      throw new MalformedValueException("Official schedule " + year + " lists " + d + ", outside the year");
    }
  }

  static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
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
   * Gets the weekdays off.
   *
   * @return the days, ascending
   */
  public SortedSet<LocalDate> daysOff() {
    return daysOff;
  }

  /**
   * Gets the weekend days worked.
   *
   * @return the days, ascending
   */
  public SortedSet<LocalDate> workedWeekendDays() {
    return workedWeekendDays;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficialSchedule s && year.equals(s.year) && daysOff.equals(s.daysOff)
        && workedWeekendDays.equals(s.workedWeekendDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, daysOff, workedWeekendDays);
  }
}
