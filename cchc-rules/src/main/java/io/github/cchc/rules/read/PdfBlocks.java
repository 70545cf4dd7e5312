package io.github.cchc.rules.read;

import io.github.cchc.model.text.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer as blocks, with Apache PDFBox. The text comes as positioned runs; lines are
 * joined into paragraphs by position (a paragraph ends where the next line is more than one and a
 * half times its font's size below, or opens an outline item), a line whose runs stand in three
 * columns or more starts a table (its rows end the same way, its wrapped cells go on in their
 * column, over page breaks too), a line in two halves is a header's left and right sides, and the
 * lines that repeat at the top or bottom of the pages (running headers) and page numbers are
 * dropped. A block's line is its first line's place among the text
 * lines kept, counted from 1 through the pages.
 *
 * <p>A PDF with no text layer (a scan) gives no lines: {@link #read} returns empty, and running
 * OCR is left to the user.
 */
final class PdfBlocks {
  /** A gap between runs wider than this many times the space's width separates table columns. */
  private static final float COLUMN_GAP = 2.5f;

  private PdfBlocks() {}

  /** One run of text on a line: where it starts and ends, and its text. */
  private record Run(float x, float end, String text) {}

  /** One line of a page: its baseline, its font's size, its runs from left to right. */
  private record Line(int page, float y, float size, List<Run> runs) {
    String text() {
      StringBuilder s = new StringBuilder();
      for (Run r : runs) {
        s.append(s.length() == 0 ? "" : " ").append(r.text());
      }
      return s.toString().strip();
    }

    /** A table's first row has three columns or more; two are a page's left and right halves (a header). */
    boolean columns() {
      return runs.size() >= 3;
    }

    /** Whether the next line is further below than a line of the same paragraph or table row would be. */
    boolean apartFrom(Line next) {
      return next.page() != page || next.y() - y > Math.max(size, next.size()) * 1.5f || next.y() <= y;
    }
  }

  /** Reads the text layer; empty where the document has none. */
  static Optional<List<Block>> read(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    List<Line> lines;
    try (PDDocument document = Loader.loadPDF(bytes)) {
      Collector collector = new Collector();
      collector.setSortByPosition(true);
      collector.getText(document);
      lines = collector.lines;
    } catch (InvalidPasswordException e) {
      throw new IllegalArgumentException(name + ": the PDF is protected by a password", e);
    } catch (IOException e) {
      if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
        throw new IllegalArgumentException(name + ": not a PDF document", e);
      }
      throw new IllegalArgumentException(name + ": the PDF cannot be read (" + e.getMessage() + ")", e);
    }
    if (lines.stream().allMatch(l -> l.text().isBlank())) {
      return Optional.empty();
    }
    return Optional.of(blocks(withoutRunningLines(lines)));
  }

  /** Collects each line's runs with their positions: PDFBox writes a line word by word, then ends it. */
  private static final class Collector extends PDFTextStripper {
    private final List<Line> lines = new ArrayList<>();
    private final List<TextPosition> line = new ArrayList<>();

    Collector() throws IOException {
      setSuppressDuplicateOverlappingText(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      line.addAll(positions);
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void writeParagraphEnd() {
      endLine();
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      endLine();
      super.endPage(page);
    }

    private void endLine() {
      if (line.isEmpty()) {
        return;
      }
      List<Run> runs = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      float start = line.get(0).getXDirAdj();
      float end = start;
      float space = Math.max(1f, line.get(0).getWidthOfSpace());
      for (TextPosition p : line) {
        float x = p.getXDirAdj();
        if (run.length() > 0 && x - end > COLUMN_GAP * space) {
          runs.add(new Run(start, end, run.toString().strip()));
          run.setLength(0);
          start = x;
        } else if (run.length() > 0 && x - end > space * 0.3f && run.charAt(run.length() - 1) != ' '
            && !p.getUnicode().startsWith(" ")) {
          run.append(' ');
        }
        run.append(p.getUnicode());
        end = x + p.getWidthDirAdj();
        space = Math.max(1f, p.getWidthOfSpace());
      }
      runs.add(new Run(start, end, run.toString().strip()));
      runs.removeIf(r -> r.text().isEmpty());
      if (!runs.isEmpty()) {
        TextPosition first = line.get(0);
        lines.add(new Line(getCurrentPageNo(), first.getYDirAdj(), Math.max(1f, first.getYScale()), runs));
      }
      line.clear();
    }
  }

  /**
   * Without page numbers (a line of only a number, "- 3 -", "Trang 3") and without running lines:
   * a page's first or last line whose wording, figures aside, comes back on at least half the
   * pages and on two or more.
   */
  private static List<Line> withoutRunningLines(List<Line> lines) {
    Map<Integer, List<Line>> pages = new java.util.TreeMap<>();
    lines.forEach(l -> pages.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
    Map<String, Integer> edges = new HashMap<>();
    for (List<Line> page : pages.values()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      seen.add(shape(page.get(0)));
      seen.add(shape(page.get(page.size() - 1)));
      seen.forEach(s -> edges.merge(s, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<Line> kept = new ArrayList<>();
    for (List<Line> page : pages.values()) {
      for (int i = 0; i < page.size(); i++) {
        Line l = page.get(i);
        boolean edge = i == 0 || i == page.size() - 1;
        boolean pageNumber = edge && Folding.fold(l.text()).matches("(trang )?[-–\\s]*\\d{1,4}[-–\\s]*(/ ?\\d{1,4})?");
        boolean running = edge && pages.size() >= 2 && edges.getOrDefault(shape(l), 0) >= needed;
        if (!pageNumber && !running) {
          kept.add(l);
        }
      }
    }
    return kept;
  }

  private static String shape(Line l) {
    return Folding.fold(l.text()).replaceAll("\\d+", "#");
  }

  /** Lines into paragraphs and tables. */
  private static List<Block> blocks(List<Line> lines) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line l = lines.get(i);
      if (l.columns()) {
        i = table(lines, i, blocks);
        continue;
      }
      if (l.runs().size() == 2) {
        i = halves(lines, i, blocks);
        continue;
      }
      List<String> texts = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      texts.add(l.text());
      numbers.add(i + 1);
      int j = i + 1;
      while (j < lines.size() && lines.get(j).runs().size() == 1 && continues(lines.get(j - 1), lines.get(j))) {
        texts.add(lines.get(j).text());
        numbers.add(j + 1);
        j++;
      }
      blocks.add(Block.paragraph(String.join(" ", texts), texts, numbers, 0));
      i = j;
    }
    return List.copyOf(blocks);
  }

  /**
   * Lines in two halves, as a decision's header sets the issuer beside the national motto: the
   * left half's lines, then the right half's, each line a paragraph.
   */
  private static int halves(List<Line> lines, int first, List<Block> blocks) {
    int end = first;
    while (end < lines.size() && lines.get(end).runs().size() == 2) {
      end++;
    }
    for (int side = 0; side < 2; side++) {
      for (int j = first; j < end; j++) {
        blocks.add(Block.paragraph(lines.get(j).runs().get(side).text(), j + 1, 0));
      }
    }
    return end;
  }

  /** Whether a line goes on with the paragraph above it: close below it, not opening an outline item. */
  private static boolean continues(Line above, Line line) {
    if (Outline.opensItem(line.text())) {
      return false;
    }
    if (line.page() != above.page()) {
      // A sentence a page break cut goes on in lower case.
      return Character.isLowerCase(line.text().charAt(0));
    }
    return !above.apartFrom(line);
  }

  /**
   * A table from its first row on (its header): the columns are where that row's runs start; a row
   * goes on over the lines close below it, each run joining the column it starts in; the table ends
   * at a line that does not start where a column does.
   */
  private static int table(List<Line> lines, int first, List<Block> blocks) {
    List<Float> columns = new ArrayList<>();
    for (Run r : lines.get(first).runs()) {
      columns.add(r.x());
    }
    List<List<String>> rows = new ArrayList<>();
    List<StringBuilder> row = null;
    int i = first;
    Line previous = null;
    while (i < lines.size()) {
      Line l = lines.get(i);
      // A table goes on while its lines start in its columns: wrapped cells, section rows across
      // the table, and over page breaks.
      if (!startsInColumn(l, columns)) {
        break;
      }
      boolean newRow = row == null || previous.apartFrom(l);
      if (newRow) {
        if (row != null) {
          rows.add(cells(row));
        }
        row = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
          row.add(new StringBuilder());
        }
      }
      for (Run r : l.runs()) {
        int c = column(r.x(), columns);
        while (row.size() <= c) {
          row.add(new StringBuilder());
        }
        StringBuilder cell = row.get(c);
        cell.append(cell.length() == 0 ? "" : " ").append(r.text());
      }
      previous = l;
      i++;
    }
    if (row != null) {
      rows.add(cells(row));
    }
    blocks.add(Block.table(rows, first + 1, 0));
    return i;
  }

  private static boolean startsInColumn(Line l, List<Float> columns) {
    float x = l.runs().get(0).x();
    return columns.stream().anyMatch(c -> Math.abs(c - x) < 2f);
  }

  private static int column(float x, List<Float> columns) {
    int best = 0;
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c) <= x + 2f) {
        best = c;
      }
    }
    return best;
  }

  private static List<String> cells(List<StringBuilder> row) {
    List<String> cells = new ArrayList<>();
    row.forEach(b -> cells.add(b.toString().strip()));
    return cells;
  }
}
