package io.github.cchc.rules.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.ReportRequirement;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A periodic report as sent (báo cáo đã gửi): which report, for which quarter of which year, when,
 * and by whom.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportSubmission.class)
@JsonDeserialize(as = ImmutableReportSubmission.class)
@JsonPropertyOrder({"kind", "year", "quarter", "submittedOn", "sender"})
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
   * Gets the agency that sent it, by its id in the plan's directory.
   *
   * @return the sender, empty when the report is the plan owner's own or the sender is not recorded
   */
  public abstract java.util.Optional<String> sender();

  /**
   * Returns a copy of this submission sent by an agency.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param agencyId the sender's id in the plan's directory, not blank
   * @return a submission like this one from that sender, not null
   */
  public ReportSubmission from(String agencyId) {
    return ImmutableReportSubmission.builder().from(this).sender(agencyId).build();
  }

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
      throw new MalformedValueException("quarter", "Report submission quarter must be 1 to 4, was " + quarter(),
          "quý của báo cáo đã gửi phải từ 1 đến 4, đang là " + quarter());
    }
    sender().filter(String::isBlank).ifPresent(s -> {
      throw new MalformedValueException("sender", "Report submission sender must not be blank",
          "cơ quan gửi báo cáo không được để trống");
    });
  }
}
