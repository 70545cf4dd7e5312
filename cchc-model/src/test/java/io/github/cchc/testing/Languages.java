package io.github.cchc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text meant for a Vietnamese reader is Vietnamese and one meant for an English
 * reader is English: the words a test finds wrong, so that it can name them.
 *
 * <p>A Vietnamese text may hold only Vietnamese syllables, the all-capital codes and acronyms and
 * the proper names of the committed allowlist ({@code vietnamese-allowlist.txt}), numbers and
 * punctuation. An English text may hold no word written with Vietnamese letters outside quoted
 * printed text ({@code "…"}) and the allowlisted names.
 */
public final class Languages {
  /** Onset, vowels, coda: the shape of a Vietnamese syllable once its tone mark is dropped. */
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final List<String> ALLOWLIST = load();

  private Languages() {}

  /**
   * Gets the allowlist: acronyms, codes and proper names a Vietnamese text may hold.
   *
   * @return the entries, longest first
   */
  public static List<String> allowlist() {
    return ALLOWLIST;
  }

  /**
   * Finds the words of a text that are no Vietnamese syllable and not allowlisted.
   *
   * @param text the text, not null
   * @return the words, empty if the text reads as Vietnamese
   */
  public static List<String> notVietnamese(String text) {
    String rest = withoutAllowlisted(text);
    List<String> wrong = new ArrayList<>();
    Matcher m = WORD.matcher(Normalizer.normalize(rest, Normalizer.Form.NFC));
    while (m.find()) {
      String w = m.group();
      if (!SYLLABLE.matcher(toneless(w.toLowerCase(java.util.Locale.ROOT))).matches()) {
        wrong.add(w);
      }
    }
    return wrong;
  }

  /**
   * Finds the words of a message that are not Vietnamese, outside what it quotes from the user's
   * document: quoted values, JSON Pointers and the document's spelling given in brackets after a
   * Vietnamese name ("hạng (RANK)").
   *
   * @param message the message, not null
   * @return the words, empty if the message reads as Vietnamese
   */
  public static List<String> notVietnameseOutsideValues(String message) {
    return notVietnamese(QUOTED.matcher(message).replaceAll(" ").replaceAll("\\([^)]*\\)|(?<=\\s|^)/\\S*", " "));
  }

  /**
   * Finds the words of a text, outside quoted printed text and allowlisted names, written with
   * Vietnamese letters.
   *
   * @param text the text, not null
   * @return the words, empty if none
   */
  public static List<String> vietnameseInEnglish(String text) {
    String rest = withoutAllowlisted(QUOTED.matcher(text).replaceAll(" "));
    List<String> wrong = new ArrayList<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      if (m.group().chars().anyMatch(c -> c > 0x7f)) {
        wrong.add(m.group());
      }
    }
    return wrong;
  }

  private static String withoutAllowlisted(String text) {
    String rest = text;
    for (String entry : ALLOWLIST) {
      rest = rest.replaceAll("(?<![\\p{L}])" + Pattern.quote(entry) + "(?![\\p{L}])", " ");
    }
    return rest;
  }

  /** Drops the five tone marks and keeps the vowel's own marks (ă, â, ê, ô, ơ, ư) and đ. */
  private static String toneless(String word) {
    String d = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
    return Normalizer.normalize(d, Normalizer.Form.NFC);
  }

  private static List<String> load() {
    try (InputStream in = Languages.class.getResourceAsStream("vietnamese-allowlist.txt")) {
      if (in == null) {
        throw new IllegalStateException("the test-jar is missing vietnamese-allowlist.txt");
      }
      List<String> entries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(line.strip());
        }
      }
      entries.sort((a, b) -> b.length() - a.length());
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
