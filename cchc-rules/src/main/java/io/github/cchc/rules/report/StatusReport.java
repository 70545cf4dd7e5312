package io.github.cchc.rules.report;

import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.HealthReason;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.Tally;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskState;
import io.github.cchc.rules.status.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a plan stands on a date, as a status report states it (báo cáo tình hình thực hiện): the
 * figures of a {@link PlanStatus} with the names a reader needs, and the findings of the check on
 * the same date. What {@code ReportJson} writes as {@code cchc.status/1} and reads back.
 *
 * @param plan the plan's id, not null
 * @param asOf the date, not null
 * @param health the plan's health, not null
 * @param reasons what led to it, not null
 * @param onTimeRate the on-time completion rate in percent, empty when no task is due
 * @param completionTarget the rate judged against the plan's completion target, if it states one
 * @param total the counts for the whole plan, not null
 * @param byArea the counts by reform area, in area order, not null
 * @param byLead the counts by lead as the rows print it, in order of first appearance, not null
 * @param byAgency each agency's tasks led and coordinated and reports owed and sent, groups resolved
 *     to their members, not null
 * @param tasks each counted task's status, in document order, not null
 * @param keyTargets each key target judged against the measurements, in the plan's order, not null
 * @param findings the findings of the check on the same date, not null
 */
public record StatusReport(String plan, LocalDate asOf, PlanHealth health, List<HealthReason> reasons,
    Optional<BigDecimal> onTimeRate, Optional<Target.Outcome> completionTarget, Tally total,
    Map<ReformArea, Tally> byArea, List<Lead> byLead, List<AgencyStanding> byAgency, List<TaskLine> tasks,
    List<TargetLine> keyTargets, CheckReport findings) {

  /**
   * A lead's counts, with the name the directory gives it.
   *
   * @param ref the agency id, group id or named party's words, as rows name the lead, not null
   * @param name the lead's name, not null
   * @param tally the counts, not null
   */
  public record Lead(String ref, String name, Tally tally) {
    /** Checks the components. */
    public Lead {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(tally, "tally");
    }
  }

  /**
   * One task's status.
   *
   * @param label the row's label, not null
   * @param pointer the row's JSON Pointer in the plan's document, not null
   * @param status the status, not null
   * @param due the last allowed day, if the timeframe has one
   * @param completedOn the day it was completed, if it was by the date
   */
  public record TaskLine(String label, String pointer, TaskStatus status, Optional<LocalDate> due,
      Optional<LocalDate> completedOn) {
    /** Checks the components. */
    public TaskLine {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(completedOn, "completedOn");
    }
  }

  /**
   * One key target judged.
   *
   * @param label the target's label ("II.6", "#2"), not null
   * @param pointer the target's JSON Pointer in the plan's document, not null
   * @param target the target as canonical text, not null
   * @param outcome the outcome, not null
   * @param measured the value it was judged by, if any
   * @param gap measured minus required, in the target's unit, when met or not met
   */
  public record TargetLine(String label, String pointer, String target, Target.Outcome outcome,
      Optional<BigDecimal> measured, Optional<BigDecimal> gap) {
    /** Checks the components. */
    public TargetLine {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(measured, "measured");
      Objects.requireNonNull(gap, "gap");
    }
  }

  /** Checks the components and keeps unmodifiable copies. */
  public StatusReport {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(health, "health");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(onTimeRate, "onTimeRate");
    Objects.requireNonNull(completionTarget, "completionTarget");
    Objects.requireNonNull(total, "total");
    Map<ReformArea, Tally> areas = new EnumMap<>(ReformArea.class);
    areas.putAll(byArea);
    byArea = Collections.unmodifiableMap(areas);
    byLead = List.copyOf(byLead);
    byAgency = List.copyOf(byAgency);
    tasks = List.copyOf(tasks);
    keyTargets = List.copyOf(keyTargets);
    Objects.requireNonNull(findings, "findings");
  }

  /**
   * Obtains the report of a plan's status and the findings of its check on the same date.
   *
   * @param plan the plan, not null
   * @param status its status, not null
   * @param findings the check's findings, not null
   * @return the report, not null
   */
  public static StatusReport of(Plan plan, PlanStatus status, CheckReport findings) {
    List<Lead> leads = new ArrayList<>();
    status.byLead().forEach((ref, tally) -> leads.add(new Lead(ref, plan.directory().nameOf(ref), tally)));
    List<TaskLine> tasks = new ArrayList<>();
    for (TaskState s : status.tasks()) {
      tasks.add(new TaskLine(s.row().label(), s.row().pointer(), s.status(), s.dueDate(), s.completedOn()));
    }
    List<TargetLine> targets = new ArrayList<>();
    List<StatedTarget> stated = plan.statedTargets();
    for (int i = 0; i < status.keyTargets().size(); i++) {
      TargetEvaluation e = status.keyTargets().get(i);
      targets.add(new TargetLine(stated.get(i).label(), stated.get(i).pointer(), e.target().toCanonicalText(),
          e.outcome(), e.measured(), e.gap()));
    }
    return new StatusReport(plan.id(), status.asOf(), status.health(), status.reasons(), status.onTimeRate(),
        status.completionTarget().map(TargetEvaluation::outcome), status.total(), status.byArea(), leads,
        status.byAgency(), tasks, targets, findings);
  }
}
