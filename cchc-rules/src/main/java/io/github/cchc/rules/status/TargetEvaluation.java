package io.github.cchc.rules.status;

import io.github.cchc.model.Baseline;
import io.github.cchc.model.Target.Outcome;
import io.github.cchc.model.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target judged against a measurement (đánh giá chỉ tiêu): met, not met, no data, or not
 * measurable, with the gap in the target's unit.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TargetEvaluation {
  private final Target target;
  private final Outcome outcome;
  private final Optional<Measurement> measurement;
  private final Optional<BigDecimal> measured;
  private final Optional<BigDecimal> gap;

  private TargetEvaluation(Target target, Outcome outcome, Optional<Measurement> measurement,
      Optional<BigDecimal> measured, Optional<BigDecimal> gap) {
    this.target = target;
    this.outcome = outcome;
    this.measurement = measurement;
    this.measured = measured;
    this.gap = gap;
  }

  /**
   * Evaluates a target against a measurement. Change targets compare the change from the
   * baseline's value, in percent of it for percent targets; see {@link Target#evaluate}.
   *
   * @param target the target, not null
   * @param measurement the measurement, empty if there is none
   * @return the evaluation, not null
   */
  public static TargetEvaluation of(Target target, Optional<Measurement> measurement) {
    Objects.requireNonNull(target, "target");
    if (target.kind() == Target.Kind.RANK) {
      return new TargetEvaluation(target, Outcome.NOT_MEASURABLE, measurement, Optional.empty(), Optional.empty());
    }
    Optional<BigDecimal> value = measurement.flatMap(Measurement::measuredValue);
    if (value.isEmpty()) {
      return new TargetEvaluation(target, Outcome.NO_DATA, measurement, Optional.empty(), Optional.empty());
    }
    Outcome o = target.evaluate(value.get());
    if (o != Outcome.MET && o != Outcome.NOT_MET) {
      return new TargetEvaluation(target, o, measurement, value, Optional.empty());
    }
    return new TargetEvaluation(target, o, measurement, value, Optional.of(plain(gap(target, value.get()))));
  }

  /**
   * Evaluates a target against the latest of the measurements that concern it: those naming its
   * label, or its indicator with the same scope (no scope for a plan-wide target, an agency of its
   * scope otherwise).
   *
   * @param target the target, not null
   * @param label the target's label in the plan ("II.6", "28"), not null
   * @param measurements the measurements to choose from, not null
   * @return the evaluation, not null
   */
  public static TargetEvaluation of(Target target, String label, List<Measurement> measurements) {
    return of(target, latest(target, label, measurements));
  }

  /** A share in percent, rounded half-even to two decimals, as every rate cchc reports is. */
  static BigDecimal percent(long part, long whole) {
    return plain(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_EVEN));
  }

  /**
   * Gets a measured value as cchc shows it, in a target's course and on a report page: rounded
   * half-even to two decimals, in one representation (50, not 50.00).
   *
   * @param value the value, not null
   * @return the value shown, not null
   */
  public static BigDecimal shown(BigDecimal value) {
    return plain(value.setScale(2, java.math.RoundingMode.HALF_EVEN));
  }

  /** One representation per number: 50 rather than 5E+1 or 50.00. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static Optional<Measurement> latest(Target target, String label, List<Measurement> measurements) {
    return measurements.stream().filter(m -> concerns(m, target, label))
        .max(Comparator.comparing(Measurement::measuredOn).thenComparing(Measurement::periodEnd));
  }

  static boolean concerns(Measurement m, Target target, String label) {
    if (m.targetLabel().isPresent()) {
      return m.targetLabel().get().equals(label);
    }
    if (target.indicatorId().isEmpty() || !m.indicatorId().equals(target.indicatorId())) {
      return false;
    }
    if (m.scope().isEmpty()) {
      return target.scope().isEmpty();
    }
    return target.scope().stream().anyMatch(p -> p.ref().equals(m.scope().get()));
  }

  /** Measured minus required, in the target's unit: above zero is to spare, below zero short. */
  private static BigDecimal gap(Target t, BigDecimal value) {
    BigDecimal measured = value;
    if (t.kind() == Target.Kind.CHANGE) {
      BigDecimal base = t.baseline().flatMap(Baseline::value).orElseThrow();
      BigDecimal change = t.direction().orElseThrow() == Target.Direction.INCREASE
          ? value.subtract(base) : base.subtract(value);
      measured = t.unit() == Target.Unit.PERCENT
          ? change.multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64) : change;
    }
    BigDecimal threshold = t.threshold().orElseThrow();
    switch (t.comparison()) {
      case AT_MOST:
      case LESS_THAN:
        return threshold.subtract(measured);
      case BAND:
        BigDecimal upper = t.upperBound().orElseThrow();
        if (measured.compareTo(threshold) < 0) {
          return measured.subtract(threshold);
        }
        return measured.compareTo(upper) >= 0 ? upper.subtract(measured) : BigDecimal.ZERO;
      default:
        return measured.subtract(threshold);
    }
  }

  /**
   * Gets the target.
   *
   * @return the target, not null
   */
  public Target target() {
    return target;
  }

  /**
   * Gets the outcome.
   *
   * @return the outcome, not null
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Gets the measurement used.
   *
   * @return the measurement, empty if none concerned the target
   */
  public Optional<Measurement> measurement() {
    return measurement;
  }

  /**
   * Gets the measured value.
   *
   * @return the value, empty without data
   */
  public Optional<BigDecimal> measured() {
    return measured;
  }

  /**
   * Gets how far the value is from the threshold in the target's unit: positive to spare, negative
   * short; for a change target, the change against the baseline minus the threshold.
   *
   * @return the gap, empty unless the outcome is met or not met
   */
  public Optional<BigDecimal> gap() {
    return gap;
  }

  @Override
  public String toString() {
    return outcome + " " + target.toCanonicalText() + measured.map(m -> " measured " + m.toPlainString()).orElse("")
        + gap.map(g -> " gap " + g.toPlainString()).orElse("");
  }
}
