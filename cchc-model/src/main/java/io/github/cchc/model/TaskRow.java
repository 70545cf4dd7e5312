package io.github.cchc.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a plan's task table as a reader sees it (dòng của bảng nhiệm vụ): the task, the JSON
 * Pointer of its row in the plan's document, the label a reader uses for it, its parent row, and
 * what it inherits from that parent.
 *
 * <p>Tables print what a row shares with its sub-rows once, on the parent: a sub-row that names no
 * lead agency, coordinator, product, timeframe or reform area takes its parent's. The accessors
 * {@link #leads()}, {@link #coordinators()}, {@link #products()}, {@link #timeframe()} and
 * {@link #area()} apply that inheritance; {@link #task()} gives the row as printed.
 *
 * <p>Labels: the printed number ("57"); "after 35" for an unnumbered top-level row after row 35
 * ("#1" before any number); for a sub-row its parent's label, a slash and its own number ("3/a)"),
 * or "-" or "#" and its position for bullets and unnumbered sub-rows ("1/-2").
 *
 * <p>A measure or key target whose text gives its own deadline is tracked like a row (see
 * {@link Plan#trackedItems()}): it is a row of no table, whose pointer is the statement's
 * ("/measures/3") and whose label its place in the plan's outline ("II.1.b-1").
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TaskRow {
  private final Task task;
  /** Made on first use: a check reads the pointer of the few rows it reports, not of every row. */
  private String pointer;
  private final String label;
  private final Optional<TaskRow> parent;
  private final int index;

  private TaskRow(Task task, String label, Optional<TaskRow> parent, int index) {
    this.task = task;
    this.label = label;
    this.parent = parent;
    this.index = index;
  }

  /** A dated statement of the plan's text, tracked as a row of no table. */
  static TaskRow ofStatement(Task task, String pointer, String label) {
    TaskRow row = new TaskRow(task, label, Optional.empty(), -1);
    row.pointer = pointer;
    return row;
  }

  /**
   * Checks if this is a dated measure or key target rather than a row of the task table.
   *
   * @return true for a statement of the plan's text
   */
  public boolean isStatement() {
    return index < 0;
  }

  /** The rows of a plan's tables, parents before their sub-rows, in document order. */
  static List<TaskRow> of(List<Task> tasks) {
    List<TaskRow> rows = new ArrayList<>(tasks.size());
    String lastNumber = null;
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      String label;
      if (t.number().isPresent()) {
        label = t.number().get();
        lastNumber = label;
      } else {
        label = lastNumber == null ? "#" + (i + 1) : "after " + lastNumber;
      }
      add(rows, t, label, Optional.empty(), i);
    }
    return Collections.unmodifiableList(rows);
  }

  private static void add(List<TaskRow> rows, Task task, String label, Optional<TaskRow> parent, int index) {
    TaskRow row = new TaskRow(task, label, parent, index);
    rows.add(row);
    for (int i = 0; i < task.subtasks().size(); i++) {
      Task sub = task.subtasks().get(i);
      String own = sub.number().filter(n -> !n.equals("-")).orElse((sub.number().isPresent() ? "-" : "#") + (i + 1));
      add(rows, sub, label + "/" + own, Optional.of(row), i);
    }
  }

  /**
   * Gets the task as the row prints it, without inheritance.
   *
   * @return the task, not null
   */
  public Task task() {
    return task;
  }

  /**
   * Gets the JSON Pointer of the row in the plan's document ("/tasks/3/subtasks/0").
   *
   * @return the pointer, not null
   */
  public String pointer() {
    // Racy but benign: every thread computes the same immutable string.
    String p = pointer;
    if (p == null) {
      p = parent.isPresent() ? parent.get().pointer() + "/subtasks/" + index : "/tasks/" + index;
      pointer = p;
    }
    return p;
  }

  /**
   * Gets the label a reader uses for the row ("57", "3/a)", "after 35").
   *
   * @return the label, not blank
   */
  public String label() {
    return label;
  }

  /**
   * Gets the row this one is a sub-row of.
   *
   * @return the parent row, empty for a top-level row
   */
  public Optional<TaskRow> parent() {
    return parent;
  }

  /**
   * Gets the row's position among its siblings, from 0.
   *
   * @return the index, not negative
   */
  public int index() {
    return index;
  }

  /**
   * Checks if the row has no sub-rows: the rows work is done on.
   *
   * @return true for a leaf row
   */
  public boolean isLeaf() {
    return task.isLeaf();
  }

  /**
   * Checks if the row is counted by completeness and status: a leaf row the source prints legibly.
   *
   * @return true for a counted row
   */
  public boolean isCounted() {
    return task.isLeaf() && !task.illegible();
  }

  /**
   * Gets the lead agencies, the parent's when the row names none.
   *
   * @return the leads, possibly empty
   */
  public List<Party> leads() {
    return !task.leads().isEmpty() ? task.leads() : parent.map(TaskRow::leads).orElse(List.of());
  }

  /**
   * Gets the coordinating agencies, the parent's when the row names none.
   *
   * @return the coordinators, possibly empty
   */
  public List<Party> coordinators() {
    return !task.coordinators().isEmpty() ? task.coordinators() : parent.map(TaskRow::coordinators).orElse(List.of());
  }

  /**
   * Gets the products, the parent's when the row names none.
   *
   * @return the products, possibly empty
   */
  public List<Product> products() {
    return !task.products().isEmpty() ? task.products() : parent.map(TaskRow::products).orElse(List.of());
  }

  /**
   * Gets the timeframe, the parent's when the row prints none; a row whose own timeframe text could
   * not be read inherits nothing.
   *
   * @return the timeframe, empty if none applies or it could not be read
   */
  public Optional<Timeframe> timeframe() {
    if (task.timeframe().isPresent() || task.unreadTimeframe().isPresent()) {
      return task.timeframe();
    }
    return parent.flatMap(TaskRow::timeframe);
  }

  /**
   * Checks if the row or a parent prints a timeframe, read or not.
   *
   * @return true if some timeframe text applies to the row
   */
  public boolean hasTimeframeText() {
    return task.timeframe().isPresent() || task.unreadTimeframe().isPresent()
        || parent.map(TaskRow::hasTimeframeText).orElse(false);
  }

  /**
   * Gets the reform area, the parent's when the row names none.
   *
   * @return the area, empty if neither names one
   */
  public Optional<ReformArea> area() {
    return task.area().or(() -> parent.flatMap(p -> p.task().area()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskRow r && pointer().equals(r.pointer()) && label.equals(r.label) && task.equals(r.task);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer(), label);
  }

  /** Returns "row 57 /tasks/60". */
  @Override
  public String toString() {
    return "row " + label + " " + pointer();
  }
}
