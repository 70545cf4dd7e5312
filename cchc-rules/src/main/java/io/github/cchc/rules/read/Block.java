package io.github.cchc.rules.read;

import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A block of a document (khối văn bản): a paragraph or a table, in document order, with where it
 * starts in its source. {@link PlanReader} reads plans as blocks; a reader of Word or PDF files
 * makes blocks of its paragraphs and tables, and {@link #ofText} makes them of plain text.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Block {
  /** What a block is. */
  public enum Kind {
    /** A paragraph (đoạn): one line of text, however the source wrapped it. */
    PARAGRAPH,
    /** A table (bảng): rows of cells. */
    TABLE
  }

  /** "Số: 4791/QĐ-UBND", as scans print it too ("S6:"): a header line of its own. */
  private static final java.util.regex.Pattern NUMBER_LINE = java.util.regex.Pattern.compile("s[o6e]\\s?:");

  /** The clauses a preamble opens with, each a paragraph of its own. */
  private static final java.util.regex.Pattern CLAUSE =
      java.util.regex.Pattern.compile("(can cu|thuc hien|theo de nghi|xet de nghi) ");
  /** "Hải Phòng, ngày 29 tháng 12 năm 2023": the header's place and date, a line of its own. */
  private static final java.util.regex.Pattern PLACE_DATE =
      java.util.regex.Pattern.compile("^[^,]{1,40}, ngay \\d{1,2} thang \\d{1,2} nam \\d{4}");
  /**
   * A line the page's width wrapped is long; a shorter one ended where its writer ended it (a
   * heading, "1. Mục đích"), and the next line starts a paragraph even with no blank line between,
   * unless it starts in lower case (a title broken to be centred).
   */
  private static final int WRAPPED = 50;

  private final Kind kind;
  private final String text;
  private final List<List<String>> rows;
  /** A paragraph's lines as the source broke them: a scanned table's row numbers and cells are told by line. */
  private final List<String> lines;
  private final List<Integer> lineNumbers;
  private final int line;
  private final int offset;

  private Block(Kind kind, String text, List<List<String>> rows, List<String> lines, List<Integer> lineNumbers, int line,
      int offset) {
    if (line < 1 || offset < 0) {
      throw new MalformedValueException("A block starts at line 1 or later and offset 0 or later, was line " + line
          + ", offset " + offset);
    }
    this.kind = kind;
    this.text = text;
    this.rows = rows;
    this.lines = lines;
    this.lineNumbers = lineNumbers;
    this.line = line;
    this.offset = offset;
  }

  /**
   * Obtains a paragraph.
   *
   * @param text the paragraph's text, not null
   * @param line the line of the source it starts on, from 1
   * @param offset the offset in the source, in chars, of its first char, from 0
   * @return the paragraph, not null
   * @throws MalformedValueException if the line or offset is out of range
   */
  public static Block paragraph(String text, int line, int offset) {
    return new Block(Kind.PARAGRAPH, Objects.requireNonNull(text, "text"), List.of(), List.of(text), List.of(line), line, offset);
  }

  /** A paragraph made of source lines, each with its line number. */
  static Block paragraph(CharSequence text, List<String> lines, List<Integer> lineNumbers, int offset) {
    return new Block(Kind.PARAGRAPH, text.toString(), List.of(), List.copyOf(lines), List.copyOf(lineNumbers),
        lineNumbers.get(0), offset);
  }

  /**
   * Obtains a table.
   *
   * @param rows the rows, each a list of cells, not null
   * @param line the line of the source it starts on, from 1
   * @param offset the offset in the source, in chars, of its first char, from 0
   * @return the table, not null
   * @throws MalformedValueException if the line or offset is out of range
   */
  public static Block table(List<? extends List<String>> rows, int line, int offset) {
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    return new Block(Kind.TABLE, "", List.copyOf(copy), List.of(), List.of(), line, offset);
  }

  /**
   * Splits plain text into blocks. A blank line ends a paragraph; a line that opens an outline item
   * ("II.", "3.", "a)", "-", "+") starts one; a line that continues a sentence a page break cut (it
   * starts in lower case after a paragraph that did not end) is joined to it; upper-case header
   * lines stay apart. Consecutive lines with tabs are a table, one row a line. Markdown emphasis
   * ("**", "*") is removed.
   *
   * @param text the text, not null
   * @return the blocks in order, possibly empty
   */
  public static List<Block> ofText(CharSequence text) {
    String s = Folding.nfc(text);
    List<Block> blocks = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    int tableLine = 0;
    int tableOffset = 0;
    StringBuilder paragraph = new StringBuilder();
    List<String> paragraphLines = new ArrayList<>();
    List<Integer> paragraphLineNumbers = new ArrayList<>();
    int paragraphOffset = 0;
    boolean blankSince = true;
    boolean lastUpper = false;
    int lastLength = 0;
    int lineNumber = 0;
    int at = 0;
    while (at <= s.length()) {
      int end = s.indexOf('\n', at);
      if (end < 0) {
        end = s.length();
      }
      lineNumber++;
      String raw = s.substring(at, end);
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      String line = withoutEmphasis(raw).strip();
      if (raw.indexOf('\t') >= 0 && !line.isEmpty()) {
        if (paragraph.length() > 0) {
          blocks.add(paragraph(paragraph, paragraphLines, paragraphLineNumbers, paragraphOffset));
          paragraph.setLength(0);
          paragraphLines.clear();
          paragraphLineNumbers.clear();
        }
        if (table.isEmpty()) {
          tableLine = lineNumber;
          tableOffset = at;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t", -1)) {
          cells.add(withoutEmphasis(cell).strip());
        }
        table.add(cells);
        blankSince = false;
      } else if (line.isEmpty()) {
        blankSince = true;
      } else {
        if (!table.isEmpty()) {
          blocks.add(table(table, tableLine, tableOffset));
          table.clear();
        }
        boolean upper = isUpperCase(line);
        String folded = Folding.fold(line);
        boolean opens = Outline.opensItem(line) || isAttachmentNote(line) || NUMBER_LINE.matcher(folded).lookingAt()
            || Character.isUpperCase(line.charAt(0)) && CLAUSE.matcher(folded).lookingAt() || PLACE_DATE.matcher(folded).find();
        boolean continues = paragraph.length() > 0 && !opens
            && (blankSince ? startsLowerCase(line) && !endsSentence(paragraph)
                : !upper && !lastUpper && (startsLowerCase(line) || lastLength >= WRAPPED && !endsSentence(paragraph)));
        if (continues) {
          paragraph.append(' ').append(line);
          paragraphLines.add(line);
          paragraphLineNumbers.add(lineNumber);
        } else {
          if (paragraph.length() > 0) {
            blocks.add(paragraph(paragraph, paragraphLines, paragraphLineNumbers, paragraphOffset));
          }
          paragraph.setLength(0);
          paragraphLines.clear();
          paragraphLineNumbers.clear();
          paragraph.append(line);
          paragraphLines.add(line);
          paragraphLineNumbers.add(lineNumber);
          paragraphOffset = at + Math.max(0, raw.indexOf(line.isEmpty() ? " " : line.substring(0, 1)));
        }
        lastUpper = upper;
        lastLength = line.length();
        blankSince = false;
      }
      at = end + 1;
    }
    if (!table.isEmpty()) {
      blocks.add(table(table, tableLine, tableOffset));
    }
    if (paragraph.length() > 0) {
      blocks.add(paragraph(paragraph, paragraphLines, paragraphLineNumbers, paragraphOffset));
    }
    return List.copyOf(blocks);
  }

  /** "(Ban hành kèm theo Quyết định số …)" under a title is a note of its own, never the title's continuation. */
  private static boolean isAttachmentNote(String line) {
    if (!line.startsWith("(")) {
      return false;
    }
    String f = Folding.fold(line.length() > 30 ? line.substring(0, 30) : line);
    return f.startsWith("(kem theo") || f.startsWith("(ban hanh kem theo");
  }

  private static String withoutEmphasis(String line) {
    return line.indexOf('*') < 0 ? line : line.replace("**", "").replaceAll("(?<=[(\\s]|^)\\*(?=\\S)|(?<=\\S)\\*(?=[)\\s.,;:]|$)", "");
  }

  /** Whether a line is in capitals: a header or heading line, which no other line continues. */
  static boolean isUpperCase(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 1;
  }

  private static boolean startsLowerCase(String line) {
    return Character.isLowerCase(line.charAt(0));
  }

  private static boolean endsSentence(CharSequence paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return last == '.' || last == ':' || last == ';' || last == '!' || last == '?';
  }

  /**
   * Gets what the block is.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the text of a paragraph.
   *
   * @return the text, empty for a table
   */
  public String text() {
    return text;
  }

  /**
   * Gets the rows of a table.
   *
   * @return the rows, each a list of cells; empty for a paragraph
   */
  public List<List<String>> rows() {
    return rows;
  }

  /** A paragraph's lines as its source broke them, the first on {@link #line()}; one line where it had no breaks. */
  List<String> lines() {
    return lines;
  }

  /** The source line of each of {@link #lines()}. */
  List<Integer> lineNumbers() {
    return lineNumbers;
  }

  /**
   * Gets the line of the source the block starts on.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Gets the offset in the source, in chars, of the block's first char.
   *
   * @return the offset, from 0
   */
  public int offset() {
    return offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block b && kind == b.kind && text.equals(b.text) && rows.equals(b.rows) && lines.equals(b.lines)
        && line == b.line && offset == b.offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, rows, lines, line, offset);
  }

  @Override
  public String toString() {
    return kind == Kind.PARAGRAPH ? "Block[line " + line + ": " + text + "]"
        : "Block[line " + line + ": table of " + rows.size() + " rows]";
  }
}
