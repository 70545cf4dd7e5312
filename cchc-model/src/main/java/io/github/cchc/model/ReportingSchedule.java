package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.MonthDay;
import java.time.Year;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The reports a plan asks its units to send each year (chế độ báo cáo). Hải Phòng 2024: quarterly
 * and six-monthly reports before the 10th of the quarter's last month, the annual report before
 * 10/12; so four reports, due before 10/3, 10/6, 10/9 and 10/12.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportingSchedule.class)
@JsonDeserialize(as = ImmutableReportingSchedule.class)
@JsonPropertyOrder({"requirements"})
public abstract class ReportingSchedule {
  ReportingSchedule() {}

  /**
   * Gets the report requirements, one per quarter at most.
   *
   * @return the requirements, possibly empty
   */
  public abstract List<ReportRequirement> requirements();

  /**
   * Obtains a schedule.
   *
   * @param requirements the requirements, at most one per quarter
   * @return the schedule, not null
   */
  public static ReportingSchedule of(List<ReportRequirement> requirements) {
    return ImmutableReportingSchedule.builder().addAllRequirements(requirements).build();
  }

  /**
   * Obtains the usual schedule: reports for quarters I and III and the six-monthly report before
   * a day of the quarter's last month, the annual report before a fixed date.
   *
   * @param dayOfLastMonth the day of the quarter's last month, 1 to 31
   * @param sixMonthlyBefore the six-monthly report's date, not null
   * @param annualBefore the annual report's date, not null
   * @return the schedule, not null
   */
  public static ReportingSchedule quarterly(int dayOfLastMonth, MonthDay sixMonthlyBefore, MonthDay annualBefore) {
    return of(List.of(
        ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, 1, dayOfLastMonth),
        ReportRequirement.before(ReportRequirement.Kind.SIX_MONTHLY, 2, sixMonthlyBefore),
        ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, 3, dayOfLastMonth),
        ReportRequirement.before(ReportRequirement.Kind.ANNUAL, 4, annualBefore)));
  }

  /**
   * Gets the reports due in a year, by deadline.
   *
   * @param year the year, not null
   * @return the reports, possibly empty
   */
  public List<ReportDue> dueIn(Year year) {
    return requirements().stream()
        .map(r -> ReportDue.of(r.kind(), r.quarter(), r.exclusiveDeadlineIn(year)))
        .sorted(Comparator.comparing(ReportDue::exclusiveDeadline).thenComparing(ReportDue::quarter))
        .toList();
  }

  @Value.Check
  final void check() {
    Set<Integer> quarters = new HashSet<>();
    for (int i = 0; i < requirements().size(); i++) {
      ReportRequirement r = requirements().get(i);
      if (!quarters.add(r.quarter())) {
        throw new MalformedValueException("requirements/" + i + "/quarter", "ReportingSchedule has two reports for quarter "
            + r.quarter(),
            "lịch báo cáo có hai báo cáo cho quý " + r.quarter());
      }
    }
  }
}
