package io.github.cchc.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three engines of the benchmark find the same problems: a baseline that finds less would flatter nobody. */
class TaskRulesBenchmarkTest {
  @Test
  void theHandWrittenLoopHibernateValidatorAndCchcAgree() {
    for (int density : new int[] {0, 2, 30}) {
      TaskRulesBenchmark b = new TaskRulesBenchmark();
      b.tasks = 500;
      b.defects = density;
      b.setUp();
      b.freshPlan();
      List<String> hand = b.handWritten().stream().map(p -> p.code() + " " + p.task()).sorted().toList();
      List<String> cchc = b.cchc().findings().stream().map(f -> f.code() + " " + f.subject().label()).sorted().toList();
      Plan plan = b.fresh;
      List<String> hv = b.hibernateValidator().stream().map(v -> {
        String path = v.getPropertyPath().toString();
        int index = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
        return v.getMessage() + " " + plan.tasks().get(index).number().orElse("");
      }).sorted().collect(Collectors.toList());
      assertEquals(hand, cchc, "density " + density);
      assertEquals(hand, hv, "density " + density);
      if (density == 30) {
        assertTrue(hand.size() > 100, "a third of 500 rows carry a defect: " + hand.size());
        assertEquals(6, hand.stream().map(s -> s.split(" ")[0]).distinct().count(), "every kind of defect");
      } else if (density == 0) {
        assertEquals(List.of(), hand);
      }
    }
  }

  @Test
  void theFirstCheckReadsAMessageForEveryProblemWithEachEngine() {
    FirstCheckBenchmark b = new FirstCheckBenchmark();
    b.tasks = 100;
    b.setUp();
    int problems = b.handWritten().size();
    assertTrue(problems > 3, "a tenth of 100 rows carry a defect: " + problems);
    assertEquals(problems, b.cchc().size());
    assertEquals(problems, b.hibernateValidator().size());
    assertTrue(b.cchc().stream().noneMatch(m -> m.startsWith("TASK_")), "cchc's messages are prose, not codes");
  }
}
