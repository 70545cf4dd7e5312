package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Ids told by their chars the same as by their code points, on every code point and on any text. */
class IdsTest {
  private static boolean byCodePoints(String id) {
    return id.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }

  @Test
  void everyCodePointIsToldAsByItsCodePoint() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String text = "a" + Character.toString(c) + "b";
      assertEquals(byCodePoints(text), Ids.withoutBlanks(text), () -> "U+" + Integer.toHexString(text.codePointAt(1)));
    }
  }

  @Property
  void anyTextIsToldAsByItsCodePoints(@ForAll String text) {
    assertEquals(byCodePoints(text), Ids.withoutBlanks(text), text);
  }
}
