package io.github.cchc.rules.read;

import io.github.cchc.model.Task;
import io.github.cchc.rules.CheckReport;
import java.util.List;

/**
 * The outcome of importing a task table (kết quả nhập bảng nhiệm vụ): the tasks read and the
 * findings of the import, each naming the row or cell it is about.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TaskImport {
  private final List<Task> tasks;
  private final CheckReport report;

  TaskImport(List<Task> tasks, CheckReport report) {
    this.tasks = List.copyOf(tasks);
    this.report = report;
  }

  /**
   * Gets the tasks, in table order, sub-rows inside their parents.
   *
   * @return the tasks, possibly empty
   */
  public List<Task> tasks() {
    return tasks;
  }

  /**
   * Gets the findings of the import, in table order; their pointers address the table as rows of
   * cells ("/11/2" is cell C12).
   *
   * @return the report, not null
   */
  public CheckReport report() {
    return report;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskImport other && tasks.equals(other.tasks) && report.equals(other.report);
  }

  @Override
  public int hashCode() {
    return tasks.hashCode() * 31 + report.hashCode();
  }

  @Override
  public String toString() {
    return "TaskImport[tasks=" + tasks.size() + ", " + report.counts() + "]";
  }
}
