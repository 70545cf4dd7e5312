package io.github.cchc.rules.status;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of tasks by status for a group of tasks (thống kê): an area, a lead agency, the plan.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Tally {
  private final Map<TaskStatus, Integer> counts;

  private Tally(Map<TaskStatus, Integer> counts) {
    this.counts = counts;
  }

  static Tally of(Iterable<TaskStatus> statuses) {
    Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
    for (TaskStatus s : TaskStatus.values()) {
      counts.put(s, 0);
    }
    statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
    return new Tally(java.util.Collections.unmodifiableMap(counts));
  }

  /**
   * Obtains a tally from counts by status, as a status report prints them.
   *
   * @param counts the count of each status; a status not given counts 0
   * @return the tally, not null
   * @throws io.github.cchc.model.MalformedValueException if a count is negative
   */
  public static Tally of(Map<TaskStatus, Integer> counts) {
    Map<TaskStatus, Integer> all = new EnumMap<>(TaskStatus.class);
    for (TaskStatus s : TaskStatus.values()) {
      int n = counts.getOrDefault(s, 0);
      if (n < 0) {
        throw new io.github.cchc.model.MalformedValueException("Tally of " + s + " must not be negative, was " + n);
      }
      all.put(s, n);
    }
    return new Tally(java.util.Collections.unmodifiableMap(all));
  }

  /**
   * Gets the number of tasks with a status.
   *
   * @param status the status, not null
   * @return the count, not negative
   */
  public int count(TaskStatus status) {
    return counts.get(status);
  }

  /**
   * Gets the counts by status, every status present.
   *
   * @return the counts, not null
   */
  public Map<TaskStatus, Integer> counts() {
    return counts;
  }

  /**
   * Gets the number of tasks counted.
   *
   * @return the total, the sum of the counts
   */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Gets the number of tasks completed on time.
   *
   * @return the count
   */
  public int onTime() {
    return count(TaskStatus.COMPLETED_ON_TIME);
  }

  /**
   * Gets the number of tasks completed late.
   *
   * @return the count
   */
  public int late() {
    return count(TaskStatus.COMPLETED_LATE);
  }

  /**
   * Gets the number of tasks overdue.
   *
   * @return the count
   */
  public int overdue() {
    return count(TaskStatus.OVERDUE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally t && counts.equals(t.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
