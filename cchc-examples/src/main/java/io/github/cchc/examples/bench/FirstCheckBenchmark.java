package io.github.cchc.examples.bench;

import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first check in a fresh JVM, beside {@link TaskRulesBenchmark}'s steady state: the six
 * task-level checks once, in a new JVM for every sample, with the engine built inside the timing
 * (cchc's rule set, Hibernate Validator's factory) and every message read, so that class loading,
 * message bundles and interpretation before compilation are all paid. The plan is built before
 * the timing; a service has its plan in memory before it checks it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstCheckBenchmark {
  /** A plan of a department's size: the seeds hold 40 to 120 rows. */
  @Param({"100"})
  public int tasks;

  Plan plan;

  /** Builds the plan, with a few defects of each kind. */
  @Setup
  public void setUp() {
    plan = TaskRulesBenchmark.plan(tasks, 10, 42);
  }

  /** The baseline: the hand-written loop, its first call. */
  @Benchmark
  public List<String> handWritten() {
    List<String> messages = new ArrayList<>();
    for (TaskRulesBenchmark.Problem p : TaskRulesBenchmark.handWritten(plan)) {
      messages.add(p.code() + " " + p.task());
    }
    return messages;
  }

  /** cchc: the six rules picked from the catalog, one check, every message in Vietnamese. */
  @Benchmark
  public List<String> cchc() {
    CheckReport report = TaskRulesBenchmark.sixRules().check(plan);
    List<String> messages = new ArrayList<>();
    for (Finding f : report.findings()) {
      messages.add(f.message());
    }
    return messages;
  }

  /** Hibernate Validator: its factory, one validation, every message. */
  @Benchmark
  public List<String> hibernateValidator() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<TaskRulesBenchmark.PlanBean>> violations =
          validator.validate(TaskRulesBenchmark.PlanBean.of(plan));
      List<String> messages = new ArrayList<>();
      for (ConstraintViolation<TaskRulesBenchmark.PlanBean> v : violations) {
        messages.add(v.getMessage());
      }
      return messages;
    }
  }
}
