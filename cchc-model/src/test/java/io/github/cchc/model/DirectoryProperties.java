package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every directory on every date. */
class DirectoryProperties {
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
