package io.github.cchc.examples.bench;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Target;
import io.github.cchc.rules.read.Block;
import io.github.cchc.rules.read.PlanReader;
import io.github.cchc.rules.read.PlanReading;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * Reading a plan's published text: the reader, against the blocks alone and against a loop
 * written for one layout (Roman sections by their printed words, targets parsed in the targets
 * section, citations in "Căn cứ" lines), which reads no outline, areas, responsibilities,
 * schedule, table or findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadBenchmark {
  private static final Pattern ROMAN = Pattern.compile("^[IVX]+\\. ");

  @Param({"hai-phong-2024", "hai-phong-2022"})
  public String plan;

  String text;
  PlanReader reader;

  /** Loads the text and builds the reader. */
  @Setup
  public void setUp() {
    BundledPlan bundled = BundledPlan.valueOf(plan.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    text = bundled.text();
    reader = bundled.reader();
  }

  /** The library: blocks, layout, every part of the plan, the table, the findings. */
  @Benchmark
  public PlanReading read() {
    return reader.read(text);
  }

  /** The text's paragraphs and tables alone. */
  @Benchmark
  public List<Block> blocks() {
    return Block.ofText(text);
  }

  /** The baseline: the targets and legal bases of one layout, by its printed headings. */
  @Benchmark
  public List<Object> handWrittenLoop() {
    List<Object> out = new ArrayList<>();
    boolean targets = false;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (ROMAN.matcher(l).find()) {
        targets = l.contains("CHỈ TIÊU");
      } else if (l.startsWith("Căn cứ")) {
        for (DocumentRef.Occurrence o : DocumentRef.findAll(l)) {
          out.add(o.ref());
        }
      } else if (targets && !l.isEmpty()) {
        out.addAll(Target.parseAll(l));
      }
    }
    return out;
  }
}
