package io.github.cchc.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of many plans checked together (tổng hợp kết quả kiểm tra): each plan's report by
 * plan id, and the counts of all by severity and by code — a province's departments and
 * communes, or a country's provinces.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Rollup {
  private final Map<String, CheckReport> reports;
  private final Map<Severity, Long> bySeverity;
  private final Map<String, Long> byCode;

  Rollup(Map<String, CheckReport> reports) {
    this.reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    Map<Severity, Long> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, 0L);
    }
    Map<String, Long> codes = new TreeMap<>();
    for (CheckReport r : reports.values()) {
      for (Finding f : r.findings()) {
        severities.merge(f.severity(), 1L, Long::sum);
        codes.merge(f.code(), 1L, Long::sum);
      }
    }
    this.bySeverity = Collections.unmodifiableMap(severities);
    this.byCode = Collections.unmodifiableMap(codes);
  }

  /**
   * Gets each plan's report, by plan id, in the order checked.
   *
   * @return the reports, not null
   */
  public Map<String, CheckReport> reports() {
    return reports;
  }

  /**
   * Gets the number of findings of each severity over all plans.
   *
   * @return the counts, every severity present
   */
  public Map<Severity, Long> bySeverity() {
    return bySeverity;
  }

  /**
   * Gets the number of findings of each code over all plans.
   *
   * @return the counts by code, in code order
   */
  public Map<String, Long> byCode() {
    return byCode;
  }

  /**
   * Counts the plans with at least one error.
   *
   * @return the count
   */
  public long plansWithErrors() {
    return reports.values().stream().filter(CheckReport::hasErrors).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rollup r && reports.equals(r.reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  /** Returns the counts, for example "Rollup[3 plans, {ERROR=2, WARNING=5, INFO=0}]". */
  @Override
  public String toString() {
    return "Rollup[" + reports.size() + " plans, " + bySeverity + "]";
  }
}
