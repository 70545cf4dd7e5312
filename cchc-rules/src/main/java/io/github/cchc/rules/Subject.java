package io.github.cchc.rules;

import java.util.Objects;

/**
 * What a finding is about (đối tượng), as a reader names it: "task 57", "target II.6", "area
 * IMPACT", "plan", "cell C12" of an imported table.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Subject {
  /** The kinds of subject. */
  public enum Kind {
    /** The plan as a whole. */
    PLAN,
    /** A row of the task table, by its printed number. */
    TASK,
    /** A target, by its label. */
    TARGET,
    /** A reform area. */
    AREA,
    /** An agency or unit. */
    AGENCY,
    /** A cited document. */
    DOCUMENT,
    /** A periodic report. */
    REPORT,
    /** A dossier of an administrative procedure, by its id. */
    DOSSIER,
    /** A criterion of a scorecard, by its code or name. */
    CRITERION,
    /** A row of an imported table, by its number counted from 1: "12". */
    ROW,
    /** A cell of an imported table, by its spreadsheet address: "C12" is the third column of row 12. */
    CELL
  }

  private static final Subject PLAN = new Subject(Kind.PLAN, "");

  private final Kind kind;
  private final String label;

  private Subject(Kind kind, String label) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.label = Objects.requireNonNull(label, "label");
  }

  /**
   * Obtains a subject.
   *
   * @param kind the kind, not null
   * @param label how the document names it ("57", "II.6", "row after 35"), not null
   * @return the subject, not null
   */
  public static Subject of(Kind kind, String label) {
    return kind == Kind.PLAN && label.isEmpty() ? PLAN : new Subject(kind, label);
  }

  /**
   * Obtains the subject standing for the whole plan.
   *
   * @return the plan subject, not null
   */
  public static Subject plan() {
    return PLAN;
  }

  /**
   * Gets the kind.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the label.
   *
   * @return the label, empty for the plan
   */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject other && kind == other.kind && label.equals(other.label);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + label.hashCode();
  }

  /** Returns "task 57", "plan". */
  @Override
  public String toString() {
    return label.isEmpty() ? kind.name().toLowerCase(java.util.Locale.ROOT)
        : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + label;
  }
}
