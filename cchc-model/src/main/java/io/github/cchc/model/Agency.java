package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A public body that plans assign work to (cơ quan, đơn vị): a people's committee, a department,
 * an office, a commune.
 *
 * <p>An agency's parent depends on the date: on 1 July 2025 districts were abolished and communes
 * came directly under the province, and provinces merged (Hải Dương into Hải Phòng). So an agency
 * has a validity period, parent links with their own periods, and successors once it ends.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
@JsonPropertyOrder({"id", "name", "abbreviations", "level", "kind", "parents", "validFrom", "validUntil", "successorIds"})
public abstract class Agency {
  Agency() {}

  /**
   * Gets the id, a stable key such as {@code "hp.so-noi-vu"}.
   *
   * @return the id, without whitespace, not empty
   */
  public abstract String id();

  /**
   * Gets the full name ("Sở Nội vụ thành phố Hải Phòng").
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the short names documents use ("SNV", "VP UBND thành phố").
   *
   * @return the abbreviations, possibly empty
   */
  public abstract List<String> abbreviations();

  /**
   * Gets the tier of government.
   *
   * @return the level, not null
   */
  public abstract AgencyLevel level();

  /**
   * Gets what sort of body it is.
   *
   * @return the kind, not null
   */
  public abstract AgencyKind kind();

  /**
   * Gets the agencies it sits under, each for a period that does not overlap the others.
   *
   * @return the parent links, empty for a top-level agency
   */
  public abstract List<ParentLink> parents();

  /**
   * Gets the first day it exists.
   *
   * @return the first day, empty if it has always existed
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * Gets the last day it exists, inclusive.
   *
   * @return the last day, empty if it still exists
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Gets the ids of the agencies that took over its work when it ended.
   *
   * @return the successor ids, possibly empty
   */
  public abstract List<String> successorIds();

  /**
   * Obtains an agency that has always existed and has no parent.
   *
   * @param id the id, not empty
   * @param name the name, not blank
   * @param level the tier, not null
   * @param kind the sort of body, not null
   * @return the agency, not null
   */
  public static Agency of(String id, String name, AgencyLevel level, AgencyKind kind) {
    return builder().id(id).name(name).level(level).kind(kind).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks if the agency exists on a date.
   *
   * @param date the date, not null
   * @return true if the date is within its validity period
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(f -> !date.isBefore(f)).orElse(true)
        && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Gets the id of the parent on a date.
   *
   * @param date the date, not null
   * @return the parent id, empty if it has no parent on that date
   */
  public Optional<String> parentIdOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (ParentLink link : parents()) {
      if (link.holdsOn(date)) {
        return Optional.of(link.parentId());
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "id", "Agency id", "mã cơ quan");
    if (name().isBlank()) {
      throw new MalformedValueException("name", "Agency \"" + id() + "\" name must not be blank",
          "cơ quan \"" + id() + "\": tên không được để trống");
    }
    if (validFrom().isPresent() && validUntil().isPresent() && validUntil().get().isBefore(validFrom().get())) {
      throw new MalformedValueException("validUntil", "Agency \"" + id() + "\" validUntil " + validUntil().get()
          + " is before its validFrom " + validFrom().get(), "Cơ quan \"" + id() + "\": ngày hết hiệu lực " + validUntil().get()
          + " trước ngày có hiệu lực " + validFrom().get());
    }
    for (int i = 0; i < parents().size(); i++) {
      ParentLink a = parents().get(i);
      if (a.parentId().equals(id())) {
        throw new MalformedValueException("parents", "Agency \"" + id() + "\" names itself as its parent",
            "Cơ quan \"" + id() + "\" tự nêu mình là cơ quan cấp trên");
      }
      for (int j = i + 1; j < parents().size(); j++) {
        ParentLink b = parents().get(j);
        if (overlap(a, b)) {
          throw new MalformedValueException("parents", "Agency \"" + id() + "\" has two parents at once: \""
              + a.parentId() + "\" and \"" + b.parentId() + "\"", "cơ quan \"" + id() + "\" có hai cơ quan cấp trên cùng lúc: \""
              + a.parentId() + "\" và \"" + b.parentId() + "\"");
        }
      }
    }
    for (int i = 0; i < successorIds().size(); i++) {
      Ids.require(successorIds().get(i), "successorIds/" + i, "Agency \"" + id() + "\" successor id",
          "mã cơ quan kế thừa cơ quan \"" + id() + "\"");
    }
  }

  private static boolean overlap(ParentLink a, ParentLink b) {
    boolean aEndsBeforeB = a.until().isPresent() && b.from().isPresent() && a.until().get().isBefore(b.from().get());
    boolean bEndsBeforeA = b.until().isPresent() && a.from().isPresent() && b.until().get().isBefore(a.from().get());
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  /** Builds an {@link Agency}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }
}
