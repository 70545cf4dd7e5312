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
  void theFinestPrintedPrecisionDecidesUnlessTheScorecardStatesOne() {
    // 7.0 − 6.84 is 0.16: printed 0.2, it is off by 0.04, a transcription error at two decimals.
    Scorecard mixed = card(Scorecard.Index.OTHER, node("1", "7.0", "6.84", "0.2"));
    Finding f = Scorecards.check(mixed).get(0);
    assertEquals("SCORE_DEDUCTION_MISMATCH", f.code());
    assertEquals(new BigDecimal("0.16"), f.facts().get("computed"));
    assertEquals(new BigDecimal("0.005"), f.facts().get("tolerance"));
    // A scorecard that states it rounds to one decimal is checked at one decimal.
    Scorecard statesOneDecimal = Scorecard.builder().from(mixed).precision(1).build();
    assertEquals(List.of(), Scorecards.check(statesOneDecimal));
    // A tree printed at one decimal throughout is checked at one decimal: 0.05 either way passes, 0.1 does not.
    Scorecard oneDecimal = card(Scorecard.Index.PAR_INDEX, node("1", "9.0", "8.4", "0.6",
        node("1.1", "2.0", "2.0", "0.0"), node("1.2", "7.0", "6.4", "0.6")));
    assertEquals(List.of(), Scorecards.check(oneDecimal));
    Scorecard oneOff = card(Scorecard.Index.PAR_INDEX, node("1", "9.0", "8.5", "0.5",
        node("1.1", "2.0", "2.0", "0.0"), node("1.2", "7.0", "6.4", "0.6")));
    assertEquals(List.of("SCORE_CHILDREN_SUM_MISMATCH /criteria/0/achieved", "SCORE_CHILDREN_SUM_MISMATCH /criteria/0/deducted"),
        Scorecards.check(oneOff).stream().map(x -> x.code() + " " + x.pointer()).toList());
  }

  @Test
  void aTranscriptionErrorOfOneHundredthIsFoundWhereWholeNumbersSitBesideDecimals() {
    // A PAR-Index-like tree: full marks printed as whole numbers, the rest with two decimals.
    Criterion a = node("3.1", "5", "5", "0");
    Criterion b = node("3.2", "13.50", "12.64", "0.86");
    Criterion c = node("3.3", "7", "7", "0");
    Scorecard exact = card(Scorecard.Index.PAR_INDEX, node("3", "25.50", "24.64", "0.86", a, b, c));
    assertEquals(List.of(), Scorecards.check(exact));
    Criterion moved = node("3.2", "13.50", "12.74", "0.76");
    Scorecard altered = card(Scorecard.Index.PAR_INDEX, node("3", "25.50", "24.64", "0.86", a, moved, c));
    List<Finding> found = Scorecards.check(altered);
    assertEquals(List.of("SCORE_CHILDREN_SUM_MISMATCH /criteria/0/achieved", "SCORE_CHILDREN_SUM_MISMATCH /criteria/0/deducted"),
        found.stream().map(x -> x.code() + " " + x.pointer()).toList(), "one per moved column, no other code");
    assertEquals(new BigDecimal("24.64"), found.get(0).facts().get("printed"));
    assertEquals(new BigDecimal("24.74"), found.get(0).facts().get("computed"));
    assertTrue(found.get(0).message().contains("24,64") && found.get(0).message().contains("24,74"), found.get(0).message());
    assertTrue(found.get(1).message(java.util.Locale.ENGLISH).contains("0.86")
        && found.get(1).message(java.util.Locale.ENGLISH).contains("0.76"), found.get(1).message(java.util.Locale.ENGLISH));
  }

  @Test
  void printedChangesAgainstThePreviousYearAreChecked() {
    Scorecard before = card(Scorecard.Index.PAR_INDEX, node("1", "9", "8.50", null), node("2", "91", "80.00", null));
    Scorecard now = Scorecard.builder().from(card(Scorecard.Index.PAR_INDEX,
        Criterion.builder().from(node("1", "9", "8.75", null)).change(new BigDecimal("0.25")).build(),
        Criterion.builder().from(node("2", "91", "79.00", null)).change(new BigDecimal("-1.10")).build()))
        .totalChange(new BigDecimal("-0.75")).build();
    List<String> codes = Scorecards.check(now, Optional.of(before), io.github.cchc.rules.RuleSet.builtIn()).stream()
        .map(x -> x.code() + " " + x.pointer()).toList();
    // Criterion 2 fell by 1.00, printed −1.10; the total's −0.75 is the difference of the totals but not the
    // sum of the printed changes (−0.85).
    assertEquals(List.of("SCORE_CHANGE_SUM_MISMATCH /totalChange", "SCORE_CHANGE_MISMATCH /criteria/1/change"), codes);
    Scorecard right = Scorecard.builder().from(now).criteria(List.of(now.criteria().get(0),
        Criterion.builder().from(now.criteria().get(1)).change(new BigDecimal("-1.00")).build())).build();
    assertEquals(List.of(), Scorecards.check(right, Optional.of(before), io.github.cchc.rules.RuleSet.builtIn()));
    assertEquals(List.of(), Scorecards.check(right, Optional.empty(), io.github.cchc.rules.RuleSet.builtIn()),
        "without the previous year only the sums are checked");
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
    assertTrue(Scorecards.tolerance(card(Scorecard.Index.OTHER), new BigDecimal("1.25"), new BigDecimal("3.5"))
        .compareTo(new BigDecimal("0.005")) == 0, "the finest printed place decides");
  }
}
