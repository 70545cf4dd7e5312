package io.github.cchc.rules.status;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan followed through the year (diễn biến thực hiện kế hoạch): its status at each of a series
 * of progress snapshots, the on-time curve they draw, each tracked item's changes of status from
 * one snapshot to the next, and a forecast of the year-end on-time rate ({@link Forecast}).
 *
 * <p>A forecast needs at least two snapshots (one is a state, not a course) and at least one task
 * due by the last.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanHistory {
  /** The least number of snapshots a forecast is made from. */
  public static final int MIN_POINTS_FOR_FORECAST = 2;

  /**
   * The plan's standing at one snapshot (một điểm của đường diễn biến).
   *
   * @param asOf the snapshot's date
   * @param tracked the items tracked (tasks and sub-rows with a deadline or none)
   * @param due the items due by then: completed, or overdue
   * @param onTime the items completed on time
   * @param late the items completed late
   * @param overdue the items overdue
   * @param onTimeRate the on-time rate in percent, empty when nothing is due
   */
  public record Point(LocalDate asOf, int tracked, int due, int onTime, int late, int overdue,
      Optional<BigDecimal> onTimeRate) {
    /** Checks the parts. */
    public Point {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(onTimeRate, "onTimeRate");
    }
  }

  /**
   * A tracked item whose status changed between two snapshots (chuyển trạng thái).
   *
   * @param pointer the item's JSON Pointer in the plan
   * @param label the item's row label
   * @param from its status at the earlier snapshot
   * @param to its status at the later one
   * @param on the later snapshot's date
   */
  public record Transition(String pointer, String label, TaskStatus from, TaskStatus to, LocalDate on) {
    /** Checks the parts. */
    public Transition {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(on, "on");
    }
  }

  private final List<Point> points;
  private final List<Transition> transitions;
  private final Optional<Forecast> forecast;
  private final Optional<PlanHealth> health;
  private final List<HealthReason> reasons;

  private PlanHistory(List<Point> points, List<Transition> transitions, Optional<Forecast> forecast,
      Optional<PlanHealth> health, List<HealthReason> reasons) {
    this.points = Collections.unmodifiableList(points);
    this.transitions = Collections.unmodifiableList(transitions);
    this.forecast = forecast;
    this.health = health;
    this.reasons = Collections.unmodifiableList(reasons);
  }

  /**
   * Follows a plan through snapshots of its progress.
   *
   * @param plan the plan, not null
   * @param snapshots the snapshots, in any order, not null
   * @return the history, its points in date order
   * @throws IllegalArgumentException if two snapshots have the same date, or one comes before the
   *     plan's year (a report after the year, in January, is a snapshot like any other)
   */
  public static PlanHistory of(Plan plan, List<ProgressSnapshot> snapshots) {
    Objects.requireNonNull(plan, "plan");
    List<ProgressSnapshot> ordered = new ArrayList<>(snapshots);
    ordered.sort(Comparator.comparing(ProgressSnapshot::asOf));
    for (int i = 0; i < ordered.size(); i++) {
      LocalDate d = ordered.get(i).asOf();
      if (i > 0 && d.equals(ordered.get(i - 1).asOf())) {
        throw new IllegalArgumentException("two progress snapshots are of " + d);
      }
      if (d.getYear() < plan.year().getValue()) {
        throw new IllegalArgumentException("a progress snapshot of " + d + " comes before the plan's year " + plan.year());
      }
    }
    List<Point> points = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    Map<String, TaskStatus> before = new HashMap<>();
    PlanStatus last = null;
    for (ProgressSnapshot s : ordered) {
      PlanStatus status = PlanStatus.of(plan, s);
      Tally t = status.total();
      points.add(new Point(s.asOf(), t.total(), t.onTime() + t.late() + t.overdue(), t.onTime(), t.late(), t.overdue(),
          status.onTimeRate()));
      for (TaskState state : status.tasks()) {
        TaskStatus previous = before.put(state.row().pointer(), state.status());
        if (previous != null && previous != state.status()) {
          transitions.add(new Transition(state.row().pointer(), state.row().label(), previous, state.status(), s.asOf()));
        }
      }
      last = status;
    }
    Optional<Forecast> forecast = Optional.empty();
    if (last != null && points.size() >= MIN_POINTS_FOR_FORECAST) {
      Point end = points.get(points.size() - 1);
      LocalDate yearEnd = plan.year().atMonth(12).atEndOfMonth();
      int later = 0;
      for (TaskState state : last.tasks()) {
        boolean pending = state.status() == TaskStatus.NOT_YET_DUE || state.status() == TaskStatus.DUE_SOON;
        if (pending && state.dueDate().filter(d -> !d.isAfter(yearEnd)).isPresent()) {
          later++;
        }
      }
      if (end.due() > 0) {
        forecast = Optional.of(Forecast.onTimeRate(end.onTime(), end.due(), later));
      }
    }
    if (last == null) {
      return new PlanHistory(points, transitions, forecast, Optional.empty(), List.of());
    }
    List<HealthReason> reasons = new ArrayList<>(last.reasons());
    PlanHealth health = last.health();
    Optional<TargetEvaluation> completion = last.completionTarget();
    if (forecast.isPresent() && completion.isPresent() && health != PlanHealth.COMPLETED) {
      Forecast f = forecast.get();
      Target target = completion.get().target();
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("point", f.point());
      facts.put("lower", f.lower());
      facts.put("upper", f.upper());
      facts.put("target", target.toCanonicalText());
      String variant = null;
      if (meets(plan, last.asOf(), target, f.upper()) == Target.Outcome.NOT_MET) {
        variant = "";
        health = PlanHealth.OFF_TRACK;
      } else if (meets(plan, last.asOf(), target, f.point()) == Target.Outcome.NOT_MET) {
        variant = "likely";
        health = health == PlanHealth.ON_TRACK ? PlanHealth.AT_RISK : health;
      }
      if (variant != null) {
        reasons.removeIf(r -> r.code() == HealthReason.Code.NOTHING_OVERDUE);
        reasons.add(HealthReason.of(HealthReason.Code.FORECAST_BELOW_TARGET, variant, facts));
      }
    }
    return new PlanHistory(points, transitions, forecast, Optional.of(health), reasons);
  }

  /** How the completion target would be judged on a year-end rate. */
  private static Target.Outcome meets(Plan plan, LocalDate asOf, Target target, BigDecimal rate) {
    Measurement m = Measurement.builder().indicatorId(Indicator.PLAN_TASKS_COMPLETED.id()).value(rate)
        .periodStart(plan.year().atDay(1)).periodEnd(plan.year().atMonth(12).atEndOfMonth()).measuredOn(asOf).build();
    return TargetEvaluation.of(target, Optional.of(m)).outcome();
  }

  /**
   * Gets the plan's standing at each snapshot: the on-time curve.
   *
   * @return the points, in date order
   */
  public List<Point> points() {
    return points;
  }

  /**
   * Gets the changes of status of each tracked item from one snapshot to the next.
   *
   * @return the transitions, in date order, then the plan's order
   */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * Gets the plan's health at the last snapshot, the forecast taken into account: the last
   * snapshot's health and reasons ({@link PlanStatus#health()}), then, when the year-end forecast of
   * the on-time rate falls short of the plan's completion target, {@code OFF_TRACK} if it does so even
   * at the interval's upper end and at least {@code AT_RISK} if at its point, with the reason
   * {@link HealthReason.Code#FORECAST_BELOW_TARGET}. A completed plan stays completed; with no
   * forecast or no completion target, the health is the last snapshot's.
   *
   * @return the health, empty with no snapshot
   */
  public Optional<PlanHealth> health() {
    return health;
  }

  /**
   * Gets the reasons for {@link #health()}.
   *
   * @return the reasons, empty with no snapshot
   */
  public List<HealthReason> reasons() {
    return reasons;
  }

  /**
   * Gets the forecast of the year-end on-time rate.
   *
   * @return the forecast, empty with fewer than {@value #MIN_POINTS_FOR_FORECAST} snapshots or nothing due yet
   */
  public Optional<Forecast> onTimeForecast() {
    return forecast;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanHistory h && points.equals(h.points) && transitions.equals(h.transitions)
        && forecast.equals(h.forecast) && health.equals(h.health) && reasons.equals(h.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, transitions, forecast);
  }

  @Override
  public String toString() {
    return "PlanHistory[" + points.size() + " points, " + transitions.size() + " transitions, forecast " + forecast + "]";
  }
}
