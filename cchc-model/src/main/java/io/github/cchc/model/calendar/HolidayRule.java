package io.github.cchc.model.calendar;

import io.github.cchc.model.MalformedValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One public holiday as the law states it for a span of years (ngày nghỉ lễ, tết): a solar date
 * ("30/4"), or a lunar one ("10/3 âm lịch"), with the days it spans around that date. Tết Nguyên
 * đán under the Labour Code 2012 and 2019 is the lunar 1/1 with one day before and three after.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class HolidayRule {
  private final String name;
  private final Year fromYear;
  private final Year untilYear;
  private final MonthDay date;
  private final boolean lunar;
  private final int daysBefore;
  private final int daysAfter;

  private HolidayRule(String name, Year fromYear, Year untilYear, MonthDay date, boolean lunar, int daysBefore, int daysAfter) {
    this.name = Objects.requireNonNull(name, "name");
    this.fromYear = Objects.requireNonNull(fromYear, "fromYear");
    this.untilYear = Objects.requireNonNull(untilYear, "untilYear");
    this.date = Objects.requireNonNull(date, "date");
    this.lunar = lunar;
    this.daysBefore = daysBefore;
    this.daysAfter = daysAfter;
    if (untilYear.isBefore(fromYear) || daysBefore < 0 || daysAfter < 0 || daysBefore + daysAfter > 14 || name.isBlank()) {
      throw new MalformedValueException("Holiday rule \"" + name + "\" " + fromYear + "–" + untilYear
          + " spans " + daysBefore + " days before and " + daysAfter + " after; years must be in order and spans 0 to 14 days");
    }
  }

  /**
   * Obtains a rule for a holiday on a solar date.
   *
   * @param name the holiday's name ("Ngày Chiến thắng"), not blank
   * @param fromYear the first year the rule holds, not null
   * @param untilYear the last year it holds, inclusive, not before {@code fromYear}
   * @param date the date, not null
   * @param daysAfter how many more days follow it, 0 to 14
   * @return the rule, not null
   */
  public static HolidayRule solar(String name, Year fromYear, Year untilYear, MonthDay date, int daysAfter) {
    return new HolidayRule(name, fromYear, untilYear, date, false, 0, daysAfter);
  }

  /**
   * Obtains a rule for a holiday on a lunar date.
   *
   * @param name the holiday's name ("Tết Nguyên đán"), not blank
   * @param fromYear the first (solar) year the rule holds, not null
   * @param untilYear the last year it holds, inclusive
   * @param lunarDate the lunar month and day, not null
   * @param daysBefore how many days before it belong to the holiday (the last day of the old year for Tết)
   * @param daysAfter how many days after it belong to the holiday
   * @return the rule, not null
   */
  public static HolidayRule lunar(String name, Year fromYear, Year untilYear, MonthDay lunarDate, int daysBefore, int daysAfter) {
    return new HolidayRule(name, fromYear, untilYear, lunarDate, true, daysBefore, daysAfter);
  }

  /**
   * Gets the holiday's name.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Checks if the rule holds in a year.
   *
   * @param year the year, not null
   * @return true if the year is within the rule's span
   */
  public boolean holdsIn(Year year) {
    return !year.isBefore(fromYear) && !year.isAfter(untilYear);
  }

  /**
   * Gets the days off the rule gives in a solar year, before any compensation for weekends.
   *
   * @param year the year, 1900 to 2100 for lunar rules, not null
   * @return the days, in order; empty if the rule does not hold that year
   */
  public List<LocalDate> daysIn(Year year) {
    if (!holdsIn(year)) {
      return List.of();
    }
    LocalDate day = lunar
        ? LunarDate.of(year.getValue(), date.getMonthValue(), false, date.getDayOfMonth()).toLocalDate()
        : date.atYear(year.getValue());
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = day.minusDays(daysBefore); !d.isAfter(day.plusDays(daysAfter)); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayRule r && name.equals(r.name) && fromYear.equals(r.fromYear) && untilYear.equals(r.untilYear)
        && date.equals(r.date) && lunar == r.lunar && daysBefore == r.daysBefore && daysAfter == r.daysAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, fromYear, untilYear, date, lunar, daysBefore, daysAfter);
  }

  @Override
  public String toString() {
    return name + " " + date.getDayOfMonth() + "/" + date.getMonthValue() + (lunar ? " âm lịch" : "")
        + (daysBefore > 0 ? " -" + daysBefore : "") + (daysAfter > 0 ? " +" + daysAfter : "") + " (" + fromYear + "–" + untilYear + ")";
  }
}
