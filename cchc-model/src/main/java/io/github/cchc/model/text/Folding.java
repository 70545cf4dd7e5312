package io.github.cchc.model.text;

import java.text.Normalizer;

/**
 * The one home of text folding (chuẩn hoá văn bản): Unicode NFC, runs of white space, and
 * Vietnamese text folded to lower case without diacritics so that clean and OCR'd wording compare
 * alike. The parsers of the model, the agency-name matching of {@link AgencyNames} and the readers
 * of {@code cchc-rules} all fold with it.
 *
 * <p>{@link #fold} keeps one char for one char, so an index into the folded text is an index into
 * the original: parsers find words in the folded text and quote the original.
 */
public final class Folding {
  private static final int TABLE_END = 0x2000;
  /** For each char from U+0080 to U+1FFF, its base letter in lower case: "Ệ" is "e", "Đ" is "d". */
  private static final String TABLE = table();

  private Folding() {}

  /**
   * Returns text in Unicode NFC, the form every input is kept in; text already in NFC is returned
   * as it is, without copying.
   *
   * @param text the text, not null
   * @return the text in NFC, not null
   */
  public static String nfc(CharSequence text) {
    String s = text.toString();
    return isPlainlyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Text made only of {@linkplain #isInert inert} chars is in NFC, told without the normaliser. */
  static boolean isPlainlyNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isInert(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a char is in NFC whatever chars of the same kind stand beside it: it neither decomposes
   * nor combines with another (FoldingTest checks every pair against the JDK's normaliser). They are
   * the chars below U+0300 (Latin with its diacritics, đ, ơ, ư), Latin Extended Additional (U+1E00
   * to U+1EFF, where precomposed Vietnamese lives), and the punctuation and symbols printed plans
   * use: dashes, quotes, ellipsis and bullets, ₫ and €, №, Roman numerals, arrows, ≤ and ≥, box
   * drawing and shapes, the ligatures ﬁ and ﬂ. Nearly all Vietnamese text is made of them.
   *
   * @param c the char
   * @return whether the char is inert under NFC
   */
  public static boolean isInert(char c) {
    // Vietnamese letters are told by their ranges, before the table.
    return c < 0x300 || c >= 0x1E00 && c <= 0x1EFF || (INERT.charAt(c >>> 4) >>> (c & 15) & 1) != 0;
  }

  /** One bit for each char, sixteen to a char of the string: a string, as a static array could be changed. */
  private static final String INERT = inertTable();

  private static String inertTable() {
    // Ranges of inert chars from U+0300 up, first and last. U+2000 and U+2001 decompose to U+2002
    // and U+2003, U+2126 to Ω; the ranges stop short of every char with a canonical decomposition.
    int[] ranges = {
      0x1E00, 0x1EFF, // Latin Extended Additional
      0x2002, 0x20CF, // General Punctuation, super- and subscripts, currency signs
      0x2100, 0x2125, // letterlike symbols up to Ω
      0x2150, 0x2189, // number forms
      0x2190, 0x2199, // arrows without a stroke
      0x2212, 0x2212, // minus sign
      0x2264, 0x2265, // ≤ ≥
      0x2500, 0x25FF, // box drawing, block elements, geometric shapes
      0xFB00, 0xFB06, // Latin ligatures
    };
    char[] bits = new char[(Character.MAX_VALUE + 1) / 16];
    for (int r = 0; r < ranges.length; r += 2) {
      for (int c = ranges[r]; c <= ranges[r + 1]; c++) {
        bits[c >>> 4] |= (char) (1 << (c & 15));
      }
    }
    return new String(bits);
  }

  /**
   * Returns text in NFC with every run of white space (no-break spaces and line breaks included) as
   * one space, trimmed.
   *
   * @param text the text, not null
   * @return the cleaned text, not null
   */
  public static String clean(CharSequence text) {
    String first = text.toString();
    if (isPlainlyClean(first)) {
      return first;
    }
    String s = nfc(first);
    if (isClean(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text that cleaning would leave as it is, told in one pass over inert chars: no space at either
   * end, no white space but single spaces. Nearly all text is; any other goes the longer way.
   */
  static boolean isPlainlyClean(String s) {
    int n = s.length();
    // A space at the start would be leading: as if one had just been seen.
    boolean afterSpace = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // Letters, digits and punctuation below U+0300 but the no-break space, and Vietnamese letters:
      // nearly every char, told by two comparisons.
      if (c > ' ' && c < 0x300 ? c != 0xA0 : c >= 0x1E00 && c <= 0x1EFF) {
        afterSpace = false;
      } else if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
      } else {
        // Told out of this loop: with the table lookups of any other char inlined in it, the loop
        // ran at half the speed on text that never reached them (2.8 against 1.4 ns a char, over the
        // texts of a real plan).
        return isPlainlyNfc(s) && isClean(s);
      }
    }
    return !afterSpace || n == 0;
  }

  /** Text that cleaning would leave as it is: no space at either end, no white space but single spaces. */
  private static boolean isClean(String s) {
    int n = s.length();
    if (n > 0 && (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1)))) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (c != ' ' || space) {
          return false;
        }
        space = true;
      } else {
        space = false;
      }
    }
    return true;
  }

  /**
   * Folds text in NFC to lower case without diacritics, one char for one char: "Quý IV" becomes
   * "quy iv", "Đến" becomes "den".
   *
   * @param nfcText the text, in NFC, not null
   * @return the folded text, of the same length, not null
   */
  public static String fold(String nfcText) {
    char[] out = new char[nfcText.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(nfcText.charAt(i));
    }
    return new String(out);
  }

  /**
   * Folds one char: its base letter in lower case ("Ệ" is 'e', "Đ" is 'd'); a combining mark
   * folds to itself, which {@link #key} and {@link AgencyNames#key} then drop.
   *
   * @param c the char
   * @return the folded char
   */
  public static char foldChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c < TABLE_END) {
      return TABLE.charAt(c - 0x80);
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    return Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
  }

  /**
   * Folds a phrase for comparisons that ignore case, diacritics and spacing.
   *
   * @param text the phrase, not null
   * @return the folded, single-spaced phrase, not null
   */
  public static String key(CharSequence text) {
    return fold(clean(text));
  }

  /**
   * Tells whether a char is white space as printed text uses it, no-break spaces included.
   *
   * @param c the char
   * @return whether it separates words
   */
  public static boolean isSpace(char c) {
    // Below U+2000 only U+00A0 and U+1680 are spaces above ' ': Vietnamese letters are told at once.
    if (c > ' ' && c < 0x2000 && c != 0xA0 && c != 0x1680) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether a char is a combining diacritical mark, as decomposed (NFD) text carries them. */
  static boolean isCombiningMark(char c) {
    return c >= 0x300 && c < 0x370;
  }

  private static String table() {
    StringBuilder table = new StringBuilder(TABLE_END - 0x80);
    for (char c = 0x80; c < TABLE_END; c++) {
      char base = Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
      table.append(base == 'đ' ? 'd' : base);
    }
    return table.toString();
  }
}
