package io.github.cchc.rules.status;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan followed through the year (diễn biến thực hiện kế hoạch): its status at each of a series
 * of progress snapshots, the completion and on-time curves they draw, each tracked item's changes of
 * status from one snapshot to the next, each key target's course through its measurements, and
 * year-end forecasts ({@link Forecast}) of the on-time rate, the completion rate and each key target.
 *
 * <p>A forecast needs at least two snapshots or measurements (one is a state, not a course), and,
 * for the rates, at least one task due by the last snapshot. A plan amended during the year is
 * followed through its {@link PlanRevisions}: each snapshot is judged against the revision in force
 * on its date, and an item keeps its history across an amendment that renumbers it.
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
   * @param completionRate the share of the items due that are completed, on time or late, in percent,
   *     empty when nothing is due
   * @param revision the revision judged against: 0 for the plan as issued, {@code i} for its
   *     {@code i}-th amendment
   */
  public record Point(LocalDate asOf, int tracked, int due, int onTime, int late, int overdue,
      Optional<BigDecimal> onTimeRate, Optional<BigDecimal> completionRate, int revision) {
    /** Checks the parts. */
    public Point {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(onTimeRate, "onTimeRate");
      Objects.requireNonNull(completionRate, "completionRate");
    }
  }

  /**
   * A key target's value at one measurement (một lần đo chỉ tiêu).
   *
   * @param periodEnd the last day of the period measured
   * @param measuredOn the day it was measured
   * @param value the value measured, rounded half-even to two decimals
   * @param outcome the target judged on it, unrounded
   */
  public record TargetPoint(LocalDate periodEnd, LocalDate measuredOn, BigDecimal value, Target.Outcome outcome) {
    /** Checks the parts. */
    public TargetPoint {
      Objects.requireNonNull(periodEnd, "periodEnd");
      Objects.requireNonNull(measuredOn, "measuredOn");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * A key target's course through the year (diễn biến chỉ tiêu): its measurements in order and the
   * forecast of its year-end value.
   *
   * <p>The forecast is a {@link Forecast.Method#SHARE} when the latest measurement counts whole items
   * from the year's start (a numerator and denominator "lũy kế từ đầu năm"): the items still to come
   * are those the pace so far gives for the rest of the year. Otherwise it is a
   * {@link Forecast.Method#TREND} of the values against their periods' ends, which needs three
   * measurements, a percentage's on the log-odds scale ({@link Forecast#percentTrend}). A rank target has no course.
   *
   * @param label the target's label in the plan
   * @param target the target
   * @param points the measurements with a value, by period end then measuring day
   * @param forecast the forecast of the value at the year's end, empty with fewer than
   *     {@value #MIN_POINTS_FOR_FORECAST} points or, for a trend, fewer than {@value Forecast#MIN_TREND_POINTS}
   */
  public record TargetCourse(String label, Target target, List<TargetPoint> points, Optional<Forecast> forecast) {
    /** Checks the parts. */
    public TargetCourse {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(target, "target");
      points = List.copyOf(points);
      Objects.requireNonNull(forecast, "forecast");
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
     * Checks if the whole 80 % interval gives the target the same outcome as the point does: the
     * forecast is then "likely", otherwise only "possible".
     *
     * @return true if both ends of the interval agree with the point
     */
    public boolean forecastSettled() {
      return forecast.filter(f -> f.settles(target)).isPresent();
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
  private final Optional<Forecast> completionForecast;
  private final List<TargetCourse> targets;
  private final Optional<PlanHealth> health;
  private final List<HealthReason> reasons;

  private PlanHistory(List<Point> points, List<Transition> transitions, Optional<Forecast> forecast,
      Optional<Forecast> completionForecast, List<TargetCourse> targets, Optional<PlanHealth> health,
      List<HealthReason> reasons) {
    this.points = Collections.unmodifiableList(points);
    this.transitions = Collections.unmodifiableList(transitions);
    this.forecast = forecast;
    this.completionForecast = completionForecast;
    this.targets = Collections.unmodifiableList(targets);
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
    return of(PlanRevisions.of(plan), snapshots, List.of());
  }

  /**
   * Follows a plan through snapshots of its progress and measurements of its key targets; each
   * snapshot's status knows the measurements taken by its date.
   *
   * @param plan the plan, not null
   * @param snapshots the snapshots, in any order, not null
   * @param measurements the measurements, in any order, not null
   * @return the history, its points in date order
   * @throws IllegalArgumentException if two snapshots have the same date, or one comes before the plan's year
   */
  public static PlanHistory of(Plan plan, List<ProgressSnapshot> snapshots, List<Measurement> measurements) {
    return of(PlanRevisions.of(plan), snapshots, measurements);
  }

  /**
   * Follows an amended plan through snapshots of its progress and measurements of its key targets:
   * each snapshot is judged against the revision in force on its date, its task pointers those of
   * that revision; the key targets and the year-end forecasts are the latest revision's.
   *
   * @param revisions the plan and its amendments, not null
   * @param snapshots the snapshots, in any order, not null
   * @param measurements the measurements, in any order, not null
   * @return the history, its points in date order
   * @throws IllegalArgumentException if two snapshots have the same date, or one comes before the plan's year
   */
  public static PlanHistory of(PlanRevisions revisions, List<ProgressSnapshot> snapshots, List<Measurement> measurements) {
    Objects.requireNonNull(revisions, "revisions");
    Objects.requireNonNull(measurements, "measurements");
    Plan latest = revisions.latest();
    Year year = latest.year();
    List<ProgressSnapshot> ordered = new ArrayList<>(snapshots);
    ordered.sort(Comparator.comparing(ProgressSnapshot::asOf));
    for (int i = 0; i < ordered.size(); i++) {
      LocalDate d = ordered.get(i).asOf();
      if (i > 0 && d.equals(ordered.get(i - 1).asOf())) {
        throw new IllegalArgumentException("two progress snapshots are of " + d);
      }
      if (d.getYear() < year.getValue()) {
        throw new IllegalArgumentException("a progress snapshot of " + d + " comes before the plan's year " + year);
      }
    }
    List<Point> points = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    Map<String, TaskStatus> before = new HashMap<>();
    PlanStatus last = null;
    int revisionBefore = 0;
    for (ProgressSnapshot s : ordered) {
      int revision = revisions.revisionOn(s.asOf());
      for (int r = revisionBefore; r < revision; r++) {
        before = renumbered(before, revisions.revisions().get(r).changes());
      }
      revisionBefore = revision;
      Plan plan = revisions.inForceOn(s.asOf());
      List<Measurement> known = measurements.stream().filter(m -> !m.measuredOn().isAfter(s.asOf())).toList();
      PlanStatus status = PlanStatus.of(plan, s.asOf(), Optional.of(s), known, PlanStatus.DEFAULT_DUE_SOON);
      Tally t = status.total();
      int due = t.onTime() + t.late() + t.overdue();
      points.add(new Point(s.asOf(), t.total(), due, t.onTime(), t.late(), t.overdue(), status.onTimeRate(),
          due == 0 ? Optional.empty() : Optional.of(TargetEvaluation.percent(t.onTime() + t.late(), due)), revision));
      for (TaskState state : status.tasks()) {
        TaskStatus previous = before.put(state.row().pointer(), state.status());
        if (previous != null && previous != state.status()) {
          transitions.add(new Transition(state.row().pointer(), state.row().label(), previous, state.status(), s.asOf()));
        }
      }
      last = status;
    }
    // The history stands at its last snapshot: a measurement taken after it was not yet known.
    Optional<LocalDate> standing = ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1).asOf());
    List<TargetCourse> courses = courses(latest, measurements.stream()
        .filter(m -> standing.map(d -> !m.measuredOn().isAfter(d)).orElse(true)).toList());
    if (last == null) {
      return new PlanHistory(points, transitions, Optional.empty(), Optional.empty(), courses, Optional.empty(),
          List.of());
    }
    Optional<Forecast> forecast = Optional.empty();
    Optional<Forecast> completionForecast = Optional.empty();
    Point end = points.get(points.size() - 1);
    if (points.size() >= MIN_POINTS_FOR_FORECAST && end.due() > 0) {
      LocalDate yearEnd = year.atMonth(12).atEndOfMonth();
      int later = 0;
      for (TaskState state : last.tasks()) {
        boolean pending = state.status() == TaskStatus.NOT_YET_DUE || state.status() == TaskStatus.DUE_SOON;
        if (pending && state.dueDate().filter(d -> !d.isAfter(yearEnd)).isPresent()) {
          later++;
        }
      }
      forecast = Optional.of(Forecast.share(end.onTime(), end.due(), later));
      completionForecast = Optional.of(Forecast.share(end.onTime() + end.late(), end.due(), later));
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
      if (meets(latest, last.asOf(), target, f.upper()) == Target.Outcome.NOT_MET) {
        variant = "";
        health = PlanHealth.OFF_TRACK;
      } else if (meets(latest, last.asOf(), target, f.point()) == Target.Outcome.NOT_MET) {
        variant = "likely";
        health = health == PlanHealth.ON_TRACK ? PlanHealth.AT_RISK : health;
      }
      if (variant != null) {
        reasons.removeIf(r -> r.code() == HealthReason.Code.NOTHING_OVERDUE);
        reasons.add(HealthReason.of(HealthReason.Code.FORECAST_BELOW_TARGET, variant, facts));
      }
    }
    return new PlanHistory(points, transitions, forecast, completionForecast, courses, Optional.of(health), reasons);
  }

  /** The statuses known by the older revision's pointers, under the newer revision's. */
  private static Map<String, TaskStatus> renumbered(Map<String, TaskStatus> statuses, PlanDiff changes) {
    Map<String, TaskStatus> out = new HashMap<>();
    statuses.forEach((pointer, status) -> changes.newerPointer(pointer).ifPresent(p -> out.put(p, status)));
    return out;
  }

  /** Each measurable key target's course through the measurements that concern it. */
  private static List<TargetCourse> courses(Plan plan, List<Measurement> measurements) {
    List<TargetCourse> courses = new ArrayList<>();
    LocalDate yearStart = plan.year().atDay(1);
    LocalDate yearEnd = plan.year().atMonth(12).atEndOfMonth();
    for (StatedTarget stated : plan.statedTargets().subList(0, plan.keyTargets().size())) {
      Target target = stated.target();
      if (target.kind() == Target.Kind.RANK) {
        continue;
      }
      List<Measurement> concerning = measurements.stream()
          .filter(m -> TargetEvaluation.concerns(m, target, stated.label()))
          .filter(m -> m.measuredValue().isPresent())
          .sorted(Comparator.comparing(Measurement::periodEnd).thenComparing(Measurement::measuredOn))
          .toList();
      List<TargetPoint> points = new ArrayList<>();
      // One value per period end, the one measured last: a corrected figure replaces the first.
      TreeMap<LocalDate, BigDecimal> series = new TreeMap<>();
      for (Measurement m : concerning) {
        BigDecimal v = m.measuredValue().orElseThrow();
        points.add(new TargetPoint(m.periodEnd(), m.measuredOn(),
            TargetEvaluation.shown(v), target.evaluate(v)));
        if (!m.periodEnd().isAfter(yearEnd)) {
          series.put(m.periodEnd(), v);
        }
      }
      Optional<Forecast> forecast = Optional.empty();
      if (series.size() >= MIN_POINTS_FOR_FORECAST) {
        Measurement latest = concerning.stream().filter(m -> !m.periodEnd().isAfter(yearEnd))
            .reduce((a, b) -> b).orElseThrow();
        forecast = counted(latest, yearStart, yearEnd).or(() -> Forecast.trend(target.unit(), series, yearEnd));
      }
      courses.add(new TargetCourse(stated.label(), target, points, forecast));
    }
    return courses;
  }

  /** A share forecast from a year-to-date count of whole items, the rest of the year at the same pace. */
  private static Optional<Forecast> counted(Measurement m, LocalDate yearStart, LocalDate yearEnd) {
    if (m.numerator().isEmpty() || m.periodStart().isAfter(yearStart)) {
      return Optional.empty();
    }
    BigDecimal k = m.numerator().get();
    BigDecimal n = m.denominator().orElseThrow();
    if (!whole(k) || !whole(n) || n.signum() == 0 || n.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
      return Optional.empty();
    }
    long elapsed = m.periodEnd().toEpochDay() - m.periodStart().toEpochDay() + 1;
    long ahead = yearEnd.toEpochDay() - m.periodEnd().toEpochDay();
    long toCome = Math.round(n.doubleValue() * ahead / elapsed);
    if (toCome > 1_000_000_000L) {
      return Optional.empty();
    }
    return Optional.of(Forecast.share(k.intValueExact(), n.intValueExact(), (int) toCome));
  }

  private static boolean whole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
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
   * Gets the forecast of the year-end on-time rate: of the tasks due within the year, the share
   * completed on time. Tasks already overdue count as not on time, whenever they are completed.
   *
   * @return the forecast, empty with fewer than {@value #MIN_POINTS_FOR_FORECAST} snapshots or nothing due yet
   */
  public Optional<Forecast> onTimeForecast() {
    return forecast;
  }

  /**
   * Gets the forecast of the year-end completion rate: of the tasks due within the year, the share
   * completed, on time or late. Tasks overdue at the last snapshot count as not completed: no
   * snapshot says when they will be, and the rate should not promise it.
   *
   * @return the forecast, empty with fewer than {@value #MIN_POINTS_FOR_FORECAST} snapshots or nothing due yet
   */
  public Optional<Forecast> completionForecast() {
    return completionForecast;
  }

  /**
   * Gets each measurable key target's course through the measurements given, and its forecast.
   * The history stands at its last snapshot: measurements taken after it are left out, as they
   * were not known then; with no snapshot, every measurement counts.
   *
   * @return the courses, in the plan's order of key targets (of the latest revision), rank targets left out
   */
  public List<TargetCourse> targets() {
    return targets;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanHistory h && points.equals(h.points) && transitions.equals(h.transitions)
        && forecast.equals(h.forecast) && completionForecast.equals(h.completionForecast) && targets.equals(h.targets)
        && health.equals(h.health) && reasons.equals(h.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, transitions, forecast, completionForecast, targets);
  }

  @Override
  public String toString() {
    return "PlanHistory[" + points.size() + " points, " + transitions.size() + " transitions, " + targets.size()
        + " targets, forecast " + forecast + "]";
  }
}
