package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tables written as spreadsheets write CSV and TSV read back cell for cell. */
class DelimitedTablesProperties {
  @Property(tries = 500)
  void quotedCsvReadsBackCellForCell(@ForAll("tables") List<List<String>> rows) {
    assertEquals(rows, DelimitedTables.parseCsv(new StringReader(write(rows, ","))));
  }

  @Property(tries = 500)
  void quotedTsvReadsBackCellForCell(@ForAll("tables") List<List<String>> rows) {
    assertEquals(rows, DelimitedTables.parseTsv(new StringReader(write(rows, "\t"))));
  }

  /** RFC 4180: every cell quoted, quotes doubled, rows ended by CRLF, as Excel writes them. */
  private static String write(List<List<String>> rows, String delimiter) {
    return rows.stream().map(r -> r.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(delimiter)) + "\r\n").collect(Collectors.joining());
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab ,;\t\"\n\r-").ofMaxLength(8),
        Arbitraries.of("", "Sở Nội vụ", "Quý IV/2024", "Nội dung \"công việc\"", "- Báo cáo\n- Kế hoạch", " đầu và cuối "),
        Arbitraries.strings().ofMaxLength(6).filter(s -> !s.contains("\uFEFF")));
    return cell.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(8);
  }
}
