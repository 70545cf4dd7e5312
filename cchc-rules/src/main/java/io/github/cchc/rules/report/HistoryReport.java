package io.github.cchc.rules.report;

import io.github.cchc.model.Plan;
import io.github.cchc.model.Target;
import io.github.cchc.rules.status.Forecast;
import io.github.cchc.rules.status.HealthReason;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.PlanHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's course through the year, as a report states it (báo cáo diễn biến thực hiện): the
 * curves, the changes of status, each key target's course and the forecasts of a
 * {@link PlanHistory}, with each target as the plan prints it. What {@code ReportJson} writes as
 * {@code cchc.history/1} and reads back.
 *
 * @param plan the plan's id (the latest revision's), not null
 * @param points the standing at each snapshot, in date order, not null
 * @param transitions each tracked item's changes of status, not null
 * @param onTimeForecast the year-end on-time rate forecast, if one could be made
 * @param completionForecast the year-end completion rate forecast, if one could be made
 * @param keyTargets each measurable key target's course, in the plan's order, not null
 * @param health the health at the last snapshot, the forecast taken into account; empty with no snapshot
 * @param reasons what led to it, not null
 */
public record HistoryReport(String plan, List<PlanHistory.Point> points, List<PlanHistory.Transition> transitions,
    Optional<Forecast> onTimeForecast, Optional<Forecast> completionForecast, List<TargetLine> keyTargets,
    Optional<PlanHealth> health, List<HealthReason> reasons) {

  /**
   * A key target's course.
   *
   * @param label the target's label in the plan, not null
   * @param target the target in canonical text ("> 95%"), not null
   * @param points its measurements, in order, not null
   * @param forecast its year-end value forecast, if one could be made
   * @param forecastOutcome the target judged on the forecast's point, present with a forecast
   * @param settled whether the whole 80 % interval gives the same outcome
   */
  public record TargetLine(String label, String target, List<PlanHistory.TargetPoint> points, Optional<Forecast> forecast,
      Optional<Target.Outcome> forecastOutcome, boolean settled) {
    /** Checks the components. */
    public TargetLine {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(target, "target");
      points = List.copyOf(points);
      Objects.requireNonNull(forecast, "forecast");
      Objects.requireNonNull(forecastOutcome, "forecastOutcome");
      if (forecast.isPresent() != forecastOutcome.isPresent()) {
        throw new IllegalArgumentException("a forecast outcome needs a forecast, and a forecast its outcome");
      }
      if (settled && forecast.isEmpty()) {
        throw new IllegalArgumentException("only a forecast can be settled");
      }
    }
  }

  /** Checks the components. */
  public HistoryReport {
    Objects.requireNonNull(plan, "plan");
    points = List.copyOf(points);
    transitions = List.copyOf(transitions);
    Objects.requireNonNull(onTimeForecast, "onTimeForecast");
    Objects.requireNonNull(completionForecast, "completionForecast");
    keyTargets = List.copyOf(keyTargets);
    Objects.requireNonNull(health, "health");
    reasons = List.copyOf(reasons);
    if (health.isEmpty() != points.isEmpty()) {
      throw new IllegalArgumentException("a history has a health exactly when it has a snapshot");
    }
  }

  /**
   * States a history.
   *
   * @param plan the plan followed (the latest revision), not null
   * @param history its history, not null
   * @return the report, not null
   */
  public static HistoryReport of(Plan plan, PlanHistory history) {
    List<TargetLine> targets = new ArrayList<>();
    for (PlanHistory.TargetCourse c : history.targets()) {
      targets.add(new TargetLine(c.label(), c.target().toCanonicalText(), c.points(), c.forecast(), c.forecastOutcome(),
          c.forecastSettled()));
    }
    return new HistoryReport(plan.id(), history.points(), history.transitions(), history.onTimeForecast(),
        history.completionForecast(), targets, history.health(), history.reasons());
  }
}
