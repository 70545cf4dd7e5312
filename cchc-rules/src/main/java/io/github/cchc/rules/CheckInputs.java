package io.github.cchc.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.ReportSubmission;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a check knows beside the plan (dữ liệu kèm theo): the date to judge as of, task progress,
 * measurements, report submissions and subordinate plans. Each input is either given (known, and
 * then an empty list means none) or not given: a rule that needs an input that is not given says so
 * once, with an {@code INPUT_NOT_GIVEN} finding, rather than find nothing as if all were well.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckInputs.class)
@JsonDeserialize(as = ImmutableCheckInputs.class)
@JsonPropertyOrder({"asOf", "progress", "measurements", "submissions", "subordinatePlans", "progressMaxAge"})
public abstract class CheckInputs {
  /** How old a progress snapshot may be on the as-of date, unless the inputs say otherwise: reports are monthly. */
  public static final Period DEFAULT_PROGRESS_AGE = Period.ofMonths(1);

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
   * Gets measurements of indicators: the list when they are known (empty when none were taken),
   * empty when they were not given.
   *
   * @return the measurements, empty if not given
   */
  public abstract Optional<List<Measurement>> measurements();

  /**
   * Gets the periodic reports sent: the list when they are known (empty when none was sent), empty
   * when they were not given, so that "none sent" and "not known" differ.
   *
   * @return the submissions, empty if not given
   */
  public abstract Optional<List<ReportSubmission>> submissions();

  /**
   * Gets what is known of subordinate plans: the list when it is known (empty when none was
   * issued), empty when not given.
   *
   * @return the subordinate plans, empty if not given
   */
  public abstract Optional<List<SubordinatePlan>> subordinatePlans();

  /**
   * Gets the multi-year programme the plan answers to, whose targets for the plan's year its own
   * must not fall below.
   *
   * @return the programme, empty if not given
   */
  public abstract Optional<Programme> programme();

  /**
   * Gets how old a progress snapshot may be on the as-of date before it is reported as stale.
   *
   * @return the age, {@link #DEFAULT_PROGRESS_AGE} unless another is given
   */
  @Value.Default
  public Period progressMaxAge() {
    return DEFAULT_PROGRESS_AGE;
  }

  /** The kinds of input beside the plan. */
  public enum Input {
    /** A progress snapshot. */
    PROGRESS,
    /** Measurements of indicators. */
    MEASUREMENTS,
    /** Report submissions. */
    SUBMISSIONS,
    /** Subordinate plans. */
    SUBORDINATE_PLANS,
    /** The programme above the plan. */
    PROGRAMME
  }

  /**
   * Tells whether an input is given: known, even if empty.
   *
   * @param input the kind of input, not null
   * @return true if given
   */
  public boolean isGiven(Input input) {
    return switch (input) {
      case PROGRESS -> progress().isPresent();
      case MEASUREMENTS -> measurements().isPresent();
      case SUBMISSIONS -> submissions().isPresent();
      case SUBORDINATE_PLANS -> subordinatePlans().isPresent();
      case PROGRAMME -> programme().isPresent();
    };
  }

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
   * with their progress, measurements and report submissions.
   *
   * @param plan the plan, not null
   * @param dueSoon how close to its last allowed day an open task counts as due soon, not negative
   * @return the status, not null
   * @throws CchcException if the inputs give no date or the window is negative
   */
  public PlanStatus status(Plan plan, Period dueSoon) {
    LocalDate date = effectiveAsOf()
        .orElseThrow(() -> new CchcException("Plan status needs an as-of date or a progress snapshot"));
    return PlanStatus.of(plan, date, progress(), measurements().orElse(List.of()), submissions(), dueSoon);
  }

  /** Builds {@link CheckInputs}. */
  public static final class Builder extends ImmutableCheckInputs.Builder {
    Builder() {}
  }
}
