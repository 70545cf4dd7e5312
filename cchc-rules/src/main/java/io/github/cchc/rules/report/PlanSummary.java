package io.github.cchc.rules.report;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Plan;
import io.github.cchc.model.TaskRow;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.status.HealthReason;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.PlanStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The first screen of a plan's report (tóm tắt): which plan, under which decision, how many
 * findings of each severity and which codes come most, the health and why when a status is known,
 * and the plan's rows counted once, each count named by what it counts. What the command line
 * prints first and a report page shows on top.
 *
 * @param plan the plan's id, not null
 * @param title the plan's title as printed, not null
 * @param issuingDocument the issuing decision, if the plan prints one
 * @param counts the findings by severity, every severity present, not null
 * @param commonest the codes that come most, at most three, most first, not null
 * @param health the plan's health, when a status is known
 * @param reasons what led to it, empty without a status
 * @param rows the plan's rows counted, not null
 */
public record PlanSummary(String plan, String title, Optional<DocumentRef> issuingDocument, Map<Severity, Integer> counts,
    List<CodeCount> commonest, Optional<PlanHealth> health, List<HealthReason> reasons, Rows rows) {

  /** How many of the commonest codes a summary names. */
  public static final int COMMONEST = 3;

  /**
   * A code and how many findings carry it.
   *
   * @param code the code, not null
   * @param count how many, at least 1
   */
  public record CodeCount(String code, int count) {
    /** Checks the components. */
    public CodeCount {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * The rows of a plan's task table, each count named by what it counts.
   *
   * @param topLevel rows at the top level of the table, as numbered in it
   * @param all rows with their sub-rows
   * @param tracked the items work is tracked on ({@code Plan#trackedItems()}): leaf rows the source
   *     prints legibly, and measures and key targets that give their own deadline
   * @param illegible rows the source does not print legibly
   */
  public record Rows(int topLevel, int all, int tracked, int illegible) {}

  /** Checks the components and keeps unmodifiable copies. */
  public PlanSummary {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuingDocument, "issuingDocument");
    counts = Map.copyOf(counts);
    commonest = List.copyOf(commonest);
    Objects.requireNonNull(health, "health");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(rows, "rows");
  }

  /**
   * Summarises a plan as checked.
   *
   * @param plan the plan, not null
   * @param report its findings, not null
   * @return the summary, not null
   */
  public static PlanSummary of(Plan plan, CheckReport report) {
    return of(plan, report, Optional.empty());
  }

  /**
   * Summarises a plan as checked on a date, with its status.
   *
   * @param plan the plan, not null
   * @param report its findings on that date, not null
   * @param status its status on that date, not null
   * @return the summary, not null
   */
  public static PlanSummary of(Plan plan, CheckReport report, PlanStatus status) {
    return of(plan, report, Optional.of(status));
  }

  private static PlanSummary of(Plan plan, CheckReport report, Optional<PlanStatus> status) {
    Map<String, Integer> byCode = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byCode.merge(f.code(), 1, Integer::sum);
    }
    List<CodeCount> codes = new ArrayList<>();
    byCode.forEach((code, n) -> codes.add(new CodeCount(code, n)));
    codes.sort(Comparator.comparingInt(CodeCount::count).reversed().thenComparing(CodeCount::code));
    List<TaskRow> all = plan.rows();
    Rows rows = new Rows(plan.tasks().size(), all.size(), plan.trackedItems().size(),
        (int) all.stream().filter(r -> r.task().illegible()).count());
    return new PlanSummary(plan.id(), plan.title(), plan.issuingDocument(), report.counts(),
        codes.subList(0, Math.min(COMMONEST, codes.size())), status.map(PlanStatus::health),
        status.map(PlanStatus::reasons).orElse(List.of()), rows);
  }
}
