package io.github.cchc.rules.read;

import io.github.cchc.model.ReformArea;
import io.github.cchc.model.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task table whose columns a scan ran together into lines of text (bảng quét dính cột): each line
 * holds pieces of every column, a row's number sits beside its middle line, and the page's header
 * row comes back on every page. Such a table cannot be cut into cells from its text; what a reader
 * can tell is where each row starts, by its number and the opening words of its content, and which
 * reform area's section it is in. Rows whose numbers the scan lost are placed by the numbering
 * around them.
 *
 * <p>A row starts at the last line before its number's line, within the lines since the previous
 * number, that opens as a task does: with a verb a task's content starts with ("Xây dựng",
 * "Triển khai"; within one edit), else with a capitalised word, else with "a)" (a row whose content
 * is a lettered list). Where none does, the number's own line starts the row, or, when that line
 * holds the number only, the line after it.
 */
final class ScannedTable {
  /** One line of the table's text with the source line it is on. */
  record Line(String text, int number) {}

  /** A row: its number, the area of its section, its opening line as printed (empty where none was read). */
  record Row(String number, Optional<ReformArea> area, String opening, int line) {
    boolean read() {
      return !opening.isEmpty();
    }
  }

  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})(?:\\s*\\|\\s*|\\s+|$)(.*)");
  /** "IV.", and as scans print Roman numerals: "I1.", "Il.", "II1.". */
  private static final Pattern ROMAN = Pattern.compile("^([IVX][IVXl1]{0,3})\\s?\\.\\s*(.*)");
  private static final Pattern LETTER_A = Pattern.compile("^a\\s?\\)\\s*\\S");
  /** How a task's content opens: verbs of administrative work, none of any one plan. */
  private static final List<String> TASK_VERBS = List.of("ban hanh", "xay dung", "trien khai", "tiep tuc", "to chuc",
      "danh gia", "kiem tra", "thuc hien", "ra soat", "nghien cuu", "hoc tap", "day manh", "thi tuyen", "sua doi",
      "van hanh", "quyet dinh", "tap huan", "so hoa", "cong bo", "tang cuong", "hoan thien", "nang cao", "tuyen truyen",
      "theo doi", "huong dan", "duy tri", "ap dung", "dao tao", "boi duong", "cap nhat", "tham muu", "dieu tra",
      "khao sat", "thu thap", "tiep nhan", "ket noi", "cung co", "kien toan", "sap xep", "don gian hoa", "chuan hoa",
      "cai thien", "doi moi", "phat trien", "kiem soat", "giam sat", "rut ngan", "dau tu", "nang cap", "bo sung");
  /** Words of a task table's header row: "TT | Nội dung công việc | Cơ quan chủ trì | … | Thời gian hoàn thành". */
  private static final List<String> HEADER_WORDS = List.of("tt", "stt", "noi", "dung", "cong", "viec", "co", "quan",
      "chu", "tri", "phoi", "hop", "thoi", "gian", "thuc", "hien", "hoan", "thanh", "san", "pham");
  private static final List<String> HEADER_PAIRS = List.of("noi dung", "co quan", "thoi gian", "hoan thanh", "san pham",
      "chu tri", "phoi hop");

  private final List<Row> rows;
  private final int headerLine;

  private ScannedTable(List<Row> rows, int headerLine) {
    this.rows = rows;
    this.headerLine = headerLine;
  }

  /** The rows, in order of their numbers. */
  List<Row> rows() {
    return rows;
  }

  /** The source line of the first header row. */
  int headerLine() {
    return headerLine;
  }

  /** Reads a run-together table, or nothing where the lines hold no header row of a task table. */
  static Optional<ScannedTable> read(List<Line> lines) {
    int n = lines.size();
    String[] folded = new String[n];
    for (int i = 0; i < n; i++) {
      folded[i] = Folding.fold(lines.get(i).text());
    }
    boolean[] header = new boolean[n];
    int first = -1;
    for (int i = 0; i < n; i++) {
      if (!isHeaderCore(folded[i])) {
        continue;
      }
      first = first < 0 ? i : first;
      header[i] = true;
      // The header's other lines sit around its "Nội dung" line: "Cơ quan Cơ quan", "hoàn thành".
      for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
        header[j] |= isHeaderLine(folded[j]);
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    // Walk the lines once: sections, numbered lines, and lines that open as a task does.
    Optional<ReformArea>[] areaAt = areas(lines, folded, header, first);
    int[] strength = new int[n];
    int[] numbered = new int[n];
    String[] rest = new String[n];
    int last = 0;
    for (int i = first + 1; i < n; i++) {
      if (header[i] || areaAt[i] == null) {
        continue;
      }
      String text = lines.get(i).text().strip();
      Matcher m = NUMBER.matcher(text);
      if (m.matches()) {
        int k = Integer.parseInt(m.group(1));
        String after = m.group(2).strip();
        boolean pipe = text.substring(m.group(1).length()).stripLeading().startsWith("|");
        // A figure further on than the next number is a row only where words follow it ("3 o 7 X" is noise).
        boolean next = k == last + 1 || k > last && k <= last + 4 && !after.isEmpty()
            && (pipe || !after.matches("^\\S(\\s.*)?$"));
        if (next) {
          numbered[i] = k;
          rest[i] = after;
          last = k;
          continue;
        }
      }
      strength[i] = opening(text, folded[i]);
    }
    List<Row> rows = new ArrayList<>();
    int previousNumber = first;
    int previousStart = first;
    int lastNumber = 0;
    for (int i = first + 1; i < n; i++) {
      if (numbered[i] == 0) {
        continue;
      }
      int from = Math.max(previousNumber, previousStart) + 1;
      int section = lastHeading(areaAt, from, i);
      int start = best(strength, Math.max(from, section + 1), i);
      String opening;
      if (start >= 0) {
        opening = lines.get(start).text().strip();
      } else if (!rest[i].isEmpty()) {
        start = i;
        opening = rest[i];
      } else {
        start = following(lines, header, areaAt, numbered, i);
        opening = start > i ? lines.get(start).text().strip() : "";
        start = Math.max(start, i);
      }
      int missing = numbered[i] - lastNumber - 1;
      if (missing > 0) {
        rows.addAll(lost(lines, strength, areaAt, lastNumber, missing, from, start, previousNumber));
      }
      rows.add(new Row(String.valueOf(numbered[i]), areaAt[start], firstCell(opening), lines.get(start).number()));
      lastNumber = numbered[i];
      previousNumber = i;
      previousStart = start;
    }
    // Rows after the last number the scan printed: each line further on that opens with a task's verb.
    for (int i = Math.max(previousNumber, previousStart) + 2; i < n && lastNumber > 0; i++) {
      if (strength[i] == STRONG) {
        lastNumber++;
        rows.add(new Row(String.valueOf(lastNumber), areaAt[i], firstCell(lines.get(i).text().strip()), lines.get(i).number()));
      }
    }
    return Optional.of(new ScannedTable(List.copyOf(rows), lines.get(first).number()));
  }

  /** Rows whose numbers the scan lost between two it printed: placed on lines that open with a task's verb, else left unread. */
  private static List<Row> lost(List<Line> lines, int[] strength, Optional<ReformArea>[] areaAt, int lastNumber,
      int missing, int from, int to, int previousNumber) {
    List<Integer> openings = new ArrayList<>();
    for (int j = from; j < to; j++) {
      if (strength[j] == STRONG) {
        openings.add(j);
      }
    }
    List<Row> out = new ArrayList<>();
    boolean placed = openings.size() >= missing;
    for (int m = 0; m < missing; m++) {
      String number = String.valueOf(lastNumber + 1 + m);
      if (placed) {
        int at = openings.get(openings.size() - missing + m);
        out.add(new Row(number, areaAt[at], firstCell(lines.get(at).text().strip()), lines.get(at).number()));
      } else {
        int at = Math.max(0, Math.min(previousNumber, lines.size() - 1));
        out.add(new Row(number, areaAt[at] == null ? Optional.empty() : areaAt[at], "", lines.get(Math.min(from, lines.size() - 1)).number()));
      }
    }
    return out;
  }

  private static final int WEAK_LETTERED = 1;
  private static final int WEAK = 2;
  private static final int STRONG = 3;

  /** How a line opens: with a task's verb, a capitalised word, "a)", or as no row does (0). */
  private static int opening(String text, String folded) {
    if (LETTER_A.matcher(text).lookingAt()) {
      return WEAK_LETTERED;
    }
    if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
      return 0;
    }
    String[] words = folded.replaceAll("[^a-z0-9 ]+", " ").strip().split("\\s+");
    int real = 0;
    for (String w : words) {
      real += w.length() >= 2 ? 1 : 0;
    }
    if (real < 3) {
      return 0;
    }
    String two = words.length > 1 ? words[0] + " " + words[1] : words[0];
    for (String verb : TASK_VERBS) {
      if (Fuzzy.distance(two, verb) <= (verb.length() >= 9 ? 2 : 1) && two.length() <= verb.length() + 2) {
        return STRONG;
      }
    }
    return WEAK;
  }

  /** The last line of the strongest kind of opening in [from, to), or -1. */
  private static int best(int[] strength, int from, int to) {
    for (int kind = STRONG; kind >= WEAK_LETTERED; kind--) {
      for (int j = to - 1; j >= from; j--) {
        if (strength[j] == kind) {
          return j;
        }
      }
    }
    return -1;
  }

  /** The line after a number that stands alone, where the row's text starts. */
  private static int following(List<Line> lines, boolean[] header, Optional<ReformArea>[] areaAt, int[] numbered, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (numbered[j] > 0 || areaAt[j] == null) {
        return i;
      }
      if (!header[j] && !lines.get(j).text().isBlank()) {
        return j;
      }
    }
    return i;
  }

  /** The last section heading in [from, to), or from - 1. */
  private static int lastHeading(Optional<ReformArea>[] areaAt, int from, int to) {
    for (int j = to - 1; j >= from; j--) {
      if (areaAt[j] == null) {
        return j;
      }
    }
    return from - 1;
  }

  /**
   * The area each line is in; null marks a section heading's own lines. A section row of the table
   * ("III. Cải cách thủ tục hành chính") names an area; where the scan left its numeral alone on a
   * line, its words are on the next.
   */
  @SuppressWarnings("unchecked")
  private static Optional<ReformArea>[] areas(List<Line> lines, String[] folded, boolean[] header, int first) {
    Optional<ReformArea>[] at = new Optional[lines.size()];
    Optional<ReformArea> current = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = header[i] || i <= first ? null : ROMAN.matcher(lines.get(i).text().strip());
      if (m != null && m.matches()) {
        boolean alone = m.group(2).isBlank() && i + 1 < lines.size();
        String words = alone ? lines.get(i + 1).text() : m.group(2);
        Optional<ReformArea> area = PlanReader.nearestArea(words);
        if (area.isPresent()) {
          current = area;
          at[i] = null;
          if (alone) {
            at[++i] = null;
          }
          continue;
        }
      }
      at[i] = current;
    }
    return at;
  }

  /** The header row's "Nội dung công việc" line. */
  private static boolean isHeaderCore(String folded) {
    return folded.length() < 160 && Fuzzy.distance(folded, "noi dung cong viec") <= 3 && isHeaderLine(folded);
  }

  /** A line of header words: most of its words are, and one of the header's pairs is there or the line is short. */
  private static boolean isHeaderLine(String folded) {
    String[] words = folded.replaceAll("[^a-z0-9 ]+", " ").strip().split("\\s+");
    int real = 0;
    int known = 0;
    for (String w : words) {
      if (w.length() < 2) {
        continue;
      }
      real++;
      for (String h : HEADER_WORDS) {
        if (w.equals(h) || h.length() >= 3 && w.length() >= 3 && Fuzzy.distance(w, h) <= 1 && Math.abs(w.length() - h.length()) <= 1) {
          known++;
          break;
        }
      }
    }
    boolean pair = false;
    for (String p : HEADER_PAIRS) {
      pair |= Fuzzy.distance(folded, p) <= 1;
    }
    return real > 0 && known * 2 >= real && known >= 1 && (pair || folded.length() <= 12);
  }

  /** The first cell of a line: up to the first column rule the scan kept. */
  private static String firstCell(String line) {
    int bar = line.indexOf(" | ");
    return (bar > 0 ? line.substring(0, bar) : line).strip();
  }
}
