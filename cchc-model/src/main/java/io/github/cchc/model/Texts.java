package io.github.cchc.model;

import java.text.Normalizer;
import java.util.Locale;

/** Text handling shared by the parsers: NFC, whitespace, and diacritic folding that keeps indices. */
final class Texts {
  /**
   * Parsers refuse longer input up front: no timeframe, target sentence or citation in a real plan
   * comes near it, and a bound keeps every parser linear and cheap on hostile input.
   */
  static final int MAX_PARSE_LENGTH = 10_000;

  private Texts() {}

  static String nfc(CharSequence text) {
    String s = text.toString();
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** NFC, every run of whitespace (including no-break spaces) as one space, trimmed. */
  static String clean(CharSequence text) {
    String s = nfc(text);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
   * Lower case without diacritics, one char for one char, so that an index into the folded text is
   * an index into the original: "Quý IV" becomes "quy iv", "Đến" becomes "den".
   */
  static String fold(String nfcText) {
    char[] out = new char[nfcText.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(nfcText.charAt(i));
    }
    return new String(out);
  }

  static char foldChar(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }

  /** Folds a phrase for comparisons that ignore case, diacritics and spacing. */
  static String key(CharSequence text) {
    return fold(clean(text)).toLowerCase(Locale.ROOT);
  }

  static String requireParseable(CharSequence text, String what) {
    if (text.length() > MAX_PARSE_LENGTH) {
      throw new TextParseException(
          what + " text is " + text.length() + " characters long; at most " + MAX_PARSE_LENGTH
              + " are read: \"" + abbreviate(text) + "\"",
          text,
          0);
    }
    return clean(text);
  }

  /** The text for a message: quoted whole when short, its head otherwise. */
  static String abbreviate(CharSequence text) {
    return text.length() <= 120 ? text.toString() : text.subSequence(0, 117) + "...";
  }

  static String requireNonBlank(String value, String attribute) {
    if (value.isBlank()) {
      throw new MalformedValueException(attribute + " must not be blank, was \"" + value + "\"");
    }
    return value;
  }
}
