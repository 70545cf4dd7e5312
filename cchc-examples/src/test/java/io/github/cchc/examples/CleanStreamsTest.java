package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a JVM of its own, as a user runs it: what the libraries under it log on
 * their first use (Apache POI through the Log4j API) must not reach standard output, or
 * {@code --format json} would not be JSON. Only a fresh JVM shows it: the test JVM has long
 * since loaded those libraries.
 */
class CleanStreamsTest {
  @TempDir
  Path dir;

  @Test
  void importingAWorkbookWritesOnlyJsonToStandardOutput() throws IOException, InterruptedException {
    Path workbook = dir.resolve("danh-muc.xlsx");
    List<List<String>> rows = List.of(
        List.of("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
        List.of("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý II/2024", "Báo cáo"));
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
      XSSFSheet sheet = book.createSheet("Danh mục");
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      book.write(out);
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Cchc.class.getName(),
        "import", workbook.toString(), "--year", "2024", "--format", "json")
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "cchc import ends");
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), stderr);
    assertTrue(stdout.startsWith("{"), "standard output is the JSON document alone:\n" + stdout);
    assertTrue(stdout.contains("\"cchc.import/1\""), stdout);
    assertFalse((stdout + stderr).contains("Log4j"), "no logging library speaks:\n" + stdout + stderr);
  }
}
