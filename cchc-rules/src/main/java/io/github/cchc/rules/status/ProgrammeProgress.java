package io.github.cchc.rules.status;

import io.github.cchc.model.Programme;
import io.github.cchc.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A programme followed through its years (tiến độ thực hiện chương trình): each phase's targets
 * against the yearly results, and, where the deadline is still ahead, a forecast of the value in
 * the deadline year.
 *
 * <p>A year's result is the measurement of the target whose period ends latest in that year (the
 * last one taken, when two end on the same day). The forecast is a {@link Forecast.Method#TREND}
 * of the yearly results to the end of the phase's last year, so it needs
 * {@value Forecast#MIN_TREND_POINTS} of them, a percentage's on the log-odds scale ({@link Forecast#percentTrend}). Once the last
 * year has a result, the target is judged on it and no forecast is made.
 *
 * @param programme the programme's id, not null
 * @param targets each phase's targets, in the programme's order, not null
 */
public record ProgrammeProgress(String programme, List<TargetProgress> targets) {
  /**
   * A target's result in one year (kết quả năm).
   *
   * @param year the year
   * @param periodEnd the last day of the period measured
   * @param value the value, rounded half-even to two decimals
   * @param outcome the target judged on it, unrounded
   */
  public record YearResult(Year year, LocalDate periodEnd, BigDecimal value, Target.Outcome outcome) {
    /** Checks the parts. */
    public YearResult {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(periodEnd, "periodEnd");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(outcome, "outcome");
      if (periodEnd.getYear() != year.getValue()) {
        throw new IllegalArgumentException("a result for " + year + " measured a period ending " + periodEnd);
      }
    }
  }

  /**
   * One target of a phase through the years.
   *
   * @param phase the phase's label
   * @param by the year the target is to be reached by, the phase's last
   * @param label the target's label, empty text when the programme gives none
   * @param target the target
   * @param years its results, one per year with one, in year order, none after {@code by}
   * @param forecast the forecast of its value at the end of {@code by}, when that year has no result yet
   */
  public record TargetProgress(String phase, Year by, String label, Target target, List<YearResult> years,
      Optional<Forecast> forecast) {
    /** Checks the parts. */
    public TargetProgress {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(target, "target");
      years = List.copyOf(years);
      Objects.requireNonNull(forecast, "forecast");
      for (int i = 0; i < years.size(); i++) {
        if (years.get(i).year().isAfter(by) || i > 0 && !years.get(i).year().isAfter(years.get(i - 1).year())) {
          throw new IllegalArgumentException("the results of target " + label + " are not one a year, in order, up to " + by);
        }
      }
    }

    /**
     * Gets the target judged on the deadline year's result.
     *
     * @return the outcome, empty until the deadline year has a result
     */
    public Optional<Target.Outcome> reached() {
      return years.isEmpty() || !years.get(years.size() - 1).year().equals(by) ? Optional.empty()
          : Optional.of(years.get(years.size() - 1).outcome());
    }

    /**
     * Gets the target judged on the forecast's point.
     *
     * @return the outcome, empty with no forecast
     */
    public Optional<Target.Outcome> forecastOutcome() {
      return forecast.map(f -> target.evaluate(f.point()));
    }

    /**
     * Checks if the whole 80 % interval gives the target the same outcome as the point does.
     *
     * @return true if both ends of the interval agree with the point
     */
    public boolean forecastSettled() {
      return forecast.filter(f -> f.settles(target)).isPresent();
    }
  }

  /** Checks the parts. */
  public ProgrammeProgress {
    Objects.requireNonNull(programme, "programme");
    targets = List.copyOf(targets);
  }

  /**
   * Follows a programme's targets through yearly results.
   *
   * @param programme the programme, not null
   * @param results measurements of its targets' indicators (or labels), in any order, not null
   * @return the progress, not null
   */
  public static ProgrammeProgress of(Programme programme, List<Measurement> results) {
    Objects.requireNonNull(results, "results");
    List<TargetProgress> out = new ArrayList<>();
    for (Programme.Phase phase : programme.phases()) {
      for (Target target : phase.targets()) {
        if (target.kind() == Target.Kind.RANK) {
          continue;
        }
        String label = target.label().orElse("");
        Map<Year, Measurement> byYear = new TreeMap<>();
        results.stream().filter(m -> TargetEvaluation.concerns(m, target, label))
            .filter(m -> m.measuredValue().isPresent())
            .filter(m -> !Year.from(m.periodEnd()).isBefore(programme.firstYear())
                && !Year.from(m.periodEnd()).isAfter(phase.lastYear()))
            .sorted(Comparator.comparing(Measurement::periodEnd).thenComparing(Measurement::measuredOn))
            .forEach(m -> byYear.put(Year.from(m.periodEnd()), m));
        List<YearResult> years = new ArrayList<>();
        TreeMap<LocalDate, BigDecimal> series = new TreeMap<>();
        byYear.forEach((year, m) -> {
          BigDecimal v = m.measuredValue().orElseThrow();
          years.add(new YearResult(year, m.periodEnd(), TargetEvaluation.shown(v),
              target.evaluate(v)));
          series.put(m.periodEnd(), v);
        });
        Optional<Forecast> forecast = Optional.empty();
        if (!byYear.containsKey(phase.lastYear())) {
          LocalDate end = phase.lastYear().atMonth(12).atEndOfMonth();
          forecast = Forecast.trend(target.unit(), series, end);
        }
        out.add(new TargetProgress(phase.label(), phase.lastYear(), label, target, years, forecast));
      }
    }
    return new ProgrammeProgress(programme.id(), out);
  }
}
