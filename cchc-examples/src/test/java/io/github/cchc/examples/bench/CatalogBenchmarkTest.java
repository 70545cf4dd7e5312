package io.github.cchc.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the loop it is measured against find the same problems at the same places: a
 * baseline that checks less would flatter cchc.
 */
class CatalogBenchmarkTest {
  @Test
  void theHandWrittenLoopAndTheCatalogAgreeProblemForProblem() {
    for (int density : new int[] {0, 2, 30}) {
      CatalogBenchmark b = new CatalogBenchmark();
      b.tasks = 600;
      b.defects = density;
      b.setUp();
      b.freshPlan();
      List<String> hand = b.handWritten().stream().map(p -> p.code() + " " + p.pointer()).sorted().toList();
      List<String> cchc = b.catalog().findings().stream().map(f -> f.code() + " " + f.pointer()).sorted().toList();
      assertEquals(cchc, hand, "density " + density);
      if (density == 0) {
        assertEquals(List.of(), hand);
      }
      if (density == 30) {
        Set<String> codes = new TreeSet<>();
        hand.forEach(s -> codes.add(s.substring(0, s.indexOf(' '))));
        assertEquals(new TreeSet<>(List.of("TASK_NO_LEAD", "TASK_NO_PRODUCT", "TASK_NO_TIMEFRAME", "TASK_NO_COORDINATOR",
            "TASK_TIMEFRAME_UNREADABLE", "TASK_BEFORE_PLAN_PERIOD", "TASK_AFTER_PLAN_YEAR", "TASK_LEAD_ALSO_COORDINATOR",
            "TASK_UNNUMBERED", "TASK_ILLEGIBLE", "TASK_NUMBER_DUPLICATE", "TASK_NUMBER_GAP", "ITEM_LABEL_DUPLICATE",
            "AREA_WITHOUT_LEAD", "TARGET_NOT_MEASURABLE", "TARGET_CONFLICT", "DOCUMENT_DATED_AFTER_PLAN")), codes,
            "every kind of defect the plans carry");
        assertTrue(hand.size() > 150, "about a third of 600 rows carry a defect: " + hand.size());
      }
    }
  }

  @Test
  void theCatalogMeasuredIsEveryBuiltInRuleButTheTwoThatScanProse() {
    CatalogBenchmark b = new CatalogBenchmark();
    b.tasks = 10;
    b.defects = 0;
    b.setUp();
    ProseScanBenchmark prose = new ProseScanBenchmark();
    prose.characters = 10_000;
    prose.setUp();
    Set<String> measured = new TreeSet<>(b.catalog.codes());
    measured.addAll(prose.rules.codes());
    assertEquals(new TreeSet<>(RuleSet.builtIn().codes()), measured);
    assertEquals(new TreeSet<>(CatalogBenchmark.CITATION_RULES), new TreeSet<>(prose.rules.codes()));
  }

  @Test
  void theProseHoldsItsLengthAndTheScanFindsWhatTheRulesJudge() {
    ProseScanBenchmark prose = new ProseScanBenchmark();
    prose.characters = 10_000;
    prose.setUp();
    prose.freshPlan();
    int length = ProseScanBenchmark.proseLength(prose.fresh);
    assertTrue(length >= 10_000 && length < 10_400, "about 10^4 characters: " + length);
    int found = prose.citationScan();
    assertEquals(ProseScanBenchmark.citations(prose.fresh).size(), found);
    assertTrue(found >= prose.fresh.purposes().size(), "a citation in every paragraph: " + found);
    List<Finding> mismatches = prose.citationRules().findings();
    assertEquals(prose.fresh.purposes().size() / 8, mismatches.size(), "one paragraph in eight cites with the wrong type word");
    assertTrue(mismatches.stream().allMatch(f -> f.code().equals("DOCUMENT_TYPE_MISMATCH")));
  }
}
