package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * That an agency sits under another during a period (trực thuộc): before 1 July 2025 a commune sat
 * under its district, after it under the province.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParentLink.class)
@JsonDeserialize(as = ImmutableParentLink.class)
@JsonPropertyOrder({"parentId", "from", "until"})
public abstract class ParentLink {
  ParentLink() {}

  /**
   * Gets the id of the parent agency.
   *
   * @return the id, not blank
   */
  public abstract String parentId();

  /**
   * Gets the first day of the link.
   *
   * @return the first day, empty if the link has always held
   */
  public abstract Optional<LocalDate> from();

  /**
   * Gets the last day of the link, inclusive.
   *
   * @return the last day, empty if the link still holds
   */
  public abstract Optional<LocalDate> until();

  /**
   * Obtains a link that has always held and still holds.
   *
   * @param parentId the parent agency's id, not blank
   * @return the link, not null
   */
  public static ParentLink of(String parentId) {
    return ImmutableParentLink.builder().parentId(parentId).build();
  }

  /**
   * Obtains a link for a period.
   *
   * @param parentId the parent agency's id, not blank
   * @param from the first day, empty for always
   * @param until the last day, inclusive, empty for still
   * @return the link, not null
   */
  public static ParentLink of(String parentId, Optional<LocalDate> from, Optional<LocalDate> until) {
    return ImmutableParentLink.builder().parentId(parentId).from(from).until(until).build();
  }

  /**
   * Checks if the link holds on a date.
   *
   * @param date the date, not null
   * @return true if the date is within the link's period
   */
  public boolean holdsOn(LocalDate date) {
    return from().map(f -> !date.isBefore(f)).orElse(true) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  final void check() {
    Ids.require(parentId(), "parentId", "Parent agency id", "mã cơ quan cấp trên");
    if (from().isPresent() && until().isPresent() && until().get().isBefore(from().get())) {
      throw new MalformedValueException("until",
          "Parent link to \"" + parentId() + "\" ends (" + until().get() + ") before it starts (" + from().get() + ")",
          "quan hệ cấp trên với \"" + parentId() + "\" kết thúc (" + until().get() + ") trước khi bắt đầu (" + from().get() + ")");
    }
  }
}
