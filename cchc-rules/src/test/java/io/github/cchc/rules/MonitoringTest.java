package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Target;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.ReportSubmission;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The officer's symptoms, one test each: silence made visible, inputs that do not fit reported, one
 * evaluation per target, stale progress said, and work tallied agency by agency. Each failed on the
 * code before monitoring (commit 0ddaa27): there, no finding came of any of these inputs.
 */
class MonitoringTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2024, 6, 30);

  private static Plan plan() {
    return Seeds.plan2024(List.of(Seeds.row56(), Seeds.row27(), Seeds.rowAfter35()))
        .addCascade(CascadeRequirement.of(List.of(Party.group("hp.so-nganh")), Timeframe.parse("Trước ngày 25/01/2024"),
            "Kế hoạch của các sở, ban, ngành"))
        .reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10)))
        .addKeyTargets(Target.parseAll("100% nhiệm vụ trong kế hoạch cải cách hành chính hoàn thành đúng tiến độ").get(0)
            .withIndicator(Indicator.PLAN_TASKS_COMPLETED).withLabel("II.3"))
        .build();
  }

  private static List<String> codes(CheckReport report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @Test
  void inputsNotGivenAreSaidOnceAndKnownEmptyInputsFireTheMissingRules() {
    CheckReport silent = RuleSet.builtIn().check(plan(), CheckInputs.builder().asOf(JUNE_30).build());
    List<Finding> notGiven = silent.findings("INPUT_NOT_GIVEN");
    assertEquals(List.of("measurements", "progress", "submissions", "subordinatePlans"),
        notGiven.stream().map(f -> (String) f.facts().get("input")).sorted().toList(), "each input once");
    assertTrue(notGiven.stream().anyMatch(f -> f.message(Locale.ENGLISH)
        .equals("No report submissions given: the rules that need them cannot judge")));
    assertEquals(List.of(), silent.findings("REPORT_MISSING"), "not given: not judged");

    CheckReport known = RuleSet.builtIn().check(plan(), CheckInputs.builder().asOf(JUNE_30)
        .submissions(List.of()).subordinatePlans(List.of()).build());
    assertEquals(2, known.findings("REPORT_MISSING").size(), "Q1 and the six-monthly report were due and none was sent");
    assertEquals(4, known.findings("CASCADE_PLAN_MISSING").size(), "every department owed its plan by 25 January");
    assertTrue(known.findings("INPUT_NOT_GIVEN").stream().noneMatch(f -> f.facts().get("input").equals("submissions")));
    assertEquals(List.of(), RuleSet.builtIn().check(plan()).findings("INPUT_NOT_GIVEN"),
        "a plan judged as written, with no date, calls for no input");
  }

  @Test
  void aProgressEntryForATaskThePlanDoesNotHaveIsReported() {
    ProgressSnapshot typo = ProgressSnapshot.of(JUNE_30, List.of(TaskProgress.completed("/tasks/999", LocalDate.of(2024, 3, 1)),
        TaskProgress.completed("/tasks/0", LocalDate.of(2024, 3, 1))));
    List<Finding> found = RuleSet.builtIn().check(plan(), CheckInputs.builder().progress(typo).build())
        .findings("PROGRESS_UNKNOWN_TASK");
    assertEquals(1, found.size());
    assertEquals("/progress/tasks/0/task", found.get(0).pointer());
    assertEquals("/tasks/999", found.get(0).facts().get("entry"));
  }

  @Test
  void inputsThatNameNothingInThePlanAreReported() {
    Measurement stray = Measurement.builder().targetLabel("IX.9").value(new BigDecimal("50")).periodStart(LocalDate.of(2024, 1, 1))
        .periodEnd(JUNE_30).measuredOn(JUNE_30).build();
    ReportSubmission unscheduled = ReportSubmission.of(ReportRequirement.Kind.ANNUAL, Seeds.Y2024, 2, JUNE_30);
    ReportSubmission stranger = ReportSubmission.of(ReportRequirement.Kind.QUARTERLY, Seeds.Y2024, 1, JUNE_30).from("hp.nobody");
    CheckReport report = RuleSet.builtIn().check(plan(), CheckInputs.builder().asOf(JUNE_30).measurements(List.of(stray))
        .submissions(List.of(unscheduled, stranger))
        .subordinatePlans(List.of(SubordinatePlan.of("hp.ghost", Optional.empty(), Optional.empty()))).build());
    assertEquals(List.of("/measurements/0"), report.findings("MEASUREMENT_UNKNOWN_TARGET").stream().map(Finding::pointer).toList());
    assertEquals(List.of("/submissions/0"), report.findings("SUBMISSION_UNKNOWN_REPORT").stream().map(Finding::pointer).toList());
    assertEquals(List.of("/submissions/1/sender", "/subordinatePlans/0/unitId"),
        report.findings("INPUT_UNKNOWN_AGENCY").stream().map(Finding::pointer).toList());
  }

  @Test
  void theCompletionTargetIsEvaluatedOnceAndEveryViewShowsIt() {
    ProgressSnapshot progress = ProgressSnapshot.of(LocalDate.of(2025, 1, 10), List.of(
        TaskProgress.completed("/tasks/0", LocalDate.of(2024, 11, 1)), TaskProgress.completed("/tasks/1", LocalDate.of(2025, 1, 5))));
    PlanStatus status = PlanStatus.of(plan(), progress);
    TargetEvaluation completion = status.completionTarget().orElseThrow();
    assertEquals(Target.Outcome.NOT_MET, completion.outcome());
    assertTrue(status.keyTargets().get(0) == completion, "the key-target table shows the one evaluation");
    assertEquals(1, status.reasons().stream().filter(r -> r.code().name().startsWith("ON_TIME_RATE")).count());
    assertTrue(status.reasons().stream().noneMatch(r -> r.code().name().equals("TARGETS_NOT_MET")),
        "the missed completion target is one reason, not two: " + status.reasons());
  }

  @Test
  void aStaleSnapshotIsSaidToBeStale() {
    ProgressSnapshot june = ProgressSnapshot.of(JUNE_30, List.of());
    LocalDate december = LocalDate.of(2024, 12, 31);
    List<Finding> stale = RuleSet.builtIn().check(plan(), CheckInputs.builder().progress(june).asOf(december).build())
        .findings("PROGRESS_STALE");
    assertEquals(1, stale.size());
    assertEquals(184L, stale.get(0).facts().get("days"));
    assertEquals(List.of(), RuleSet.builtIn().check(plan(), CheckInputs.builder().progress(june).asOf(december)
        .progressMaxAge(Period.ofMonths(7)).build()).findings("PROGRESS_STALE"), "within the age the inputs allow");
  }

  @Test
  void workIsTalliedAgencyByAgencyWithGroupsResolvedAndReportsBySender() {
    List<ReportSubmission> sent = List.of(
        ReportSubmission.of(ReportRequirement.Kind.QUARTERLY, Seeds.Y2024, 1, LocalDate.of(2024, 3, 5)).from("hp.stp"),
        ReportSubmission.of(ReportRequirement.Kind.SIX_MONTHLY, Seeds.Y2024, 2, LocalDate.of(2024, 6, 12)).from("hp.stp"));
    PlanStatus status = CheckInputs.builder().asOf(JUNE_30).submissions(sent).build().status(plan(), Period.ofDays(14));
    AgencyStanding skhcn = standing(status, "hp.skhcn");
    assertEquals(2, skhcn.led().total(), "row 56, and the unnumbered row through the departments' group");
    AgencyStanding snv = standing(status, "hp.snv");
    assertEquals(2, snv.coordinated().total(), "row 27 through the departments' group, and the unnumbered row: coordinators apart from leads");
    assertEquals(1, snv.led().total(), "the unnumbered row is led by the departments' group, which holds Sở Nội vụ");
    AgencyStanding stp = standing(status, "hp.stp");
    assertEquals(2, stp.reportsOwed(), "the first quarter's and the six-monthly report were due by 30 June");
    assertEquals(Optional.of(2), stp.reportsSent());
    assertEquals(Optional.of(1), stp.reportsLate(), "the six-monthly report was due before 10 June");
    assertEquals(Optional.of(0), standing(status, "hp.stttt").reportsSent());
    assertEquals("Sở Tư pháp", stp.name());
    assertTrue(status.byAgency().stream().noneMatch(a -> a.ref().equals("hp.so-nganh")), "a group stands for its members");
  }

  private static AgencyStanding standing(PlanStatus status, String ref) {
    return status.byAgency().stream().filter(a -> a.ref().equals(ref)).findFirst()
        .orElseThrow(() -> new AssertionError("no standing for " + ref + " in " + status.byAgency()));
  }
}
