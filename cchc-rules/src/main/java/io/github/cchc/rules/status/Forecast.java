package io.github.cchc.rules.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A year-end forecast of a rate (dự báo cuối năm): a point and an 80 % interval, in percent.
 *
 * <p>The on-time completion rate is forecast from the pace so far against what remains due: of the
 * {@code n} tasks due by the last snapshot, {@code k} were completed on time; the {@code m} tasks
 * due later in the year will each be on time with a chance {@code p} that is not known but
 * inferred from the record so far, Beta({@code k} + ½, {@code n} − {@code k} + ½) (Jeffreys'
 * prior). The year-end rate is ({@code k} + X) / ({@code n} + {@code m}), X beta-binomial; the
 * point is its mean, the interval its 10th to 90th percentile, each rank interpolated between
 * whole tasks so that the interval's coverage does not jump with the counts. Tasks already overdue
 * count as not on time at year end, whenever they are completed.
 *
 * @param point the forecast value, percent
 * @param lower the lower end of the 80 % interval, percent
 * @param upper the upper end of the 80 % interval, percent
 * @param dueSoFar the tasks due by the last snapshot ({@code n})
 * @param dueLater the tasks due after it within the year ({@code m})
 */
public record Forecast(BigDecimal point, BigDecimal lower, BigDecimal upper, int dueSoFar, int dueLater) {
  /** The interval's coverage the method aims at. */
  public static final double COVERAGE = 0.80;

  /** Checks the parts. */
  public Forecast {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.compareTo(point) > 0 || point.compareTo(upper) > 0) {
      throw new IllegalArgumentException("a forecast's point " + point + " lies outside its interval [" + lower + ", "
          + upper + "]");
    }
  }

  /**
   * Forecasts the year-end on-time rate.
   *
   * @param onTime the tasks due so far that were completed on time ({@code k})
   * @param dueSoFar the tasks due so far ({@code n}), at least one
   * @param dueLater the tasks due later within the year ({@code m})
   * @return the forecast, not null
   * @throws IllegalArgumentException if the counts are negative, {@code k} exceeds {@code n}, or nothing is due yet
   */
  public static Forecast onTimeRate(int onTime, int dueSoFar, int dueLater) {
    if (onTime < 0 || dueLater < 0 || onTime > dueSoFar || dueSoFar < 1) {
      throw new IllegalArgumentException("cannot forecast from " + onTime + " on time of " + dueSoFar + " due, "
          + dueLater + " due later");
    }
    double alpha = onTime + 0.5;
    double beta = dueSoFar - onTime + 0.5;
    double[] pmf = betaBinomial(dueLater, alpha, beta);
    double total = dueSoFar + dueLater;
    double mean = onTime + dueLater * alpha / (alpha + beta);
    double low = onTime + quantile(pmf, (1 - COVERAGE) / 2);
    double high = onTime + quantile(pmf, (1 + COVERAGE) / 2);
    return new Forecast(percent(mean / total), percent(Math.min(low, mean) / total), percent(Math.max(high, mean) / total),
        dueSoFar, dueLater);
  }

  /** The beta-binomial probabilities of 0..m successes, by the ratio of consecutive terms. */
  private static double[] betaBinomial(int m, double alpha, double beta) {
    double[] p = new double[m + 1];
    double[] log = new double[m + 1];
    log[0] = 0;
    for (int x = 0; x < m; x++) {
      // P(x+1)/P(x) = (m-x)/(x+1) * (x+alpha)/(m-x-1+beta)
      log[x + 1] = log[x] + Math.log((double) (m - x) / (x + 1)) + Math.log((x + alpha) / (m - x - 1 + beta));
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double l : log) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (int x = 0; x <= m; x++) {
      p[x] = Math.exp(log[x] - max);
      sum += p[x];
    }
    for (int x = 0; x <= m; x++) {
      p[x] /= sum;
    }
    return p;
  }

  /**
   * The q-quantile of a distribution on 0..m, spread evenly over each unit interval [x − ½, x + ½]
   * so that it moves smoothly with q rather than in whole steps.
   */
  private static double quantile(double[] pmf, double q) {
    double cumulative = 0;
    for (int x = 0; x < pmf.length; x++) {
      if (cumulative + pmf[x] >= q) {
        double within = pmf[x] == 0 ? 0.5 : (q - cumulative) / pmf[x];
        return Math.max(0, Math.min(pmf.length - 1, x - 0.5 + within));
      }
      cumulative += pmf[x];
    }
    return pmf.length - 1;
  }

  private static BigDecimal percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_EVEN);
  }

  /**
   * Checks if a value lies within the interval.
   *
   * @param value a rate in percent, not null
   * @return true if lower ≤ value ≤ upper
   */
  public boolean covers(BigDecimal value) {
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }
}
