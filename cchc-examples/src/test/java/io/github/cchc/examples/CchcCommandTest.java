package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.status.PlanDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The cchc command line: results, exit codes, and one-line messages for unusable input. */
class CchcCommandTest {
  static final Path DATA = Path.of("cchc-examples", "data");
  static final String PLAN = DATA.resolve("hai-phong-2024.json").toString();
  static final String PROGRESS = DATA.resolve("hai-phong-2024.progress.synthetic.json").toString();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cchc.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theCommittedDataFilesAreWhatTheirGeneratorWrites() throws IOException {
    for (Map.Entry<String, String> file : SyntheticData.files().entrySet()) {
      assertEquals(file.getValue(), Files.readString(DATA.resolve(file.getKey()), StandardCharsets.UTF_8), file.getKey());
    }
  }

  @Test
  void checkReportsTheRealDefectsAndFailsOnErrors() {
    Run run = run("check", PLAN, "--lang", "en");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("  TASK_BEFORE_PLAN_PERIOD (1)\n    task 57  /tasks/57/timeframe"), run.out());
    assertTrue(run.out().contains("findings: 14 — errors 5, warnings 5, info 4"), run.out());
    assertTrue(run.out().contains("area Impact of reform"), "areas by name, in English: " + run.out());
    assertTrue(run.out().lines().allMatch(l -> l.length() <= 100), "fits 100 columns");
    assertEquals(0, run("check", PLAN, "--fail-on", "never").code());
  }

  @Test
  void checkWritesTheJsonOfDocsCli() {
    Run run = run("check", PLAN, "--format", "json", "--fail-on", "never");
    JsonNode json = CchcJson.readTree(run.out());
    assertEquals(14, json.get("findings").size());
    JsonNode first = json.get("findings").get(0);
    assertEquals("DOCUMENT_SELF_CITATION_MISMATCH", first.get("code").stringValue());
    assertEquals("ERROR", first.get("severity").stringValue());
    assertEquals("/headerLines/2", first.get("pointer").stringValue());
    assertEquals(ReportJson.CHECK_FORMAT, json.get("format").stringValue());
    assertEquals(run.out().strip(), ReportJson.write(ReportJson.readCheck(run.out()), java.util.Locale.forLanguageTag("vi")).strip(),
        "what the command writes, the library reads back");
    assertTrue(first.get("message").stringValue().startsWith("Kế hoạch trích dẫn"), "Vietnamese by default");
    assertEquals(5, json.get("counts").get("ERROR").intValue());
  }

  @Test
  void statusOnTheSyntheticProgress() {
    Run run = run("status", PLAN, "--progress", PROGRESS, "--as-of", "2024-06-30", "--format", "json", "--fail-on", "never");
    assertEquals(0, run.code(), run.err());
    JsonNode json = CchcJson.readTree(run.out());
    assertEquals("OFF_TRACK", json.get("health").stringValue());
    assertEquals(63, json.get("total").get("total").intValue());
    assertTrue(json.get("findings").size() > 11, "with progress, TASK_OVERDUE joins the plan's own findings");
    Run text = run("status", PLAN, "--progress", PROGRESS, "--as-of", "2024-06-30");
    assertEquals(1, text.code());
    assertTrue(text.out().contains("tình hình ngày 30/06/2024: chậm tiến độ"), text.out());
    assertFalse(text.out().contains("OFF_TRACK"), "enum constants are JSON values, not text");
  }

  @Test
  void agenciesTellWhoOwesWhat() {
    String[] args = {"agencies", PLAN, "--progress", PROGRESS, "--submissions",
        DATA.resolve("hai-phong-2024.submissions.synthetic.json").toString(), "--directory",
        DATA.resolve("hai-phong-2024.directory.synthetic.json").toString(), "--as-of", "2024-06-30", "--fail-on", "never"};
    Run text = run(args);
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("UBND quận Hồng Bàng"), "a district, through the group the plan names:\n" + text.out());
    assertTrue(text.out().contains("dữ liệu có: tiến độ nhiệm vụ, báo cáo đã gửi"), text.out());
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json", "--lang", "en"));
    JsonNode json = CchcJson.readTree(run(all.toArray(String[]::new)).out());
    assertEquals(ReportJson.STATUS_FORMAT, json.get("format").stringValue());
    assertTrue(json.get("byAgency").size() > 20, json.get("byAgency").toString());
    Run missing = run("agencies", PLAN, "--progress", PROGRESS, "--submissions", "nowhere.json", "--as-of", "2024-06-30");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nowhere.json"), missing.err());
  }

  @Test
  void scoreAndDossiers() {
    Run score = run("score", DATA.resolve("par-index-2023.synthetic.json").toString(), "--previous",
        DATA.resolve("par-index-2022.synthetic.json").toString(), "--format", "json");
    assertEquals(0, score.code(), score.err());
    JsonNode json = CchcJson.readTree(score.out());
    assertEquals(8, json.get("changes").size());
    assertEquals(0, json.get("findings").size());
    Run dossiers = run("dossiers", DATA.resolve("dossiers-2024.synthetic.jsonl").toString(), "--as-of", "2024-12-31",
        "--by", "agency", "--format", "json");
    JsonNode d = CchcJson.readTree(dossiers.out());
    assertEquals(5, d.get("groups").size());
    long inconsistent = d.get("all").get("inconsistent").longValue();
    assertTrue(inconsistent > 0, "the synthetic export has a few contradictory dossiers");
    assertEquals(1, dossiers.code(), "they are errors");
    assertTrue(d.get("all").get("decision766").get("percent").decimalValue().signum() > 0);
  }

  @Test
  void scoresReadAsTheTablePrintsThem() {
    String card = DATA.resolve("par-index-2023.synthetic.json").toString();
    String previous = DATA.resolve("par-index-2022.synthetic.json").toString();
    for (String lang : List.of("vi", "en")) {
      String out = run("score", card, "--previous", previous, "--lang", lang).out();
      String mark = lang.equals("vi") ? "," : ".";
      List<String> seven = out.lines().filter(l -> l.startsWith("7 ")).toList();
      assertEquals(2, seven.size(), out);
      assertTrue(seven.get(0).matches("7 +10" + mark + "00 +9" + mark + "60 +96" + mark + "00% .*"), seven.get(0));
      assertTrue(seven.get(1).matches("7 +9" + mark + "30 +9" + mark + "60 +\\+0" + mark + "30 +3" + mark + "23%"), seven.get(1));
    }
  }

  @Test
  void dossiersReadAsAReaderNamesThem() {
    String file = DATA.resolve("dossiers-2024.synthetic.jsonl").toString();
    String directory = DATA.resolve("hai-phong-2024.directory.synthetic.json").toString();
    Run agencies = run("dossiers", file, "--as-of", "2024-12-31", "--by", "agency", "--directory", directory);
    List<String> rows = agencies.out().lines().skip(3).takeWhile(l -> !l.isBlank()).toList();
    assertEquals(5, rows.size(), agencies.out());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("Sở Nội vụ ")), agencies.out());
    assertTrue(rows.stream().noneMatch(r -> r.startsWith("hp.")), "ids where the directory has names: " + agencies.out());
    for (String r : agencies.out().lines().skip(2).takeWhile(l -> !l.isBlank()).toList()) {
      assertTrue(r.matches(".* \\d{1,3},\\d{2} +\\d{1,3},\\d{2} .*"), "rates with both decimals and a comma: " + r);
    }
    Run months = run("dossiers", file, "--as-of", "2024-12-31", "--by", "month");
    assertTrue(months.out().lines().anyMatch(l -> l.startsWith("01/2024 ")), months.out());
    Run english = run("dossiers", file, "--as-of", "2024-12-31", "--by", "month", "--lang", "en");
    assertTrue(english.out().lines().anyMatch(l -> l.startsWith("2024-01 ")), english.out());
  }

  @Test
  void diffShowsTheAmendmentAndItsJsonRebuildsTheAmendedPlan() {
    String amended = DATA.resolve("hai-phong-2024.amendment.synthetic.json").toString();
    Run vi = run("diff", PLAN, amended);
    assertEquals(0, vi.code(), vi.err());
    assertTrue(vi.out().contains("Nhiệm vụ: thêm 1, bỏ 1, sửa 2"), vi.out());
    assertTrue(vi.out().contains("thời gian thực hiện: «Cả năm 2024» → «Quý IV/2024»"), vi.out());
    assertFalse(vi.out().contains("YEAR") || vi.out().contains("AGENCY"), "no enum constant for a reader: " + vi.out());
    Run en = run("diff", PLAN, amended, "--lang", "en");
    assertTrue(en.out().contains("Tasks: 1 added, 1 removed, 2 changed"), en.out());
    Run json = run("diff", PLAN, amended, "--format", "json");
    PlanDiff diff = ReportJson.readDiff(json.out());
    assertEquals(CchcJson.readPlan(Path.of(amended)), diff.applyTo(CchcJson.readPlan(Path.of(PLAN))));
    // Two real plans two years apart: every kind of field differs, and a reader still sees no constant.
    Run years = run("diff", DATA.resolve("hai-phong-2022.json").toString(), PLAN);
    assertFalse(java.util.regex.Pattern.compile("[A-Z]{2,}_[A-Z]").matcher(years.out()).find(), years.out());
    assertTrue(years.out().contains("phép so sánh: bằng → tối thiểu"), years.out());
    Run same = run("diff", PLAN, PLAN);
    assertTrue(same.out().contains("Hai kế hoạch giống nhau ở mọi trường."), same.out());
  }

  @Test
  void statusThroughTheYearDrawsTheCurveAndForecastsTheYearEnd() {
    String history = DATA.resolve("hai-phong-2024.history.synthetic").toString();
    String revisions = DATA.resolve("hai-phong-2024.revisions.synthetic.json").toString();
    String measurements = DATA.resolve("hai-phong-2024.measurements.synthetic.json").toString();
    Run year = run("status", revisions, "--history", history, "--measurements", measurements);
    assertEquals(0, year.code(), year.err());
    assertTrue(year.out().contains("Diễn biến thực hiện: 12 mốc, từ 31/01/2024 đến 31/12/2024"), year.out());
    assertTrue(year.out().contains("Sửa đổi lần 1: áp dụng từ 01/07/2024, theo Quyết định số 1234/QĐ-UBND"), year.out());
    assertTrue(year.out().contains("Dự báo tỷ lệ hoàn thành đúng hạn cuối năm: "), year.out());
    assertTrue(year.out().contains("Dự báo tỷ lệ hoàn thành cuối năm (đúng hạn hoặc trễ hạn): "), year.out());
    assertTrue(year.out().contains("Chỉ tiêu chủ yếu qua các lần đo:"), year.out());
    // Half a year: the dossier rate is forecast from its count, the survey has one result known by June.
    List<String> firstHalf = new java.util.ArrayList<>(List.of("status", revisions, "--measurements", measurements, "--history"));
    for (int m = 1; m <= 6; m++) {
      firstHalf.add(DATA.resolve("hai-phong-2024.history.synthetic/" + java.time.YearMonth.of(2024, m).atEndOfMonth() + ".json")
          .toString());
    }
    Run half = run(firstHalf.toArray(String[]::new));
    assertTrue(half.out().contains("theo tỷ lệ lũy kế và nhịp độ từ đầu năm: nhiều khả năng đạt"), half.out());
    assertTrue(half.out().contains("chưa dự báo: cần ít nhất 2 lần đo"), half.out());
    Run one = run("status", PLAN, "--history", DATA.resolve("hai-phong-2024.history.synthetic/2024-06-30.json").toString(),
        "--lang", "en");
    assertTrue(one.out().contains("No forecast: it needs at least 2 snapshots"), one.out());
    Run json = run("status", revisions, "--history", history, "--measurements", measurements, "--format", "json");
    assertEquals(0, json.code(), json.err());
    io.github.cchc.rules.report.HistoryReport report = ReportJson.readHistory(json.out());
    assertEquals(12, report.points().size());
    assertEquals(6, report.points().stream().filter(p -> p.revision() == 1).count());
    assertEquals(json.out().strip(), ReportJson.write(report, java.util.Locale.forLanguageTag("vi")));
    Run directory = run("status", revisions, "--history", history, "--directory",
        DATA.resolve("hai-phong-2024.directory.json").toString());
    assertEquals(2, directory.code());
    assertTrue(directory.err().contains("--directory"), directory.err());
    Run neither = run("status", PLAN);
    assertEquals(2, neither.code());
    assertTrue(neither.err().contains("--progress") && neither.err().contains("--as-of"), neither.err());
    // One date: the revision in force that day is judged.
    String progress = DATA.resolve("hai-phong-2024.progress.synthetic.json").toString();
    Run june = run("status", revisions, "--progress", progress, "--as-of", "2024-06-30", "--fail-on", "never");
    assertFalse(june.out().contains("(sửa đổi, bổ sung)"), june.out());
    Run july = run("status", revisions, "--progress", progress, "--as-of", "2024-07-01", "--fail-on", "never");
    assertTrue(july.out().contains("(sửa đổi, bổ sung)"), july.out());
  }

  @Test
  void aProgrammeIsFollowedThroughItsYearsAndAPlanIsCheckedAgainstIt(@TempDir Path dir) throws IOException {
    String programme = DATA.resolve("programme-2021-2030.synthetic.json").toString();
    String results = DATA.resolve("programme-2021-2030.results.synthetic.json").toString();
    Run text = run("programme", programme, "--results", results);
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("Giai đoạn 2021 – 2025: 2 chỉ tiêu phải đạt đến năm 2025"), text.out());
    assertTrue(text.out().contains("dự báo năm 2025: "), text.out());
    assertFalse(java.util.regex.Pattern.compile("[A-Z]{2,}_[A-Z]").matcher(text.out()).find(), text.out());
    Run json = run("programme", programme, "--results", results, "--format", "json", "--lang", "en");
    io.github.cchc.rules.status.ProgrammeProgress progress = ReportJson.readProgrammeProgress(json.out());
    assertEquals(4, progress.targets().size());
    assertEquals(json.out().strip(), ReportJson.write(progress, java.util.Locale.ENGLISH));
    Run check = run("check", PLAN, "--programme", programme, "--fail-on", "never", "--format", "json");
    List<io.github.cchc.rules.Finding> weaker = ReportJson.readCheck(check.out()).findings("PROGRAMME_TARGET_WEAKER");
    assertEquals(1, weaker.size(), check.out());
    assertEquals("II.6", weaker.get(0).facts().get("target"));
    // A programme whose phases leave a gap is refused, naming the file and the place.
    Path gap = Files.writeString(dir.resolve("gap.json"), Files.readString(Path.of(programme))
        .replace("\"firstYear\" : 2026", "\"firstYear\" : 2027"));
    Run refused = run("check", PLAN, "--programme", gap.toString());
    assertEquals(2, refused.code());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertTrue(refused.err().contains("gap.json") && refused.err().contains("/phases"), refused.err());
  }

  @Test
  void aPlanCheckCouldNotReadBackIsNeitherWrittenNorLeftHalfWritten(@TempDir Path dir) throws IOException {
    String header = "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm\n";
    Path table = Files.writeString(dir.resolve("bang.tsv"), header + "1\t" + "Rà soát ".repeat(130_000) + "\t\t\tQuý IV/2024\tBáo cáo\n");
    Path output = dir.resolve("ke-hoach.json");
    Files.writeString(output, "kept as it was");
    Run run = run("import", table.toString(), "--year", "2024", "-o", output.toString(), "--fail-on", "never");
    assertEquals(2, run.code(), run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("bang.tsv") && run.err().contains("/tasks/0/content"), run.err());
    assertEquals("kept as it was", Files.readString(output));
    assertFalse(Files.exists(dir.resolve("ke-hoach.json.part")));
    Path small = Files.writeString(dir.resolve("nho.tsv"), header + "1\tRà soát thủ tục\t\t\tQuý IV/2024\tBáo cáo\n");
    assertEquals(0, run("import", small.toString(), "--year", "2024", "-o", output.toString(), "--fail-on", "never").code());
    assertEquals("Rà soát thủ tục", CchcJson.readPlan(output).tasks().get(0).content());
    assertFalse(Files.exists(dir.resolve("ke-hoach.json.part")));
  }

  @Test
  void unusableInputExitsTwoWithOneLineNamingTheProblem(@TempDir Path dir) throws IOException {
    String plan = Files.readString(Path.of(PLAN));
    Path truncated = Files.writeString(dir.resolve("truncated.json"), plan.substring(0, plan.length() / 2));
    Path unknown = Files.writeString(dir.resolve("unknown.json"), plan.replaceFirst("\"title\"", "\"tieuDe\""));
    Path date = Files.writeString(dir.resolve("date.json"), plan.replaceFirst("\"2024-01-25\"", "\"2024-02-30\""));
    for (List<String> c : List.of(
        List.of(truncated.toString(), "truncated.json"), List.of(unknown.toString(), "/tieuDe: \"tieuDe\""),
        List.of(date.toString(), "2024-02-30"), List.of(dir.resolve("missing.json").toString(), "không có tệp này"))) {
      Run run = run("check", c.get(0));
      assertEquals(2, run.code(), c.toString());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().contains(c.get(1)), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
    Run usage = run("status", PLAN);
    assertEquals(2, usage.code());
    assertTrue(usage.err().contains("--progress"), usage.err());
    assertEquals(0, run("check", "--help").code());
  }
}
