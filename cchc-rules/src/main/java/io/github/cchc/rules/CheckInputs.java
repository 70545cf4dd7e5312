package io.github.cchc.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.Plan;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a check knows beside the plan (dữ liệu kèm theo): the date to judge as of, task progress,
 * measurements, report submissions and subordinate plans. Rules that need an input that is absent
 * find nothing.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckInputs.class)
@JsonDeserialize(as = ImmutableCheckInputs.class)
@JsonPropertyOrder({"asOf", "progress", "measurements", "submissions", "subordinatePlans"})
public abstract class CheckInputs {
  private static final CheckInputs NONE = builder().build();

  CheckInputs() {}

  /**
   * Gets the date to judge as of.
   *
   * @return the date, empty to judge the plan as written
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Gets task progress.
   *
   * @return the snapshot, empty if none is known
   */
  public abstract Optional<ProgressSnapshot> progress();

  /**
   * Gets measurements of indicators.
   *
   * @return the measurements, possibly empty
   */
  public abstract List<Measurement> measurements();

  /**
   * Gets the periodic reports sent.
   *
   * @return the submissions, possibly empty
   */
  public abstract List<ReportSubmission> submissions();

  /**
   * Gets what is known of subordinate plans.
   *
   * @return the subordinate plans, possibly empty
   */
  public abstract List<SubordinatePlan> subordinatePlans();

  /**
   * Obtains inputs with nothing beside the plan.
   *
   * @return the empty inputs, not null
   */
  public static CheckInputs none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the date to judge as of: the one given, else the progress snapshot's.
   *
   * @return the date, empty if neither is given
   */
  public Optional<LocalDate> effectiveAsOf() {
    return asOf().or(() -> progress().map(ProgressSnapshot::asOf));
  }

  /**
   * Derives a plan's status from these inputs: as of their date (else the progress snapshot's),
   * with their progress and measurements.
   *
   * @param plan the plan, not null
   * @param dueSoon how close to its last allowed day an open task counts as due soon, not negative
   * @return the status, not null
   * @throws CchcException if the inputs give no date or the window is negative
   */
  public PlanStatus status(Plan plan, Period dueSoon) {
    LocalDate date = effectiveAsOf()
        .orElseThrow(() -> new CchcException("Plan status needs an as-of date or a progress snapshot"));
    return PlanStatus.of(plan, date, progress(), measurements(), dueSoon);
  }

  /** Builds {@link CheckInputs}. */
  public static final class Builder extends ImmutableCheckInputs.Builder {
    Builder() {}
  }
}
