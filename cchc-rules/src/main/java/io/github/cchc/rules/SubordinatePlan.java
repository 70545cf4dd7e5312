package io.github.cchc.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.Plan;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What is known of a subordinate unit's own plan (kế hoạch của đơn vị cấp dưới): the unit, the day
 * it issued its plan if it has, and the plan itself where available, to compare targets.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubordinatePlan.class)
@JsonDeserialize(as = ImmutableSubordinatePlan.class)
@JsonPropertyOrder({"unitId", "issuedOn", "plan"})
public abstract class SubordinatePlan {
  SubordinatePlan() {}

  /**
   * Gets the id of the unit in the parent plan's directory.
   *
   * @return the agency id, not null
   */
  public abstract String unitId();

  /**
   * Gets the day the unit issued its plan.
   *
   * @return the day, empty if it has not
   */
  public abstract Optional<LocalDate> issuedOn();

  /**
   * Gets the unit's plan.
   *
   * @return the plan, empty if not available
   */
  public abstract Optional<Plan> plan();

  /**
   * Obtains what is known of a unit's plan.
   *
   * @param unitId the unit's agency id, not null
   * @param issuedOn the day it issued its plan, empty if it has not
   * @param plan the plan, empty if not available
   * @return the record, not null
   */
  public static SubordinatePlan of(String unitId, Optional<LocalDate> issuedOn, Optional<Plan> plan) {
    return ImmutableSubordinatePlan.builder().unitId(unitId).issuedOn(issuedOn).plan(plan).build();
  }
}
