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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code cchc report}: the bundled page as committed, byte for byte; its sections by what is given;
 * text from the inputs escaped; and the usage it refuses. What the page looks like and shows in a
 * browser is {@link ReportBrowserTest}'s.
 */
class ReportCommandTest {
  static final Path DATA = CchcCommandTest.DATA;
  /** The bundled plan's page, as the README links it. */
  static final Path BUNDLED = DATA.resolve("hai-phong-2024.report.synthetic.html");

  /** The arguments of the bundled page: the plan, its amendment and the year's synthetic data. */
  static List<String> bundledArgs(String lang, Path output) {
    return List.of("report", DATA.resolve("hai-phong-2024.revisions.synthetic.json").toString(),
        "--history", DATA.resolve("hai-phong-2024.history.synthetic").toString(),
        "--measurements", DATA.resolve("hai-phong-2024.measurements.synthetic.json").toString(),
        "--submissions", DATA.resolve("hai-phong-2024.submissions.synthetic.json").toString(),
        "--dossiers", DATA.resolve("dossiers-2024.synthetic.jsonl").toString(),
        "--scorecard", DATA.resolve("par-index-2023.synthetic.json").toString(),
        "--previous", DATA.resolve("par-index-2022.synthetic.json").toString(),
        "--lang", lang, "--fail-on", "never", "-o", output.toString());
  }

  static CchcCommandTest.Run run(List<String> args) {
    return CchcCommandTest.run(args.toArray(String[]::new));
  }

  @Test
  void theBundledPageIsWhatTheCommandWrites(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("report.html");
    CchcCommandTest.Run run = run(bundledArgs("vi", page));
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out(), "the page goes to its file, nothing to standard output");
    assertFalse(Files.exists(dir.resolve("report.html.part")), "the part file is moved into place");
    byte[] written = Files.readAllBytes(page);
    if (Boolean.getBoolean("cchc.golden.update")) {
      Files.write(BUNDLED, written);
    }
    assertEquals(Files.readString(BUNDLED, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8),
        "regenerate with -Dcchc.golden.update=true when a change is meant to move the page");
    Path again = dir.resolve("again.html");
    run(bundledArgs("vi", again));
    assertTrue(java.util.Arrays.equals(written, Files.readAllBytes(again)), "the same inputs give the same bytes");
  }

  @Test
  void everySectionOfTheBundledPageIsThereInEitherLanguage(@TempDir Path dir) throws IOException {
    String vi = Files.readString(BUNDLED, StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<section id=\"([a-z]+)\"").matcher(vi);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertEquals(List.of("summary", "targets", "areas", "agencies", "history", "dossiers", "scorecard", "tasks",
        "findings"), ids);
    assertTrue(vi.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), "Vietnamese first");
    assertTrue(vi.contains("<h2 id=\"areas-h\">Tiến độ theo lĩnh vực cải cách</h2>"), "headings in Vietnamese");
    assertTrue(vi.contains("Tình hình ngày 31/12/2024"), "the date shown is the last snapshot's");
    assertFalse(vi.contains("OFF_TRACK") || vi.contains("COMPLETED_ON_TIME") || vi.contains(">NOT_MET<"),
        "no enum constant reaches the reader");
    Path page = dir.resolve("en.html");
    assertEquals(0, run(bundledArgs("en", page)).code());
    String en = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(en.contains("<h2 id=\"areas-h\">Progress by reform area</h2>"), "headings in English");
    assertTrue(en.contains("Standing on 2024-12-31"));
    assertFalse(en.contains("Tiến độ theo") || en.contains("Nhiệm vụ chủ trì"), "no Vietnamese heading in English");
  }

  @Test
  void aPlanAloneShowsItsSummaryAndFindingsOnly(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("plan.html");
    CchcCommandTest.Run run = run(List.of("report", CchcCommandTest.PLAN, "-o", page.toString()));
    assertEquals(1, run.code(), "the plan's errors fail it, as check does: " + run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<section id=\"summary\"") && html.contains("<section id=\"findings\""));
    for (String absent : List.of("targets", "areas", "agencies", "history", "dossiers", "scorecard", "tasks")) {
      assertFalse(html.contains("<section id=\"" + absent + "\""), absent + " needs data that was not given");
    }
    assertTrue(html.contains("TASK_BEFORE_PLAN_PERIOD"), "the plan's own findings are listed");
  }

  @Test
  void textFromTheInputsIsShownAndNeverRun(@TempDir Path dir) throws IOException {
    Path plan = hostilePlan(dir);
    Path page = dir.resolve("hostile.html");
    CchcCommandTest.Run run = run(List.of("report", plan.toString(), "--progress", CchcCommandTest.PROGRESS,
        "--as-of", "2024-06-30", "--fail-on", "never", "-o", page.toString()));
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("&lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned = 2"
        + "&quot;&gt; &amp;amp; &#39;"), "the content is escaped where it is shown");
    assertFalse(html.contains("<script>window") || html.contains("<img"), "and never as markup");
    assertEquals(1, html.split("<script>", -1).length - 1, "the page's own script is its only one");
  }

  /** The bundled plan with its first task without sub-rows, which the page lists, made of markup. */
  static Path hostilePlan(Path dir) throws IOException {
    ObjectNode plan = (ObjectNode) CchcJson.readTree(Path.of(CchcCommandTest.PLAN));
    for (tools.jackson.databind.JsonNode task : plan.get("tasks")) {
      if (task.path("subtasks").isEmpty()) {
        ((ObjectNode) task).put("content", HOSTILE);
        break;
      }
    }
    Path file = dir.resolve("hostile-plan.json");
    Files.writeString(file, CchcJson.writeTree(plan), StandardCharsets.UTF_8);
    return file;
  }

  static final String HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> &amp; '";

  @Test
  void usageItRefusesInOneLine(@TempDir Path dir) {
    String out = dir.resolve("r.html").toString();
    String plan = CchcCommandTest.PLAN;
    CchcCommandTest.Run both = run(List.of("report", plan, "--progress", CchcCommandTest.PROGRESS, "--as-of", "2024-06-30",
        "--history", DATA.resolve("hai-phong-2024.history.synthetic").toString(), "-o", out));
    assertEquals(2, both.code());
    assertEquals("report: không dùng --progress cùng với --history: chọn một\n", both.err());
    CchcCommandTest.Run json = run(List.of("report", plan, "--format", "json", "--lang", "en", "-o", out));
    assertEquals(2, json.code());
    assertTrue(json.err().startsWith("report: cchc report makes a web page only"), json.err());
    CchcCommandTest.Run previous = run(List.of("report", plan, "--previous",
        DATA.resolve("par-index-2022.synthetic.json").toString(), "-o", out));
    assertEquals("report: --previous cần --scorecard\n", previous.err());
    CchcCommandTest.Run early = run(List.of("report", plan, "--history",
        DATA.resolve("hai-phong-2024.history.synthetic").toString(), "--as-of", "2023-12-31", "-o", out));
    assertEquals("report: không có mốc tiến độ nào đến ngày 31/12/2023 (--as-of)\n", early.err());
    CchcCommandTest.Run dropped = run(List.of("report", plan, "--measurements",
        DATA.resolve("hai-phong-2024.measurements.synthetic.json").toString(), "--lang", "en", "-o", out));
    assertEquals("report: --measurements and --submissions are judged with --progress or --history\n", dropped.err());
    CchcCommandTest.Run undated = run(List.of("report", plan, "--dossiers",
        DATA.resolve("dossiers-2024.synthetic.jsonl").toString(), "-o", out));
    assertEquals(2, undated.code());
    assertTrue(undated.err().startsWith("report: --dossiers cần ngày tính"), undated.err());
    assertFalse(Files.exists(dir.resolve("r.html")), "no page is written for a refused command");
  }
}
