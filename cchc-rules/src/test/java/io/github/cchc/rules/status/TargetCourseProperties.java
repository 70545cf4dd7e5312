package io.github.cchc.rules.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Key targets followed through their measurements, and the two forecasting methods' calibration. */
class TargetCourseProperties {
  private static final Plan PLAN = bundled();

  static Plan bundled() {
    Path file = Path.of("cchc-examples", "data", "hai-phong-2024.json");
    return CchcJson.readPlan(Files.exists(file) ? file : Path.of("..").resolve(file));
  }

  /**
   * A trend's calibration: 2,000 series of three to twelve month-end values on a straight line
   * with normal noise (slope, level and noise drawn at random); the 80 % interval at the year's end
   * must cover the year-end value, drawn from the same line and noise, in 76 % to 84 % of them.
   */
  @Example
  void aTrendsIntervalCoversTheYearEndValueInEightyPercentOfSeries() {
    Random random = new Random(20261203);
    int series = 2000;
    int covered = 0;
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    for (int h = 0; h < series; h++) {
      double level = 40 + 40 * random.nextDouble();
      double slope = (random.nextDouble() - 0.5) / 10;
      double noise = 0.5 + 4 * random.nextDouble();
      int months = 3 + random.nextInt(10);
      TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
      for (int m = 1; m <= months; m++) {
        LocalDate d = LocalDate.of(2024, m, 1).withDayOfMonth(LocalDate.of(2024, m, 1).lengthOfMonth());
        values.put(d, BigDecimal.valueOf(level + slope * d.getDayOfYear() + noise * random.nextGaussian()));
      }
      double truth = level + slope * yearEnd.getDayOfYear() + noise * random.nextGaussian();
      Forecast f = Forecast.trend(values, yearEnd).orElseThrow();
      if (f.covers(BigDecimal.valueOf(truth))) {
        covered++;
      }
    }
    double coverage = (double) covered / series;
    assertTrue(Math.abs(coverage - Forecast.COVERAGE) <= 0.04, "coverage " + coverage);
  }

  /**
   * A percentage trend's calibration: 2,000 series of three to twelve month-end rates whose log-odds
   * follow a straight line with normal noise, rates from about 60 % to above 99 %; the interval at
   * the year's end must cover the year-end rate in 76 % to 84 % of them and never leave 0 to 100.
   */
  @Example
  void aPercentTrendsIntervalCoversTheYearEndRateInEightyPercentOfSeries() {
    Random random = new Random(20261205);
    int series = 2000;
    int covered = 0;
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    for (int h = 0; h < series; h++) {
      double level = 0.5 + 2.5 * random.nextDouble();
      double slope = random.nextDouble() / 200;
      double noise = 0.05 + 0.3 * random.nextDouble();
      int months = 3 + random.nextInt(10);
      TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
      for (int m = 1; m <= months; m++) {
        LocalDate d = LocalDate.of(2024, m, 1).withDayOfMonth(LocalDate.of(2024, m, 1).lengthOfMonth());
        values.put(d, BigDecimal.valueOf(rate(level + slope * d.getDayOfYear() + noise * random.nextGaussian())));
      }
      double truth = rate(level + slope * yearEnd.getDayOfYear() + noise * random.nextGaussian());
      Forecast f = Forecast.percentTrend(values, yearEnd).orElseThrow();
      assertTrue(f.lower().signum() >= 0 && f.upper().compareTo(BigDecimal.valueOf(100)) <= 0, f.toString());
      if (f.covers(BigDecimal.valueOf(truth))) {
        covered++;
      }
    }
    double coverage = (double) covered / series;
    assertTrue(Math.abs(coverage - Forecast.COVERAGE) <= 0.04, "coverage " + coverage);
  }

  /** The rate in percent whose log-odds, as percentTrend takes them, are y. */
  private static double rate(double logOdds) {
    return 101 / (1 + Math.exp(-logOdds)) - 0.5;
  }

  /**
   * A counted target's calibration, through the bundled 2024 plan's "trên 95%" dossier target:
   * 1,000 years of dossiers arriving each day at random (2 to 40 a day), each resolved on time
   * with a chance drawn once per year (85 % to 99.5 %), measured year to date at two to eleven
   * month ends; the interval must cover the year's true rate in 76 % to 84 % of them.
   */
  @Example
  void aCountedTargetsIntervalCoversTheYearsTrueRateInEightyPercentOfYears() {
    Random random = new Random(20261204);
    int years = 1000;
    int covered = 0;
    for (int y = 0; y < years; y++) {
      double p = 0.85 + 0.145 * random.nextDouble();
      int perDay = 2 + random.nextInt(39);
      int months = 2 + random.nextInt(10);
      List<Measurement> measured = new ArrayList<>();
      long k = 0;
      long n = 0;
      for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
        int arrivals = random.nextInt(2 * perDay + 1);
        for (int i = 0; i < arrivals; i++) {
          k += random.nextDouble() < p ? 1 : 0;
        }
        n += arrivals;
        if (d.getMonthValue() <= months && d.getDayOfMonth() == d.lengthOfMonth()) {
          measured.add(dossiers(k, n, d));
        }
      }
      PlanHistory.TargetCourse course = course(PlanHistory.of(PLAN, List.of(), measured), Indicator.DOSSIERS_ON_TIME);
      Forecast f = course.forecast().orElseThrow();
      assertEquals(Forecast.Method.SHARE, f.method());
      if (f.covers(BigDecimal.valueOf(100.0 * k / n))) {
        covered++;
      }
    }
    double coverage = (double) covered / years;
    assertTrue(Math.abs(coverage - Forecast.COVERAGE) <= 0.04, "coverage " + coverage);
  }

  static Measurement dossiers(long onTime, long total, LocalDate to) {
    return Measurement.builder().indicatorId(Indicator.DOSSIERS_ON_TIME.id()).numerator(BigDecimal.valueOf(onTime))
        .denominator(BigDecimal.valueOf(total)).periodStart(to.withDayOfYear(1)).periodEnd(to).measuredOn(to.plusDays(5))
        .build();
  }

  static PlanHistory.TargetCourse course(PlanHistory history, Indicator indicator) {
    return history.targets().stream().filter(c -> c.target().indicatorId().equals(Optional.of(indicator.id())))
        .findFirst().orElseThrow();
  }

  @Property(tries = 200)
  void aCourseHoldsEachMeasurementInOrderAndForecastsOnlyFromTwo(@ForAll("rates") List<Integer> rates) {
    List<Measurement> measured = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      LocalDate end = LocalDate.of(2024, 1 + i, 1).plusMonths(1).minusDays(1);
      measured.add(Measurement.builder().indicatorId(Indicator.DOSSIERS_ON_TIME.id()).value(BigDecimal.valueOf(rates.get(i)))
          .periodStart(LocalDate.of(2024, 1, 1)).periodEnd(end).measuredOn(end).build());
    }
    java.util.Collections.shuffle(measured, new Random(rates.hashCode()));
    PlanHistory.TargetCourse course = course(PlanHistory.of(PLAN, List.of(), measured), Indicator.DOSSIERS_ON_TIME);
    assertEquals(rates.size(), course.points().size());
    for (int i = 0; i < rates.size(); i++) {
      PlanHistory.TargetPoint p = course.points().get(i);
      assertEquals(0, p.value().compareTo(BigDecimal.valueOf(rates.get(i))));
      assertEquals(course.target().evaluate(p.value()), p.outcome());
    }
    // Values alone are a trend, which needs three; fewer leave no forecast, said so by its absence.
    assertEquals(rates.size() >= Forecast.MIN_TREND_POINTS, course.forecast().isPresent());
    course.forecast().ifPresent(f -> {
      assertEquals(Forecast.Method.TREND, f.method());
      assertTrue(f.lower().signum() >= 0 && f.upper().compareTo(BigDecimal.valueOf(100)) <= 0, f.toString());
      assertEquals(course.target().evaluate(f.point()), course.forecastOutcome().orElseThrow());
    });
  }

  @Property(tries = 200)
  void aStraightLineIsForecastOnTheLineWithNoSpread(@ForAll("levels") int level, @ForAll("slopes") int slope,
      @ForAll("months") int months) {
    TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
    for (int m = 0; m < months; m++) {
      LocalDate d = LocalDate.of(2024, 1, 31).plusDays(30L * m);
      values.put(d, BigDecimal.valueOf(level + slope * (long) (30 * m)));
    }
    LocalDate at = LocalDate.of(2024, 1, 31).plusDays(30L * 12);
    Forecast f = Forecast.trend(values, at).orElseThrow();
    BigDecimal expected = BigDecimal.valueOf(level + slope * 360L).setScale(2);
    assertEquals(0, f.point().compareTo(expected), f.toString());
    assertEquals(0, f.lower().compareTo(f.upper()), f.toString());
  }

  @Property(tries = 100)
  void aCountWithNothingLeftInTheYearIsTheRateItself(@ForAll("counts") int n, @ForAll("counts") int k) {
    int onTime = Math.min(n, k);
    List<Measurement> measured = List.of(dossiers(onTime / 2, n / 2, LocalDate.of(2024, 6, 30)),
        dossiers(onTime, n, LocalDate.of(2024, 12, 31)));
    Forecast f = course(PlanHistory.of(PLAN, List.of(), measured), Indicator.DOSSIERS_ON_TIME).forecast().orElseThrow();
    assertEquals(0, f.remaining());
    assertEquals(0, f.lower().compareTo(f.upper()));
    // The exact share rounded half to even: 10,515 of 100,000 is 10.52, not the 10.51 of a double's 10.51499….
    assertEquals(0, f.point().compareTo(BigDecimal.valueOf(100L * onTime).divide(BigDecimal.valueOf(n), 2,
        java.math.RoundingMode.HALF_EVEN)), f.toString());
  }

  @Example
  void aRankTargetHasNoCourseAndEveryOtherHasOne() {
    PlanHistory h = PlanHistory.of(PLAN, List.of(), List.of());
    long measurable = PLAN.keyTargets().stream().filter(t -> t.kind() != Target.Kind.RANK).count();
    assertEquals(measurable, h.targets().size());
    h.targets().forEach(c -> {
      assertEquals(List.of(), c.points());
      assertEquals(Optional.empty(), c.forecast());
    });
  }

  @Example
  void theStudentQuantilesMeetTheNormalsFromAbove() {
    double before = Double.MAX_VALUE;
    for (int df = 1; df <= 1000; df++) {
      double t = Forecast.studentT90(df);
      assertTrue(t <= before && t > 1.2815, df + ": " + t);
      before = t;
    }
  }

  @Provide
  Arbitrary<List<Integer>> rates() {
    return Arbitraries.integers().between(0, 100).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Integer> levels() {
    return Arbitraries.integers().between(-1000, 1000);
  }

  @Provide
  Arbitrary<Integer> slopes() {
    return Arbitraries.integers().between(-5, 5);
  }

  @Provide
  Arbitrary<Integer> months() {
    return Arbitraries.integers().between(3, 12);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(2, 100_000);
  }
}
