package io.github.cchc.rules.read;

import io.github.cchc.model.text.Folding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline marker a paragraph opens with, as administrative documents number their items:
 * Roman numerals for sections, arabic numbers for items, bracketed letters, then dashes and "+".
 */
record Outline(Level level, String label, String body, String folded) {
  /** The depth of a marker, outermost first. */
  enum Level {
    NONE,
    ROMAN,
    NUMBER,
    LETTER,
    DASH,
    PLUS
  }

  /**
   * Scans turn "II." into "I1.", "Il.", "IL." and "1V."; they are taken for Roman numerals only
   * when an upper-case heading follows, where an arabic "11." cannot stand.
   */
  private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,4})\\s?\\.\\s*(?=\\S)");
  private static final Pattern SCANNED_ROMAN = Pattern.compile("^(?=\\S{0,3}[IVXL])([IVXl1L]{2,4})\\.\\s*(?=\\p{Lu}{2})");
  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})\\s?\\.(?!\\d)\\s*(?=\\S)");
  /**
   * "¢)" is how scans print a "c)" or an "e)": which one, the letter before it tells. "1)" is how
   * they print "i)": plans number their lists "1.", never "1)".
   */
  private static final Pattern LETTER = Pattern.compile("^([a-zđ¢1])\\s?\\)\\s*(?=\\S)");
  private static final Pattern DASH = Pattern.compile("^[-–—•]\\s*(?=\\S)");
  private static final Pattern PLUS = Pattern.compile("^\\+\\s*(?=\\S)");

  static boolean opensItem(String line) {
    for (Pattern p : List.of(ROMAN, SCANNED_ROMAN, NUMBER, LETTER, DASH, PLUS)) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  static Outline of(String text) {
    Matcher m = ROMAN.matcher(text);
    if (m.find()) {
      return of(Level.ROMAN, m.group(1), text.substring(m.end()));
    }
    m = SCANNED_ROMAN.matcher(text);
    if (m.find()) {
      return of(Level.ROMAN, scannedRoman(m.group(1)), text.substring(m.end()));
    }
    m = NUMBER.matcher(text);
    if (m.find()) {
      return of(Level.NUMBER, Integer.toString(Integer.parseInt(m.group(1))), text.substring(m.end()));
    }
    m = LETTER.matcher(text);
    if (m.find()) {
      return of(Level.LETTER, m.group(1).equals("1") ? "i" : m.group(1), text.substring(m.end()));
    }
    m = DASH.matcher(text);
    if (m.find()) {
      return of(Level.DASH, "-", text.substring(m.end()));
    }
    m = PLUS.matcher(text);
    if (m.find()) {
      return of(Level.PLUS, "+", text.substring(m.end()));
    }
    return of(Level.NONE, "", text);
  }

  /** The body folded once: headings are compared with many words. */
  private static Outline of(Level level, String label, String body) {
    return new Outline(level, label, body, Folding.key(body));
  }

  private static String scannedRoman(String printed) {
    return printed.replace('l', 'I').replace('1', 'I').replace('L', 'I');
  }

}
