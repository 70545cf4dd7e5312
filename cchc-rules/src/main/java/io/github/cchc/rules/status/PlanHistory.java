package io.github.cchc.rules.status;

import io.github.cchc.model.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

  private PlanHistory(List<Point> points, List<Transition> transitions, Optional<Forecast> forecast) {
    this.points = Collections.unmodifiableList(points);
    this.transitions = Collections.unmodifiableList(transitions);
    this.forecast = forecast;
  }

  /**
   * Follows a plan through snapshots of its progress.
   *
   * @param plan the plan, not null
   * @param snapshots the snapshots, in any order, not null
   * @return the history, its points in date order
   * @throws IllegalArgumentException if two snapshots have the same date, or one lies outside the plan's year
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
      if (d.getYear() != plan.year().getValue()) {
        throw new IllegalArgumentException("a progress snapshot of " + d + " lies outside the plan's year " + plan.year());
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
    return new PlanHistory(points, transitions, forecast);
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
        && forecast.equals(h.forecast);
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
