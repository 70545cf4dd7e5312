package io.github.cchc.examples.bench;

import io.github.cchc.model.Plan;
import io.github.cchc.rules.Rollup;
import io.github.cchc.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A national roll-up: many plans of about sixty rows checked in one call, from a thousand rows in
 * all to a million, and the country's 3,300 communes and 34 provinces.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 4, time = 2)
public class RollupBenchmark {
  @Param({"1000", "10000", "100000", "1000000", "national"})
  public String tasks;

  List<Plan> plans;

  /** Generates the plans. */
  @Setup
  public void setUp() {
    if (tasks.equals("national")) {
      plans = new ArrayList<>(Generated.communes(3300 * 60));
      for (int i = 0; i < 34; i++) {
        plans.add(Generated.plan("province-" + i, 60, 100_000 + i));
      }
    } else {
      plans = Generated.communes(Integer.parseInt(tasks));
    }
  }

  /** Checks every plan with the built-in catalog and rolls the findings up. */
  @Benchmark
  public Rollup checkAll() {
    return RuleSet.builtIn().checkAll(plans);
  }
}
