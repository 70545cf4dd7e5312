package io.github.cchc.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.ReportRequirement;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A periodic report as sent (báo cáo đã gửi): which report, for which quarter of which year, and
 * when.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportSubmission.class)
@JsonDeserialize(as = ImmutableReportSubmission.class)
@JsonPropertyOrder({"kind", "year", "quarter", "submittedOn"})
public abstract class ReportSubmission {
  ReportSubmission() {}

  /**
   * Gets the kind of report.
   *
   * @return the kind, not null
   */
  @Value.Parameter(order = 1)
  public abstract ReportRequirement.Kind kind();

  /**
   * Gets the year reported on.
   *
   * @return the year, not null
   */
  @Value.Parameter(order = 2)
  public abstract Year year();

  /**
   * Gets the quarter the report stands for.
   *
   * @return the quarter, 1 to 4
   */
  @Value.Parameter(order = 3)
  public abstract int quarter();

  /**
   * Gets the day it was sent.
   *
   * @return the day, not null
   */
  @Value.Parameter(order = 4)
  public abstract LocalDate submittedOn();

  /**
   * Obtains a submission.
   *
   * @param kind the kind, not null
   * @param year the year reported on, not null
   * @param quarter the quarter it stands for, 1 to 4
   * @param submittedOn the day it was sent, not null
   * @return the submission, not null
   */
  public static ReportSubmission of(ReportRequirement.Kind kind, Year year, int quarter, LocalDate submittedOn) {
    return ImmutableReportSubmission.of(kind, year, quarter, submittedOn);
  }

  @Value.Check
  final void check() {
    if (quarter() < 1 || quarter() > 4) {
      throw new MalformedValueException("ReportSubmission quarter must be 1 to 4, was " + quarter());
    }
  }
}
