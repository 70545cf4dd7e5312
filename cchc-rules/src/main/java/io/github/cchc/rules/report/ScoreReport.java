package io.github.cchc.rules.report;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Scorecard;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.stats.Scorecards;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorecard checked, as a report states it (báo cáo kết quả chỉ số): its criteria with their
 * figures, the changes against the previous year when given, and the findings of the check. What
 * {@code ReportJson} writes as {@code cchc.score/1} and reads back.
 *
 * @param index the index, not null
 * @param year the year scored, not null
 * @param subject who is scored: the reference of the scored party, not null
 * @param total the total score, if the scorecard gives one
 * @param criteria every criterion, parents before children, not null
 * @param changes each criterion's change against the previous year, not null
 * @param findings the findings of the check, not null
 */
public record ScoreReport(Scorecard.Index index, Year year, String subject, Optional<BigDecimal> total,
    List<Line> criteria, List<Scorecards.Change> changes, CheckReport findings) {

  /**
   * One criterion.
   *
   * @param depth 0 for a top-level criterion, 1 for its children…
   * @param code the criterion's code as printed, if any
   * @param name the criterion's name, not null
   * @param maximum its maximum points, if printed
   * @param achieved its achieved points, if printed
   * @param change its change against the previous year, as printed
   * @param percentOfMaximum achieved in percent of maximum, when both are printed
   */
  public record Line(int depth, Optional<String> code, String name, Optional<BigDecimal> maximum,
      Optional<BigDecimal> achieved, Optional<BigDecimal> change, Optional<BigDecimal> percentOfMaximum) {
    /** Checks the components. */
    public Line {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(maximum, "maximum");
      Objects.requireNonNull(achieved, "achieved");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(percentOfMaximum, "percentOfMaximum");
    }
  }

  /** Checks the components and keeps unmodifiable copies. */
  public ScoreReport {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(total, "total");
    criteria = List.copyOf(criteria);
    changes = List.copyOf(changes);
    Objects.requireNonNull(findings, "findings");
  }

  /**
   * Obtains the report of a scorecard, its check and its changes.
   *
   * @param card the scorecard, not null
   * @param changes its changes against the previous year, empty if none was given
   * @param findings the findings of its check, not null
   * @return the report, not null
   */
  public static ScoreReport of(Scorecard card, List<Scorecards.Change> changes, CheckReport findings) {
    List<Line> lines = new ArrayList<>();
    walk(card.criteria(), 0, lines);
    return new ScoreReport(card.index(), card.year(), card.subject().ref(), Scorecards.total(card), lines, changes,
        findings);
  }

  private static void walk(List<Criterion> nodes, int depth, List<Line> out) {
    for (Criterion c : nodes) {
      out.add(new Line(depth, c.code(), c.name(), c.maximum(), c.achieved(), c.change(), Scorecards.percentOfMaximum(c)));
      walk(c.children(), depth + 1, out);
    }
  }
}
