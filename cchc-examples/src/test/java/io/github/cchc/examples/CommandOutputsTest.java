package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Outputs a user reads and relies on (issue 20, item 7): groups in order, every figure, findings with their place. */
class CommandOutputsTest {
  private static final String DOSSIERS = CchcCommandTest.DATA.resolve("dossiers-2024.synthetic.jsonl").toString();

  @Test
  void dossierGroupsComeInOrderAndTheirJsonHasEveryFigure() {
    for (String by : List.of("month", "procedure", "agency")) {
      CchcCommandTest.Run run = CchcCommandTest.run("dossiers", DOSSIERS, "--as-of", "2024-12-31", "--by", by,
          "--format", "json", "--fail-on", "never");
      JsonNode groups = CchcJson.readTree(run.out()).get("groups");
      List<String> keys = new ArrayList<>(groups.propertyNames());
      assertTrue(keys.size() > 3, by + ": " + keys);
      assertEquals(keys.stream().sorted().toList(), keys, by + " groups in order");
      for (String key : keys) {
        assertTrue(groups.get(key).has("pending"), by + " " + key + " has its pending dossiers");
      }
      CchcCommandTest.Run text = CchcCommandTest.run("dossiers", DOSSIERS, "--as-of", "2024-12-31", "--by", by,
          "--fail-on", "never");
      List<String> rows = text.out().lines().skip(3).takeWhile(l -> !l.isBlank()).map(l -> l.split(" +")[0]).toList();
      assertEquals(rows.stream().sorted().toList(), rows, by + ": " + text.out());
    }
  }

  @Test
  void dossierFindingsNameTheLineAndTheProperty() {
    CchcCommandTest.Run run = CchcCommandTest.run("dossiers", DOSSIERS, "--as-of", "2024-12-31", "--format", "json",
        "--fail-on", "never");
    JsonNode findings = CchcJson.readTree(run.out()).get("findings");
    assertTrue(findings.size() > 0, run.out());
    for (JsonNode f : findings) {
      if (f.get("subject").get("label").stringValue().startsWith("+")) {
        continue;
      }
      String pointer = f.get("pointer").stringValue();
      assertTrue(pointer.matches("/\\d+/(due|ended|pauses)"), "line and property: " + pointer);
      int line = Integer.parseInt(pointer.split("/")[1]);
      String id = f.get("subject").get("label").stringValue();
      assertTrue(readLine(line).contains("\"" + id + "\""), "line " + (line + 1) + " holds " + id);
    }
  }

  private static String readLine(int index) {
    try (var lines = Files.lines(Path.of(DOSSIERS), StandardCharsets.UTF_8)) {
      return lines.skip(index).findFirst().orElse("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void importFailsOnATimeframeItCannotRead(@TempDir Path dir) throws IOException {
    Path table = Files.writeString(dir.resolve("bang.tsv"), "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\t"
        + "Thời gian hoàn thành\tSản phẩm\n1\tRà soát thủ tục\tSở Tư pháp\tCác sở\tkhi có yêu cầu gấp\tBáo cáo\n",
        StandardCharsets.UTF_8);
    CchcCommandTest.Run imported = CchcCommandTest.run("import", table.toString(), "--year", "2024", "-o",
        dir.resolve("plan.json").toString());
    CchcCommandTest.Run checked = CchcCommandTest.run("check", dir.resolve("plan.json").toString());
    assertEquals(1, checked.code(), "check counts the unread timeframe an error");
    assertEquals(1, imported.code(), "so does import: " + imported.out());
    assertFalse(imported.out().isBlank());
  }
}
