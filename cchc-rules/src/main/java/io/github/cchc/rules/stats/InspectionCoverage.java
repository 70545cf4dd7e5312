package io.github.cchc.rules.stats;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Party;
import io.github.cchc.model.Target;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.TargetEvaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How much of a scope was inspected in a period (tỷ lệ cơ quan được kiểm tra): the agencies of the
 * scope on a date (departments and district committees; units under a department; communes of a
 * district) against those inspected, for targets such as "kiểm tra tối thiểu 30%".
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class InspectionCoverage {
  private final Party scope;
  private final List<Agency> members;
  private final List<Agency> inspected;
  private final DateRange period;

  private InspectionCoverage(Party scope, List<Agency> members, List<Agency> inspected, DateRange period) {
    this.scope = scope;
    this.members = List.copyOf(members);
    this.inspected = List.copyOf(inspected);
    this.period = period;
  }

  /**
   * Measures coverage of a scope as it stood at the end of a period.
   *
   * @param directory the agencies, not null
   * @param scope the scope: a group, or an agency (then its children on that date), not null
   * @param inspectedIds the ids of the agencies inspected in the period; ids outside the scope are ignored
   * @param period the period, not null
   * @return the coverage, not null
   */
  public static InspectionCoverage of(AgencyDirectory directory, Party scope, Collection<String> inspectedIds, DateRange period) {
    Objects.requireNonNull(directory, "directory");
    LocalDate date = period.end();
    List<Agency> members = scope.kind() == Party.Kind.AGENCY
        ? directory.childrenOf(scope.ref(), date) : directory.resolve(scope, date);
    Set<String> ids = new HashSet<>(inspectedIds);
    List<Agency> inspected = members.stream().filter(a -> ids.contains(a.id())).toList();
    return new InspectionCoverage(scope, members, inspected, period);
  }

  /**
   * Gets the scope.
   *
   * @return the scope, not null
   */
  public Party scope() {
    return scope;
  }

  /**
   * Gets the agencies of the scope.
   *
   * @return the agencies, possibly empty
   */
  public List<Agency> members() {
    return members;
  }

  /**
   * Gets the agencies of the scope that were inspected.
   *
   * @return the agencies, possibly empty
   */
  public List<Agency> inspected() {
    return inspected;
  }

  /**
   * Gets the coverage.
   *
   * @return inspected over members
   */
  public Rate rate() {
    return new Rate(inspected.size(), members.size());
  }

  /**
   * Evaluates a target ("tối thiểu 30%") against the coverage.
   *
   * @param target the target, not null
   * @return the evaluation; no data for an empty scope
   */
  public TargetEvaluation evaluate(Target target) {
    return TargetEvaluation.of(target, Optional.of(Measurement.builder()
        .indicatorId(target.indicatorId().orElse(Indicator.AGENCIES_INSPECTED.id()))
        .numerator(BigDecimal.valueOf(inspected.size())).denominator(BigDecimal.valueOf(members.size()))
        .periodStart(period.start()).periodEnd(period.end()).measuredOn(period.end()).build()));
  }

  @Override
  public String toString() {
    return "InspectionCoverage " + scope.ref() + " " + rate();
  }
}
