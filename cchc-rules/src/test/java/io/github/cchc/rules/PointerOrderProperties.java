package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 120).map(String::valueOf),
        Arbitraries.of("tasks", "subtasks", "number", "products", "keyTargets", "headerLines", "leads", "timeframe"),
        Arbitraries.strings().withChars("ab0/~").ofMaxLength(3).map(s -> s.replace("/", "")));
    return segment.list().ofMaxSize(5).map(PointerOrderProperties::join);
  }

  private static String join(List<String> segments) {
    StringBuilder b = new StringBuilder();
    segments.forEach(s -> b.append('/').append(s));
    return b.toString();
  }

  /** The order as first written: split both pointers, compare segment by segment, then by length. */
  private static int bySplitting(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = CheckReport.comparePointers("/" + x[i], "/" + y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
