package io.github.cchc.model.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words as scans damage them (chữ bị quét sai), beside the diacritic fold of {@link Folding}: a
 * table of the confusions OCR makes in Vietnamese print, and the repair of a folded phrase against
 * the words a parser looks for. Parsers read the text as folded first and turn to the repaired
 * phrase only where that reading fails, so clean text never depends on a guess.
 *
 * <p>The confusions, inside a word (a sign between or beside letters; a figure standing alone is a
 * figure): {@code 0}, {@code 6}, {@code &}, {@code @} for o ("s6", "s&amp;" for "số", "sở"); {@code 1}
 * for l ("quản 1ý"); {@code 3}, {@code 4} for a ("x3 hội", "x4c định"); {@code 8}, {@code €},
 * {@code ¢} for e ("hi¢n" for "hiện"); and letters split in two: "ri" for n ("trêri"), "rn" for m,
 * "ii" and "ir" for u ("chirc" for "chức"), tried beside the word as printed. Then a word, or a run of words the scan split or joined
 * ("Candm" for "Cả năm"), is the parser's word within a small edit distance of it: none for words
 * of up to four letters, one up to six, two from seven, spaces not counted.
 */
public final class ScanWords {
  private static final String SIGNS = "06&@1348€¢";
  private static final String LETTERS = "oooolaaeee";

  private ScanWords() {}

  /**
   * Folds the signs of the confusion table inside a word to the letters they stand for; a token
   * with no letter is left as it is.
   *
   * @param foldedWord a folded word, not null
   * @return the word with its signs as letters, not null
   */
  public static String unconfuse(String foldedWord) {
    boolean letter = false;
    for (int i = 0; i < foldedWord.length() && !letter; i++) {
      letter = Character.isLetter(foldedWord.charAt(i));
    }
    if (!letter) {
      return foldedWord;
    }
    char[] out = foldedWord.toCharArray();
    for (int i = 0; i < out.length; i++) {
      int at = SIGNS.indexOf(out[i]);
      if (at >= 0) {
        out[i] = LETTERS.charAt(at);
      }
    }
    return new String(out);
  }

  /**
   * Folds the signs of the confusion table inside the words of a folded text, one char for one
   * char so that indices still point into the original: a token with letters and at most one
   * figure, and no slash, is a word ("s6", "x4c", "hi¢n"); figures, dates and codes ("2024",
   * "10/01/2022", "4791/qd-ubnd") stay as they are.
   *
   * @param folded a folded text, not null
   * @return the text with its words' signs as letters, of the same length, not null
   */
  public static String unconfuseWords(String folded) {
    char[] out = folded.toCharArray();
    int i = 0;
    while (i < out.length) {
      while (i < out.length && out[i] == ' ') {
        i++;
      }
      int start = i;
      int letters = 0;
      int figures = 0;
      boolean slash = false;
      while (i < out.length && out[i] != ' ') {
        char c = out[i];
        letters += Character.isLetter(c) ? 1 : 0;
        figures += Character.isDigit(c) ? 1 : 0;
        slash |= c == '/';
        i++;
      }
      if (letters > 0 && figures <= 1 && !slash && letters >= figures) {
        for (int j = start; j < i; j++) {
          int at = SIGNS.indexOf(out[j]);
          // A sign beside a letter stands for one ("s6", "1y"); beside none it is punctuation or a numbering ("1.", "(3)").
          boolean inside = j > start && Character.isLetter(out[j - 1]) || j < i - 1 && Character.isLetter(out[j + 1]);
          if (at >= 0 && inside) {
            out[j] = LETTERS.charAt(at);
          }
        }
      }
    }
    return new String(out);
  }

  /**
   * Repairs a folded phrase against the words a parser looks for: each run of one to as many words
   * as a wanted phrase has, whose letters (signs unconfused, spaces dropped) are within the edit
   * allowance of that phrase, becomes the phrase; other words stay as they were. Runs holding a
   * figure, a date or a code are never repaired.
   *
   * @param folded the folded phrase, single-spaced, not null
   * @param wanted the folded words and phrases the parser looks for, not null
   * @return the repaired phrase, not null
   */
  public static String repair(String folded, List<String> wanted) {
    String[] tokens = folded.strip().split(" ");
    List<String> phrases = new ArrayList<>(wanted);
    phrases.sort(Comparator.comparingInt((String p) -> p.length()).reversed());
    int n = phrases.size();
    String[][] parts = new String[n][];
    String[] targets = new String[n];
    for (int p = 0; p < n; p++) {
      parts[p] = phrases.get(p).split(" ");
      targets[p] = phrases.get(p).replace(" ", "");
    }
    String[] words = new String[tokens.length];
    for (int t = 0; t < tokens.length; t++) {
      words[t] = isWord(tokens[t]) ? unconfuse(tokens[t]) : null;
    }
    List<String> out = new ArrayList<>(tokens.length);
    int i = 0;
    while (i < tokens.length) {
      String best = null;
      int bestTokens = 1;
      int bestDistance = Integer.MAX_VALUE;
      for (int p = 0; p < n && words[i] != null; p++) {
        String target = targets[p];
        int limit = allowance(target.length());
        StringBuilder run = new StringBuilder();
        for (int k = 1; k <= parts[p].length && i + k <= tokens.length; k++) {
          String word = words[i + k - 1];
          // Scans damage a word's middle more than its first letter: each word keeps its own ("cho đầu" is no "nhóm đầu").
          if (word == null || word.isEmpty() || word.charAt(0) != parts[p][k - 1].charAt(0)) {
            break;
          }
          run.append(word);
          if (run.length() > target.length() + limit + 1) {
            break;
          }
          String r = run.toString();
          int d = Math.min(distance(r, target, limit), distance(unsplit(r), target, limit));
          if (d <= limit && d < bestDistance) {
            best = phrases.get(p);
            bestTokens = k;
            bestDistance = d;
          }
        }
      }
      if (best == null) {
        out.add(tokens[i]);
        i++;
      } else {
        out.add(best);
        i += bestTokens;
      }
    }
    return String.join(" ", out);
  }

  /** Letters a scan splits in two, read as one: "ri" for "n", "rn" for "m", "ii" and "ir" for "u". */
  private static String unsplit(String word) {
    return word.replace("rn", "m").replace("ri", "n").replace("ii", "u").replace("ir", "u");
  }

  /**
   * Tells whether a folded phrase, whole, is a wanted phrase as a scan damaged it: the same
   * number of words, each keeping its first letter, within the repair's edit allowance.
   *
   * @param folded the folded phrase, single-spaced, not null
   * @param wanted the folded phrase looked for, not null
   * @return whether the one is the other
   */
  public static boolean matches(String folded, String wanted) {
    String[] a = folded.split(" ");
    String[] b = wanted.split(" ");
    if (a.length != b.length) {
      return false;
    }
    StringBuilder run = new StringBuilder();
    for (int k = 0; k < a.length; k++) {
      String word = unconfuse(a[k]);
      if (!isWord(a[k]) || word.isEmpty() || word.charAt(0) != b[k].charAt(0)) {
        return false;
      }
      run.append(word);
    }
    String target = wanted.replace(" ", "");
    int limit = allowance(target.length());
    return Math.min(distance(run.toString(), target, limit), distance(unsplit(run.toString()), target, limit)) <= limit;
  }

  private static boolean isWord(String token) {
    int letters = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '/' || c == '.' || c == '-' || c == ':') {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters > 0;
  }

  private static int allowance(int length) {
    return length <= 4 ? 0 : length <= 6 ? 1 : 2;
  }

  /** Edit distance, or more than the limit as soon as it is sure to exceed it. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowBest = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
        rowBest = Math.min(rowBest, current[j]);
      }
      if (rowBest > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
