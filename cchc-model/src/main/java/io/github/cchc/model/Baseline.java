package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a relative target is measured against (mốc so sánh): "so với năm 2021", with the
 * baseline's value where it is known.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
@JsonPropertyOrder({"year", "basis", "value"})
public abstract class Baseline {
  /** Where the baseline year comes from. */
  public enum Basis {
    /** The sentence names it: "so với năm 2021", "so với cùng kỳ năm 2023". */
    STATED,
    /**
     * The sentence names no period ("tăng tối thiểu 20%"), so the change is read against the year
     * before the plan's.
     */
    PREVIOUS_YEAR
  }

  Baseline() {}

  /**
   * Gets the baseline year.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Gets the measured value in the baseline year.
   *
   * @return the value, empty until it is known
   */
  public abstract Optional<BigDecimal> value();

  /**
   * Gets where the baseline year comes from.
   *
   * @return the basis, {@link Basis#STATED} unless the year was inferred
   */
  @Value.Default
  public Basis basis() {
    return Basis.STATED;
  }

  /**
   * Obtains the baseline of a change whose sentence names no period: the year before the plan's.
   *
   * @param planYear the plan's year, not null
   * @return the baseline, whose basis is {@link Basis#PREVIOUS_YEAR}, not null
   */
  public static Baseline previousYearOf(Year planYear) {
    return ImmutableBaseline.builder().year(planYear.minusYears(1)).basis(Basis.PREVIOUS_YEAR).build();
  }

  /**
   * Obtains a baseline whose value is not yet known.
   *
   * @param year the year, not null
   * @return the baseline, not null
   */
  public static Baseline of(Year year) {
    return ImmutableBaseline.builder().year(year).build();
  }

  /**
   * Obtains a baseline with its value.
   *
   * @param year the year, not null
   * @param value the value measured in that year, not negative
   * @return the baseline, not null
   */
  public static Baseline of(Year year, BigDecimal value) {
    return ImmutableBaseline.builder().year(year).value(value).build();
  }

  @Value.Check
  final void check() {
    value().filter(v -> v.signum() < 0).ifPresent(v -> {
      throw new MalformedValueException("value", "Baseline value must not be negative, was " + v.toPlainString(),
          "giá trị mốc so sánh không được âm, đang là " + v.toPlainString());
    });
  }
}
