package io.github.cchc.rules.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Party;
import io.github.cchc.model.Scorecard;
import io.github.cchc.rules.Finding;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Scorecard checks on hand-made trees that do and do not add up. */
class ScorecardsTest {
  private static Criterion node(String code, String max, String achieved, String deducted, Criterion... children) {
    Criterion.Builder b = Criterion.builder().code(code).name("Tiêu chí " + code);
    Optional.ofNullable(max).ifPresent(v -> b.maximum(new BigDecimal(v)));
    Optional.ofNullable(achieved).ifPresent(v -> b.achieved(new BigDecimal(v)));
    Optional.ofNullable(deducted).ifPresent(v -> b.deducted(new BigDecimal(v)));
    return b.addChildren(children).build();
  }

  private static Scorecard card(Scorecard.Index index, Criterion... criteria) {
    return Scorecard.builder().index(index).subject(Party.named("Hải Phòng")).year(Year.of(2023)).addCriteria(criteria).build();
  }

  @Test
  void aParTreeThatAddsUpHasNoFinding() {
    Scorecard par = card(Scorecard.Index.PAR_INDEX,
        node("1", "9.00", "8.75", "0.25", node("1.1", "2.00", "2.00", "0.00"), node("1.2", "7.00", "6.75", "0.25")),
        node("2", "91.00", "80.50", "10.50"));
    assertEquals(List.of(), Scorecards.check(par));
    assertEquals(Optional.of(new BigDecimal("97.22")), Scorecards.percentOfMaximum(par.criteria().get(0)));
    assertEquals(Optional.of(new BigDecimal("89.25")), Scorecards.total(par));
  }

  @Test
  void aParTreeThatDoesNotAddUp() {
    Scorecard par = card(Scorecard.Index.PAR_INDEX,
        node("1", "9.00", "8.80", "0.25", node("1.1", "2.00", "2.10", "0.00"), node("1.2", "7.00", "6.75", "0.25")));
    List<String> codes = Scorecards.check(par).stream().map(f -> f.code() + " " + f.pointer()).toList();
    assertEquals(List.of(
        "SCORE_DEDUCTION_MISMATCH /criteria/0/deducted",
        "SCORE_CHILDREN_SUM_MISMATCH /criteria/0/achieved",
        "SCORE_ABOVE_MAXIMUM /criteria/0/children/0/achieved",
        "SCORE_DEDUCTION_MISMATCH /criteria/0/children/0/deducted"), codes);
  }

  @Test
  void theToleranceFollowsThePrintedPrecision() {
    // Printed to one decimal: 7.0 − 6.8 = 0.2 printed as 0.2; 6.84 rounds to 6.8, within half a unit of 0.1.
    Scorecard rounded = card(Scorecard.Index.OTHER, node("1", "7.0", "6.84", "0.2"));
    assertEquals(List.of(), Scorecards.check(rounded));
    Scorecard off = card(Scorecard.Index.OTHER, node("1", "7.00", "6.84", "0.20"));
    Finding f = Scorecards.check(off).get(0);
    assertEquals("SCORE_DEDUCTION_MISMATCH", f.code());
    assertEquals(new BigDecimal("0.16"), f.facts().get("computed"));
    assertEquals(new BigDecimal("0.005"), f.facts().get("tolerance"));
  }

  @Test
  void sipasIsTheMeanOfItsComponentsAndPapiTheSumOfItsDimensions() {
    Scorecard sipas = card(Scorecard.Index.SIPAS, node("SIPAS", null, "85.06", null,
        node("1", null, "85.10", null), node("2", null, "86.00", null), node("3", null, "84.20", null),
        node("4", null, "85.40", null), node("5", null, "84.60", null)));
    assertEquals(List.of(), Scorecards.check(sipas));
    Scorecard wrong = card(Scorecard.Index.SIPAS, node("SIPAS", null, "86.06", null, node("1", null, "85.10", null),
        node("2", null, "101.00", null)));
    List<String> codes = Scorecards.check(wrong).stream().map(Finding::code).toList();
    assertEquals(List.of("SCORE_AGGREGATE_MISMATCH", "SCORE_OUT_OF_RANGE"), codes);
    Scorecard papi = card(Scorecard.Index.PAPI, node("D1", "10", "5.6", null), node("D2", null, "11.0", null));
    assertEquals(List.of("SCORE_OUT_OF_RANGE"), Scorecards.check(papi).stream().map(Finding::code).toList());
  }

  @Test
  void comparingRankingAndGrouping() {
    Scorecard y2022 = card(Scorecard.Index.PAR_INDEX, node("1", "9", "8.5", null), node("2", "91", "80", null));
    Scorecard y2023 = card(Scorecard.Index.PAR_INDEX, node("1", "9", "8.75", null), node("2", "91", "79", null));
    List<Scorecards.Change> changes = Scorecards.compare(y2022, y2023);
    assertEquals(List.of(1, -1), changes.stream().map(Scorecards.Change::direction).toList());
    assertEquals(new BigDecimal("0.25"), changes.get(0).delta());
    assertEquals(Optional.of(new BigDecimal("2.94")), changes.get(0).relativePercent());
    Scorecard third = card(Scorecard.Index.PAR_INDEX, node("1", "9", "8.5", null), node("2", "91", "79.25", null));
    List<Scorecards.Ranked> ranked = Scorecards.rank(List.of(y2023, y2022, third));
    assertEquals(List.of(1, 2, 2), ranked.stream().map(Scorecards.Ranked::rank).toList(), "88.5, 87.75, 87.75");
    TreeMap<BigDecimal, String> floors = new TreeMap<>();
    floors.put(new BigDecimal("90"), "A");
    floors.put(new BigDecimal("80"), "B");
    assertEquals(Optional.of("B"), Scorecards.group(new BigDecimal("88.5"), floors));
    assertEquals(Optional.empty(), Scorecards.group(new BigDecimal("79.99"), floors));
    assertEquals(List.of(1, 2, 2), Scorecards.quartiles(ranked));
    assertTrue(Scorecards.tolerance(new BigDecimal("1.25"), new BigDecimal("3.5")).compareTo(new BigDecimal("0.05")) == 0);
  }
}
