package io.github.cchc.rules;

import io.github.cchc.model.Agency;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
import io.github.cchc.model.ReportDue;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import io.github.cchc.model.TaskRow;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ReportSubmission;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskState;
import io.github.cchc.rules.status.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules that judge a plan against what happened: progress, measurements, reports, subordinate plans. */
final class StatusRules {
  private StatusRules() {}

  static void overdue(Plan plan, RuleContext ctx) {
    if (ctx.inputs().progress().isEmpty()) {
      return;
    }
    PlanStatus status = ctx.inputs().status(plan, PlanStatus.DEFAULT_DUE_SOON);
    for (TaskState s : status.tasks()) {
      if (s.status() == TaskStatus.OVERDUE) {
        ctx.report(Subject.of(Subject.Kind.TASK, s.row().label()), s.row().pointer(), Facts.of(Fact.TASK, s.row().label()).and(Fact.DUE, s.dueDate().orElse(status.asOf())).and(Fact.AS_OF, status.asOf()));
      }
    }
  }

  static void targetNotMet(Plan plan, RuleContext ctx) {
    List<Measurement> measurements = ctx.inputs().measurements().orElse(List.of());
    if (measurements.isEmpty()) {
      return;
    }
    LocalDate yearEnd = plan.year().atMonth(12).atEndOfMonth();
    for (StatedTarget s : plan.statedTargets()) {
      TargetEvaluation e = TargetEvaluation.of(s.target(), s.label(), measurements);
      if (e.outcome() != Target.Outcome.NOT_MET) {
        continue;
      }
      LocalDate periodEnd = s.row().flatMap(TaskRow::timeframe).flatMap(Timeframe::dueDate).orElse(yearEnd);
      LocalDate asOf = ctx.inputs().effectiveAsOf().orElse(e.measurement().orElseThrow().measuredOn());
      Severity severity = asOf.isAfter(periodEnd) ? Severity.ERROR : Severity.WARNING;
      ctx.report(severity, Subject.of(Subject.Kind.TARGET, s.label()), s.pointer(), Facts.of(Fact.TARGET, s.label()).and(Fact.TEXT, s.target().toCanonicalText()).and(Fact.VALUE, e.measured().orElseThrow()).and(Fact.MEASURED_ON, e.measurement().orElseThrow().measuredOn()).and(Fact.PERIOD_END, periodEnd));
    }
  }

  static void cascade(Plan plan, RuleContext ctx, boolean missing) {
    Optional<LocalDate> asOf = ctx.inputs().effectiveAsOf();
    // Known and empty: nothing was issued, and every unit due is missing; not given: nothing is judged.
    if (asOf.isEmpty() || ctx.inputs().subordinatePlans().isEmpty()) {
      return;
    }
    List<SubordinatePlan> known = ctx.inputs().subordinatePlans().get();
    for (int i = 0; i < plan.cascade().size(); i++) {
      CascadeRequirement c = plan.cascade().get(i);
      Optional<LocalDate> due = c.timeframe().dueDate();
      if (due.isEmpty()) {
        continue;
      }
      for (Agency unit : units(plan, c, due.get())) {
        Optional<LocalDate> issued = known.stream().filter(k -> k.unitId().equals(unit.id()))
            .map(SubordinatePlan::issuedOn).flatMap(Optional::stream).filter(d -> !d.isAfter(asOf.get())).findFirst();
        Subject subject = Subject.of(Subject.Kind.AGENCY, unit.name());
        if (missing && issued.isEmpty() && asOf.get().isAfter(due.get())) {
          ctx.report(subject, "/cascade/" + i, Facts.of(Fact.UNIT, unit.name()).and(Fact.DUE, due.get()).and(Fact.AS_OF, asOf.get()).and(Fact.TEXT, c.timeframe().text()));
        } else if (!missing && issued.isPresent() && issued.get().isAfter(due.get())) {
          ctx.report(subject, "/cascade/" + i, Facts.of(Fact.UNIT, unit.name()).and(Fact.DUE, due.get()).and(Fact.ISSUED, issued.get()).and(Fact.TEXT, c.timeframe().text()));
        }
      }
    }
  }

  static void cascadeTargetWeaker(Plan plan, RuleContext ctx) {
    for (SubordinatePlan sub : ctx.inputs().subordinatePlans().orElse(List.of())) {
      if (sub.plan().isEmpty()) {
        continue;
      }
      List<Target> own = sub.plan().get().keyTargets();
      for (int i = 0; i < plan.keyTargets().size(); i++) {
        Target parent = plan.keyTargets().get(i);
        if (parent.indicatorId().isEmpty() || parent.kind() != Target.Kind.LEVEL) {
          continue;
        }
        for (Target child : own) {
          if (child.indicatorId().equals(parent.indicatorId()) && child.kind() == Target.Kind.LEVEL
              && child.unit() == parent.unit() && weaker(child, parent)) {
            String indicator = parent.indicatorId().get();
            ctx.report(Subject.of(Subject.Kind.AGENCY, plan.directory().nameOf(sub.unitId())), "/keyTargets/" + i, Facts.of(Fact.UNIT, plan.directory().nameOf(sub.unitId()))
                .and(Fact.INDICATOR, ctx.indicators().find(indicator).<Object>map(x -> x).orElse(indicator)).and(Fact.PARENT, parent.toCanonicalText()).and(Fact.CHILD, child.toCanonicalText()));
          }
        }
      }
    }
  }

  /**
   * Each plan-wide level key target with an indicator, against the level targets for the same
   * indicator, unit and scope of the programme's phase the plan's year falls in: a target that
   * lets through a value the programme's does not is weaker, whether or not this is the phase's
   * last year (the plan sets out to reach less than the phase asks).
   */
  static void programmeTargetWeaker(Plan plan, RuleContext ctx) {
    Optional<Programme> programme = ctx.inputs().programme();
    Optional<Programme.Phase> phase = programme.flatMap(p -> p.phaseOf(plan.year()));
    if (phase.isEmpty()) {
      return;
    }
    String named = programme.get().title() + " (" + phase.get().label() + ")";
    List<StatedTarget> stated = plan.statedTargets().subList(0, plan.keyTargets().size());
    for (StatedTarget s : stated) {
      Target own = s.target();
      if (own.indicatorId().isEmpty() || own.kind() != Target.Kind.LEVEL) {
        continue;
      }
      for (Target aim : phase.get().targets()) {
        if (aim.kind() == Target.Kind.LEVEL && aim.indicatorId().equals(own.indicatorId()) && aim.unit() == own.unit()
            && refs(aim).equals(refs(own)) && weaker(own, aim)) {
          String indicator = own.indicatorId().get();
          ctx.report(Subject.of(Subject.Kind.TARGET, s.label()), s.pointer(), Facts.of(Fact.TARGET, s.label())
              .and(Fact.INDICATOR, ctx.indicators().find(indicator).<Object>map(x -> x).orElse(indicator))
              .and(Fact.CHILD, own.toCanonicalText()).and(Fact.PARENT, aim.toCanonicalText()).and(Fact.PROGRAMME, named)
              .and(Fact.BY, phase.get().lastYear()));
        }
      }
    }
  }

  private static List<String> refs(Target t) {
    return t.scope().stream().map(Party::ref).sorted().toList();
  }

  static void programmePeriod(Plan plan, RuleContext ctx) {
    ctx.inputs().programme().filter(p -> p.phaseOf(plan.year()).isEmpty()).ifPresent(p ->
        ctx.report(Subject.plan(), "/year", Facts.of(Fact.YEAR, plan.year()).and(Fact.PROGRAMME,
            p.title() + " (" + p.firstYear() + " – " + p.lastYear() + ")")));
  }

  /**
   * Whether a child's requirement lets through a value the parent's does not: for a floor ("trên",
   * "tối thiểu", "100%"), a lower floor or a non-strict one at the same level; for a ceiling, the
   * reverse. Targets of different directions are not compared.
   */
  static boolean weaker(Target child, Target parent) {
    int floorChild = floor(child);
    int floorParent = floor(parent);
    if (floorChild == 0 || floorChild != floorParent) {
      return false;
    }
    int c = child.threshold().orElseThrow().compareTo(parent.threshold().orElseThrow());
    boolean childStrict = child.comparison() == Target.Comparison.GREATER_THAN || child.comparison() == Target.Comparison.LESS_THAN;
    boolean parentStrict = parent.comparison() == Target.Comparison.GREATER_THAN || parent.comparison() == Target.Comparison.LESS_THAN;
    if (floorChild > 0) {
      return c < 0 || (c == 0 && parentStrict && !childStrict);
    }
    return c > 0 || (c == 0 && parentStrict && !childStrict);
  }

  /** +1 for a floor, -1 for a ceiling, 0 for a band. */
  private static int floor(Target t) {
    return switch (t.comparison()) {
      case GREATER_THAN, AT_LEAST, EQUAL -> 1;
      case AT_MOST, LESS_THAN -> -1;
      case BAND -> 0;
    };
  }

  static void reports(Plan plan, RuleContext ctx, boolean missing) {
    Optional<LocalDate> asOf = ctx.inputs().effectiveAsOf();
    // Known and empty: none was sent, and every report due is missing; not given: nothing is judged.
    if (asOf.isEmpty() || ctx.inputs().submissions().isEmpty()) {
      return;
    }
    List<ReportSubmission> sent = ctx.inputs().submissions().get();
    for (ReportDue due : reportsDue(plan)) {
      Optional<LocalDate> on = sent.stream().filter(s -> isOwners(plan, s))
          .filter(s -> s.kind() == due.kind() && s.quarter() == due.quarter() && s.year().equals(plan.year()))
          .map(ReportSubmission::submittedOn).filter(d -> !d.isAfter(asOf.get())).min(LocalDate::compareTo);
      Subject subject = Subject.of(Subject.Kind.REPORT, due.kind().name() + " Q" + due.quarter());
      if (missing && on.isEmpty() && !asOf.get().isBefore(due.exclusiveDeadline())) {
        ctx.report(subject, "/reportingSchedule", Facts.of(Fact.REPORT, due.kind()).and(Fact.QUARTER, due.quarter()).and(Fact.DEADLINE, due.exclusiveDeadline()).and(Fact.AS_OF, asOf.get()));
      } else if (!missing && on.isPresent() && on.get().isAfter(due.lastDay())) {
        ctx.report(subject, "/reportingSchedule", Facts.of(Fact.REPORT, due.kind()).and(Fact.QUARTER, due.quarter()).and(Fact.DEADLINE, due.exclusiveDeadline()).and(Fact.SUBMITTED, on.get()));
      }
    }
  }

  private static List<Agency> units(Plan plan, CascadeRequirement requirement, LocalDate date) {
    List<Agency> units = new ArrayList<>();
    for (Party p : requirement.parties()) {
      for (Agency a : plan.directory().resolve(p, date)) {
        if (!units.contains(a)) {
          units.add(a);
        }
      }
    }
    return units;
  }

  /**
   * Whether a submission is the report of the plan's owner, which REPORT_MISSING and REPORT_LATE
   * judge: one that names no sender, or names the issuer. A unit's own reports count in its
   * standing (PlanStatus.byAgency).
   */
  private static boolean isOwners(Plan plan, ReportSubmission s) {
    return s.sender().isEmpty() || plan.issuer().filter(i -> i.ref().equals(s.sender().get())).isPresent();
  }

  static List<ReportDue> reportsDue(Plan plan) {
    return plan.reportingSchedule().map(s -> s.dueIn(plan.year())).orElse(List.of());
  }
}
