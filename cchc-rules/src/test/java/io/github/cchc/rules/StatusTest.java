package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Baseline;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.status.HealthReason;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.ReportSubmission;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskProgress;
import io.github.cchc.rules.status.TaskState;
import io.github.cchc.rules.status.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Status, health, target evaluation and the rules that need inputs beside the plan. */
class StatusTest {
  private static Task row(String number, String timeframe) {
    return Task.builder().from(Seeds.row56()).number(number).timeframeText(timeframe, Seeds.Y2024).build();
  }

  private static Plan plan() {
    return Seeds.plan2024(List.of(row("1", "Quý I/2024"), row("2", "Tháng 12/2024"), row("3", "Theo yêu cầu của Bộ Nội vụ"),
            row("4", "Trước ngày 25/01/2024"), row("5", "Định kỳ hàng quý")))
        .addKeyTargets(Target.of(Target.Comparison.EQUAL, BigDecimal.valueOf(100), Target.Unit.PERCENT)
            .withIndicator(Indicator.PLAN_TASKS_COMPLETED).withLabel("II.3"))
        .build();
  }

  @Test
  void statusesOnADate() {
    ProgressSnapshot progress = ProgressSnapshot.of(LocalDate.of(2024, 6, 20), List.of(
        TaskProgress.completed("/tasks/0", LocalDate.of(2024, 3, 31)),
        TaskProgress.completed("/tasks/3", LocalDate.of(2024, 1, 25)),
        TaskProgress.recurring("/tasks/4", List.of(LocalDate.of(2024, 3, 30)))));
    PlanStatus status = PlanStatus.of(plan(), progress);
    List<TaskStatus> statuses = status.tasks().stream().map(TaskState::status).toList();
    assertEquals(List.of(TaskStatus.COMPLETED_ON_TIME, TaskStatus.NOT_YET_DUE, TaskStatus.NO_FIXED_DEADLINE,
        TaskStatus.COMPLETED_LATE, TaskStatus.DUE_SOON), statuses);
    assertEquals(List.of(TaskStatus.COMPLETED_ON_TIME, TaskStatus.DUE_SOON), status.tasks().get(4).occurrences());
    assertEquals(Optional.of(new BigDecimal("50")), status.onTimeRate());
    assertEquals(Target.Outcome.NOT_MET, status.completionTarget().orElseThrow().outcome());
    assertEquals(Optional.of(new BigDecimal("-50")), status.completionTarget().orElseThrow().gap());
    assertEquals(PlanHealth.AT_RISK, status.health());
    HealthReason reason = status.reasons().get(0);
    assertEquals(HealthReason.Code.ON_TIME_RATE_BELOW_TARGET, reason.code(), status.reasons().toString());
    assertEquals("tỷ lệ hoàn thành đúng hạn 50% so với chỉ tiêu \"" + reason.facts().get("target") + "\"",
        reason.message(Locale.forLanguageTag("vi")));
    assertEquals("50% on time against the target \"" + reason.facts().get("target") + "\"",
        reason.message(Locale.ENGLISH));
    assertEquals(5, status.byArea().get(ReformArea.DIGITAL_GOVERNMENT).total());
    assertEquals(5, status.byLead().get("hp.skhcn").total());
  }

  @Test
  void overdueTasksAreFoundAndMakeThePlanOffTrack() {
    ProgressSnapshot progress = ProgressSnapshot.of(LocalDate.of(2024, 7, 15), List.of());
    PlanStatus status = PlanStatus.of(plan(), progress);
    assertEquals(TaskStatus.OVERDUE, status.tasks().get(0).status());
    assertEquals(PlanHealth.OFF_TRACK, status.health());
    CheckReport report = RuleSet.builtIn().check(plan(), CheckInputs.builder().progress(progress).build());
    List<Finding> overdue = report.findings("TASK_OVERDUE");
    assertEquals(List.of("1", "4", "5"), overdue.stream().map(f -> f.subject().label()).toList());
    assertEquals(LocalDate.of(2024, 3, 31), overdue.get(0).facts().get("due"));
  }

  @Test
  void allCompletedIsCompleted() {
    Plan plan = Seeds.plan2024(List.of(row("1", "Quý I/2024"))).build();
    PlanStatus status = PlanStatus.of(plan, ProgressSnapshot.of(LocalDate.of(2024, 4, 1),
        List.of(TaskProgress.completed("/tasks/0", LocalDate.of(2024, 2, 1)))));
    assertEquals(PlanHealth.COMPLETED, status.health());
    assertEquals(Optional.of(new BigDecimal("100")), status.onTimeRate());
  }

  @Test
  void relativeTargetsUseTheirBaseline() {
    // Seed 002, row 47: "giảm tối thiểu 10% so với năm 2021".
    Target cut = Target.parseAll("Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp giảm tối thiểu 10% so với năm 2021")
        .get(0);
    Target withBase = Target.builder().from(cut).baseline(Baseline.of(Year.of(2021), new BigDecimal("500"))).build();
    Measurement spending = Measurement.builder().targetLabel("47").value(new BigDecimal("440"))
        .periodStart(LocalDate.of(2024, 1, 1)).periodEnd(LocalDate.of(2024, 12, 31)).measuredOn(LocalDate.of(2025, 1, 15))
        .build();
    TargetEvaluation met = TargetEvaluation.of(withBase, "47", List.of(spending));
    assertEquals(Target.Outcome.MET, met.outcome());
    assertEquals(Optional.of(new BigDecimal("2")), met.gap(), "a 12% cut against a 10% floor");
    assertEquals(Target.Outcome.NO_DATA, TargetEvaluation.of(cut, "47", List.of(spending)).outcome());
    assertEquals(Target.Outcome.NO_DATA, TargetEvaluation.of(withBase, "48", List.of(spending)).outcome());
  }

  @Test
  void aTargetNotMetIsAWarningDuringItsPeriodAndAnErrorAfter() {
    Target onTime = Target.parseAll("tỷ lệ hồ sơ được giải quyết trước và đúng hạn đạt trên 95%").get(0)
        .withIndicator(Indicator.DOSSIERS_ON_TIME).withLabel("II.6");
    Plan plan = Seeds.plan2024(List.of(Seeds.row56())).addKeyTargets(onTime).build();
    Measurement rate = Measurement.builder().indicatorId(Indicator.DOSSIERS_ON_TIME.id()).numerator(new BigDecimal("950"))
        .denominator(new BigDecimal("1000")).periodStart(LocalDate.of(2024, 1, 1)).periodEnd(LocalDate.of(2024, 9, 30))
        .measuredOn(LocalDate.of(2024, 10, 5)).build();
    Finding during = RuleSet.builtIn().check(plan, CheckInputs.builder().measurements(List.of(rate)).build())
        .findings("TARGET_NOT_MET").get(0);
    assertEquals(Severity.WARNING, during.severity(), "95% does not meet “trên 95%”");
    Finding after = RuleSet.builtIn().check(plan, CheckInputs.builder().measurements(List.of(rate))
        .asOf(LocalDate.of(2025, 1, 10)).build()).findings("TARGET_NOT_MET").get(0);
    assertEquals(Severity.ERROR, after.severity());
  }

  @Test
  void cascadeAndReports() {
    Plan plan = io.github.cchc.model.Plan.builder().from(Seeds.plan2024(List.of(Seeds.row56())).build())
        .addCascade(io.github.cchc.model.CascadeRequirement.of(List.of(io.github.cchc.model.Party.group("hp.so-nganh")),
            Timeframe.parse("Trước ngày 25/01/2024"), "Kế hoạch của các sở, ban, ngành"))
        .reportingSchedule(io.github.cchc.model.ReportingSchedule.quarterly(10, java.time.MonthDay.of(6, 10),
            java.time.MonthDay.of(12, 10)))
        .build();
    CheckInputs inputs = CheckInputs.builder().asOf(LocalDate.of(2024, 6, 20))
        .subordinatePlans(List.of(SubordinatePlan.of("hp.snv", Optional.of(LocalDate.of(2024, 1, 20)), Optional.empty()),
            SubordinatePlan.of("hp.stp", Optional.of(LocalDate.of(2024, 2, 2)), Optional.empty())))
        .submissions(List.of(ReportSubmission.of(ReportRequirement.Kind.QUARTERLY, Seeds.Y2024, 1, LocalDate.of(2024, 3, 8)),
            ReportSubmission.of(ReportRequirement.Kind.SIX_MONTHLY, Seeds.Y2024, 2, LocalDate.of(2024, 6, 10))))
        .build();
    CheckReport report = RuleSet.builtIn().check(plan, inputs);
    assertEquals(List.of("Sở Tư pháp"), labels(report.findings("CASCADE_PLAN_LATE")), "agencies by name, not id");
    assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"),
        labels(report.findings("CASCADE_PLAN_MISSING")));
    assertEquals("báo cáo 6 tháng (quý 2)", report.findings("REPORT_LATE").get(0).subject().describe(Locale.forLanguageTag("vi")));
    assertEquals("report (six-monthly, quarter 2)", report.findings("REPORT_LATE").get(0).subject().describe(Locale.ENGLISH));
    assertEquals(List.of("SIX_MONTHLY Q2"), labels(report.findings("REPORT_LATE")), "before 10/6 means by 9/6");
    assertEquals(List.of(), report.findings("REPORT_MISSING"));
    CheckReport september = RuleSet.builtIn().check(plan, CheckInputs.builder().from(inputs).asOf(LocalDate.of(2024, 9, 10)).build());
    assertEquals(List.of("QUARTERLY Q3"), labels(september.findings("REPORT_MISSING")));
  }

  @Test
  void aSubordinateTargetWeakerThanTheParents() {
    Target parent = Target.of(Target.Comparison.GREATER_THAN, new BigDecimal("95"), Target.Unit.PERCENT)
        .withIndicator(Indicator.DOSSIERS_ON_TIME);
    Plan city = Seeds.plan2024(List.of(Seeds.row56())).addKeyTargets(parent).build();
    Plan district = io.github.cchc.model.Plan.builder().from(city).id("snv-2024").keyTargets(List.of(
        Target.of(Target.Comparison.AT_LEAST, new BigDecimal("95"), Target.Unit.PERCENT).withIndicator(Indicator.DOSSIERS_ON_TIME)))
        .build();
    CheckReport report = RuleSet.builtIn().check(city, CheckInputs.builder()
        .subordinatePlans(List.of(SubordinatePlan.of("hp.snv", Optional.of(LocalDate.of(2024, 1, 10)), Optional.of(district))))
        .build());
    assertEquals(1, report.findings("CASCADE_TARGET_WEAKER").size());
    assertTrue(StatusRules.weaker(Target.of(Target.Comparison.AT_LEAST, new BigDecimal("90"), Target.Unit.PERCENT), parent));
    assertTrue(!StatusRules.weaker(Target.of(Target.Comparison.AT_LEAST, new BigDecimal("96"), Target.Unit.PERCENT), parent));
  }

  @Test
  void theDueSoonWindowIsConfigurable() {
    CheckInputs inputs = CheckInputs.builder().asOf(LocalDate.of(2024, 3, 1)).build();
    assertEquals(TaskStatus.NOT_YET_DUE, inputs.status(plan(), Period.ofDays(14)).tasks().get(0).status());
    assertEquals(TaskStatus.DUE_SOON, inputs.status(plan(), Period.ofDays(31)).tasks().get(0).status());
  }

  private static List<String> labels(List<Finding> findings) {
    return findings.stream().map(f -> f.subject().label()).toList();
  }
}
