package io.github.cchc.rules;

import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.rules.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
    CELL,
    /** An entry of the inputs beside the plan, by its JSON Pointer in them: "/progress/tasks/3". */
    INPUT,
    /** A line of a document read into a plan, counted from 1: "57". */
    LINE
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

  /**
   * Describes the subject as a reader says it: "nhiệm vụ 57", "lĩnh vực Cải cách thể chế", "báo
   * cáo quý, quý 1"; in English "task 57", "area Institutional reform".
   *
   * @param locale the reader's locale: English for English locales, Vietnamese otherwise; not null
   * @return the description, not blank
   */
  public String describe(Locale locale) {
    String noun = Messages.enumName(kind, locale);
    if (label.isEmpty()) {
      return noun;
    }
    return noun + " " + switch (kind) {
      case TASK -> Messages.rowLabel(label, locale);
      case AREA -> area().map(a -> Messages.format(a, locale)).orElse(label);
      case REPORT -> report(locale);
      default -> label;
    };
  }

  private Optional<ReformArea> area() {
    for (ReformArea a : ReformArea.values()) {
      if (a.name().equals(label)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** A report's label is its kind and quarter, "QUARTERLY Q1", as {@code REPORT_*} findings name it. */
  private String report(Locale locale) {
    int space = label.indexOf(" Q");
    for (ReportRequirement.Kind k : ReportRequirement.Kind.values()) {
      if (space > 0 && k.name().equals(label.substring(0, space))) {
        return Messages.template(locale, "label.report").replace("{report}", Messages.format(k, locale))
            .replace("{quarter}", label.substring(space + 2));
      }
    }
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

  /** Returns "task 57", "plan": the kind's constant and the label, for logs; see {@link #describe}. */
  @Override
  public String toString() {
    return label.isEmpty() ? kind.name().toLowerCase(java.util.Locale.ROOT)
        : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + label;
  }
}
