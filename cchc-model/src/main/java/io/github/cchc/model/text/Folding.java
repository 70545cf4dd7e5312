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

  /**
   * Text made only of chars below U+0300 (Latin with its diacritics, đ, ơ, ư) and of Latin Extended
   * Additional (U+1E00 to U+1EFF, where precomposed Vietnamese lives) is in NFC: none of them
   * decomposes or combines with another (FoldingTest checks every pair). Nearly all Vietnamese text
   * is, and is told so without the normaliser.
   */
  static boolean isPlainlyNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns text in NFC with every run of white space (no-break spaces and line breaks included) as
   * one space, trimmed.
   *
   * @param text the text, not null
   * @return the cleaned text, not null
   */
  public static String clean(CharSequence text) {
    String s = nfc(text);
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
