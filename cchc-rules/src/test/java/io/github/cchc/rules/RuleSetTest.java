package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.Plan;
import io.github.cchc.testing.CchcArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Selecting, re-grading and adding rules; sharing a rule set between threads. */
class RuleSetTest {
  private static Plan seedPlan() {
    return Seeds.plan2024(List.of(Seeds.row27(), Seeds.rowAfter35(), Seeds.row57())).build();
  }

  @Test
  void disablingAndRegrading() {
    RuleSet rules = RuleSet.builtIn().without("TASK_NO_PRODUCT").withSeverity("TASK_BEFORE_PLAN_PERIOD", Severity.INFO);
    CheckReport report = rules.check(seedPlan());
    assertEquals(List.of(), report.findings("TASK_NO_PRODUCT"));
    assertEquals(Severity.INFO, report.findings("TASK_BEFORE_PLAN_PERIOD").get(0).severity());
    assertTrue(RuleSet.builtIn().check(seedPlan()).hasErrors());
    assertTrue(!rules.codes().contains("TASK_NO_PRODUCT"));
    CchcException unknown = assertThrows(CchcException.class, () -> rules.without("NO_SUCH_RULE"));
    assertTrue(unknown.getMessage().contains("NO_SUCH_RULE"));
    assertEquals(RuleSet.builtIn().codes().size(), FindingCode.values().length);
  }

  @Test
  void aUsersRuleReportsWithItsMessages() {
    RuleSet rules = RuleSet.empty().with("TASK_NEEDS_REVIEW", Severity.INFO, "Nhiệm vụ {task} cần xem lại",
        "Task {task} needs a second look", (plan, ctx) -> {
          for (int i = 0; i < plan.tasks().size(); i++) {
            if (plan.tasks().get(i).content().contains("%") || plan.tasks().get(i).number().isEmpty()) {
              ctx.report(Subject.of(Subject.Kind.TASK, plan.tasks().get(i).number().orElse("?")), "/tasks/" + i + "/content",
                  Map.of("task", plan.tasks().get(i).number().orElse("?")));
            }
          }
        });
    CheckReport report = rules.check(seedPlan());
    assertEquals(List.of("27", "?"), report.findings().stream().map(f -> f.subject().label()).toList());
    assertEquals("Task 27 needs a second look", report.findings().get(0).message(Locale.ENGLISH));
    assertEquals("Nhiệm vụ 27 cần xem lại", report.findings().get(0).message());
    assertThrows(CchcException.class, () -> rules.with("TASK_NO_LEAD", Severity.INFO, "x", "y", (p, c) -> { }));
    assertThrows(MalformedValueException.class, () -> rules.with("lower_case", Severity.INFO, "x", "y", (p, c) -> { }));
    CchcException failed = assertThrows(CchcException.class, () -> RuleSet.empty()
        .with("BROKEN", Severity.ERROR, "x", "y", (p, c) -> {
          throw new UnsupportedOperationException("boom");
        }).check(seedPlan()));
    assertTrue(failed.getMessage().contains("Rule BROKEN failed on plan \"hai-phong-2024\""), failed.getMessage());
  }

  @Test
  void findingsComeInDocumentOrderThenCode() {
    List<Finding> findings = RuleSet.builtIn().check(seedPlan()).findings();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(CheckReport.ORDER);
    assertEquals(sorted, findings);
    assertTrue(CheckReport.comparePointers("/tasks/2/number", "/tasks/10") < 0);
    assertTrue(CheckReport.comparePointers("/headerLines/0", "/tasks/0") < 0);
    int counted = RuleSet.builtIn().check(seedPlan()).counts().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(findings.size(), counted);
  }

  @Test
  void manyPlansRollUp() {
    Plan seed = seedPlan();
    Plan clean = CchcArbitraries.consistentPlans().sample();
    Rollup rollup = RuleSet.builtIn().checkAll(List.of(seed, clean));
    assertEquals(List.of(seed.id(), clean.id()), List.copyOf(rollup.reports().keySet()));
    assertEquals(1, rollup.plansWithErrors());
    long findings = RuleSet.builtIn().check(seed).findings().size();
    assertEquals(findings, rollup.bySeverity().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(1L, rollup.byCode().get("TASK_NO_PRODUCT"));
    assertThrows(CchcException.class, () -> RuleSet.builtIn().checkAll(List.of(seed, seed)));
    assertEquals(rollup, RuleSet.builtIn().checkAll(List.of(seed, clean)));
    assertNotEquals(rollup, RuleSet.builtIn().checkAll(List.of(clean)));
  }

  @Test
  void oneRuleSetSharedByEightThreadsGivesTheSameFindings() throws Exception {
    List<Plan> plans = new ArrayList<>();
    plans.add(seedPlan());
    plans.addAll(CchcArbitraries.plans().list().ofSize(30).sample());
    RuleSet rules = RuleSet.builtIn();
    List<CheckReport> alone = plans.stream().map(rules::check).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<CheckReport>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> plans.stream().map(rules::check).toList()));
      }
      for (Future<List<CheckReport>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
