package io.github.cchc.rules.read;

import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads tables saved as delimited text (bảng dạng CSV, TSV), as spreadsheets export them, into rows
 * of cells for {@link TaskTableImporter#read}.
 *
 * <p>Cells may be quoted with {@code "}, and a quoted cell may hold the delimiter, line breaks and
 * doubled quotes, as RFC 4180 and spreadsheet programs write them. A byte order mark at the start is
 * dropped. Rows keep their own lengths and their cells are not trimmed. Parsing is Jackson's CSV
 * data format.
 */
public final class DelimitedTables {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  // Readers are immutable and thread-safe; the two differ only in the delimiter.
  private static final ObjectReader CSV = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(','));
  private static final ObjectReader TSV = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator('\t'));

  private DelimitedTables() {}

  /**
   * Reads comma-separated values.
   *
   * @param text the text, not null; read to its end and closed
   * @return the rows, each a list of cells, possibly empty
   * @throws TableFormatException if the text is not well-formed CSV, naming the line
   * @throws UncheckedIOException if reading fails
   */
  public static List<List<String>> parseCsv(Reader text) {
    return parse(text, CSV, "CSV");
  }

  /**
   * Reads tab-separated values.
   *
   * @param text the text, not null; read to its end and closed
   * @return the rows, each a list of cells, possibly empty
   * @throws TableFormatException if the text is not well-formed TSV, naming the line
   * @throws UncheckedIOException if reading fails
   */
  public static List<List<String>> parseTsv(Reader text) {
    return parse(text, TSV, "TSV");
  }

  private static List<List<String>> parse(Reader text, ObjectReader reader, String format) {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = reader.readValues(withoutByteOrderMark(text))) {
      while (it.hasNextValue()) {
        rows.add(List.of(it.nextValue()));
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      long line = at == null || at.getLineNr() < 1 ? rows.size() + 1 : at.getLineNr();
      long column = at == null ? 0 : Math.max(0, at.getColumnNr());
      String where = "at line " + line + (column > 0 ? ", column " + column : "");
      // The row is the record a spreadsheet shows; the line is where the parser stopped, at the end for an open quote.
      throw new TableFormatException("Malformed " + format + " row " + (rows.size() + 1) + ", " + where + ": "
          + e.getOriginalMessage(), format, rows.size() + 1, line, column, e);
    }
    return rows;
  }

  /** Spreadsheet programs start UTF-8 CSV with a byte order mark, which is not part of the first cell. */
  private static Reader withoutByteOrderMark(Reader text) {
    PushbackReader in = new PushbackReader(text, 1);
    try {
      int first = in.read();
      if (first >= 0 && first != '\uFEFF') {
        in.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return in;
  }

  /**
   * Thrown when delimited text is malformed (lỗi định dạng bảng), such as a quoted cell that is
   * never closed; the message names the line.
   */
  public static final class TableFormatException extends CchcException {
    private static final long serialVersionUID = 1L;

    private final String format;
    private final long row;
    private final long line;
    private final long column;

    TableFormatException(String message, String format, long row, long line, long column, Throwable cause) {
      super(message, cause);
      this.format = format;
      this.row = row;
      this.line = line;
      this.column = column;
    }

    /**
     * Gets the row (record) that could not be read, from 1, the header included: the row a
     * spreadsheet program shows.
     *
     * @return the row
     */
    public long getRow() {
      return row;
    }

    /**
     * Gets the line of the text where reading stopped, from 1.
     *
     * @return the line
     */
    public long getLine() {
      return line;
    }

    /** Says where the table broke in the reader's language, without the parser's own words. */
    @Override
    public String getMessage(java.util.Locale locale) {
      String template = io.github.cchc.rules.internal.Messages.template(locale,
          column > 0 ? "error.table.malformed.column" : "error.table.malformed");
      return io.github.cchc.rules.internal.Messages.render(template, java.util.Map.of("format", format, "row", row,
          "line", line, "column", column), locale, name -> io.github.cchc.rules.internal.Messages.Form.PLAIN);
    }
  }
}
