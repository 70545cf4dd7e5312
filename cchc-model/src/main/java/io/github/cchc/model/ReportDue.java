package io.github.cchc.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A report due in a given year (báo cáo phải nộp): its kind, the quarter it stands for and its
 * deadline.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportDue {
  ReportDue() {}

  /**
   * Gets the kind of report.
   *
   * @return the kind, not null
   */
  @Value.Parameter(order = 1)
  public abstract ReportRequirement.Kind kind();

  /**
   * Gets the quarter it stands for.
   *
   * @return the quarter, 1 to 4
   */
  @Value.Parameter(order = 2)
  public abstract int quarter();

  /**
   * Gets the date it is due before, as printed ("trước ngày 10/12").
   *
   * @return the exclusive deadline, not null
   */
  @Value.Parameter(order = 3)
  public abstract LocalDate exclusiveDeadline();

  /**
   * Gets the last day it may be sent: the day before the printed date.
   *
   * @return the last allowed day, not null
   */
  public LocalDate lastDay() {
    return exclusiveDeadline().minusDays(1);
  }

  static ReportDue of(ReportRequirement.Kind kind, int quarter, LocalDate exclusiveDeadline) {
    return ImmutableReportDue.of(kind, quarter, exclusiveDeadline);
  }
}
