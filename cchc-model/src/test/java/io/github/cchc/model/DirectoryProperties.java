package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Invariants of every directory on every date, and of plans against their directories. */
class DirectoryProperties {
  /**
   * A plan refuses a party its directory lacks wherever it stands (issuer, targets' scopes,
   * responsibilities, cascade, leads and coordinators of rows at any depth), naming its place.
   */
  @Property(tries = 300)
  void aPartyTheDirectoryLacksIsRefusedWhereverItStands(@ForAll Plan plan, @ForAll("picks") int pick) {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode tree = mapper.readTree(CchcJson.writePlan(plan));
    List<String> places = new ArrayList<>();
    parties(tree, "", places);
    Assume.that(!places.isEmpty());
    String place = places.get(Math.floorMod(pick, places.size()));
    if (place.endsWith("/scope/0") && tree.at(place).isMissingNode()) {
      // A target's scope, which generated targets leave empty: given one agency.
      ((ObjectNode) tree.at(place.substring(0, place.length() - "/scope/0".length())))
          .putArray("scope").addObject().put("kind", "AGENCY").put("ref", "khong-co-trong-danh-muc");
    } else {
      ((ObjectNode) tree.at(place)).put("ref", "khong-co-trong-danh-muc");
    }
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(mapper.writeValueAsString(tree)),
        place);
    assertTrue(e.getMessage().contains(place + " names "), place + ": " + e.getMessage());
    assertEquals(place + "/ref", e.getPointer(), e.getMessage());
    NothingLostProperties.assertSaidInVietnamese(e);
  }

  /**
   * The JSON Pointers of the agencies and groups a plan names (objects of a kind and a ref), outside
   * its directory, and the first place of each target's scope, whether it holds a party or not.
   */
  private static void parties(JsonNode node, String pointer, List<String> out) {
    if (node.isObject() && node.has("ref") && node.path("kind").isString()
        && List.of("AGENCY", "GROUP", "NAMED").contains(node.get("kind").asString())) {
      // A named party (a body outside the directory, by its name) is known by any directory.
      if (!node.get("kind").asString().equals("NAMED")) {
        out.add(pointer);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        parties(node.get(i), pointer + "/" + i, out);
        if (pointer.endsWith("/targets") || pointer.equals("/keyTargets")) {
          out.add(pointer + "/" + i + "/scope/0");
        }
      }
    } else if (node.isObject() && !pointer.equals("/directory")) {
      node.properties().forEach(e -> parties(e.getValue(), pointer + "/" + e.getKey(), out));
    }
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 10_000);
  }

  @Property
  void descendantsAreClosedAndParentsValid(@ForAll AgencyDirectory directory, @ForAll("dates") LocalDate date) {
    for (Agency root : directory.agenciesOn(date)) {
      List<Agency> descendants = directory.descendantsOf(root.id(), date);
      Set<String> inside = new HashSet<>();
      inside.add(root.id());
      descendants.forEach(a -> inside.add(a.id()));
      assertEquals(descendants.size() + 1, inside.size(), "no agency appears twice");
      for (Agency d : descendants) {
        assertTrue(d.isValidOn(date));
        String parent = d.parentIdOn(date).orElseThrow();
        assertTrue(inside.contains(parent), d.id() + " hangs under " + parent);
        assertFalse(d.id().equals(root.id()), "no agency is its own descendant");
      }
    }
  }

  @Property
  void childrenAreExactlyThoseWhoseParentIsTheAgency(@ForAll AgencyDirectory directory, @ForAll("dates") LocalDate date) {
    for (Agency a : directory.agencies()) {
      for (Agency child : directory.childrenOf(a.id(), date)) {
        assertEquals(a.id(), directory.parentOf(child.id(), date).orElseThrow().id());
      }
      for (Agency other : directory.agenciesOn(date)) {
        if (other.parentIdOn(date).filter(a.id()::equals).isPresent()) {
          assertTrue(directory.childrenOf(a.id(), date).contains(other));
        }
      }
    }
  }

  @Property
  void groupMembersExistOnTheDate(@ForAll AgencyDirectory directory, @ForAll("dates") LocalDate date) {
    for (AgencyGroup g : directory.groups()) {
      directory.membersOf(g.id(), date).forEach(a -> assertTrue(a.isValidOn(date)));
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1),
        LocalDate.of(2026, 3, 1));
  }
}
