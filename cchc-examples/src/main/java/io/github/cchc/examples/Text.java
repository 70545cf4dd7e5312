package io.github.cchc.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned text output that fits a 100-column terminal and keeps Vietnamese text whole. */
final class Text {
  static final int WIDTH = 100;

  private Text() {}

  /** Prints rows of columns; the last column wraps at word boundaries, continuation lines indented. */
  static void table(PrintWriter out, List<String[]> rows, int... widths) {
    int indent = 0;
    for (int w : widths) {
      indent += w + 1;
    }
    for (String[] row : rows) {
      StringBuilder head = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        head.append(pad(row[i], widths[i])).append(' ');
      }
      List<String> lines = wrap(row[row.length - 1], Math.max(20, WIDTH - indent));
      out.println((head + (lines.isEmpty() ? "" : lines.get(0))).stripTrailing());
      for (int i = 1; i < lines.size(); i++) {
        out.println(" ".repeat(indent) + lines.get(i));
      }
    }
  }

  /** A figure with the decimals it has, in the decimal mark of the reader's language. */
  static String decimals(java.math.BigDecimal value, java.util.Locale locale) {
    String plain = value.toPlainString();
    return locale.getLanguage().equals("en") ? plain : plain.replace('.', ',');
  }

  static String pad(String s, int width) {
    String cut = s.length() > width ? s.substring(0, Math.max(0, width - 1)) + "…" : s;
    return cut + " ".repeat(Math.max(0, width - cut.length()));
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder();
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
