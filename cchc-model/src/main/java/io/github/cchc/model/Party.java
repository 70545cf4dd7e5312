package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.Folding;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who a plan names as responsible (bên thực hiện): one agency of the directory, a named group of
 * agencies ("Các sở, ban, ngành thành phố"), or a party that resolves to nobody in the directory
 * ("các cơ quan, đơn vị liên quan", "Mặt trận Tổ quốc"), kept by its name rather than rejected.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
@JsonPropertyOrder({"kind", "ref", "printed"})
public abstract class Party {
  Party() {}

  /** The kinds of party. */
  public enum Kind {
    /** One agency of the directory; {@link #ref()} is its id. */
    AGENCY,
    /** A group of the directory; {@link #ref()} is its id. */
    GROUP,
    /** A party that resolves to no agency; {@link #ref()} is its name as printed. */
    NAMED
  }

  /**
   * Gets the kind of party.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the agency or group id, or for a named party its name.
   *
   * @return the reference, not blank
   */
  public abstract String ref();

  /**
   * Gets the words the document used for this party, where they differ from the reference.
   *
   * @return the printed words, empty if not recorded
   */
  public abstract Optional<String> printed();

  /**
   * Obtains a party for one agency.
   *
   * @param agencyId the agency's id, not empty
   * @return the party, not null
   */
  public static Party agency(String agencyId) {
    return ImmutableParty.builder().kind(Kind.AGENCY).ref(agencyId).build();
  }

  /**
   * Obtains a party for a group of agencies.
   *
   * @param groupId the group's id, not empty
   * @return the party, not null
   */
  public static Party group(String groupId) {
    return ImmutableParty.builder().kind(Kind.GROUP).ref(groupId).build();
  }

  /**
   * Obtains a party that resolves to no agency, kept by its name.
   *
   * @param name the name as printed, not blank
   * @return the party, not null
   */
  public static Party named(String name) {
    return ImmutableParty.builder().kind(Kind.NAMED).ref(name).build();
  }

  /**
   * Returns a copy of this party recording the words the document used.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param printedWords the words as printed, not blank
   * @return a party like this one with the printed words, not null
   */
  public Party withPrinted(String printedWords) {
    return ImmutableParty.builder().from(this).printed(printedWords).build();
  }

  // Cleaned here rather than in the factories, so that a party bound from JSON or built from parts
  // equals the one the factories make from the same words.
  @Value.Check
  final Party normalize() {
    String cleanRef = ref();
    if (kind() == Kind.NAMED) {
      cleanRef = Texts.requireNonBlank(Folding.clean(ref()), "ref", "Named party", "tên cơ quan, đơn vị được nêu");
    } else {
      Ids.require(ref(), "ref", kind() == Kind.AGENCY ? "Party agency id" : "Party group id",
          kind() == Kind.AGENCY ? "mã cơ quan được nêu" : "mã nhóm cơ quan được nêu");
    }
    Optional<String> cleanPrinted = printed().map(p -> Texts.requireNonBlank(Folding.clean(p), "printed",
        "Party printed words", "lời ghi trong văn bản"));
    return cleanRef.equals(ref()) && cleanPrinted.equals(printed()) ? this
        : ImmutableParty.builder().kind(kind()).ref(cleanRef).printed(cleanPrinted).build();
  }
}
