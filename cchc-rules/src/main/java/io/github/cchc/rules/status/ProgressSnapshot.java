package io.github.cchc.rules.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.MalformedValueException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The progress of a plan's tasks as known on a date (báo cáo tiến độ).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressSnapshot.class)
@JsonDeserialize(as = ImmutableProgressSnapshot.class)
@JsonPropertyOrder({"asOf", "tasks"})
public abstract class ProgressSnapshot {
  ProgressSnapshot() {}

  /**
   * Gets the date the snapshot describes.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Gets the progress of each task reported; tasks not listed have made no reported progress.
   *
   * @return the progress, one entry per task at most
   */
  public abstract List<TaskProgress> tasks();

  /**
   * Obtains a snapshot.
   *
   * @param asOf the date, not null
   * @param tasks the progress of each task, not null
   * @return the snapshot, not null
   */
  public static ProgressSnapshot of(LocalDate asOf, List<TaskProgress> tasks) {
    return ImmutableProgressSnapshot.builder().asOf(asOf).addAllTasks(tasks).build();
  }

  /**
   * Finds the progress of a task.
   *
   * @param taskPointer the task's JSON Pointer, not null
   * @return the progress, empty if none is reported
   */
  public Optional<TaskProgress> find(String taskPointer) {
    return Optional.ofNullable(index().get(taskPointer));
  }

  @Value.Lazy
  java.util.Map<String, TaskProgress> index() {
    java.util.Map<String, TaskProgress> index = new java.util.HashMap<>();
    tasks().forEach(t -> index.put(t.task(), t));
    return java.util.Collections.unmodifiableMap(index);
  }

  @Value.Check
  final void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tasks().size(); i++) {
      TaskProgress t = tasks().get(i);
      if (!seen.add(t.task())) {
        throw new MalformedValueException("tasks/" + i + "/task", "Progress snapshot reports task \"" + t.task()
            + "\" twice", "bản tiến độ nêu mục \"" + t.task() + "\" hai lần");
      }
      if (t.completedOn().filter(d -> d.isAfter(asOf())).isPresent()) {
        throw new MalformedValueException("tasks/" + i + "/completedOn", "Progress snapshot task \"" + t.task()
            + "\" is completed on " + t.completedOn().get() + ", after the snapshot's date " + asOf(), "mục \"" + t.task()
            + "\" hoàn thành ngày " + t.completedOn().get() + ", sau ngày của bản tiến độ " + asOf());
      }
    }
  }
}
