package io.github.cchc.rules.status;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportDue;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import io.github.cchc.model.TaskRow;
import io.github.cchc.model.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a plan stands on a date (tình hình thực hiện): each task's status, roll-ups by reform area,
 * by lead agency and for the plan, the on-time completion rate, key targets evaluated against
 * measurements, and the plan's health.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li>The tasks counted are the leaf rows of the task table that the source prints legibly; a
 *       sub-row that prints no timeframe takes its parent's. Completions after the as-of date are
 *       not yet known and do not count.
 *   <li>A task is <em>due by</em> the as-of date when its last allowed day is before it, or when it
 *       has been completed. The <em>on-time completion rate</em> is the share, in percent, of the
 *       tasks due by the as-of date that were completed on time; tasks without a fixed deadline count
 *       only once completed. With no task due, there is no rate.
 *   <li>The rate is evaluated against the plan's key target for {@link Indicator#PLAN_TASKS_COMPLETED}
 *       when it states one.
 *   <li>A lead agency's tally counts the tasks whose row (or parent row) names it as lead, by the
 *       reference the row names: an agency id, a group id or a named party; a task with two leads
 *       counts for both.
 *   <li><b>Health</b>, the first that applies: {@link PlanHealth#COMPLETED} when every task counted
 *       is completed and no key target is measured as not met; {@link PlanHealth#OFF_TRACK} when more
 *       than a tenth of the tasks due by the as-of date are overdue, or a key target measured as not
 *       met after the plan year; {@link PlanHealth#AT_RISK} when any task is overdue, a key target is
 *       measured as not met, or the on-time rate falls short of the plan's completion target;
 *       {@link PlanHealth#ON_TRACK} otherwise. {@link #reasons()} lists what applied.
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanStatus {
  /** The window in which an open task counts as due soon, unless another is given. */
  public static final Period DEFAULT_DUE_SOON = Period.ofDays(14);

  private final LocalDate asOf;
  private final List<TaskState> tasks;
  private final Tally total;
  private final Map<ReformArea, Tally> byArea;
  private final Map<String, Tally> byLead;
  private final List<AgencyStanding> byAgency;
  private final Optional<BigDecimal> onTimeRate;
  private final List<TargetEvaluation> keyTargets;
  private final Optional<TargetEvaluation> completionTarget;
  private final PlanHealth health;
  private final List<HealthReason> reasons;

  private PlanStatus(LocalDate asOf, List<TaskState> tasks, Map<ReformArea, Tally> byArea, Map<String, Tally> byLead,
      List<AgencyStanding> byAgency,
      Optional<BigDecimal> onTimeRate, List<TargetEvaluation> keyTargets, Optional<TargetEvaluation> completionTarget,
      PlanHealth health, List<HealthReason> reasons) {
    this.asOf = asOf;
    this.tasks = List.copyOf(tasks);
    this.total = Tally.of(tasks.stream().map(TaskState::status).toList());
    this.byArea = Collections.unmodifiableMap(byArea);
    this.byLead = Collections.unmodifiableMap(byLead);
    this.byAgency = List.copyOf(byAgency);
    this.onTimeRate = onTimeRate;
    this.keyTargets = List.copyOf(keyTargets);
    this.completionTarget = completionTarget;
    this.health = health;
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Derives a plan's status on the progress snapshot's date.
   *
   * @param plan the plan, not null
   * @param progress the progress, not null
   * @return the status, not null
   */
  public static PlanStatus of(Plan plan, ProgressSnapshot progress) {
    return of(plan, progress.asOf(), Optional.of(progress), List.of(), DEFAULT_DUE_SOON);
  }

  /**
   * Derives a plan's status on a date, with the progress and measurements known then.
   *
   * @param plan the plan, not null
   * @param asOf the date, not null; completions after it are not yet known
   * @param progress the progress, empty if none is known
   * @param measurements the measurements to evaluate key targets with, not null
   * @param dueSoon how close to its last allowed day an open task counts as due soon, not negative
   * @return the status, not null
   * @throws CchcException if the window is negative
   */
  public static PlanStatus of(Plan plan, LocalDate asOf, Optional<ProgressSnapshot> progress,
      List<Measurement> measurements, Period dueSoon) {
    return of(plan, asOf, progress, measurements, Optional.empty(), dueSoon);
  }

  /**
   * Derives a plan's status on a date, with the progress, measurements and report submissions known
   * then.
   *
   * @param plan the plan, not null
   * @param asOf the date, not null; completions and submissions after it are not yet known
   * @param progress the progress, empty if none is known
   * @param measurements the measurements to evaluate key targets with, not null
   * @param submissions the reports sent, empty if not known
   * @param dueSoon how close to its last allowed day an open task counts as due soon, not negative
   * @return the status, not null
   * @throws CchcException if the window is negative
   */
  public static PlanStatus of(Plan plan, LocalDate asOf, Optional<ProgressSnapshot> progress,
      List<Measurement> measurements, Optional<List<ReportSubmission>> submissions, Period dueSoon) {
    Objects.requireNonNull(submissions, "submissions");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(measurements, "measurements");
    if (dueSoon.isNegative()) {
      throw new CchcException("Due-soon window must not be negative, was " + dueSoon);
    }

    List<TaskState> states = new ArrayList<>();
    Map<ReformArea, List<TaskStatus>> areas = new EnumMap<>(ReformArea.class);
    Map<String, List<TaskStatus>> leads = new LinkedHashMap<>();
    for (TaskRow row : plan.trackedItems()) {
      TaskState state = state(row, progress.flatMap(p -> p.find(row.pointer())), asOf, dueSoon);
      states.add(state);
      row.area().ifPresent(a -> areas.computeIfAbsent(a, k -> new ArrayList<>()).add(state.status()));
      for (Party lead : row.leads()) {
        leads.computeIfAbsent(lead.ref(), k -> new ArrayList<>()).add(state.status());
      }
    }
    Map<ReformArea, Tally> byArea = new EnumMap<>(ReformArea.class);
    areas.forEach((a, s) -> byArea.put(a, Tally.of(s)));
    Map<String, Tally> byLead = new LinkedHashMap<>();
    leads.forEach((l, s) -> byLead.put(l, Tally.of(s)));

    long dueBy = states.stream().filter(s -> s.status().isCompleted() || s.status() == TaskStatus.OVERDUE).count();
    long onTime = states.stream().filter(s -> s.status() == TaskStatus.COMPLETED_ON_TIME).count();
    long overdue = states.stream().filter(s -> s.status() == TaskStatus.OVERDUE).count();
    Optional<BigDecimal> rate = dueBy == 0 ? Optional.empty() : Optional.of(TargetEvaluation.percent(onTime, dueBy));

    // One evaluation per key target: the plan's on-time completion target is judged by the rate the
    // progress gives (unless a measurement of it is given), and that one evaluation is what every view shows.
    List<TargetEvaluation> keyTargets = new ArrayList<>();
    Optional<TargetEvaluation> completion = Optional.empty();
    for (StatedTarget stated : plan.statedTargets().subList(0, plan.keyTargets().size())) {
      Target t = stated.target();
      TargetEvaluation e = TargetEvaluation.of(t, stated.label(), measurements);
      if (completion.isEmpty() && t.indicatorId().filter(Indicator.PLAN_TASKS_COMPLETED.id()::equals).isPresent()) {
        if (e.measurement().isEmpty()) {
          e = TargetEvaluation.of(t, rate.map(r -> Measurement.builder()
              .indicatorId(Indicator.PLAN_TASKS_COMPLETED.id()).value(r).periodStart(plan.year().atDay(1))
              .periodEnd(asOf).measuredOn(asOf).build()));
        }
        completion = Optional.of(e);
      }
      keyTargets.add(e);
    }

    List<HealthReason> reasons = new ArrayList<>();
    boolean yearOver = asOf.isAfter(plan.year().atMonth(12).atEndOfMonth());
    // The completion target, when missed, is its own reason (ON_TIME_RATE_BELOW_TARGET), counted once.
    Optional<TargetEvaluation> completionTarget = completion;
    long missed = keyTargets.stream().filter(e -> e.outcome() == Target.Outcome.NOT_MET)
        .filter(e -> completionTarget.map(c -> c != e).orElse(true)).count();
    PlanHealth health;
    if (!states.isEmpty() && states.stream().allMatch(s -> s.status().isCompleted()) && missed == 0) {
      health = PlanHealth.COMPLETED;
      reasons.add(HealthReason.of(HealthReason.Code.ALL_TASKS_COMPLETED, Map.of("tasks", (long) states.size())));
    } else {
      if (overdue > 0) {
        reasons.add(HealthReason.of(HealthReason.Code.TASKS_OVERDUE, ordered("overdue", overdue, "due", dueBy)));
      }
      if (missed > 0) {
        reasons.add(HealthReason.of(HealthReason.Code.TARGETS_NOT_MET, yearOver ? "afterYear" : "",
            Map.of("missed", missed)));
      }
      // The rate judged: a measurement of the completion target when one is given, else the progress's.
      boolean rateShort = completion.filter(e -> e.outcome() == Target.Outcome.NOT_MET).isPresent();
      if (rateShort) {
        reasons.add(HealthReason.of(HealthReason.Code.ON_TIME_RATE_BELOW_TARGET,
            ordered("rate", completion.get().measured().orElseThrow(), "target",
                completion.get().target().toCanonicalText())));
      }
      if (overdue * 10 > dueBy || (missed > 0 && yearOver)) {
        health = PlanHealth.OFF_TRACK;
      } else if (overdue > 0 || missed > 0 || rateShort) {
        health = PlanHealth.AT_RISK;
      } else {
        health = PlanHealth.ON_TRACK;
        reasons.add(HealthReason.of(HealthReason.Code.NOTHING_OVERDUE, Map.of()));
      }
    }
    List<AgencyStanding> byAgency = accountability(plan, asOf, states, submissions);
    return new PlanStatus(asOf, states, byArea, byLead, byAgency, rate, keyTargets, completion, health, reasons);
  }

  private static Map<String, Object> ordered(String name, Object value, String name2, Object value2) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(name, value);
    facts.put(name2, value2);
    return facts;
  }

  /**
   * Each agency's tasks, led and coordinated apart, and reports: a group stands for its members on
   * the date, a party the directory cannot resolve for itself; a task counts once per agency and role.
   */
  private static List<AgencyStanding> accountability(Plan plan, LocalDate asOf, List<TaskState> states,
      Optional<List<ReportSubmission>> submissions) {
    Map<String, List<TaskStatus>> led = new LinkedHashMap<>();
    Map<String, List<TaskStatus>> coordinated = new LinkedHashMap<>();
    List<TaskRow> rows = plan.trackedItems();
    for (int i = 0; i < rows.size(); i++) {
      TaskStatus status = states.get(i).status();
      agencies(plan, rows.get(i).leads(), asOf).forEach(a -> led.computeIfAbsent(a, k -> new ArrayList<>()).add(status));
      agencies(plan, rows.get(i).coordinators(), asOf)
          .forEach(a -> coordinated.computeIfAbsent(a, k -> new ArrayList<>()).add(status));
    }
    List<Party> owing = new ArrayList<>();
    plan.cascade().forEach(c -> owing.addAll(c.parties()));
    java.util.Set<String> units = agencies(plan, owing, asOf);
    List<ReportDue> due = plan.reportingSchedule().map(s -> s.dueIn(plan.year())).orElse(List.of()).stream()
        .filter(d -> !asOf.isBefore(d.exclusiveDeadline())).toList();
    java.util.Set<String> all = new java.util.LinkedHashSet<>(led.keySet());
    all.addAll(coordinated.keySet());
    all.addAll(units);
    List<AgencyStanding> out = new ArrayList<>();
    for (String ref : all) {
      int owed = units.contains(ref) ? due.size() : 0;
      Optional<Integer> sent = submissions.map(list -> (int) due.stream().filter(d -> units.contains(ref))
          .filter(d -> sentOn(list, ref, d, plan, asOf).isPresent()).count());
      Optional<Integer> late = submissions.map(list -> (int) due.stream().filter(d -> units.contains(ref))
          .filter(d -> sentOn(list, ref, d, plan, asOf).filter(on -> on.isAfter(d.lastDay())).isPresent()).count());
      out.add(new AgencyStanding(ref, plan.directory().nameOf(ref), Tally.of(led.getOrDefault(ref, List.of())),
          Tally.of(coordinated.getOrDefault(ref, List.of())), owed, sent, late));
    }
    return out;
  }

  private static Optional<LocalDate> sentOn(List<ReportSubmission> sent, String unit, ReportDue due, Plan plan,
      LocalDate asOf) {
    return sent.stream().filter(s -> s.sender().filter(unit::equals).isPresent() && s.kind() == due.kind()
        && s.quarter() == due.quarter() && s.year().equals(plan.year()))
        .map(ReportSubmission::submittedOn).filter(d -> !d.isAfter(asOf)).min(LocalDate::compareTo);
  }

  /** The agencies parties stand for on a date, by id; a party that resolves to none stands for itself. */
  private static java.util.Set<String> agencies(Plan plan, List<Party> parties, LocalDate asOf) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Party p : parties) {
      List<io.github.cchc.model.Agency> members = plan.directory().resolve(p, asOf);
      if (members.isEmpty()) {
        out.add(p.ref());
      } else {
        members.forEach(a -> out.add(a.id()));
      }
    }
    return out;
  }

  static TaskState state(TaskRow row, Optional<TaskProgress> progress, LocalDate asOf, Period dueSoon) {
    Optional<Timeframe> timeframe = row.timeframe();
    Optional<LocalDate> due = timeframe.flatMap(Timeframe::dueDate);
    Optional<LocalDate> completed = progress.flatMap(TaskProgress::completedOn).filter(d -> !d.isAfter(asOf));
    List<TaskStatus> occurrences = new ArrayList<>();
    List<Timeframe.Recurring.Occurrence> periods = timeframe.orElse(null) instanceof Timeframe.Recurring r
        ? r.occurrences() : List.of();
    List<LocalDate> done = progress.map(TaskProgress::occurrencesCompletedOn).orElse(List.of());
    for (int k = 0; k < periods.size() && !periods.get(k).start().isAfter(asOf); k++) {
      Optional<LocalDate> doneOn = k < done.size() ? Optional.of(done.get(k)).filter(d -> !d.isAfter(asOf)) : Optional.empty();
      occurrences.add(status(Optional.of(periods.get(k).dueDate()), doneOn, asOf, dueSoon));
    }
    TaskStatus status;
    if (!occurrences.isEmpty() && completed.isEmpty()) {
      if (occurrences.contains(TaskStatus.OVERDUE)) {
        status = TaskStatus.OVERDUE;
      } else if (occurrences.size() == periods.size() && occurrences.stream().allMatch(TaskStatus::isCompleted)) {
        status = occurrences.contains(TaskStatus.COMPLETED_LATE) ? TaskStatus.COMPLETED_LATE : TaskStatus.COMPLETED_ON_TIME;
      } else {
        TaskStatus last = occurrences.get(occurrences.size() - 1);
        status = last.isCompleted() ? TaskStatus.NOT_YET_DUE : last;
      }
    } else {
      status = status(due, completed, asOf, dueSoon);
    }
    return new TaskState(row, due, completed, status, occurrences);
  }

  private static TaskStatus status(Optional<LocalDate> due, Optional<LocalDate> completed, LocalDate asOf, Period dueSoon) {
    if (completed.isPresent()) {
      return due.isEmpty() || !completed.get().isAfter(due.get()) ? TaskStatus.COMPLETED_ON_TIME : TaskStatus.COMPLETED_LATE;
    }
    if (due.isEmpty()) {
      return TaskStatus.NO_FIXED_DEADLINE;
    }
    if (asOf.isAfter(due.get())) {
      return TaskStatus.OVERDUE;
    }
    return asOf.plus(dueSoon).isBefore(due.get()) ? TaskStatus.NOT_YET_DUE : TaskStatus.DUE_SOON;
  }

  /**
   * Gets the date the status describes.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets each counted task's state, in document order.
   *
   * @return the states, possibly empty
   */
  public List<TaskState> tasks() {
    return tasks;
  }

  /**
   * Gets the counts for the whole plan.
   *
   * @return the tally, not null
   */
  public Tally total() {
    return total;
  }

  /**
   * Gets the counts by reform area, for areas with tasks.
   *
   * @return the tallies in area order
   */
  public Map<ReformArea, Tally> byArea() {
    return byArea;
  }

  /**
   * Gets the accountability table: counts by lead, keyed by the reference the rows name (agency id,
   * group id or named party), in order of first appearance.
   *
   * @return the tallies, not null
   */
  public Map<String, Tally> byLead() {
    return byLead;
  }

  /**
   * Gets what each agency owes and where it stands: tasks led and coordinated, reports owed and
   * sent; groups resolved to their members on the status date. Agencies in the order the task
   * table first names them, then the units that owe reports.
   *
   * @return the standings, possibly empty
   */
  public List<AgencyStanding> byAgency() {
    return byAgency;
  }

  /**
   * Gets the on-time completion rate in percent, rounded half-even to two decimals.
   *
   * @return the rate, empty when no task is due yet
   */
  public Optional<BigDecimal> onTimeRate() {
    return onTimeRate;
  }

  /**
   * Gets the key targets evaluated against the measurements given.
   *
   * @return the evaluations, in the plan's order
   */
  public List<TargetEvaluation> keyTargets() {
    return keyTargets;
  }

  /**
   * Gets the on-time rate evaluated against the plan's task-completion target.
   *
   * @return the evaluation, empty if the plan states no such target
   */
  public Optional<TargetEvaluation> completionTarget() {
    return completionTarget;
  }

  /**
   * Gets the plan's health.
   *
   * @return the health, not null
   */
  public PlanHealth health() {
    return health;
  }

  /**
   * Gets what led to the health, each with a stable code and a sentence in the reader's language.
   *
   * @return the reasons, not empty
   */
  public List<HealthReason> reasons() {
    return reasons;
  }
}
