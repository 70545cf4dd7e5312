package io.github.cchc.rules.status;

import io.github.cchc.model.TaskRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One task's status on a date (trạng thái nhiệm vụ): the row (with its JSON Pointer and label), its
 * last allowed day, its completion, and for a recurring task the status of each occurrence due so far.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TaskState {
  private final TaskRow row;
  private final Optional<LocalDate> dueDate;
  private final Optional<LocalDate> completedOn;
  private final TaskStatus status;
  private final List<TaskStatus> occurrences;

  TaskState(TaskRow row, Optional<LocalDate> dueDate, Optional<LocalDate> completedOn, TaskStatus status,
      List<TaskStatus> occurrences) {
    this.row = row;
    this.dueDate = dueDate;
    this.completedOn = completedOn;
    this.status = status;
    this.occurrences = List.copyOf(occurrences);
  }

  /**
   * Gets the row: the task, its JSON Pointer in the plan's document and its label ("57", "3/a)",
   * "after 35").
   *
   * @return the row, not null
   */
  public TaskRow row() {
    return row;
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
    return row.label() + " " + status + dueDate.map(d -> " due " + d).orElse("");
  }
}
