package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import io.github.cchc.model.Task;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.read.OfficeTables;
import io.github.cchc.rules.read.TaskImport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appendix of seed 002 (Hải Phòng 2024), imported from its tab-separated rows, from a workbook
 * and from a Word table built from them, and through {@code cchc import}, against the tasks of the
 * committed plan document.
 */
class TaskImportTest {
  private static final Path PLAN = Path.of("cchc-examples/data/hai-phong-2024.json");
  private static final List<List<String>> ROWS = BundledPlan.HAI_PHONG_2024.tableRows();

  @TempDir
  Path dir;

  private static List<Task> committed() {
    return CchcJson.readPlan(PLAN).tasks();
  }

  @Test
  void theSeedsAppendixImportsToTheHandEncodedTasksFieldByField() {
    TaskImport result = BundledPlan.HAI_PHONG_2024.importer().read(ROWS);
    List<Task> expected = committed();
    assertEquals(expected.size(), result.tasks().size(), "rows");
    for (int i = 0; i < expected.size(); i++) {
      sameFields(expected.get(i), result.tasks().get(i), "task " + expected.get(i).number().orElse("at " + i));
    }
    assertEquals(expected, result.tasks());

    Map<String, Long> counts = new TreeMap<>();
    result.report().findings().forEach(f -> counts.merge(f.code(), 1L, Long::sum));
    assertEquals(Map.of("IMPORT_JOINED_ROW", 2L, "IMPORT_UNRESOLVED_AGENCY",
        counts.getOrDefault("IMPORT_UNRESOLVED_AGENCY", 0L)), counts, "the page breaks after rows 20 and 55");
    List<Finding> joined = result.report().findings("IMPORT_JOINED_ROW");
    assertEquals(List.of("20", "55"), joined.stream().map(f -> f.facts().get("task").toString()).toList());
    assertTrue(result.report().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    // What the directory does not name stays by name, and each is reported once per name and cell.
    long named = result.tasks().stream().flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t),
            t.subtasks().stream())).flatMap(t -> java.util.stream.Stream.concat(t.leads().stream(), t.coordinators().stream()))
        .filter(p -> p.kind() == io.github.cchc.model.Party.Kind.NAMED).count();
    assertEquals(named, counts.get("IMPORT_UNRESOLVED_AGENCY"));
  }

  private static void sameFields(Task expected, Task actual, String row) {
    assertEquals(expected.number(), actual.number(), row + " number");
    assertEquals(expected.content(), actual.content(), row + " content");
    assertEquals(expected.area(), actual.area(), row + " area");
    assertEquals(expected.leads(), actual.leads(), row + " leads");
    assertEquals(expected.coordinators(), actual.coordinators(), row + " coordinators");
    assertEquals(expected.timeframe(), actual.timeframe(), row + " timeframe");
    assertEquals(expected.unreadTimeframe(), actual.unreadTimeframe(), row + " unread timeframe");
    assertEquals(expected.products(), actual.products(), row + " products");
    assertEquals(expected.targets(), actual.targets(), row + " targets");
    assertEquals(expected.illegible(), actual.illegible(), row + " illegible");
    assertEquals(expected.subtasks().size(), actual.subtasks().size(), row + " sub-rows");
    for (int i = 0; i < expected.subtasks().size(); i++) {
      sameFields(expected.subtasks().get(i), actual.subtasks().get(i), row + "/" + (i + 1));
    }
  }

  @Test
  void aWorkbookOfTheRowsImportsToTheSameTasks() throws IOException {
    Path file = dir.resolve("danh-muc.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = workbook.createSheet("Danh mục");
      for (int r = 0; r < ROWS.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < ROWS.get(r).size(); c++) {
          String text = ROWS.get(r).get(c);
          // Officers type row numbers as numbers; they must come back as printed.
          if (text.matches("\\d{1,3}")) {
            row.createCell(c).setCellValue(Integer.parseInt(text));
          } else {
            row.createCell(c).setCellValue(text);
          }
        }
      }
      workbook.write(out);
    }
    List<List<String>> read = OfficeTables.readXlsx(file);
    assertEquals(ROWS, read, "every cell as displayed");
    assertEquals(committed(), BundledPlan.HAI_PHONG_2024.importer().read(read).tasks());
  }

  @Test
  void aWordTableOfTheRowsImportsToTheSameTasks() throws IOException {
    Path file = dir.resolve("danh-muc.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      document.createParagraph().createRun().setText("DANH MỤC");
      XWPFTable table = document.createTable();
      for (List<String> cells : ROWS) {
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        for (String text : cells) {
          XWPFTableCell cell = row.addNewTableCell();
          cell.setText(text);
          if (cells.size() == 1) {
            // A title or section row: one cell merged across the six columns.
            cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
          }
        }
      }
      table.removeRow(0);
      document.write(out);
    }
    List<List<String>> read = OfficeTables.readDocx(file);
    assertEquals(ROWS.size(), read.size(), "the table's rows, not the paragraph above it");
    int header = ROWS.indexOf(ROWS.stream().filter(r -> r.get(0).equals("TT")).findFirst().orElseThrow());
    assertEquals(ROWS.get(header), read.get(header), "the header's six cells");
    assertEquals(List.of("VI. Cải cách tài chính công", "", "", "", "", ""),
        read.stream().filter(r -> r.get(0).startsWith("VI.")).findFirst().orElseThrow(), "a merged cell and the columns it covers");
    assertEquals(committed(), BundledPlan.HAI_PHONG_2024.importer().read(read).tasks());
  }

  @Test
  void paragraphsOfAWordCellAreLinesAndSheetRowsKeepTheirNumbers() throws IOException {
    Path docx = dir.resolve("cells.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      XWPFTable table = document.createTable(2, 3);
      table.getRow(0).getCell(0).setText("TT");
      table.getRow(0).getCell(1).setText("Nội dung công việc");
      table.getRow(0).getCell(2).setText("Cơ quan chủ trì");
      table.getRow(1).getCell(0).setText("1");
      table.getRow(1).getCell(1).setText("Rà soát");
      XWPFTableCell leads = table.getRow(1).getCell(2);
      leads.setText("- Sở Nội vụ");
      leads.addParagraph().createRun().setText("- Sở Tư pháp");
      document.write(out);
    }
    List<List<String>> rows = OfficeTables.readDocx(docx);
    assertEquals(List.of("1", "Rà soát", "- Sở Nội vụ\n- Sở Tư pháp"), rows.get(1));
    assertEquals(List.of("hp.snv", "hp.stp"), BundledPlan.HAI_PHONG_2024.importer().read(rows).tasks().get(0).leads().stream()
        .map(io.github.cchc.model.Party::ref).toList());

    Path xlsx = dir.resolve("gaps.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("ghi chú");
      XSSFSheet sheet = workbook.createSheet("Danh mục");
      sheet.createRow(0).createCell(0).setCellValue("DANH MỤC");
      XSSFRow header = sheet.createRow(3);
      header.createCell(1).setCellValue("Nội dung công việc");
      header.createCell(2).setCellValue("Cơ quan chủ trì");
      XSSFRow task = sheet.createRow(4);
      task.createCell(1).setCellValue("Rà soát");
      task.createCell(2).setCellValue("Sở Lạ");
      // A formula whose saved value is shown, never evaluated: WEBSERVICE would reach the network.
      XSSFRow formula = sheet.createRow(5);
      formula.createCell(0).setCellFormula("WEBSERVICE(\"http://example.invalid\")");
      formula.getCell(0).setCellValue("2");
      workbook.write(out);
    }
    List<List<String>> sheetRows = OfficeTables.readXlsx(xlsx, 2);
    assertEquals(List.of(List.of("ghi chú")), OfficeTables.readXlsx(xlsx), "the first sheet by default");
    IllegalArgumentException noSheet = assertThrows(IllegalArgumentException.class, () -> OfficeTables.readXlsx(xlsx, 3));
    assertTrue(noSheet.getMessage().endsWith("has no sheet 3; its sheets are [Ghi chú, Danh mục]"), noSheet.getMessage());
    assertEquals(List.of(List.of("DANH MỤC"), List.of(), List.of(), List.of("", "Nội dung công việc", "Cơ quan chủ trì"),
        List.of("", "Rà soát", "Sở Lạ"), List.of("2")), sheetRows);
    Finding unresolved = BundledPlan.HAI_PHONG_2024.importer().read(sheetRows).report().findings("IMPORT_UNRESOLVED_AGENCY").get(0);
    assertEquals("C5", unresolved.subject().label(), "the address the sheet shows");
  }

  @Test
  void theCommandLineImportsTheCommittedTableToThePlansTasks() throws IOException {
    Path out = dir.resolve("plan.json");
    StringWriter text = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cchc.commandLine(new PrintWriter(text), new PrintWriter(err)).execute("import",
        "cchc-examples/data/hai-phong-2024.tasks.tsv", "--year", "2024",
        "--directory", "cchc-examples/data/hai-phong-2024.directory.json",
        "--alias", "UBND cấp huyện, cấp xã=hp.huyen,hp.xa", "--alias", "UBND quận, huyện, xã, phường=hp.huyen,hp.xa",
        "--alias", "Quận huyện, xã, phường, thị trấn=hp.huyen,hp.xa", "--id", "hai-phong-2024", "-o", out.toString());
    assertEquals(0, code, err.toString());
    Plan imported = CchcJson.readPlan(out);
    assertEquals(committed(), imported.tasks());
    assertEquals("hai-phong-2024", imported.id());
    assertTrue(text.toString().contains("IMPORT_JOINED_ROW"), text.toString());
  }

  @Test
  void unusableTablesEndWithOneLineNamingTheFile() throws IOException {
    Path pdf = dir.resolve("plan.pdf");
    Files.writeString(pdf, "%PDF-1.4");
    Path fake = dir.resolve("plan.xlsx");
    Files.writeString(fake, "not a workbook");
    Path fakeDocx = dir.resolve("plan.docx");
    Files.write(fakeDocx, new byte[] {'P', 'K', 3, 4, 0, 0});
    Path noHeader = dir.resolve("rows.csv");
    Files.writeString(noHeader, "1,Rà soát\n");
    Path latin = dir.resolve("cp1258.csv");
    Files.write(latin, new byte[] {'T', 'T', ',', 'N', (byte) 0xF4, 'i', '\n'});
    for (String[] c : new String[][] {{pdf.toString(), "cannot read a table from a .pdf file"},
        {latin.toString(), "not UTF-8 text"}, {dir.toString(), "a directory"}, {"/", "a directory"},
        {fake.toString(), "not an .xlsx workbook"}, {fakeDocx.toString(), "not a .docx document"}, {dir.resolve("none.csv").toString(), "no such file"}}) {
      StringWriter err = new StringWriter();
      int code = Cchc.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
          .execute("import", c[0], "--year", "2024", "--lang", "en");
      assertEquals(2, code, c[0]);
      assertTrue(err.toString().contains(c[1]) && err.toString().lines().count() == 1, err.toString());
    }
    StringWriter out = new StringWriter();
    int code = Cchc.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
        .execute("import", noHeader.toString(), "--year", "2024", "--lang", "en");
    assertEquals(1, code, "an error finding fails the import");
    assertTrue(out.toString().contains("IMPORT_NO_HEADER"), out.toString());
  }
}
