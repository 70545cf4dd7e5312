package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A multi-year programme above yearly plans (chương trình, kế hoạch giai đoạn): the Government's
 * master programme for 2021–2030, a province's plan for 2021–2025. Its period is cut into phases
 * (giai đoạn), each with the targets to reach by its last year ("đến năm 2025"); yearly plans are
 * checked against the phase their year falls in, and the programme's progress is followed through
 * yearly results.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramme.class)
@JsonDeserialize(as = ImmutableProgramme.class)
@JsonPropertyOrder({"id", "title", "decision", "phases"})
public abstract class Programme {
  Programme() {}

  /**
   * One phase of a programme (giai đoạn): its years and the targets to reach by the last of them.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePhase.class)
  @JsonDeserialize(as = ImmutablePhase.class)
  @JsonPropertyOrder({"label", "firstYear", "lastYear", "targets"})
  public abstract static class Phase {
    Phase() {}

    /**
     * Gets the phase as printed ("Giai đoạn 2021 – 2025").
     *
     * @return the label, not blank
     */
    public abstract String label();

    /**
     * Gets the phase's first year.
     *
     * @return the year, not null
     */
    public abstract Year firstYear();

    /**
     * Gets the phase's last year, by which its targets are to be reached.
     *
     * @return the year, not before the first
     */
    public abstract Year lastYear();

    /**
     * Gets the targets to reach by the last year.
     *
     * @return the targets, in the programme's order
     */
    public abstract List<Target> targets();

    /**
     * Obtains a phase.
     *
     * @param label the phase as printed, not blank
     * @param firstYear its first year, not null
     * @param lastYear its last year, not before the first
     * @param targets the targets to reach by the last year, not null
     * @return the phase, not null
     * @throws MalformedValueException if the label is blank or the years run backwards
     */
    public static Phase of(String label, Year firstYear, Year lastYear, List<Target> targets) {
      return ImmutablePhase.builder().label(label).firstYear(firstYear).lastYear(lastYear).addAllTargets(targets).build();
    }

    /**
     * Checks if a year falls in the phase.
     *
     * @param year the year, not null
     * @return true if it is one of the phase's years
     */
    public boolean contains(Year year) {
      return !year.isBefore(firstYear()) && !year.isAfter(lastYear());
    }

    @Value.Check
    final void check() {
      Texts.requireNonBlank(label(), "label", "Programme phase label", "tên giai đoạn");
      if (lastYear().isBefore(firstYear())) {
        throw new MalformedValueException("lastYear", "Programme phase \"" + label() + "\" ends in " + lastYear()
            + ", before it begins in " + firstYear(), "Giai đoạn \"" + label() + "\" kết thúc năm " + lastYear()
            + ", trước năm bắt đầu " + firstYear());
      }
    }
  }

  /**
   * Gets the id, a stable key such as {@code "cchc-2021-2030"}.
   *
   * @return the id, without whitespace, not empty
   */
  public abstract String id();

  /**
   * Gets the title as printed.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Gets the decision or resolution that issued the programme.
   *
   * @return the citation, empty if not recorded
   */
  public abstract Optional<DocumentRef> decision();

  /**
   * Gets the phases, in order, each beginning the year after the one before ends.
   *
   * @return the phases, not empty
   */
  public abstract List<Phase> phases();

  /**
   * Gets the programme's first year.
   *
   * @return the first phase's first year
   */
  public Year firstYear() {
    return phases().get(0).firstYear();
  }

  /**
   * Gets the programme's last year.
   *
   * @return the last phase's last year
   */
  public Year lastYear() {
    return phases().get(phases().size() - 1).lastYear();
  }

  /**
   * Finds the phase a year falls in.
   *
   * @param year the year, not null
   * @return the phase, empty if the year is outside the programme's period
   */
  public Optional<Phase> phaseOf(Year year) {
    Objects.requireNonNull(year, "year");
    return phases().stream().filter(p -> p.contains(year)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "id", "Programme id", "mã chương trình");
    Texts.requireNonBlank(title(), "title", "Programme \"" + id() + "\" title", "tên chương trình \"" + id() + "\"");
    if (phases().isEmpty()) {
      throw new MalformedValueException("phases", "Programme \"" + id() + "\" has no phase",
          "Chương trình \"" + id() + "\" không có giai đoạn nào");
    }
    for (int i = 0; i < phases().size(); i++) {
      Phase p = phases().get(i);
      if (p.firstYear().isBefore(Plan.FIRST_YEAR) || p.lastYear().isAfter(Plan.LAST_YEAR)) {
        throw new MalformedValueException("phases", "Programme \"" + id() + "\" phase \"" + p.label() + "\" lies outside "
            + Plan.FIRST_YEAR + " to " + Plan.LAST_YEAR, "Chương trình \"" + id() + "\": giai đoạn \"" + p.label()
            + "\" nằm ngoài các năm " + Plan.FIRST_YEAR + " đến " + Plan.LAST_YEAR);
      }
      if (i > 0 && !p.firstYear().equals(phases().get(i - 1).lastYear().plusYears(1))) {
        throw new MalformedValueException("phases", "Programme \"" + id() + "\" phase \"" + p.label() + "\" begins in "
            + p.firstYear() + ", not the year after the phase before ends (" + phases().get(i - 1).lastYear() + ")",
            "Chương trình \"" + id() + "\": giai đoạn \"" + p.label() + "\" bắt đầu năm " + p.firstYear()
            + ", không nối tiếp giai đoạn trước (kết thúc năm " + phases().get(i - 1).lastYear() + ")");
      }
    }
  }

  /** Builds a {@link Programme}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
