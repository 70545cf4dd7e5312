package io.github.cchc.rules.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Party;
import io.github.cchc.model.Scorecard;
import io.github.cchc.rules.Finding;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Sums are checked at the table's finest printed precision: a tree whose children add up exactly
 * never yields a sum finding, and one unit of that precision moved in one column of one child always
 * yields exactly one, on that column.
 */
class ScorecardSumProperties {
  private static final List<String> COLUMNS = List.of("maximum", "achieved", "deducted");

  /** A child's figures in units of the table's precision. */
  record Child(long maximum, long achieved, boolean wholeWhenPossible) {}

  /** A generated table: its precision, its children, and which child and column a mutation moves. */
  record Table(int scale, List<Child> children, int moved, int column) {}

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Child> child = Combinators.combine(Arbitraries.longs().between(0, 2_000), Arbitraries.longs().between(0, 2_000),
        Arbitraries.of(true, false)).as((a, b, whole) -> new Child(Math.max(a, b), Math.min(a, b), whole));
    return Combinators.combine(Arbitraries.integers().between(0, 3), child.list().ofMinSize(2).ofMaxSize(6),
        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2))
        .as((scale, children, moved, column) -> new Table(scale, children, moved % children.size(), column));
  }

  /** A value as a table prints it: at its scale, or as a whole number when its decimals are zero and the table does so. */
  private static BigDecimal printed(long units, int scale, boolean wholeWhenPossible) {
    BigDecimal v = BigDecimal.valueOf(units, scale);
    if (wholeWhenPossible && v.stripTrailingZeros().scale() <= 0) {
      return v.setScale(0);
    }
    return v;
  }

  private static Scorecard card(Table t, int movedChild, int movedColumn) {
    List<Criterion> children = new ArrayList<>();
    long max = 0;
    long achieved = 0;
    for (int i = 0; i < t.children().size(); i++) {
      Child c = t.children().get(i);
      long[] values = {c.maximum(), c.achieved(), c.maximum() - c.achieved()};
      max += values[0];
      achieved += values[1];
      if (i == movedChild) {
        values[movedColumn] += 1;
      }
      children.add(Criterion.builder().code("1." + (i + 1)).name("Tiêu chí con " + (i + 1))
          .maximum(printed(values[0], t.scale(), c.wholeWhenPossible()))
          .achieved(printed(values[1], t.scale(), c.wholeWhenPossible()))
          .deducted(printed(values[2], t.scale(), c.wholeWhenPossible())).build());
    }
    Criterion parent = Criterion.builder().code("1").name("Tiêu chí").maximum(printed(max, t.scale(), true))
        .achieved(printed(achieved, t.scale(), true)).deducted(printed(max - achieved, t.scale(), true))
        .children(children).build();
    return Scorecard.builder().index(Scorecard.Index.OTHER).subject(Party.named("Tỉnh")).year(Year.of(2024))
        .addCriteria(parent).build();
  }

  private static List<Finding> sumFindings(Scorecard card) {
    return Scorecards.check(card).stream().filter(f -> f.code().equals("SCORE_CHILDREN_SUM_MISMATCH")).toList();
  }

  @Property(tries = 400)
  void childrenThatAddUpExactlyNeverYieldASumFinding(@ForAll("tables") Table t) {
    assertEquals(List.of(), sumFindings(card(t, -1, 0)));
  }

  @Property(tries = 400)
  void oneUnitMovedInOneColumnOfOneChildYieldsExactlyOneSumFindingOnThatColumn(@ForAll("tables") Table t) {
    List<Finding> found = sumFindings(card(t, t.moved(), t.column()));
    assertEquals(1, found.size(), found.toString());
    assertEquals("/criteria/0/" + COLUMNS.get(t.column()), found.get(0).pointer());
  }
}
