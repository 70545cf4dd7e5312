package io.github.cchc.examples.bench;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * How much heap a plan holds once read, against the size of its JSON (docs/performance.md): the
 * plan is read from its document, then JOL walks everything it reaches and adds up the objects'
 * sizes, which is what the plan keeps alive after a collection. The goal is at most 3×.
 *
 * <p>Usage: {@code java -Djdk.attach.allowAttachSelf=true -cp cchc-examples/target/benchmarks.jar
 * io.github.cchc.examples.bench.PlanFootprint [ROWS…]}; exits 1 when a plan holds more than 3× its
 * JSON, so that CI keeps the bound.
 */
public final class PlanFootprint {
  /** The goal: a plan in memory within this many times its JSON. */
  static final double BOUND = 3.0;

  private PlanFootprint() {}

  /**
   * Measures the bundled Hải Phòng 2024 plan and generated plans of the given numbers of rows.
   *
   * @param args the numbers of rows of the generated plans; 10, 1,000 and 10,000 when none
   */
  public static void main(String[] args) {
    List<String> rows = args.length > 0 ? List.of(args) : List.of("10", "1000", "10000");
    List<Plan> plans = new ArrayList<>();
    plans.add(BundledPlan.HAI_PHONG_2024.plan());
    rows.forEach(r -> plans.add(Generated.plan("generated-" + r, Integer.parseInt(r), 42)));
    boolean within = true;
    System.out.println("plan\tjson bytes\tretained bytes\tratio");
    for (Plan p : plans) {
      byte[] json = CchcJson.writePlan(p).getBytes(StandardCharsets.UTF_8);
      Plan read = CchcJson.readPlan(new String(json, StandardCharsets.UTF_8));
      long retained = GraphLayout.parseInstance(read).totalSize();
      double ratio = (double) retained / json.length;
      within &= ratio <= BOUND;
      System.out.printf("%s\t%d\t%d\t%.2f%n", p.id(), json.length, retained, ratio);
    }
    if (!within) {
      System.out.println("a plan holds more than " + BOUND + "× its JSON");
      System.exit(1);
    }
  }
}
