package io.github.cchc.rules.status;

import io.github.cchc.model.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One task's status on a date (trạng thái nhiệm vụ): the row, its JSON Pointer and label, its last
 * allowed day, its completion, and for a recurring task the status of each occurrence due so far.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TaskState {
  private final Task task;
  private final String pointer;
  private final String label;
  private final Optional<LocalDate> dueDate;
  private final Optional<LocalDate> completedOn;
  private final TaskStatus status;
  private final List<TaskStatus> occurrences;

  TaskState(Task task, String pointer, String label, Optional<LocalDate> dueDate, Optional<LocalDate> completedOn,
      TaskStatus status, List<TaskStatus> occurrences) {
    this.task = task;
    this.pointer = pointer;
    this.label = label;
    this.dueDate = dueDate;
    this.completedOn = completedOn;
    this.status = status;
    this.occurrences = List.copyOf(occurrences);
  }

  /**
   * Gets the row.
   *
   * @return the task, not null
   */
  public Task task() {
    return task;
  }

  /**
   * Gets the row's JSON Pointer in the plan's document.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the row's label: its printed number, or where it stands ("after 35", "3/a)").
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Gets the last allowed day, taken from the row or, for a sub-row that prints none, its parent.
   *
   * @return the day, empty when the timeframe has none
   */
  public Optional<LocalDate> dueDate() {
    return dueDate;
  }

  /**
   * Gets the day the task was completed, by the as-of date.
   *
   * @return the day, empty if not completed
   */
  public Optional<LocalDate> completedOn() {
    return completedOn;
  }

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  public TaskStatus status() {
    return status;
  }

  /**
   * Gets, for a recurring task, the status of each occurrence whose period has begun.
   *
   * @return the statuses, first occurrence first; empty for other tasks
   */
  public List<TaskStatus> occurrences() {
    return occurrences;
  }

  @Override
  public String toString() {
    return label + " " + status + dueDate.map(d -> " due " + d).orElse("");
  }
}
