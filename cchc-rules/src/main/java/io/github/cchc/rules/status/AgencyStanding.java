package io.github.cchc.rules.status;

import java.util.Objects;
import java.util.Optional;

/**
 * What one agency owes under a plan and where it stands (trách nhiệm của từng cơ quan): the tasks
 * it leads and those it coordinates, tallied apart, and the periodic reports it owes and has sent.
 * Groups the plan names ("các sở, ban, ngành") stand for their members on the status date.
 *
 * @param ref the agency's id in the plan's directory, or the words of a party that resolves to no
 *     agency, not null
 * @param name the name a reader knows it by, not null
 * @param led the tasks it leads, not null
 * @param coordinated the tasks it coordinates, not null
 * @param reportsOwed the periodic reports due from it by the status date
 * @param reportsSent how many of those it sent by then, when submissions are known
 * @param reportsLate how many of those it sent after their last allowed day, when submissions are known
 */
public record AgencyStanding(String ref, String name, Tally led, Tally coordinated, int reportsOwed,
    Optional<Integer> reportsSent, Optional<Integer> reportsLate) {
  /** Checks the components. */
  public AgencyStanding {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(led, "led");
    Objects.requireNonNull(coordinated, "coordinated");
    Objects.requireNonNull(reportsSent, "reportsSent");
    Objects.requireNonNull(reportsLate, "reportsLate");
    if (reportsOwed < 0 || reportsSent.orElse(0) < 0 || reportsLate.orElse(0) < 0) {
      throw new io.github.cchc.model.MalformedValueException("Report counts must not be negative");
    }
  }
}
