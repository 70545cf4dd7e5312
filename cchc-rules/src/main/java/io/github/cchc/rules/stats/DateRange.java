package io.github.cchc.rules.stats;

import io.github.cchc.model.MalformedValueException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reporting period (kỳ báo cáo): its first and last days, inclusive.
 *
 * @param start the first day, not null
 * @param end the last day, inclusive, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
  /** Checks the order of the days. */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new MalformedValueException("end", "Period ends (" + end + ") before it starts (" + start + ")",
          "kỳ kết thúc (" + end + ") trước khi bắt đầu (" + start + ")");
    }
  }

  /**
   * Obtains the period from one day to another, both included.
   *
   * @param start the first day, not null
   * @param end the last day, not before {@code start}
   * @return the period, not null
   * @throws MalformedValueException if the period ends before it starts
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Obtains a month.
   *
   * @param month the month, not null
   * @return the period, not null
   */
  public static DateRange of(YearMonth month) {
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains a quarter.
   *
   * @param year the year, not null
   * @param quarter the quarter, 1 to 4
   * @return the period, not null
   */
  public static DateRange ofQuarter(Year year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new MalformedValueException("quarter", "Quarter must be 1 to 4, was " + quarter,
          "quý phải từ 1 đến 4, đang là " + quarter);
    }
    return new DateRange(year.atMonth(quarter * 3 - 2).atDay(1), year.atMonth(quarter * 3).atEndOfMonth());
  }

  /**
   * Obtains a year.
   *
   * @param year the year, not null
   * @return the period, not null
   */
  public static DateRange of(Year year) {
    return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Checks if a day falls within the period.
   *
   * @param date the day, not null
   * @return true if it is within
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
