package io.github.cchc.rules.read;

/**
 * Approximate matching of folded text, for the words scans damage: "muc pich" for "mục đích",
 * "to chirc b may" for "tổ chức bộ máy". A word is found where some stretch of the text is within
 * a few edits of it (semi-global edit distance: the word whole, the text in part).
 */
final class Fuzzy {
  private Fuzzy() {}

  /** The edits a word of this length may carry and still be found: none below 5 chars, then one per 6. */
  static int allowance(String word) {
    return word.length() < 5 ? 0 : (word.length() + 1) / 6;
  }

  /** Whether the folded text holds the folded word within its allowance of edits. */
  static boolean contains(String text, String word) {
    return distance(text, word) <= allowance(word);
  }

  /** The fewest edits that make the word a stretch of the text. */
  static int distance(String text, String word) {
    int m = word.length();
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    int best = previous[m];
    for (int i = 1; i <= text.length(); i++) {
      current[0] = 0;
      char c = text.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int substitute = previous[j - 1] + (c == word.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      best = Math.min(best, current[m]);
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return best;
  }
}
