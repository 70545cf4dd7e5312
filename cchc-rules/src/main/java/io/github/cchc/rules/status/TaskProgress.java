package io.github.cchc.rules.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What is known of one task's progress (tiến độ nhiệm vụ): when it was completed, or how far it
 * has come. The task is named by its JSON Pointer in the plan's document ("/tasks/56").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskProgress.class)
@JsonDeserialize(as = ImmutableTaskProgress.class)
@JsonPropertyOrder({"task", "completedOn", "percent", "note", "occurrencesCompletedOn"})
public abstract class TaskProgress {
  TaskProgress() {}

  /**
   * Gets the JSON Pointer of the tracked item in the plan's document: a row ("/tasks/56") or a dated measure or key target ("/measures/3").
   *
   * @return the pointer, such as "/tasks/56" or "/tasks/0/subtasks/1"
   */
  public abstract String task();

  /**
   * Gets the day the task was completed.
   *
   * @return the day, empty if it is not completed
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Gets how far the task has come.
   *
   * @return the percent, 0 to 100, empty if not reported
   */
  public abstract Optional<Integer> percent();

  /**
   * Gets a note as reported.
   *
   * @return the note, empty if none
   */
  public abstract Optional<String> note();

  /**
   * Gets, for a recurring task, the day each occurrence was completed, first occurrence first
   * (the January report of a monthly task, then February's …).
   *
   * @return the days, possibly empty
   */
  public abstract java.util.List<LocalDate> occurrencesCompletedOn();

  /**
   * Obtains the progress of a completed task.
   *
   * @param taskPointer the task's JSON Pointer, not null
   * @param completedOn the day it was completed, not null
   * @return the progress, not null
   */
  public static TaskProgress completed(String taskPointer, LocalDate completedOn) {
    return ImmutableTaskProgress.builder().task(taskPointer).completedOn(completedOn).percent(100).build();
  }

  /**
   * Obtains the progress of an open task.
   *
   * @param taskPointer the task's JSON Pointer, not null
   * @param percent how far it has come, 0 to 99
   * @return the progress, not null
   */
  public static TaskProgress open(String taskPointer, int percent) {
    return ImmutableTaskProgress.builder().task(taskPointer).percent(percent).build();
  }

  /**
   * Obtains the progress of a recurring task.
   *
   * @param taskPointer the task's JSON Pointer, not null
   * @param occurrencesCompletedOn the day each occurrence was completed, first occurrence first
   * @return the progress, not null
   */
  public static TaskProgress recurring(String taskPointer, java.util.List<LocalDate> occurrencesCompletedOn) {
    return ImmutableTaskProgress.builder().task(taskPointer).occurrencesCompletedOn(occurrencesCompletedOn).build();
  }

  @Value.Check
  final void check() {
    // A tracked item is a row of the task table, or a dated measure or key target of the text.
    if (!task().startsWith("/tasks/") && !task().startsWith("/measures/") && !task().startsWith("/keyTargets/")) {
      throw new io.github.cchc.model.MalformedValueException("task", "Task progress must name a tracked item by its JSON "
          + "Pointer, such as \"/tasks/56\" or \"/measures/3\", was \"" + task() + "\"", "tiến độ phải chỉ ra mục được theo "
          + "dõi bằng đường dẫn JSON, như \"/tasks/56\" hay \"/measures/3\"; đang là \"" + task() + "\"");
    }
    percent().filter(p -> p < 0 || p > 100).ifPresent(p -> {
      throw new io.github.cchc.model.MalformedValueException("percent", "Task progress percent must be 0 to 100, was " + p,
          "tỷ lệ hoàn thành phải từ 0 đến 100%, đang là " + p);
    });
  }
}
