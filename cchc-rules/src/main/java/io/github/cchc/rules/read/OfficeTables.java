package io.github.cchc.rules.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the task table of a plan from the files officers keep it in (bảng trong tệp Excel, Word):
 * a sheet of an .xlsx workbook, or the tables of a .docx document, as rows of cell texts
 * for {@link TaskTableImporter}. Apache POI does the reading.
 *
 * <p>Spreadsheet cells read as they are displayed (numbers and dates in their format, formulas by
 * the value the spreadsheet saved; nothing is evaluated), and missing rows and cells are kept as empty ones, so that a row's index is its
 * number on the sheet and findings name the cells a user sees. In a Word table, a cell's paragraphs
 * are joined with line breaks, a cell merged across columns is followed by empty cells for the
 * columns it covers, a cell merged down the rows is repeated in each, and the tables of the
 * document follow one another. POI is an optional dependency of cchc-rules: a host that calls
 * these methods brings {@code org.apache.poi:poi-ooxml}.
 */
public final class OfficeTables {
  private OfficeTables() {}

  /**
   * Reads the first sheet of an .xlsx workbook.
   *
   * @param file the workbook, not null
   * @return the rows, each a list of cells, possibly empty
   * @throws IllegalArgumentException if the file is not an .xlsx workbook, naming it
   * @throws UncheckedIOException if reading fails
   */
  public static List<List<String>> readXlsx(Path file) {
    return readXlsx(file, 1);
  }

  /**
   * Reads a sheet of an .xlsx workbook.
   *
   * @param file the workbook, not null
   * @param sheet the sheet's position, counted from 1 as the tabs show
   * @return the rows, each a list of cells, possibly empty
   * @throws NoSuchSheetException if the workbook has no such sheet, naming the sheets it has
   * @throws IllegalArgumentException if the file is not an .xlsx workbook
   * @throws UncheckedIOException if reading fails
   */
  public static List<List<String>> readXlsx(Path file, int sheet) {
    try (XSSFWorkbook workbook = workbook(file)) {
      if (workbook.getNumberOfSheets() == 0 && sheet == 1) {
        return List.of();
      }
      if (sheet < 1 || sheet > workbook.getNumberOfSheets()) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        throw new NoSuchSheetException(file, sheet, names);
      }
      Sheet tab = workbook.getSheetAt(sheet - 1);
      // Formulas show the value the spreadsheet saved; cchc evaluates nothing a file brings.
      DataFormatter format = new DataFormatter();
      format.setUseCachedValuesForFormulaCells(true);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= tab.getLastRowNum(); r++) {
        Row row = tab.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(List.copyOf(cells));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XSSFWorkbook workbook(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    } catch (POIXMLException | InvalidOperationException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": not an .xlsx workbook (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads the tables of a .docx document, one after another; text outside tables is not read.
   *
   * @param file the document, not null
   * @return the rows, each a list of cells, possibly empty
   * @throws IllegalArgumentException if the file is not a .docx document, naming it
   * @throws UncheckedIOException if reading fails
   */
  public static List<List<String>> readDocx(Path file) {
    try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
      List<List<String>> rows = new ArrayList<>();
      for (XWPFTable table : document.getTables()) {
        rows.addAll(rows(table));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (POIXMLException | InvalidOperationException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": not a .docx document (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A Word table's rows: a cell's paragraphs joined with line breaks; a cell merged across columns
   * followed by empty cells for the columns it covers; a cell merged down the rows repeated in
   * each row it covers, so that every row names its own agency or timeframe.
   */
  static List<List<String>> rows(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    List<String> above = List.of();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
          paragraphs.add(p.getText());
        }
        String text = String.join("\n", paragraphs).strip();
        int column = cells.size();
        if (continuesMerge(cell) && column < above.size()) {
          text = above.get(column);
        }
        cells.add(text);
        for (int more = span(cell) - 1; more > 0; more--) {
          cells.add("");
        }
      }
      above = List.copyOf(cells);
      rows.add(above);
    }
    return rows;
  }

  /** Whether a Word cell continues the cell above it (w:vMerge without "restart"). */
  private static boolean continuesMerge(XWPFTableCell cell) {
    CTTcPr properties = cell.getCTTc().getTcPr();
    if (properties == null || !properties.isSetVMerge()) {
      return false;
    }
    return properties.getVMerge().getVal() == null || properties.getVMerge().getVal() != STMerge.RESTART;
  }

  /** How many grid columns a Word cell covers. */
  static int span(XWPFTableCell cell) {
    CTTcPr properties = cell.getCTTc().getTcPr();
    if (properties == null || properties.getGridSpan() == null) {
      return 1;
    }
    BigInteger span = properties.getGridSpan().getVal();
    return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 64));
  }

  /**
   * Thrown when a workbook has no sheet at the position asked for (không có trang tính): it names
   * the position and the sheets the workbook has, so that a caller can say so in its own words.
   */
  public static final class NoSuchSheetException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int sheet;
    private final transient List<String> sheets;

    NoSuchSheetException(Path file, int sheet, List<String> sheets) {
      super(file + ": has no sheet " + sheet + "; its sheets are " + sheets);
      this.sheet = sheet;
      this.sheets = List.copyOf(sheets);
    }

    /**
     * Gets the position asked for, counted from 1.
     *
     * @return the position
     */
    public int getSheet() {
      return sheet;
    }

    /**
     * Gets the names of the workbook's sheets, in order.
     *
     * @return the names, not null
     */
    public List<String> getSheets() {
      return sheets;
    }
  }
}
