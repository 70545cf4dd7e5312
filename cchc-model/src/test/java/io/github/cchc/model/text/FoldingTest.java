package io.github.cchc.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcuts of text cleaning against the normaliser and the full cleaning they skip. */
class FoldingTest {
  /**
   * Every char the NFC shortcut passes, alone and after every other such char, is already NFC: none
   * decomposes and no two compose, so no string of them can change.
   */
  @Example
  void everyPairOfCharsTheShortcutPassesIsAlreadyNfc() {
    StringBuilder chars = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Folding.isInert((char) c)) {
        chars.append((char) c);
      }
    }
    String all = chars.toString();
    // The chars the shortcut is for: Vietnamese letters, and the punctuation printed plans use.
    assertTrue(all.indexOf('ệ') >= 0 && all.indexOf('–') >= 0 && all.indexOf('“') >= 0 && all.indexOf('≥') >= 0
        && all.indexOf('₫') >= 0 && all.indexOf('ﬁ') >= 0, all);
    // And not those that decompose: quads, Ohm, not-equal; nor combining marks.
    assertTrue(all.indexOf('\u2000') < 0 && all.indexOf('\u2126') < 0 && all.indexOf('\u2260') < 0
        && all.indexOf('\u0301') < 0 && all.indexOf('\u20D0') < 0);
    assertTrue(Folding.isPlainlyNfc(all));
    char[] pair = new char[2];
    for (int i = 0; i < all.length(); i++) {
      pair[0] = all.charAt(i);
      for (int j = 0; j < all.length(); j++) {
        pair[1] = all.charAt(j);
        String s = new String(pair);
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), () -> Integer.toHexString(s.charAt(0)) + " "
            + Integer.toHexString(s.charAt(1)));
      }
    }
  }

  @Example
  void theSpaceShortcutAgreesWithJavasDefinitionOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Folding.isSpace(c), Integer.toHexString(i));
    }
  }

  /**
   * The clean-text shortcut, between letters, at either end and doubled, against its definition for
   * every char: clean when the char is inert and not white space, or a single space between words.
   */
  @Example
  void theCleanTextShortcutAgreesWithItsDefinitionOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean letter = Folding.isInert(c) && !Folding.isSpace(c);
      String hex = Integer.toHexString(i);
      assertEquals(letter || c == ' ', Folding.isPlainlyClean("ệ" + c + "a"), hex);
      assertEquals(letter, Folding.isPlainlyClean(String.valueOf(c)), hex);
      assertEquals(letter, Folding.isPlainlyClean("a " + c), hex);
      assertEquals(letter, Folding.isPlainlyClean(c + " ệ"), hex);
      assertEquals(letter, Folding.isPlainlyClean("ạ" + c + c + "ọ"), hex);
      assertEquals(Folding.isInert(c), Folding.isPlainlyNfc("ư" + c + "a"), hex);
    }
    assertTrue(Folding.isPlainlyClean(""));
  }

  @Property(tries = 2000)
  void theShortcutsGiveWhatTheNormaliserAndFullCleaningGive(@ForAll("texts") String text) {
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), Folding.nfc(text));
    String full = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
    assertEquals(full, Folding.clean(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> vietnamese = Arbitraries.of('a', 'ă', 'â', 'đ', 'ơ', 'ư', 'ạ', 'ệ', 'Ỹ', 'x', '1', '/',
        '–', '“', '”', '≥', '₫', 'ﬁ', '•', '\u0001');
    Arbitrary<Character> spaces = Arbitraries.of(' ', '\t', '\n', '\u00A0', '\u2003', '\r', '\u2028', '\u202F');
    Arbitrary<Character> marks = Arbitraries.of('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u2126', '\u0340',
        '\u2000', '\u2260', '\u20D0', '\u2270', '\u0338');
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, vietnamese), net.jqwik.api.Tuple.of(2, spaces),
        net.jqwik.api.Tuple.of(1, marks)).list().ofMaxSize(30)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }
}
