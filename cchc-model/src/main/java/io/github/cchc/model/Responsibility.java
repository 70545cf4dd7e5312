package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What one agency is charged with in the plan's "Tổ chức thực hiện" (trách nhiệm cụ thể): the
 * reform areas it leads and its duties as printed ("Sở Nội vụ: chủ trì, theo dõi, đôn đốc …").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponsibility.class)
@JsonDeserialize(as = ImmutableResponsibility.class)
@JsonPropertyOrder({"label", "party", "areas", "duties"})
public abstract class Responsibility {
  Responsibility() {}

  /**
   * Gets who is charged.
   *
   * @return the party, not null
   */
  public abstract Party party();

  /**
   * Gets the item's label as printed ("a)", "3."), by which repeated labels are found.
   *
   * @return the label, empty if the item has none
   */
  public abstract Optional<String> label();

  /**
   * Returns a copy of this responsibility with its printed label.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param printedLabel the label, not blank
   * @return a responsibility like this one with the label, not null
   */
  public Responsibility withLabel(String printedLabel) {
    return ImmutableResponsibility.builder().from(this).label(printedLabel).build();
  }

  /**
   * Gets the reform areas it leads.
   *
   * @return the areas, possibly empty
   */
  public abstract List<ReformArea> areas();

  /**
   * Gets its duties as printed.
   *
   * @return the duties, possibly empty
   */
  public abstract List<String> duties();

  /**
   * Obtains a responsibility.
   *
   * @param party who is charged, not null
   * @param areas the areas it leads, not null
   * @param duties the duties as printed, not null
   * @return the responsibility, not null
   */
  public static Responsibility of(Party party, List<ReformArea> areas, List<String> duties) {
    return ImmutableResponsibility.builder().party(party).addAllAreas(areas).addAllDuties(duties).build();
  }

  @Value.Check
  final void check() {
    for (int i = 0; i < duties().size(); i++) {
      Texts.requireNonBlank(duties().get(i), "duties/" + i, "Responsibility duty", "nhiệm vụ được giao");
    }
    label().ifPresent(l -> Texts.requireNonBlank(l, "label", "Responsibility label", "số mục của phần trách nhiệm"));
    if (areas().size() != areas().stream().distinct().count()) {
      throw new MalformedValueException("areas", "Responsibility of \"" + party().ref() + "\" repeats an area: " + areas(),
          "trách nhiệm của \"" + party().ref() + "\" lặp lại một lĩnh vực: " + areas());
    }
  }
}
