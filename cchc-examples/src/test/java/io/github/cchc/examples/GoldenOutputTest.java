package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What the command line prints for every bundled plan, scorecard, dossier file and task table, held
 * against committed golden files: a refactoring must not move a finding (code, severity, pointer)
 * nor a figure. A change meant to move them rewrites the files with {@code -Dcchc.golden.update=true}
 * and commits them with the change, so that the diff shows what moved.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("cchc-examples", "src", "test", "resources", "golden");
  private static final Path DATA = CchcCommandTest.DATA;
  private static final boolean UPDATE = Boolean.getBoolean("cchc.golden.update");

  /** Each run by the name of its golden file: the CLI's JSON output, as printed. */
  private static Map<String, String[]> runs(Path importedPlan) {
    Map<String, String[]> runs = new LinkedHashMap<>();
    for (String plan : List.of("hai-phong-2024", "hai-phong-2022", "hai-duong-2023")) {
      runs.put("check." + plan + ".json", new String[] {"check", data(plan + ".json"), "--format", "json",
          "--fail-on", "never"});
    }
    runs.put("status.hai-phong-2024.json", new String[] {"status", data("hai-phong-2024.json"), "--progress",
        data("hai-phong-2024.progress.synthetic.json"), "--as-of", "2024-06-30", "--format", "json",
        "--fail-on", "never"});
    runs.put("status.hai-phong-2024.year-end.json", new String[] {"status", data("hai-phong-2024.json"), "--progress",
        data("hai-phong-2024.progress.synthetic.json"), "--as-of", "2025-01-15", "--due-soon", "30", "--format",
        "json", "--fail-on", "never"});
    runs.put("status.hai-phong-2024.submissions.json", new String[] {"status", data("hai-phong-2024.json"), "--progress",
        data("hai-phong-2024.progress.synthetic.json"), "--submissions", data("hai-phong-2024.submissions.synthetic.json"),
        "--directory", data("hai-phong-2024.directory.synthetic.json"), "--as-of", "2024-06-30", "--format", "json",
        "--fail-on", "never"});
    runs.put("agencies.hai-phong-2024.txt", new String[] {"agencies", data("hai-phong-2024.json"), "--progress",
        data("hai-phong-2024.progress.synthetic.json"), "--submissions", data("hai-phong-2024.submissions.synthetic.json"),
        "--directory", data("hai-phong-2024.directory.synthetic.json"), "--as-of", "2024-06-30", "--fail-on", "never"});
    for (String lang : List.of("vi", "en")) {
      runs.put("check.hai-phong-2024." + lang + ".txt", new String[] {"check", data("hai-phong-2024.json"), "--lang", lang,
          "--fail-on", "never"});
      runs.put("status.hai-phong-2024." + lang + ".txt", new String[] {"status", data("hai-phong-2024.json"), "--progress",
          data("hai-phong-2024.progress.synthetic.json"), "--as-of", "2024-06-30", "--lang", lang, "--fail-on", "never"});
    }
    runs.put("status.hai-phong-2024.verbose.txt", new String[] {"status", data("hai-phong-2024.json"), "--progress",
        data("hai-phong-2024.progress.synthetic.json"), "--as-of", "2024-06-30", "--verbose", "--fail-on", "never"});
    runs.put("score.par-index-2023.json", new String[] {"score", data("par-index-2023.synthetic.json"), "--previous",
        data("par-index-2022.synthetic.json"), "--format", "json", "--fail-on", "never"});
    runs.put("score.par-index-2022.json", new String[] {"score", data("par-index-2022.synthetic.json"), "--format",
        "json", "--fail-on", "never"});
    runs.put("dossiers.2024.by-agency.json", new String[] {"dossiers", data("dossiers-2024.synthetic.jsonl"),
        "--as-of", "2024-12-31", "--by", "agency", "--format", "json", "--fail-on", "never"});
    runs.put("dossiers.2024.q1.json", new String[] {"dossiers", data("dossiers-2024.synthetic.jsonl"),
        "--from", "2024-01-01", "--as-of", "2024-03-31", "--format", "json", "--fail-on", "never"});
    runs.put("import.hai-phong-2024.tasks.json", new String[] {"import", data("hai-phong-2024.tasks.tsv"), "--year",
        "2024", "--directory", data("hai-phong-2024.directory.json"), "--id", "hai-phong-2024-tasks", "-o",
        importedPlan.toString(), "--format", "json", "--fail-on", "never"});
    return runs;
  }

  private static String data(String name) {
    return DATA.resolve(name).toString();
  }

  @Test
  void theCommandLinePrintsWhatTheGoldenFilesHold(@TempDir Path dir) throws IOException {
    Path imported = dir.resolve("imported.json");
    List<String> findings = new ArrayList<>();
    Map<String, String> actual = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> run : runs(imported).entrySet()) {
      CchcCommandTest.Run r = CchcCommandTest.run(run.getValue());
      assertTrue(r.code() == 0 || r.code() == 1, run.getKey() + ": " + r.err());
      actual.put(run.getKey(), r.out());
      if (run.getKey().endsWith(".json")) {
        findings.addAll(findingLines(run.getKey(), r.out()));
      }
    }
    // The plan the import wrote is output too, and checked like any bundled plan.
    actual.put("imported.hai-phong-2024.tasks.plan.json", Files.readString(imported, StandardCharsets.UTF_8));
    CchcCommandTest.Run check = CchcCommandTest.run("check", imported.toString(), "--format", "json", "--fail-on", "never");
    findings.addAll(findingLines("check.imported", check.out()));
    actual.put("findings.txt", String.join("\n", findings) + "\n");

    for (Map.Entry<String, String> file : actual.entrySet()) {
      Path golden = GOLDEN.resolve(file.getKey());
      if (UPDATE) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, file.getValue(), StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), "no golden file " + golden + "; write it with -Dcchc.golden.update=true");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), file.getValue(), file.getKey());
    }
  }

  @Test
  void theGoldenFindingsCoverEveryKindOfRun() throws IOException {
    List<String> lines = Files.readAllLines(GOLDEN.resolve("findings.txt"), StandardCharsets.UTF_8);
    for (String source : List.of("check.hai-phong-2024", "check.hai-phong-2022", "check.hai-duong-2023",
        "status.hai-phong-2024", "status.hai-phong-2024.submissions", "dossiers.2024.by-agency",
        "import.hai-phong-2024.tasks", "check.imported")) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(source + " ")), "no finding from " + source);
    }
  }

  /** One line per finding: where it came from, its code, severity and pointer. */
  static List<String> findingLines(String source, String json) {
    String name = source.endsWith(".json") ? source.substring(0, source.length() - 5) : source;
    List<String> lines = new ArrayList<>();
    JsonNode findings = CchcJson.readTree(json).get("findings");
    if (findings == null) {
      return lines;
    }
    for (JsonNode f : findings) {
      JsonNode pointer = f.has("pointer") ? f.get("pointer") : f.get("path");
      lines.add(name + " " + f.get("code").asString() + " " + f.get("severity").asString() + " "
          + (pointer == null ? "?" : pointer.asString()));
    }
    return lines;
  }
}
