package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A named set of agencies that plans assign work to (nhóm cơ quan): "Các sở, ban, ngành thành
 * phố", "UBND cấp huyện, cấp xã", "UBND các xã, phường, thị trấn".
 *
 * <p>Membership is explicit ids, or a rule (levels and kinds, within an agency's descendants)
 * evaluated against a directory on a date, so "UBND các quận, huyện" is empty after 1 July 2025.
 * Explicit members and the rule add up.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgencyGroup.class)
@JsonDeserialize(as = ImmutableAgencyGroup.class)
@JsonPropertyOrder({"id", "name", "aliases", "memberIds", "levels", "kinds", "withinId"})
public abstract class AgencyGroup {
  AgencyGroup() {}

  /**
   * Gets the id.
   *
   * @return the id, without whitespace, not empty
   */
  public abstract String id();

  /**
   * Gets the name as plans print it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets other wordings of the same group ("Các sở, ban, ngành", "Sở, ban, ngành thành phố").
   *
   * @return the aliases, possibly empty
   */
  public abstract List<String> aliases();

  /**
   * Gets the ids of agencies that belong whatever the rule says.
   *
   * @return the member ids, possibly empty
   */
  public abstract List<String> memberIds();

  /**
   * Gets the levels the rule selects.
   *
   * @return the levels, empty for any level
   */
  public abstract Set<AgencyLevel> levels();

  /**
   * Gets the kinds the rule selects.
   *
   * @return the kinds, empty for any kind
   */
  public abstract Set<AgencyKind> kinds();

  /**
   * Gets the agency whose descendants the rule selects from.
   *
   * @return the agency id, empty to select from the whole directory
   */
  public abstract Optional<String> withinId();

  /**
   * Checks if the group has a membership rule besides its explicit members.
   *
   * @return true if levels, kinds or an enclosing agency are set
   */
  public boolean hasRule() {
    return !levels().isEmpty() || !kinds().isEmpty() || withinId().isPresent();
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
    Ids.require(id(), "id", "Agency group id", "mã nhóm cơ quan");
    if (name().isBlank()) {
      throw new MalformedValueException("name", "AgencyGroup \"" + id() + "\" name must not be blank",
          "nhóm cơ quan \"" + id() + "\": tên không được để trống");
    }
    if (memberIds().isEmpty() && !hasRule()) {
      throw new MalformedValueException("", "AgencyGroup \"" + id()
          + "\" has neither member ids nor a rule (levels, kinds, withinId), so it would select every agency",
          "nhóm cơ quan \"" + id() + "\" không có thành viên cũng không có quy tắc chọn (levels, kinds, withinId), nên sẽ gồm mọi cơ quan");
    }
    for (int i = 0; i < memberIds().size(); i++) {
      Ids.require(memberIds().get(i), "memberIds/" + i, "Agency group \"" + id() + "\" member id",
          "mã thành viên của nhóm cơ quan \"" + id() + "\"");
    }
    withinId().ifPresent(w -> Ids.require(w, "withinId", "Agency group \"" + id() + "\" enclosing agency id",
        "mã cơ quan chủ quản của nhóm cơ quan \"" + id() + "\""));
  }

  /** Builds an {@link AgencyGroup}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableAgencyGroup.Builder {
    Builder() {}
  }
}
