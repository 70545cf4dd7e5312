package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One report a plan asks for each year (yêu cầu báo cáo): its kind, the quarter it stands for (the
 * six-monthly report stands for quarter II, the annual for quarter IV) and its due rule, "before
 * the 10th of the last month of the quarter" or "before 10/12". Like every "trước ngày" of the
 * plans, the date is exclusive.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportRequirement.class)
@JsonDeserialize(as = ImmutableReportRequirement.class)
@JsonPropertyOrder({"kind", "quarter", "beforeDayOfLastMonth", "beforeDate"})
public abstract class ReportRequirement {
  /** The kinds of periodic report. */
  public enum Kind {
    /** Báo cáo quý. */
    QUARTERLY,
    /** Báo cáo 6 tháng. */
    SIX_MONTHLY,
    /** Báo cáo năm. */
    ANNUAL
  }

  ReportRequirement() {}

  /**
   * Gets the kind of report.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the quarter the report stands for.
   *
   * @return the quarter, 1 to 4
   */
  public abstract int quarter();

  /**
   * Gets the day of the quarter's last month the report is due before.
   *
   * @return the day, 1 to 31, empty when a fixed date is set
   */
  public abstract Optional<Integer> beforeDayOfLastMonth();

  /**
   * Gets the fixed date of the year the report is due before.
   *
   * @return the date, empty when a day of the last month is set
   */
  public abstract Optional<MonthDay> beforeDate();

  /**
   * Obtains a requirement due before a day of the quarter's last month ("trước ngày 10 tháng
   * cuối của quý").
   *
   * @param kind the kind, not null
   * @param quarter the quarter it stands for, 1 to 4
   * @param day the day, 1 to 31; in a shorter month the month's last day
   * @return the requirement, not null
   */
  public static ReportRequirement beforeDayOfLastMonth(Kind kind, int quarter, int day) {
    return ImmutableReportRequirement.builder().kind(kind).quarter(quarter).beforeDayOfLastMonth(day).build();
  }

  /**
   * Obtains a requirement due before a fixed date ("trước ngày 10/12").
   *
   * @param kind the kind, not null
   * @param quarter the quarter it stands for, 1 to 4
   * @param date the date, not null
   * @return the requirement, not null
   */
  public static ReportRequirement before(Kind kind, int quarter, MonthDay date) {
    return ImmutableReportRequirement.builder().kind(kind).quarter(quarter).beforeDate(date).build();
  }

  /**
   * Gets the date the report is due before in a year.
   *
   * @param year the year, not null
   * @return the exclusive deadline, not null
   */
  public LocalDate exclusiveDeadlineIn(Year year) {
    if (beforeDate().isPresent()) {
      return beforeDate().get().atYear(year.getValue());
    }
    YearMonth lastMonth = year.atMonth(quarter() * 3);
    return lastMonth.atDay(Math.min(beforeDayOfLastMonth().orElseThrow(), lastMonth.lengthOfMonth()));
  }

  @Value.Check
  final void check() {
    if (quarter() < 1 || quarter() > 4) {
      throw new MalformedValueException("quarter", "ReportRequirement quarter must be 1 to 4, was " + quarter(),
          "quý của báo cáo phải từ 1 đến 4, đang là " + quarter());
    }
    if (beforeDate().isPresent() == beforeDayOfLastMonth().isPresent()) {
      throw new MalformedValueException("",
          "ReportRequirement needs exactly one of beforeDayOfLastMonth and beforeDate, had "
              + (beforeDate().isPresent() ? "both" : "neither"),
          "yêu cầu báo cáo phải có đúng một trong beforeDayOfLastMonth và beforeDate, đang có "
              + (beforeDate().isPresent() ? "cả hai" : "không cái nào"));
    }
    beforeDayOfLastMonth().filter(d -> d < 1 || d > 31).ifPresent(d -> {
      throw new MalformedValueException("beforeDayOfLastMonth", "ReportRequirement beforeDayOfLastMonth must be 1 to 31, was "
          + d, "ngày hạn trong tháng cuối quý phải từ 1 đến 31, đang là " + d);
    });
  }
}
