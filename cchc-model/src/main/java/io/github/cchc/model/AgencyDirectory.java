package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.AgencyNames;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The agencies and groups a plan refers to (danh bạ cơ quan), with their hierarchy over time.
 *
 * <p>Construction rejects duplicate ids, references to unknown agencies (parents, successors,
 * group members) and a cycle of parents on any date. Queries take a date because the hierarchy
 * changed on 1 July 2025.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgencyDirectory.class)
@JsonDeserialize(as = ImmutableAgencyDirectory.class)
@JsonPropertyOrder({"agencies", "groups"})
public abstract class AgencyDirectory {
  private static final AgencyDirectory EMPTY = builder().build();

  AgencyDirectory() {}

  /**
   * Gets the agencies, in the order given.
   *
   * @return the agencies, possibly empty
   */
  public abstract List<Agency> agencies();

  /**
   * Gets the groups, in the order given.
   *
   * @return the groups, possibly empty
   */
  public abstract List<AgencyGroup> groups();

  /**
   * Obtains the directory with no agencies and no groups.
   *
   * @return the empty directory, not null
   */
  public static AgencyDirectory empty() {
    return EMPTY;
  }

  /**
   * Obtains a directory of agencies and groups.
   *
   * @param agencies the agencies, not null
   * @param groups the groups, not null
   * @return the directory, not null
   * @throws MalformedValueException on a duplicate id, an unknown reference or a cycle
   */
  public static AgencyDirectory of(List<Agency> agencies, List<AgencyGroup> groups) {
    return builder().addAllAgencies(agencies).addAllGroups(groups).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Lazy
  Map<String, Agency> agencyIndex() {
    Map<String, Agency> index = new LinkedHashMap<>();
    for (Agency a : agencies()) {
      index.put(a.id(), a);
    }
    return Collections.unmodifiableMap(index);
  }

  @Value.Lazy
  Map<String, AgencyGroup> groupIndex() {
    Map<String, AgencyGroup> index = new LinkedHashMap<>();
    for (AgencyGroup g : groups()) {
      index.put(g.id(), g);
    }
    return Collections.unmodifiableMap(index);
  }

  /** Children by parent id, each with the links that make them so; dates are checked per query. */
  @Value.Lazy
  Map<String, List<Agency>> childIndex() {
    Map<String, List<Agency>> index = new HashMap<>();
    for (Agency a : agencies()) {
      Set<String> parentIds = new LinkedHashSet<>();
      a.parents().forEach(p -> parentIds.add(p.parentId()));
      for (String parent : parentIds) {
        index.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
      }
    }
    return index;
  }

  /**
   * Finds an agency by id.
   *
   * @param id the id, not null
   * @return the agency, empty if the directory has none with that id
   */
  public Optional<Agency> find(String id) {
    return Optional.ofNullable(agencyIndex().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Checks if the directory has an agency with the id.
   *
   * @param id the id, not null
   * @return true if there is such an agency
   */
  public boolean contains(String id) {
    return agencyIndex().containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * Finds a group by id.
   *
   * @param id the id, not null
   * @return the group, empty if the directory has none with that id
   */
  public Optional<AgencyGroup> findGroup(String id) {
    return Optional.ofNullable(groupIndex().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds the party an id stands for: an agency of the directory, else a group.
   *
   * @param id the id of an agency or a group, not null
   * @return the party, empty if the directory has neither with that id
   */
  public Optional<Party> partyOf(String id) {
    if (contains(id)) {
      return Optional.of(Party.agency(id));
    }
    return findGroup(id).map(g -> Party.group(g.id()));
  }

  /**
   * Gets the name a reader knows a party by: the agency's or group's name in the directory, the
   * words printed for a named party.
   *
   * @param party the party, not null
   * @return the name, not blank
   */
  public String nameOf(Party party) {
    return switch (party.kind()) {
      case AGENCY -> find(party.ref()).map(Agency::name).orElse(party.ref());
      case GROUP -> findGroup(party.ref()).map(AgencyGroup::name).orElse(party.ref());
      case NAMED -> party.ref();
    };
  }

  /**
   * Gets the name of the agency or group with an id, or the words themselves when they are no id
   * of the directory, as tallies by lead are keyed.
   *
   * @param ref an agency id, a group id or a named party's words, not null
   * @return the name, not null
   */
  public String nameOf(String ref) {
    return partyOf(ref).map(this::nameOf).orElse(ref);
  }

  /**
   * Finds agencies whose name or an abbreviation matches the given words, ignoring case,
   * diacritics and spacing, with the usual abbreviations spelled out ("So Noi vu" finds "Sở Nội
   * vụ", "UBND huyện" finds "Ủy ban nhân dân huyện"), as the task-table importer matches them;
   * see {@link io.github.cchc.model.text.AgencyNames}.
   *
   * @param name the words, not null
   * @return the matching agencies in directory order, possibly empty
   */
  public List<Agency> findByName(String name) {
    String key = AgencyNames.key(name);
    List<Agency> found = new ArrayList<>();
    for (Agency a : agencies()) {
      if (AgencyNames.key(a.name()).equals(key) || a.abbreviations().stream().anyMatch(s -> AgencyNames.key(s).equals(key))) {
        found.add(a);
      }
    }
    return found;
  }

  /**
   * Gets the parent of an agency on a date.
   *
   * @param id the agency id, not null
   * @param date the date, not null
   * @return the parent, empty if the agency is unknown or has no parent then
   */
  public Optional<Agency> parentOf(String id, LocalDate date) {
    return find(id).flatMap(a -> a.parentIdOn(date)).flatMap(this::find);
  }

  /**
   * Gets the agencies that sit directly under an agency on a date and exist on that date.
   *
   * @param id the agency id, not null
   * @param date the date, not null
   * @return the children in directory order, possibly empty
   */
  public List<Agency> childrenOf(String id, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Agency> children = new ArrayList<>();
    for (Agency candidate : childIndex().getOrDefault(Objects.requireNonNull(id, "id"), List.of())) {
      if (candidate.isValidOn(date) && candidate.parentIdOn(date).filter(id::equals).isPresent()) {
        children.add(candidate);
      }
    }
    return List.copyOf(children);
  }

  /**
   * Gets every agency below an agency on a date, breadth first.
   *
   * @param id the agency id, not null
   * @param date the date, not null
   * @return the descendants, possibly empty
   */
  public List<Agency> descendantsOf(String id, LocalDate date) {
    List<Agency> result = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(id));
    Set<String> seen = new HashSet<>(queue);
    while (!queue.isEmpty()) {
      for (Agency child : childrenOf(queue.removeFirst(), date)) {
        if (seen.add(child.id())) {
          result.add(child);
          queue.addLast(child.id());
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Gets the agencies that exist on a date.
   *
   * @param date the date, not null
   * @return the agencies in directory order, possibly empty
   */
  public List<Agency> agenciesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return agencies().stream().filter(a -> a.isValidOn(date)).toList();
  }

  /**
   * Gets the agencies of a group on a date: its explicit members and those its rule selects,
   * each existing on the date.
   *
   * @param groupId the group id, not null
   * @param date the date, not null
   * @return the members in directory order, empty if the group is unknown
   */
  public List<Agency> membersOf(String groupId, LocalDate date) {
    Optional<AgencyGroup> found = findGroup(groupId);
    if (found.isEmpty()) {
      return List.of();
    }
    AgencyGroup group = found.get();
    Set<String> selected = new HashSet<>(group.memberIds());
    if (group.hasRule()) {
      Set<String> within = group.withinId().map(w -> idsOf(descendantsOf(w, date))).orElse(null);
      for (Agency a : agencies()) {
        if ((within == null || within.contains(a.id()))
            && (group.levels().isEmpty() || group.levels().contains(a.level()))
            && (group.kinds().isEmpty() || group.kinds().contains(a.kind()))) {
          selected.add(a.id());
        }
      }
    }
    return agencies().stream().filter(a -> selected.contains(a.id()) && a.isValidOn(date)).toList();
  }

  /**
   * Resolves a party to the agencies it stands for on a date. An agency that no longer exists
   * resolves to its successors that do; a named party resolves to none.
   *
   * @param party the party, not null
   * @param date the date, not null
   * @return the agencies, possibly empty
   */
  public List<Agency> resolve(Party party, LocalDate date) {
    switch (party.kind()) {
      case GROUP:
        return membersOf(party.ref(), date);
      case AGENCY:
        Set<Agency> found = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(party.ref()));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
          String id = queue.removeFirst();
          if (!seen.add(id)) {
            continue;
          }
          find(id).ifPresent(a -> {
            if (a.isValidOn(date)) {
              found.add(a);
            } else if (a.validUntil().map(date::isAfter).orElse(false)) {
              queue.addAll(a.successorIds());
            }
          });
        }
        return List.copyOf(found);
      default:
        return List.of();
    }
  }

  /**
   * Checks if a party refers to an agency or group of this directory; a named party always does.
   *
   * @param party the party, not null
   * @return true if the reference is known
   */
  public boolean isKnown(Party party) {
    switch (party.kind()) {
      case AGENCY:
        return contains(party.ref());
      case GROUP:
        return groupIndex().containsKey(party.ref());
      default:
        return true;
    }
  }

  private static Set<String> idsOf(List<Agency> agencies) {
    Set<String> ids = new HashSet<>();
    agencies.forEach(a -> ids.add(a.id()));
    return ids;
  }

  @Value.Check
  final void check() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < agencies().size(); i++) {
      if (!ids.add(agencies().get(i).id())) {
        throw new MalformedValueException("agencies/" + i + "/id", "AgencyDirectory agencies[" + i + "] repeats the id \""
            + agencies().get(i).id() + "\"", "mã cơ quan \"" + agencies().get(i).id() + "\" bị lặp lại");
      }
    }
    Set<String> groupIds = new HashSet<>();
    for (int i = 0; i < groups().size(); i++) {
      AgencyGroup g = groups().get(i);
      if (!groupIds.add(g.id())) {
        throw new MalformedValueException("groups/" + i + "/id", "AgencyDirectory groups[" + i + "] repeats the id \""
            + g.id() + "\"", "mã nhóm cơ quan \"" + g.id() + "\" bị lặp lại");
      }
      for (int j = 0; j < g.memberIds().size(); j++) {
        if (!ids.contains(g.memberIds().get(j))) {
          throw unknown(g.memberIds().get(j), "groups/" + i + "/memberIds/" + j, "group \"" + g.id() + "\" member",
              "thành viên của nhóm \"" + g.id() + "\"");
        }
      }
      if (g.withinId().isPresent() && !ids.contains(g.withinId().get())) {
        throw unknown(g.withinId().get(), "groups/" + i + "/withinId", "group \"" + g.id() + "\" withinId",
            "cơ quan chủ quản của nhóm \"" + g.id() + "\"");
      }
    }
    for (int i = 0; i < agencies().size(); i++) {
      Agency a = agencies().get(i);
      for (int j = 0; j < a.parents().size(); j++) {
        if (!ids.contains(a.parents().get(j).parentId())) {
          throw unknown(a.parents().get(j).parentId(), "agencies/" + i + "/parents/" + j + "/parentId",
              "agency \"" + a.id() + "\" parent", "cấp trên của cơ quan \"" + a.id() + "\"");
        }
      }
      for (int j = 0; j < a.successorIds().size(); j++) {
        if (!ids.contains(a.successorIds().get(j))) {
          throw unknown(a.successorIds().get(j), "agencies/" + i + "/successorIds/" + j,
              "agency \"" + a.id() + "\" successor", "cơ quan kế thừa cơ quan \"" + a.id() + "\"");
        }
      }
    }
    checkNoCycle();
  }

  private static MalformedValueException unknown(String id, String pointer, String english, String vietnamese) {
    return new MalformedValueException(pointer, "AgencyDirectory " + english + " \"" + id + "\" is not an agency of the directory",
        "\"" + id + "\" (" + vietnamese + ") không phải một cơ quan trong danh mục");
  }

  /**
   * The parent relation only changes where a link starts or ends, so checking one date in each
   * stretch between those boundaries checks every date.
   */
  private void checkNoCycle() {
    Set<LocalDate> boundaries = new TreeSet<>();
    boundaries.add(LocalDate.MIN);
    for (Agency a : agencies()) {
      for (ParentLink link : a.parents()) {
        link.from().ifPresent(boundaries::add);
        link.until().filter(u -> !u.equals(LocalDate.MAX)).ifPresent(u -> boundaries.add(u.plusDays(1)));
      }
    }
    for (LocalDate date : boundaries) {
      Map<String, String> parentOf = new HashMap<>();
      for (Agency a : agencies()) {
        a.parentIdOn(date).ifPresent(p -> parentOf.put(a.id(), p));
      }
      Set<String> acyclic = new HashSet<>();
      for (String start : parentOf.keySet()) {
        Set<String> path = new LinkedHashSet<>();
        String current = start;
        while (current != null && !acyclic.contains(current)) {
          if (!path.add(current)) {
            throw new MalformedValueException("", "AgencyDirectory has a cycle of parents on " + date + ": "
                + String.join(" -> ", path) + " -> " + current, "danh mục cơ quan có vòng cấp trên ngày " + date + ": "
                + String.join(" -> ", path) + " -> " + current);
          }
          current = parentOf.get(current);
        }
        acyclic.addAll(path);
      }
    }
  }

  /** Builds an {@link AgencyDirectory}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableAgencyDirectory.Builder {
    Builder() {}
  }
}
