package io.github.cchc.examples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noise a scan adds to a plan's text, measured and made (nhiễu của bản quét). {@link #measure}
 * counts, in an OCR'd text, each kind of damage the seeds show; {@link #garble} adds the same kinds
 * to clean text at given rates, as a test generator. The kinds:
 *
 * <ul>
 *   <li>diacritics dropped: the share of syllables that lost their marks, against the share that
 *       carry marks in clean Vietnamese text;
 *   <li>signs for letters: a digit or sign of the confusion table inside a word ("s6", "x4c", "S&",
 *       "hi¢n");
 *   <li>letters misread: a word, signs aside, that is no Vietnamese syllable ("chirc", "trudc");
 *   <li>words joined: a word that is two syllables run together ("Candm" for "Cả năm");
 *   <li>noise lines: lines of a page with more signs than letters ("@t . 1!.“"), page numbers and
 *       running headers.
 * </ul>
 */
final class ScanNoise {
  /** Onset, vowels, coda: a Vietnamese syllable once its tone mark is dropped. */
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final String SIGNS = "0136&@4€¢8";
  /** For each letter a scan confuses, the signs and letters it is printed as. */
  private static final String[][] SIGN_FOR = {{"o", "6", "0", "&"}, {"a", "4", "3"}, {"l", "1"}, {"e", "¢", "€"}};
  private static final String[][] LETTER_FOR = {{"o", "d", "e"}, {"c", "e"}, {"u", "ir", "ii"}, {"m", "rn"},
      {"n", "ri"}, {"e", "c"}, {"h", "b"}, {"i", "1", "l"}};

  /** The measured rates of each kind of damage, each a share from 0 to 1. */
  record Rates(double diacritics, double signs, double misread, double joined, double noiseLines) {
    Rates times(double k) {
      return new Rates(Math.min(1, diacritics * k), Math.min(1, signs * k), Math.min(1, misread * k),
          Math.min(1, joined * k), Math.min(1, noiseLines * k));
    }
  }

  private ScanNoise() {}

  /** The share of syllables (words of letters) that carry a diacritic in the text. */
  static double markedShare(String text) {
    int words = 0;
    int marked = 0;
    Matcher m = Pattern.compile("\\p{L}+").matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (m.find()) {
      String w = m.group();
      if (w.length() < 2 || w.equals(w.toUpperCase(Locale.ROOT))) {
        continue;
      }
      words++;
      if (!strip(w).equals(w)) {
        marked++;
      }
    }
    return words == 0 ? 0 : (double) marked / words;
  }

  /**
   * Measures an OCR'd text's damage against clean text's share of marked syllables.
   *
   * @param ocr the scanned text
   * @param cleanMarkedShare the share of marked syllables in clean plans
   */
  static Rates measure(String ocr, double cleanMarkedShare) {
    double diacritics = Math.max(0, 1 - markedShare(ocr) / cleanMarkedShare);
    int words = 0;
    int signs = 0;
    int misread = 0;
    int joined = 0;
    Matcher m = TOKEN.matcher(ocr);
    while (m.find()) {
      String token = m.group().replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
      if (token.length() < 2 || !token.chars().anyMatch(Character::isLetter)
          || token.equals(token.toUpperCase(Locale.ROOT)) && token.length() <= 6 || token.contains("/")) {
        continue;
      }
      words++;
      String folded = strip(token).toLowerCase(Locale.ROOT);
      if (folded.chars().anyMatch(c -> SIGNS.indexOf(c) >= 0)) {
        signs++;
      } else if (!SYLLABLE.matcher(folded).matches()) {
        if (twoSyllables(folded)) {
          joined++;
        } else {
          misread++;
        }
      }
    }
    int lines = 0;
    int noise = 0;
    for (String line : ocr.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      long letters = line.chars().filter(Character::isLetter).count();
      long others = line.chars().filter(c -> !Character.isLetter(c) && !Character.isWhitespace(c)).count();
      if (others > letters) {
        noise++;
      }
    }
    return new Rates(diacritics, ratio(signs, words), ratio(misread, words), ratio(joined, words), ratio(noise, lines));
  }

  private static double ratio(int n, int of) {
    return of == 0 ? 0 : (double) n / of;
  }

  private static boolean twoSyllables(String folded) {
    for (int i = 2; i <= folded.length() - 2; i++) {
      if (SYLLABLE.matcher(folded.substring(0, i)).matches() && SYLLABLE.matcher(folded.substring(i)).matches()) {
        return true;
      }
    }
    return false;
  }

  static String strip(String text) {
    String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "");
  }

  /**
   * Garbles clean text as a scan would, at the rates given: each line's words lose their marks,
   * take a sign for a letter, a misread letter, run into the next word; noise lines, page numbers
   * and a running header are put between lines. Table cells (tabs) keep their places: a scan that
   * ran columns together is a different document. Figures are left alone (scans confuse letters
   * for signs, seldom figures for other figures), and so are codes in capitals.
   */
  static String garble(String clean, Rates rates, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    int lineNo = 0;
    int page = 1;
    for (String line : clean.split("\n", -1)) {
      lineNo++;
      if (lineNo % 45 == 0 && random.nextDouble() < Math.min(1, rates.noiseLines() * 10)) {
        page++;
        out.append(page).append("\n");
      }
      if (!line.isBlank() && random.nextDouble() < rates.noiseLines()) {
        out.append(noiseLine(random)).append("\n");
      }
      String[] cells = line.split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        out.append(c == 0 ? "" : "\t").append(garbleCell(cells[c], rates, random));
      }
      out.append("\n");
    }
    return out.substring(0, out.length() - 1);
  }

  private static String garbleCell(String cell, Rates rates, Random random) {
    String[] words = cell.split(" ", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean word = w.length() >= 2 && w.chars().allMatch(c -> Character.isLetter(c) || ",.;:".indexOf(c) >= 0)
          && !w.equals(w.toUpperCase(Locale.ROOT));
      if (word) {
        if (random.nextDouble() < rates.diacritics()) {
          w = strip(w);
        }
        if (random.nextDouble() < rates.signs()) {
          w = replaceOne(w, SIGN_FOR, random);
        } else if (random.nextDouble() < rates.misread()) {
          w = replaceOne(w, LETTER_FOR, random);
        }
      }
      out.add(w);
      boolean nextIsWord = i + 1 < words.length && !words[i + 1].isEmpty() && Character.isLowerCase(words[i + 1].charAt(0));
      if (word && nextIsWord && !w.matches(".*[,.;:]$") && random.nextDouble() < rates.joined()) {
        out.set(out.size() - 1, w + (random.nextDouble() < 0.5 ? strip(words[i + 1]) : words[i + 1]));
        i++;
      }
    }
    return String.join(" ", out);
  }

  /** Replaces one letter of the word that the table confuses, keeping the letter's case where it has one. */
  private static String replaceOne(String w, String[][] table, Random random) {
    List<int[]> places = new ArrayList<>();
    String folded = strip(w).toLowerCase(Locale.ROOT);
    for (int i = 1; i < folded.length(); i++) {
      for (int t = 0; t < table.length; t++) {
        if (folded.startsWith(table[t][0], i)) {
          places.add(new int[] {i, t});
        }
      }
    }
    if (places.isEmpty()) {
      return w;
    }
    int[] at = places.get(random.nextInt(places.size()));
    String[] forms = table[at[1]];
    String by = forms[1 + random.nextInt(forms.length - 1)];
    return w.substring(0, at[0]) + by + w.substring(at[0] + forms[0].length());
  }

  private static String noiseLine(Random random) {
    String signs = "@.;:'‘’“”|!~^*%()1l";
    StringBuilder s = new StringBuilder();
    int n = 3 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      s.append(signs.charAt(random.nextInt(signs.length()))).append(random.nextDouble() < 0.4 ? " " : "");
    }
    return s.toString().strip();
  }
}
