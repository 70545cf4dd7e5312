package io.github.cchc.examples.bench;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rules on the Hải Phòng 2024 plan and on generated plans: the whole catalog; the task-level
 * rules alone against the fastest loop one could write by hand for the same checks; and, for
 * scale, reading the same plan from JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RulesBenchmark {
  static final List<String> TASK_RULES = List.of("TASK_NO_LEAD", "TASK_NO_PRODUCT", "TASK_NO_TIMEFRAME",
      "TASK_TIMEFRAME_UNREADABLE", "TASK_BEFORE_PLAN_PERIOD", "TASK_NUMBER_DUPLICATE", "TASK_NUMBER_GAP", "TASK_UNNUMBERED");

  @Param({"hai-phong-2024", "10", "100", "1000", "10000"})
  public String plan;

  Plan subject;
  Plan fresh;
  byte[] json;
  RuleSet catalog;
  RuleSet taskRules;

  /** Builds the plan and the rule sets. */
  @Setup
  public void setUp() {
    subject = plan.equals("hai-phong-2024") ? BundledPlan.HAI_PHONG_2024.plan() : Generated.plan("generated", Integer.parseInt(plan), 42);
    json = CchcJson.writePlan(subject).getBytes(StandardCharsets.UTF_8);
    catalog = RuleSet.builtIn();
    RuleSet only = RuleSet.builtIn();
    for (String code : RuleSet.builtIn().codes()) {
      if (!TASK_RULES.contains(code)) {
        only = only.without(code);
      }
    }
    taskRules = only;
  }

  /**
   * A copy of the plan for each check: a plan keeps its rows and citations once built, and a
   * service checks each plan it is given once, so every timed check pays for building them.
   */
  @Setup(Level.Invocation)
  public void freshPlan() {
    fresh = Plan.builder().from(subject).build();
  }

  /** The whole built-in catalog. */
  @Benchmark
  public CheckReport catalog() {
    return catalog.check(fresh);
  }

  /** The task-level rules alone: lead, product, timeframe, plan period, numbering. */
  @Benchmark
  public CheckReport taskRules() {
    return taskRules.check(fresh);
  }

  /** The baseline: the same checks in one hand-written loop, counting what they find. */
  @Benchmark
  public int handWritten() {
    return handWritten(subject);
  }

  /** Reading the same plan from its JSON bytes. */
  @Benchmark
  public Plan readJson() {
    return CchcJson.readPlan(new ByteArrayInputStream(json));
  }

  static int handWritten(Plan plan) {
    LocalDate start = plan.issuedOn().orElse(plan.year().atDay(1));
    int problems = 0;
    int previous = 0;
    Set<String> numbers = new HashSet<>();
    for (Task t : plan.tasks()) {
      if (t.leads().isEmpty()) {
        problems++;
      }
      if (t.products().isEmpty()) {
        problems++;
      }
      if (t.timeframe().isEmpty()) {
        problems++;
      } else {
        Timeframe f = t.timeframe().get();
        if (f.dueDate().isPresent() && f.dueDate().get().isBefore(start)) {
          problems++;
        }
      }
      if (t.number().isEmpty()) {
        problems++;
        continue;
      }
      String n = t.number().get();
      if (!numbers.add(n)) {
        problems++;
      }
      int value = Integer.parseInt(n);
      if (previous > 0 && value > previous + 1) {
        problems++;
      }
      previous = value;
    }
    return problems;
  }
}
