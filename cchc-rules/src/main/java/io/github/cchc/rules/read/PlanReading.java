package io.github.cchc.rules.read;

import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PlanReader} made of a document (kết quả đọc kế hoạch): the plan, unless the document
 * is not one or lacks what a plan cannot be without, and the {@code READ_*} and {@code IMPORT_*}
 * findings about what could not be read as it stands, each naming its line.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanReading {
  private final Optional<Plan> plan;
  private final CheckReport report;

  PlanReading(Optional<Plan> plan, CheckReport report) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Gets the plan read.
   *
   * @return the plan; empty if the document is not a plan, or its year or tier could not be told
   *     and was not given, which the report then says
   */
  public Optional<Plan> plan() {
    return plan;
  }

  /**
   * Gets the findings about the reading.
   *
   * @return the report, not null
   */
  public CheckReport report() {
    return report;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanReading other && plan.equals(other.plan) && report.equals(other.report);
  }

  @Override
  public int hashCode() {
    return plan.hashCode() * 31 + report.hashCode();
  }

  @Override
  public String toString() {
    return "PlanReading[" + plan.map(Plan::id).orElse("no plan") + ", " + report.counts() + "]";
  }
}
