package io.github.cchc.examples.bench;

import io.github.cchc.model.Citation;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
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
 * The two rules that scan a plan's prose for cited documents (DOCUMENT_TYPE_MISMATCH,
 * DOCUMENT_SELF_CITATION_MISMATCH), apart from the rest of the catalog ({@link CatalogBenchmark}):
 * their cost grows with the characters of the text. Against the scan alone through the model's
 * parser, which is what a hand-written loop over the same texts would call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProseScanBenchmark {
  /** The characters of prose. */
  @Param({"10000", "100000"})
  public int characters;

  Plan subject;
  Plan fresh;
  RuleSet rules;

  /** Builds the plan of prose and the two citation rules. */
  @Setup
  public void setUp() {
    subject = prosePlan(characters);
    RuleSet only = RuleSet.builtIn();
    for (String code : RuleSet.builtIn().codes()) {
      if (!CatalogBenchmark.CITATION_RULES.contains(code)) {
        only = only.without(code);
      }
    }
    rules = only;
  }

  /** A fresh copy for each call: a plan keeps its citations once found. */
  @Setup(Level.Invocation)
  public void freshPlan() {
    fresh = Plan.builder().from(subject).build();
  }

  /** cchc: the two citation rules on a plan of prose (the scan and the checks of what it finds). */
  @Benchmark
  public CheckReport citationRules() {
    return rules.check(fresh);
  }

  /** The scan alone, through the model's parser: what a hand-written loop over the same texts would call. */
  @Benchmark
  public int citationScan() {
    int found = 0;
    for (String text : fresh.purposes()) {
      found += DocumentRef.findAll(text).size();
    }
    return found;
  }

  /**
   * A plan whose purposes are paragraphs of plan prose, citing a document every few sentences,
   * one in eight of the citations with a type word that its number contradicts, adding up to about
   * a number of characters.
   */
  static Plan prosePlan(int characters) {
    List<String> paragraphs = new ArrayList<>();
    int length = 0;
    for (int i = 0; length < characters; i++) {
      String type = i % 8 == 7 ? "Quyết định" : "Nghị quyết";
      String p = "Triển khai thực hiện có hiệu quả " + type + " số " + (10 + i) + "/NQ-CP ngày 15/7/2021 của Chính phủ "
          + "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; nâng cao chất lượng "
          + "phục vụ người dân, doanh nghiệp, tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ.";
      paragraphs.add(p);
      length += p.length();
    }
    return Plan.builder().from(CatalogBenchmark.plan(10, 0, 42)).purposes(paragraphs).build();
  }

  /** The characters of a plan's purposes, in which the prose benchmark's citations are found. */
  static int proseLength(Plan plan) {
    return plan.purposes().stream().mapToInt(String::length).sum();
  }

  /** The citations cchc finds, for the test that holds the two prose methods to the same texts. */
  static List<Citation> citations(Plan plan) {
    return plan.citations();
  }
}
