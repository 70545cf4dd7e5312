package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.testing.CchcGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules on plans from the model's generators, taken through its test-jar as a user would:
 * {@code @ForAll Plan} needs no setup.
 */
class GeneratedPlanProperties implements CchcGenerators {
  @Property(tries = 200)
  void checkingAnyPlanIsTotalAndDeterministic(@ForAll Plan plan) {
    CheckReport first = RuleSet.builtIn().check(plan);
    assertEquals(first, RuleSet.builtIn().check(plan));
    for (Finding f : first.findings()) {
      assertTrue(f.pointer().isEmpty() || f.pointer().startsWith("/"), f.toString());
      assertTrue(!f.message().isBlank() && !f.message().contains("{"), f.toString());
    }
  }

  @Property(tries = 100)
  void aCompleteConsistentPlanHasNoFinding(@ForAll("consistent") Plan plan) {
    assertEquals(List.of(), RuleSet.builtIn().check(plan).findings());
  }

  @Property(tries = 100)
  void removingTheProductOfOneLeafGivesExactlyOneTaskNoProduct(@ForAll("consistent") Plan plan,
      @ForAll("index") int seed) {
    int i = seed % plan.tasks().size();
    Plan broken = replace(plan, i, t -> Task.builder().from(t).products(List.of()).build());
    List<Finding> found = RuleSet.builtIn().check(broken).findings();
    assertEquals(1, found.size(), found.toString());
    assertEquals("TASK_NO_PRODUCT", found.get(0).code());
    assertEquals(plan.tasks().get(i).number().orElseThrow(), found.get(0).subject().label());
    assertEquals("/tasks/" + i + "/products", found.get(0).pointer());
  }

  @Property(tries = 100)
  void eachCompletenessGapGivesExactlyItsFinding(@ForAll("consistent") Plan plan, @ForAll("index") int seed) {
    int i = seed % plan.tasks().size();
    Task t = plan.tasks().get(i);
    assertOnly("TASK_NO_LEAD", "/tasks/" + i + "/leads", replace(plan, i, x -> Task.builder().from(x).leads(List.of()).build()));
    assertOnly("TASK_NO_COORDINATOR", "/tasks/" + i + "/coordinators",
        replace(plan, i, x -> Task.builder().from(x).coordinators(List.of()).build()));
    assertOnly("TASK_NO_TIMEFRAME", "/tasks/" + i + "/timeframe",
        replace(plan, i, x -> Task.builder().from(x).timeframe(java.util.Optional.empty()).build()));
    assertOnly("TASK_TIMEFRAME_UNREADABLE", "/tasks/" + i + "/unreadTimeframe",
        replace(plan, i, x -> Task.builder().from(x).timeframeText("Sớm nhất có thể", plan.year()).build()));
    assertOnly("TASK_BEFORE_PLAN_PERIOD", "/tasks/" + i + "/timeframe",
        replace(plan, i, x -> x.withTimeframe(Timeframe.ofYear(plan.year().minusYears(3)))));
    assertOnly("TASK_AFTER_PLAN_YEAR", "/tasks/" + i + "/timeframe",
        replace(plan, i, x -> x.withTimeframe(Timeframe.ofQuarter(plan.year().plusYears(1), 1))));
    Party lead = t.leads().get(0);
    assertOnly("TASK_LEAD_ALSO_COORDINATOR", "/tasks/" + i + "/coordinators/1",
        replace(plan, i, x -> Task.builder().from(x).addCoordinator(lead).build()));
  }

  private static void assertOnly(String code, String pointer, Plan plan) {
    List<Finding> found = RuleSet.builtIn().check(plan).findings();
    assertEquals(1, found.size(), code + " " + found);
    assertEquals(code, found.get(0).code());
    assertEquals(pointer, found.get(0).pointer());
  }

  private static Plan replace(Plan plan, int index, UnaryOperator<Task> change) {
    List<Task> tasks = new ArrayList<>(plan.tasks());
    tasks.set(index, change.apply(tasks.get(index)));
    return plan.withTasks(tasks);
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 10_000);
  }
}
