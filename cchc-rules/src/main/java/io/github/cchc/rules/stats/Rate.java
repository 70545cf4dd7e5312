package io.github.cchc.rules.stats;

import io.github.cchc.model.MalformedValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count over a count (tỷ lệ), kept exact: the percent is computed to 34 significant digits and
 * rounded only for display, half up.
 *
 * @param numerator the count above the line, not negative, at most the denominator
 * @param denominator the count below the line, not negative
 */
public record Rate(long numerator, long denominator) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks the counts. */
  public Rate {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new MalformedValueException("Rate " + numerator + "/" + denominator + " must have 0 <= numerator <= denominator");
    }
  }

  /**
   * Gets the rate in percent, exact to 34 significant digits.
   *
   * @return the percent, empty when the denominator is zero
   */
  public Optional<BigDecimal> percent() {
    return denominator == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128));
  }

  /**
   * Gets the rate in percent for display, rounded half up.
   *
   * @param decimals the decimals shown, 0 to 10
   * @return the percent, empty when the denominator is zero
   */
  public Optional<BigDecimal> percent(int decimals) {
    return percent().map(p -> p.setScale(decimals, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator + percent(2).map(p -> " (" + p.toPlainString() + "%)").orElse("");
  }
}
