package io.github.cchc.examples.bench;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing plans in cchc's JSON format, against Jackson reading the same bytes into a tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Warm-up of 5 × 2 s and a heap fixed at its size: with 3 × 1 s the reads were still getting faster in
// the measured iterations, and the 10,000-row runs (read and tree alike) were not steady while the heap grew.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {
  @Param({"hai-phong-2024", "10000"})
  public String plan;

  Plan subject;
  byte[] json;
  JsonMapper tree;

  /** Builds the plan and its bytes. */
  @Setup
  public void setUp() {
    subject = plan.equals("hai-phong-2024") ? BundledPlan.HAI_PHONG_2024.plan() : Generated.plan("generated", Integer.parseInt(plan), 42);
    json = CchcJson.writePlan(subject).getBytes(StandardCharsets.UTF_8);
    tree = JsonMapper.builder().build();
  }

  /** Reading: strict, with paths in errors, into immutable values. */
  @Benchmark
  public Plan read() {
    return CchcJson.readPlan(new ByteArrayInputStream(json));
  }

  /** Writing. */
  @Benchmark
  public String write() {
    return CchcJson.writePlan(subject);
  }

  /** The baseline: Jackson reading the same bytes into a tree. */
  @Benchmark
  public JsonNode jacksonTree() {
    return tree.readTree(json);
  }
}
