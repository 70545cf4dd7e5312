package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Agency;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReportDue;
import io.github.cchc.model.TaskRow;
import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.TaskProgress;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The accountability table adds up, and known and unknown inputs are told apart, on any plan. */
class MonitoringProperties {
  private static Set<String> agencies(Plan plan, List<Party> parties, LocalDate date) {
    Set<String> out = new LinkedHashSet<>();
    for (Party p : parties) {
      List<Agency> members = plan.directory().resolve(p, date);
      if (members.isEmpty()) {
        out.add(p.ref());
      } else {
        members.forEach(a -> out.add(a.id()));
      }
    }
    return out;
  }

  @Property(tries = 150)
  void theAgenciesTalliesAddUpToThePlansEachTaskOncePerAgencyAndRole(@ForAll Plan plan,
      @ForAll @IntRange(min = 1, max = 365) int day) {
    LocalDate asOf = plan.year().atDay(day);
    PlanStatus status = PlanStatus.of(plan, ProgressSnapshot.of(asOf, List.of()));
    long leads = 0;
    long coordinators = 0;
    for (TaskRow row : plan.countedRows()) {
      leads += agencies(plan, row.leads(), asOf).size();
      coordinators += agencies(plan, row.coordinators(), asOf).size();
    }
    assertEquals(leads, status.byAgency().stream().mapToLong(a -> a.led().total()).sum());
    assertEquals(coordinators, status.byAgency().stream().mapToLong(a -> a.coordinated().total()).sum());
    assertEquals(status.byAgency().size(), status.byAgency().stream().map(AgencyStanding::ref).distinct().count(),
        "one line per agency");
  }

  @Property(tries = 150)
  void knownEmptyInputsFireTheMissingRulesWhereDueAndInputsNotGivenNever(@ForAll Plan plan,
      @ForAll @IntRange(min = 1, max = 400) int day) {
    LocalDate asOf = plan.year().atDay(1).plusDays(day);
    long reportsDue = plan.reportingSchedule().map(s -> s.dueIn(plan.year())).orElse(List.of()).stream()
        .filter((ReportDue d) -> !asOf.isBefore(d.exclusiveDeadline())).count();
    long unitsDue = 0;
    for (CascadeRequirement c : plan.cascade()) {
      if (c.timeframe().dueDate().filter(asOf::isAfter).isPresent()) {
        LocalDate due = c.timeframe().dueDate().get();
        unitsDue += c.parties().stream().flatMap(p -> plan.directory().resolve(p, due).stream()).map(Agency::id)
            .collect(Collectors.toSet()).size();
      }
    }
    CheckReport known = RuleSet.builtIn().check(plan, CheckInputs.builder().asOf(asOf).submissions(List.of())
        .subordinatePlans(List.of()).build());
    assertEquals(reportsDue, known.findings("REPORT_MISSING").size());
    assertEquals(unitsDue, known.findings("CASCADE_PLAN_MISSING").size());
    CheckReport unknown = RuleSet.builtIn().check(plan, CheckInputs.builder().asOf(asOf).build());
    assertEquals(0, unknown.findings("REPORT_MISSING").size() + unknown.findings("CASCADE_PLAN_MISSING").size());
  }

  @Property(tries = 150)
  void aProgressEntryThatNamesNoRowAlwaysYieldsAFinding(@ForAll Plan plan, @ForAll @IntRange(min = 0, max = 40) int extra) {
    Set<String> rows = plan.rows().stream().map(TaskRow::pointer).collect(Collectors.toSet());
    List<TaskProgress> entries = new ArrayList<>();
    plan.rows().forEach(r -> entries.add(TaskProgress.open(r.pointer(), 50)));
    List<String> strays = new ArrayList<>();
    for (int i = 0; i < extra; i++) {
      String stray = "/tasks/" + (plan.tasks().size() + i);
      entries.add(TaskProgress.open(stray, 10));
      strays.add(stray);
    }
    ProgressSnapshot progress = ProgressSnapshot.of(plan.year().atDay(100), entries);
    List<Object> named = RuleSet.builtIn().check(plan, CheckInputs.builder().progress(progress).build())
        .findings("PROGRESS_UNKNOWN_TASK").stream().map(f -> f.facts().get("entry")).toList();
    assertEquals(strays, named);
    assertEquals(Set.of(), strays.stream().filter(rows::contains).collect(Collectors.toSet()));
  }

  @Property(tries = 50)
  void theDueSoonWindowDoesNotChangeTheTallies(@ForAll Plan plan) {
    LocalDate asOf = plan.year().atDay(200);
    PlanStatus a = PlanStatus.of(plan, asOf, java.util.Optional.empty(), List.of(), Period.ofDays(0));
    PlanStatus b = PlanStatus.of(plan, asOf, java.util.Optional.empty(), List.of(), Period.ofDays(60));
    assertEquals(a.byAgency().stream().map(x -> x.led().total()).toList(), b.byAgency().stream().map(x -> x.led().total()).toList());
  }
}
