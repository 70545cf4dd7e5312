package io.github.cchc.rules;

import io.github.cchc.model.Plan;
import io.github.cchc.model.ReportDue;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import io.github.cchc.model.TaskRow;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.ReportSubmission;
import io.github.cchc.rules.status.TaskProgress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules about the inputs beside the plan: which a dated check was not given, and entries that
 * name nothing in the plan. Their pointers are into the inputs as one {@code CheckInputs} document
 * ("/progress/tasks/3/task", "/submissions/0").
 */
final class InputRules {
  private InputRules() {}

  /**
   * With a date to judge as of, each input the plan calls for and the check was not given, said
   * once: progress for a task table, measurements for stated targets, submissions for a reporting
   * schedule, subordinate plans for plans others must issue. Without a date the plan is judged as
   * written and no input is called for.
   */
  static void notGiven(Plan plan, RuleContext ctx) {
    if (ctx.inputs().effectiveAsOf().isEmpty()) {
      return;
    }
    report(ctx, CheckInputs.Input.PROGRESS, "progress", !plan.trackedItems().isEmpty());
    report(ctx, CheckInputs.Input.MEASUREMENTS, "measurements",
        plan.statedTargets().stream().anyMatch(s -> s.target().kind() != Target.Kind.RANK));
    report(ctx, CheckInputs.Input.SUBMISSIONS, "submissions", !StatusRules.reportsDue(plan).isEmpty());
    report(ctx, CheckInputs.Input.SUBORDINATE_PLANS, "subordinatePlans", !plan.cascade().isEmpty());
  }

  private static void report(RuleContext ctx, CheckInputs.Input input, String name, boolean calledFor) {
    if (calledFor && !ctx.inputs().isGiven(input)) {
      ctx.report(Subject.plan(), "", Facts.of(Fact.INPUT, name));
    }
  }

  static void unknownTasks(Plan plan, RuleContext ctx) {
    Optional<ProgressSnapshot> progress = ctx.inputs().progress();
    if (progress.isEmpty()) {
      return;
    }
    Set<String> pointers = plan.rows().stream().map(TaskRow::pointer).collect(Collectors.toSet());
    plan.trackedItems().forEach(r -> pointers.add(r.pointer()));
    List<TaskProgress> tasks = progress.get().tasks();
    for (int i = 0; i < tasks.size(); i++) {
      if (!pointers.contains(tasks.get(i).task())) {
        String at = "/progress/tasks/" + i + "/task";
        ctx.report(Subject.of(Subject.Kind.INPUT, at), at, Facts.of(Fact.ENTRY, tasks.get(i).task()));
      }
    }
  }

  static void staleProgress(Plan plan, RuleContext ctx) {
    Optional<ProgressSnapshot> progress = ctx.inputs().progress();
    Optional<LocalDate> asOf = ctx.inputs().asOf();
    if (progress.isEmpty() || asOf.isEmpty()) {
      return;
    }
    LocalDate taken = progress.get().asOf();
    if (taken.plus(ctx.inputs().progressMaxAge()).isBefore(asOf.get())) {
      ctx.report(Subject.of(Subject.Kind.INPUT, "/progress/asOf"), "/progress/asOf", Facts.of(Fact.DATE, taken)
          .and(Fact.AS_OF, asOf.get()).and(Fact.DAYS, ChronoUnit.DAYS.between(taken, asOf.get())));
    }
  }

  static void unknownTargets(Plan plan, RuleContext ctx) {
    List<Measurement> measurements = ctx.inputs().measurements().orElse(List.of());
    Set<String> labels = plan.statedTargets().stream().map(StatedTarget::label).collect(Collectors.toSet());
    Set<String> indicators = plan.statedTargets().stream().map(s -> s.target().indicatorId())
        .flatMap(Optional::stream).collect(Collectors.toSet());
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = measurements.get(i);
      Optional<String> unknown = m.targetLabel().isPresent()
          ? m.targetLabel().filter(l -> !labels.contains(l))
          : m.indicatorId().filter(id -> !indicators.contains(id));
      if (unknown.isPresent()) {
        String at = "/measurements/" + i;
        ctx.report(Subject.of(Subject.Kind.INPUT, at), at, Facts.of(Fact.TARGET, unknown.get()));
      }
    }
  }

  static void unknownReports(Plan plan, RuleContext ctx) {
    List<ReportSubmission> sent = ctx.inputs().submissions().orElse(List.of());
    List<ReportDue> due = StatusRules.reportsDue(plan);
    for (int i = 0; i < sent.size(); i++) {
      ReportSubmission s = sent.get(i);
      boolean scheduled = s.year().equals(plan.year())
          && due.stream().anyMatch(d -> d.kind() == s.kind() && d.quarter() == s.quarter());
      if (!scheduled) {
        String at = "/submissions/" + i;
        ctx.report(Subject.of(Subject.Kind.INPUT, at), at, Facts.of(Fact.REPORT, s.kind())
            .and(Fact.QUARTER, s.quarter()).and(Fact.YEAR, s.year()));
      }
    }
  }

  static void unknownAgencies(Plan plan, RuleContext ctx) {
    List<ReportSubmission> sent = ctx.inputs().submissions().orElse(List.of());
    for (int i = 0; i < sent.size(); i++) {
      Optional<String> sender = sent.get(i).sender();
      if (sender.isPresent() && plan.directory().partyOf(sender.get()).isEmpty()) {
        String at = "/submissions/" + i + "/sender";
        ctx.report(Subject.of(Subject.Kind.INPUT, at), at, Facts.of(Fact.NAME, sender.get()));
      }
    }
    List<SubordinatePlan> subs = ctx.inputs().subordinatePlans().orElse(List.of());
    for (int i = 0; i < subs.size(); i++) {
      if (plan.directory().partyOf(subs.get(i).unitId()).isEmpty()) {
        String at = "/subordinatePlans/" + i + "/unitId";
        ctx.report(Subject.of(Subject.Kind.INPUT, at), at, Facts.of(Fact.NAME, subs.get(i).unitId()));
      }
    }
  }
}
