package io.github.cchc.rules.stats;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Scorecard;
import io.github.cchc.rules.Fact;
import io.github.cchc.rules.Facts;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.Subject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks and derived figures of scorecards (kiểm tra và phân tích bộ chỉ số): whether the printed
 * figures add up, percent of maximum, year-on-year comparison, ranks and groups.
 *
 * <p>Checks compare printed numbers at the table's precision: the scorecard's stated precision,
 * else the finest printed among the values compared (per column: a parent and its children's
 * maxima, achieved or deducted points); a printed value equals a computed one within half a unit of
 * that place. A whole number printed in a two-decimal table is exact at two decimals. The checks, each a finding with the printed and
 * computed numbers: SCORE_ABOVE_MAXIMUM (error: achieved above maximum), SCORE_OUT_OF_RANGE (error:
 * outside what the index allows: SIPAS 0–100%, PAPI dimensions 0–10, PAR Index 100 points in all),
 * SCORE_DEDUCTION_MISMATCH (warning: deducted ≠ maximum − achieved), SCORE_CHILDREN_SUM_MISMATCH
 * (warning: a node's maximum, achieved or deducted ≠ the sum of its children's, for sum-scored
 * indices such as the PAR Index), SCORE_AGGREGATE_MISMATCH (warning: SIPAS's index ≠ the mean of its
 * components, PAPI's total ≠ the sum of its dimensions).
 */
public final class Scorecards {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scorecards() {}

  /**
   * Checks that a scorecard's printed figures are within range and add up.
   *
   * @param card the scorecard, not null
   * @return the findings, in document order; JSON Pointers into the scorecard's document
   */
  public static List<Finding> check(Scorecard card) {
    return check(card, RuleSet.builtIn());
  }

  /**
   * Checks that a scorecard's printed figures are within range and add up, with the severities of
   * a rule set: a code it re-grades takes its severity, a code it disables is not reported.
   *
   * @param card the scorecard, not null
   * @param rules the rule set grading the findings, not null
   * @return the findings, in document order; JSON Pointers into the scorecard's document
   */
  public static List<Finding> check(Scorecard card, RuleSet rules) {
    Sink out = new Sink(rules);
    List<Criterion> top = card.criteria();
    for (int i = 0; i < top.size(); i++) {
      check(card, top.get(i), "/criteria/" + i, 0, out);
    }
    if (card.index() == Scorecard.Index.PAR_INDEX) {
      Optional<BigDecimal> max = sum(top, Criterion::maximum);
      if (max.isPresent() && max.get().compareTo(HUNDRED) > 0) {
        out.add(FindingCode.SCORE_OUT_OF_RANGE, "total", Subject.of(Subject.Kind.CRITERION, "PAR Index"), "/criteria",
            Facts.of(Fact.PRINTED, max.get()).and(Fact.LIMIT, HUNDRED));
      }
    }
    if (card.index() != Scorecard.Index.SIPAS) {
      changeSum(card, totalLabel(card), "/totalChange", card.totalChange(), top, out);
    }
    return out.findings;
  }

  /**
   * Checks a scorecard as {@link #check(Scorecard, RuleSet)} does and, with the previous year's
   * scorecard, each printed change against the previous year: a criterion's (matched by code, else
   * name, along its path) must be its achieved points less the previous year's, the total's the total
   * less the previous total, at the precision of the figures compared.
   *
   * @param card the scorecard, not null
   * @param previous the previous year's scorecard, empty if not given
   * @param rules the rule set grading the findings, not null
   * @return the findings, in document order; JSON Pointers into the scorecard's document
   */
  public static List<Finding> check(Scorecard card, Optional<Scorecard> previous, RuleSet rules) {
    List<Finding> findings = new ArrayList<>(check(card, rules));
    if (previous.isEmpty()) {
      return findings;
    }
    Sink out = new Sink(rules);
    Map<String, BigDecimal> before = new LinkedHashMap<>();
    index(previous.get().criteria(), "", before);
    changes(card, card.criteria(), "", "/criteria", before, out);
    Optional<BigDecimal> now = total(card);
    Optional<BigDecimal> then = total(previous.get());
    if (card.totalChange().isPresent() && now.isPresent() && then.isPresent()) {
      changeMismatch(card, totalLabel(card), "/totalChange", card.totalChange().get(), now.get(), then.get(), out);
    }
    findings.addAll(out.findings);
    return findings;
  }

  private static void changes(Scorecard card, List<Criterion> nodes, String prefix, String pointer,
      Map<String, BigDecimal> before, Sink out) {
    for (int i = 0; i < nodes.size(); i++) {
      Criterion c = nodes.get(i);
      String path = prefix + ">" + c.code().orElse(c.name());
      BigDecimal old = before.get(path);
      if (c.change().isPresent() && c.achieved().isPresent() && old != null) {
        changeMismatch(card, c.code().orElse(c.name()), pointer + "/" + i + "/change", c.change().get(),
            c.achieved().get(), old, out);
      }
      changes(card, c.children(), path, pointer + "/" + i + "/children", before, out);
    }
  }

  private static void changeMismatch(Scorecard card, String label, String pointer, BigDecimal printed, BigDecimal now,
      BigDecimal then, Sink out) {
    BigDecimal computed = now.subtract(then);
    BigDecimal tolerance = tolerance(card, printed, now, then);
    if (printed.subtract(computed).abs().compareTo(tolerance) > 0) {
      out.add(FindingCode.SCORE_CHANGE_MISMATCH, label, pointer, Facts.of(Fact.CRITERION, label)
          .and(Fact.PRINTED, printed).and(Fact.COMPUTED, computed).and(Fact.TOLERANCE, tolerance));
    }
  }

  /** A parent's printed change against the sum of its children's, when all of them print one. */
  private static void changeSum(Scorecard card, String label, String pointer, Optional<BigDecimal> printed,
      List<Criterion> children, Sink out) {
    Optional<BigDecimal> sum = sum(children, Criterion::change);
    if (printed.isEmpty() || sum.isEmpty() || children.size() < 2) {
      return;
    }
    List<BigDecimal> involved = new ArrayList<>();
    involved.add(printed.get());
    children.forEach(ch -> involved.add(ch.change().orElseThrow()));
    BigDecimal tolerance = tolerance(card, involved.toArray(BigDecimal[]::new));
    if (printed.get().subtract(sum.get()).abs().compareTo(tolerance) > 0) {
      out.add(FindingCode.SCORE_CHANGE_SUM_MISMATCH, label, pointer, Facts.of(Fact.CRITERION, label)
          .and(Fact.PRINTED, printed.get()).and(Fact.COMPUTED, sum.get()).and(Fact.TOLERANCE, tolerance));
    }
  }

  /** The total is named by its index, as the tables head it. */
  private static String totalLabel(Scorecard card) {
    return Labels.of(card.index(), java.util.Locale.ENGLISH);
  }

  /** Collects findings as the rule set grades them. */
  private static final class Sink {
    private final RuleSet rules;
    private final List<Finding> findings = new ArrayList<>();

    Sink(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
    }

    void add(FindingCode code, String variant, Subject subject, String pointer, Facts facts) {
      rules.grade(code, code.defaultSeverity())
          .ifPresent(s -> findings.add(Finding.of(code, s, subject, pointer, variant, facts)));
    }

    void add(FindingCode code, String label, String pointer, Facts facts) {
      add(code, "", Subject.of(Subject.Kind.CRITERION, label), pointer, facts);
    }
  }

  private static void check(Scorecard card, Criterion c, String pointer, int depth, Sink out) {
    String label = c.code().orElse(c.name());
    if (c.maximum().isPresent() && c.achieved().isPresent() && c.achieved().get().compareTo(c.maximum().get()) > 0) {
      out.add(FindingCode.SCORE_ABOVE_MAXIMUM, label, pointer + "/achieved", Facts.of(Fact.CRITERION, label)
          .and(Fact.ACHIEVED, c.achieved().get()).and(Fact.MAXIMUM, c.maximum().get()));
    }
    Optional<BigDecimal> limit = switch (card.index()) {
      case SIPAS -> Optional.of(HUNDRED);
      case PAPI -> depth == 0 && card.criteria().size() > 1 ? Optional.of(BigDecimal.TEN) : Optional.of(BigDecimal.valueOf(80));
      case PAR_INDEX -> Optional.of(HUNDRED);
      default -> Optional.empty();
    };
    if (limit.isPresent() && c.achieved().isPresent() && c.achieved().get().compareTo(limit.get()) > 0) {
      out.add(FindingCode.SCORE_OUT_OF_RANGE, label, pointer + "/achieved", Facts.of(Fact.CRITERION, label)
          .and(Fact.PRINTED, c.achieved().get()).and(Fact.LIMIT, limit.get()).and(Fact.INDEX, card.index()));
    }
    if (c.maximum().isPresent() && c.achieved().isPresent() && c.deducted().isPresent()) {
      BigDecimal computed = c.maximum().get().subtract(c.achieved().get());
      BigDecimal tolerance = tolerance(card, c.maximum().get(), c.achieved().get(), c.deducted().get());
      if (c.deducted().get().subtract(computed).abs().compareTo(tolerance) > 0) {
        out.add(FindingCode.SCORE_DEDUCTION_MISMATCH, label, pointer + "/deducted", Facts.of(Fact.CRITERION, label)
            .and(Fact.PRINTED, c.deducted().get()).and(Fact.COMPUTED, computed).and(Fact.TOLERANCE, tolerance));
      }
    }
    if (!c.children().isEmpty()) {
      boolean mean = card.index() == Scorecard.Index.SIPAS;
      boolean aggregate = mean || card.index() == Scorecard.Index.PAPI;
      for (String field : List.of("maximum", "achieved", "deducted")) {
        if (aggregate && !field.equals("achieved")) {
          continue;
        }
        Function<Criterion, Optional<BigDecimal>> get = switch (field) {
          case "maximum" -> Criterion::maximum;
          case "achieved" -> Criterion::achieved;
          default -> Criterion::deducted;
        };
        Optional<BigDecimal> printed = get.apply(c);
        Optional<BigDecimal> sum = sum(c.children(), get);
        if (printed.isEmpty() || sum.isEmpty()) {
          continue;
        }
        BigDecimal computed = mean ? sum.get().divide(BigDecimal.valueOf(c.children().size()), MathContext.DECIMAL64) : sum.get();
        List<BigDecimal> involved = new ArrayList<>();
        involved.add(printed.get());
        c.children().forEach(ch -> get.apply(ch).ifPresent(involved::add));
        BigDecimal tolerance = tolerance(card, involved.toArray(BigDecimal[]::new));
        if (printed.get().subtract(computed).abs().compareTo(tolerance) > 0) {
          FindingCode code = aggregate ? FindingCode.SCORE_AGGREGATE_MISMATCH : FindingCode.SCORE_CHILDREN_SUM_MISMATCH;
          out.add(code, label, pointer + "/" + field, Facts.of(Fact.CRITERION, label).and(Fact.FIELD, field)
              .and(Fact.PRINTED, printed.get()).and(Fact.COMPUTED, computed).and(Fact.METHOD, mean ? "mean" : "sum")
              .and(Fact.TOLERANCE, tolerance));
        }
      }
      if (card.index() != Scorecard.Index.SIPAS) {
        changeSum(card, label, pointer + "/change", c.change(), c.children(), out);
      }
      for (int i = 0; i < c.children().size(); i++) {
        check(card, c.children().get(i), pointer + "/children/" + i, depth + 1, out);
      }
    }
  }

  private static Optional<BigDecimal> sum(List<Criterion> nodes, Function<Criterion, Optional<BigDecimal>> get) {
    BigDecimal total = BigDecimal.ZERO;
    for (Criterion n : nodes) {
      Optional<BigDecimal> v = get.apply(n);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      total = total.add(v.get());
    }
    return nodes.isEmpty() ? Optional.empty() : Optional.of(total);
  }

  /**
   * Half a unit of the precision a check works at: the scorecard's stated precision, else the finest
   * printed among the values compared. A table prints a whole number ("5", full marks) without the
   * decimals its other figures carry; it is exact at the table's precision, so the finest printed
   * place decides, and a transcription error of one unit there is found.
   */
  static BigDecimal tolerance(Scorecard card, BigDecimal... printed) {
    int scale = card.precision().orElseGet(() -> {
      int finest = 0;
      for (BigDecimal p : printed) {
        finest = Math.max(finest, p.scale());
      }
      return finest;
    });
    return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
  }

  /**
   * Gets a criterion's achieved points in percent of its maximum.
   *
   * @param c the criterion, not null
   * @return the percent, to two decimals half up; empty without both figures or with a zero maximum
   */
  public static Optional<BigDecimal> percentOfMaximum(Criterion c) {
    if (c.maximum().isEmpty() || c.achieved().isEmpty() || c.maximum().get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(c.achieved().get().multiply(HUNDRED).divide(c.maximum().get(), 2, RoundingMode.HALF_UP));
  }

  /**
   * Gets a scorecard's overall score: the achieved points of its only top-level node; else the sum
   * of the top-level nodes' (PAR Index, PAPI), or their mean (SIPAS).
   *
   * @param card the scorecard, not null
   * @return the score, empty if a top-level node has no achieved points
   */
  public static Optional<BigDecimal> total(Scorecard card) {
    if (card.criteria().size() == 1) {
      return card.criteria().get(0).achieved();
    }
    Optional<BigDecimal> sum = sum(card.criteria(), Criterion::achieved);
    if (card.index() == Scorecard.Index.SIPAS) {
      return sum.map(s -> s.divide(BigDecimal.valueOf(card.criteria().size()), MathContext.DECIMAL64));
    }
    return sum;
  }

  /**
   * One node compared between two years.
   *
   * @param label the node's code, or its name
   * @param previous the earlier achieved points
   * @param current the later achieved points
   */
  public record Change(String label, BigDecimal previous, BigDecimal current) {
    /**
     * Gets the change in points.
     *
     * @return current minus previous
     */
    public BigDecimal delta() {
      return current.subtract(previous);
    }

    /**
     * Gets the direction of the change.
     *
     * @return 1 up, -1 down, 0 unchanged
     */
    public int direction() {
      return delta().signum();
    }

    /**
     * Gets the change relative to the earlier value, in percent to two decimals.
     *
     * @return the relative change, empty when the earlier value is zero
     */
    public Optional<BigDecimal> relativePercent() {
      return previous.signum() == 0 ? Optional.empty()
          : Optional.of(delta().multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP));
    }
  }

  /**
   * Compares two scorecards node by node, matching nodes by code (else name) along their paths; only
   * nodes with achieved points in both count.
   *
   * @param previous the earlier scorecard, not null
   * @param current the later scorecard, not null
   * @return the changes in the later scorecard's order
   */
  public static List<Change> compare(Scorecard previous, Scorecard current) {
    Map<String, BigDecimal> before = new LinkedHashMap<>();
    index(previous.criteria(), "", before);
    Map<String, BigDecimal> after = new LinkedHashMap<>();
    index(current.criteria(), "", after);
    List<Change> changes = new ArrayList<>();
    after.forEach((path, value) -> {
      BigDecimal old = before.get(path);
      if (old != null) {
        changes.add(new Change(path.substring(path.lastIndexOf('>') + 1), old, value));
      }
    });
    return changes;
  }

  private static void index(List<Criterion> nodes, String prefix, Map<String, BigDecimal> out) {
    for (Criterion c : nodes) {
      String path = prefix + ">" + c.code().orElse(c.name());
      c.achieved().ifPresent(a -> out.put(path, a));
      index(c.children(), path, out);
    }
  }

  /**
   * Ranks scorecards by their overall score, highest first; equal scores share a rank ("1, 2, 2, 4").
   * Scorecards without a score are left out.
   *
   * @param cards the scorecards, not null
   * @return each ranked scorecard with its score and rank
   */
  public static List<Ranked> rank(List<Scorecard> cards) {
    List<Ranked> scored = new ArrayList<>();
    for (Scorecard c : cards) {
      total(c).ifPresent(t -> scored.add(new Ranked(c, t, 0)));
    }
    scored.sort(Comparator.comparing(Ranked::score).reversed());
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      int rank = i > 0 && scored.get(i).score().compareTo(scored.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Ranked(scored.get(i).scorecard(), scored.get(i).score(), rank));
    }
    return ranked;
  }

  /**
   * A scorecard with its overall score and rank.
   *
   * @param scorecard the scorecard
   * @param score its overall score
   * @param rank its rank, 1 for the highest
   */
  public record Ranked(Scorecard scorecard, BigDecimal score, int rank) {}

  /**
   * Places a score in a group by floors, such as group A from 90 points ("từ 90 điểm trở lên").
   *
   * @param score the score, not null
   * @param floors the lowest score of each group, not null
   * @return the group of the highest floor not above the score, empty below every floor
   */
  public static Optional<String> group(BigDecimal score, NavigableMap<BigDecimal, String> floors) {
    return Optional.ofNullable(floors.floorEntry(Objects.requireNonNull(score, "score"))).map(Map.Entry::getValue);
  }

  /**
   * Places ranked scorecards in four groups by quartile of rank, as PAPI does: 1 highest, 2
   * high-average, 3 low-average, 4 lowest.
   *
   * @param ranked the ranked scorecards, highest first, not null
   * @return the group of each, in the same order
   */
  public static List<Integer> quartiles(List<Ranked> ranked) {
    List<Integer> groups = new ArrayList<>();
    int n = ranked.size();
    for (Ranked r : ranked) {
      groups.add(Math.min(4, 1 + (int) ((long) (r.rank() - 1) * 4 / Math.max(1, n))));
    }
    return groups;
  }
}
