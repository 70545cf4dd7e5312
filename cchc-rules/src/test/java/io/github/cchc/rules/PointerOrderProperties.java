package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The document order of JSON Pointers, which sorts every report. */
class PointerOrderProperties {
  @Property
  void agreesWithSplittingIntoSegments(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertEquals(Integer.signum(bySplitting(a, b)), Integer.signum(CheckReport.comparePointers(a, b)), a + " vs " + b);
  }

  @Property
  void isAntisymmetricAndZeroOnlyForEqualPointers(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    int ab = Integer.signum(CheckReport.comparePointers(a, b));
    assertEquals(-ab, Integer.signum(CheckReport.comparePointers(b, a)));
    assertEquals(a.equals(b), ab == 0, a + " vs " + b);
  }

  @Property
  void aReportSortsAsTheComparisonDoes(@ForAll("pointerLists") List<String> pointers) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < pointers.size(); i++) {
      findings.add(Finding.of("C" + (i % 3), Severity.INFO, Subject.plan(), pointers.get(i), Map.of(), "Thông báo.",
          "Notice."));
    }
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort((a, b) -> {
      int c = bySplitting(a.pointer(), b.pointer());
      return c != 0 ? c : a.code().compareTo(b.code());
    });
    assertEquals(expected, CheckReport.of(findings).findings());
  }

  @Provide
  Arbitrary<List<String>> pointerLists() {
    return pointers().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 120).map(String::valueOf),
        Arbitraries.integers().between(0, Integer.MAX_VALUE).map(String::valueOf),
        Arbitraries.of("tasks", "subtasks", "number", "products", "keyTargets", "headerLines", "leads", "timeframe",
            "directory", "id", "unreadTimeframe", "07", "00", "\u0663", "1\u0663", "tasksx", "Tasks"),
        Arbitraries.strings().withChars("ab0/~").ofMaxLength(3).map(s -> s.replace("/", "")));
    return segment.list().ofMaxSize(5).map(PointerOrderProperties::join);
  }

  private static String join(List<String> segments) {
    StringBuilder b = new StringBuilder();
    segments.forEach(s -> b.append('/').append(s));
    return b.toString();
  }

  /**
   * The order as first written, kept here as the reference: split both pointers and compare
   * segment by segment (known properties by document place, then indices by value, then the rest
   * as text), then the shorter first.
   */
  private static int bySplitting(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegments(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static final List<String> PROPERTY_ORDER = List.of(
      "id", "title", "year", "level", "issuer", "issuingDocument", "headerLines", "legalBases", "purposes",
      "keyTargets", "measures", "funding", "generalDuties", "responsibilities", "reportingSchedule", "cascade",
      "tasks", "number", "content", "area", "leads", "coordinators", "timeframe", "unreadTimeframe", "products",
      "targets", "subtasks", "illegible", "directory");

  private static int compareSegments(String a, String b) {
    boolean an = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean bn = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (an && bn) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    int ai = PROPERTY_ORDER.indexOf(a);
    int bi = PROPERTY_ORDER.indexOf(b);
    if (ai >= 0 && bi >= 0) {
      return Integer.compare(ai, bi);
    }
    if (ai >= 0 || bi >= 0) {
      return ai >= 0 ? -1 : 1;
    }
    // Indices before other text: the first version compared them as text, which was no order.
    if (an || bn) {
      return an ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
