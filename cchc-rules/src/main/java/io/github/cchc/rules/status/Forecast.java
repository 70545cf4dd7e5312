package io.github.cchc.rules.status;

import io.github.cchc.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.DoubleUnaryOperator;

/**
 * A year-end forecast of a value (dự báo cuối năm): a point and an 80 % interval, by one of two
 * methods.
 *
 * <p>{@link Method#SHARE} forecasts a share of counted items, such as the tasks completed on time,
 * from the pace so far against what remains to be counted: of the {@code n} items counted so far
 * ({@link #observed()}), {@code k} succeeded; each of the {@code m} items still to come
 * ({@link #remaining()}) succeeds with a chance {@code p} that is not known but inferred from the
 * record so far, Beta({@code k} + ½, {@code n} − {@code k} + ½) (Jeffreys' prior). The year-end
 * share is ({@code k} + X) / ({@code n} + {@code m}), X beta-binomial; the point is its mean, the
 * interval its 10th to 90th percentile, each rank interpolated between whole items so that the
 * interval's coverage does not jump with the counts.
 *
 * <p>{@link Method#TREND} forecasts a measured value from its course: the least-squares line
 * through the measurements against their dates, extended to the day forecast; the interval is the
 * line's 80 % prediction interval, Student's t with {@code n} − 2 degrees of freedom, so it needs
 * at least three measurements ({@link #observed()}); {@link #remaining()} is the days from the last
 * measurement to the day forecast. A percentage's line is drawn on the log-odds scale
 * ({@link #percentTrend}).
 *
 * @param point the forecast value, percent for a share
 * @param lower the lower end of the 80 % interval
 * @param upper the upper end of the 80 % interval
 * @param method how the forecast was made
 * @param observed the items counted so far ({@code n}) for a share, the measurements for a trend
 * @param remaining the items still to come ({@code m}) for a share, the days ahead for a trend
 */
public record Forecast(BigDecimal point, BigDecimal lower, BigDecimal upper, Method method, int observed, int remaining) {
  /** The interval's coverage the methods aim at. */
  public static final double COVERAGE = 0.80;

  /** The least number of measurements a trend is drawn from: two fix a line and leave nothing to measure its spread by. */
  public static final int MIN_TREND_POINTS = 3;

  /** How a forecast is made (phương pháp dự báo). */
  public enum Method {
    /** A share of counted items, beta-binomial. */
    SHARE,
    /** A straight-line trend of measured values. */
    TREND
  }

  /** Checks the parts. */
  public Forecast {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(method, "method");
    if (lower.compareTo(point) > 0 || point.compareTo(upper) > 0) {
      throw new IllegalArgumentException("a forecast's point " + point + " lies outside its interval [" + lower + ", "
          + upper + "]");
    }
    if (observed < 0 || remaining < 0) {
      throw new IllegalArgumentException("a forecast's counts cannot be negative: " + observed + ", " + remaining);
    }
  }

  /**
   * Forecasts a year-end share in percent, such as the on-time completion rate.
   *
   * @param successes the items counted so far that succeeded ({@code k})
   * @param counted the items counted so far ({@code n}), at least one
   * @param toCome the items still to come within the year ({@code m})
   * @return the forecast, not null
   * @throws IllegalArgumentException if the counts are negative, {@code k} exceeds {@code n}, or nothing is counted yet
   */
  public static Forecast share(int successes, int counted, int toCome) {
    if (successes < 0 || toCome < 0 || successes > counted || counted < 1) {
      throw new IllegalArgumentException("cannot forecast from " + successes + " of " + counted + " counted, "
          + toCome + " to come");
    }
    if (toCome == 0) {
      // The year is counted: the share itself, rounded once from its exact value (a double's
      // 10515 / 100000 × 100 is 10.51499…, which would round down).
      BigDecimal share = BigDecimal.valueOf(100L * successes).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_EVEN);
      return new Forecast(share, share, share, Method.SHARE, counted, 0);
    }
    double alpha = successes + 0.5;
    double beta = counted - successes + 0.5;
    double[] pmf = betaBinomial(toCome, alpha, beta);
    double total = counted + toCome;
    double mean = successes + toCome * alpha / (alpha + beta);
    double low = successes + quantile(pmf, (1 - COVERAGE) / 2);
    double high = successes + quantile(pmf, (1 + COVERAGE) / 2);
    return new Forecast(percent(mean / total), percent(Math.min(low, mean) / total), percent(Math.max(high, mean) / total),
        Method.SHARE, counted, toCome);
  }

  /**
   * Forecasts a value on a day from its course: the straight line through the measurements.
   *
   * @param series each measurement's date and value, not null
   * @param day the day to forecast, not before the last measurement
   * @return the forecast, empty with fewer than {@value #MIN_TREND_POINTS} measurements, or values too large for a
   *     double's range
   * @throws IllegalArgumentException if the day comes before the last measurement
   */
  public static Optional<Forecast> trend(SortedMap<LocalDate, BigDecimal> series, LocalDate day) {
    return line(series, day, v -> v, v -> v);
  }

  /**
   * Forecasts a percentage on a day from its course: the straight line through the measurements on
   * the log-odds scale, log((v + ½) / (100.5 − v)), and back, so that a rate closing on 100 % bends
   * towards it rather than through it and the interval stays within 0 to 100 (the half point keeps
   * 0 and 100 finite). Values outside 0 to 100 are not percentages of a whole: their straight line is
   * used, kept within 0 to 100.
   *
   * @param series each measurement's date and value in percent, not null
   * @param day the day to forecast, not before the last measurement
   * @return the forecast, empty with fewer than {@value #MIN_TREND_POINTS} measurements
   * @throws IllegalArgumentException if the day comes before the last measurement
   */
  public static Optional<Forecast> percentTrend(SortedMap<LocalDate, BigDecimal> series, LocalDate day) {
    boolean shares = series.values().stream().allMatch(v -> v.signum() >= 0 && v.compareTo(HUNDRED) <= 0);
    Optional<Forecast> f = shares ? line(series, day, v -> Math.log((v + 0.5) / (100.5 - v)),
        y -> 101 / (1 + Math.exp(-y)) - 0.5) : trend(series, day);
    return f.map(x -> new Forecast(clamp(x.point()), clamp(x.lower()), clamp(x.upper()), x.method(), x.observed(),
        x.remaining()));
  }

  /** A trend in the unit's own terms: a percentage's on the log-odds scale, any other value's straight. */
  static Optional<Forecast> trend(Target.Unit unit, SortedMap<LocalDate, BigDecimal> series, LocalDate day) {
    return unit == Target.Unit.PERCENT ? percentTrend(series, day) : trend(series, day);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static BigDecimal clamp(BigDecimal v) {
    return v.signum() < 0 ? BigDecimal.ZERO.setScale(2) : v.compareTo(HUNDRED) > 0 ? HUNDRED.setScale(2) : v;
  }

  /** The least-squares line of the transformed values, its prediction interval transformed back. */
  private static Optional<Forecast> line(SortedMap<LocalDate, BigDecimal> series, LocalDate day, DoubleUnaryOperator to,
      DoubleUnaryOperator back) {
    Objects.requireNonNull(day, "day");
    int n = series.size();
    if (n < MIN_TREND_POINTS) {
      return Optional.empty();
    }
    LocalDate last = series.lastKey();
    if (day.isBefore(last)) {
      throw new IllegalArgumentException("cannot forecast " + day + " from measurements up to " + last);
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int i = 0;
    for (Map.Entry<LocalDate, BigDecimal> e : series.entrySet()) {
      x[i] = e.getKey().toEpochDay();
      y[i] = to.applyAsDouble(e.getValue().doubleValue());
      i++;
    }
    double meanX = 0;
    double meanY = 0;
    for (int k = 0; k < n; k++) {
      meanX += x[k];
      meanY += y[k];
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0;
    double sxy = 0;
    for (int k = 0; k < n; k++) {
      sxx += (x[k] - meanX) * (x[k] - meanX);
      sxy += (x[k] - meanX) * (y[k] - meanY);
    }
    double slope = sxy / sxx;
    double residuals = 0;
    for (int k = 0; k < n; k++) {
      double r = y[k] - (meanY + slope * (x[k] - meanX));
      residuals += r * r;
    }
    double x0 = day.toEpochDay() - meanX;
    double at = meanY + slope * x0;
    double half = studentT90(n - 2) * Math.sqrt(residuals / (n - 2)) * Math.sqrt(1 + 1.0 / n + x0 * x0 / sxx);
    double point = back.applyAsDouble(at);
    double lower = back.applyAsDouble(at - half);
    double upper = back.applyAsDouble(at + half);
    if (!Double.isFinite(point) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      return Optional.empty();
    }
    int ahead = (int) Math.min(Integer.MAX_VALUE, day.toEpochDay() - last.toEpochDay());
    return Optional.of(new Forecast(decimal(point), decimal(lower), decimal(upper), Method.TREND, n, ahead));
  }

  // The 90th percentile of Student's t for 1..30 degrees of freedom; beyond, interpolated in 1/df
  // towards the normal's 1.2816 through 40, 60 and 120.
  private static final List<Double> T90 = List.of(3.078, 1.886, 1.638, 1.533, 1.476, 1.440, 1.415, 1.397, 1.383, 1.372,
      1.363, 1.356, 1.350, 1.345, 1.341, 1.337, 1.333, 1.330, 1.328, 1.325, 1.323, 1.321, 1.319, 1.318, 1.316, 1.315,
      1.314, 1.313, 1.311, 1.310);
  private static final List<List<Double>> T90_TAIL = List.of(List.of(30.0, 1.310), List.of(40.0, 1.303),
      List.of(60.0, 1.296), List.of(120.0, 1.289));
  private static final double NORMAL_90 = 1.2816;

  static double studentT90(int df) {
    if (df <= T90.size()) {
      return T90.get(df - 1);
    }
    for (int i = 1; i < T90_TAIL.size(); i++) {
      if (df <= T90_TAIL.get(i).get(0)) {
        return interpolate(df, T90_TAIL.get(i - 1), T90_TAIL.get(i));
      }
    }
    List<Double> last = T90_TAIL.get(T90_TAIL.size() - 1);
    return NORMAL_90 + (last.get(1) - NORMAL_90) * last.get(0) / df;
  }

  private static double interpolate(int df, List<Double> a, List<Double> b) {
    double w = (1 / a.get(0) - 1.0 / df) / (1 / a.get(0) - 1 / b.get(0));
    return a.get(1) + w * (b.get(1) - a.get(1));
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
    return decimal(share * 100);
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
  }

  /**
   * Checks if a target is judged alike on the point and on both ends of the interval: the outcome
   * the forecast gives it is then "likely", otherwise only "possible".
   *
   * @param target the target, not null
   * @return true if the whole 80 % interval gives the point's outcome
   */
  public boolean settles(Target target) {
    Target.Outcome at = target.evaluate(point);
    return target.evaluate(lower) == at && target.evaluate(upper) == at;
  }

  /**
   * Checks if a value lies within the interval.
   *
   * @param value a value, not null
   * @return true if lower ≤ value ≤ upper
   */
  public boolean covers(BigDecimal value) {
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }
}
