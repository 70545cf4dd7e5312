package io.github.cchc.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A target where a plan states it (chỉ tiêu trong kế hoạch): among the key targets or in a task's
 * row, with the JSON Pointer of the statement and the label a reader uses: the target's printed
 * number ("II.6"), else "#" and its position among the key targets, else the label of its row.
 *
 * @param target the target, not null
 * @param pointer the JSON Pointer of the target in the plan's document, not null
 * @param label the label a reader uses, not blank
 * @param row the task row stating it, empty for a key target
 */
public record StatedTarget(Target target, String pointer, String label, Optional<TaskRow> row) {
  /**
   * Creates a stated target.
   *
   * @param target the target, not null
   * @param pointer the JSON Pointer of the target, not null
   * @param label the label, not null
   * @param row the row stating it, empty for a key target
   */
  public StatedTarget {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(row, "row");
  }
}
