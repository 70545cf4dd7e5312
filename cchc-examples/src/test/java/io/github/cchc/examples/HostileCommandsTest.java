package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The hostile suite of the command line (docs/cli.md, "Unusable input"): every case of issue 20
 * and of docs/reliability.md, run through every command in this one JVM, which Surefire starts
 * with a 256 MB heap. Each case must end within 20 seconds with its exit code and one line that
 * names the case's file, the pointer or line, and the offending value, in the language asked
 * for, with none of the libraries' internals. The exact lines are docs/cli.md's table, which this
 * test keeps ({@code -Dcchc.golden.update=true} rewrites it).
 */
class HostileCommandsTest {
  /** A relative directory, so that the messages the documentation quotes are the same on every machine. */
  static final Path DIR = Path.of("cchc-examples", "target", "hostile");
  private static final Path DOC = Path.of("docs", "cli.md");
  private static final List<String> INTERNALS = List.of("java.", "tools.jackson", "com.fasterxml", "org.apache",
      "Source:", "Exception");

  /**
   * One hostile case: the arguments, the exit code, and what its message must name (the file, the
   * pointer or line, the value).
   */
  record Case(String name, int exit, List<String> names, String... args) {}

  private static Path file(String name, String text) throws IOException {
    return Files.writeString(DIR.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Path bytes(String name, byte[] content) throws IOException {
    return Files.write(DIR.resolve(name), content);
  }

  private static String s(Path p) {
    return p.toString();
  }

  static List<Case> cases() throws IOException {
    Files.createDirectories(DIR);
    String plan = Files.readString(Path.of(CchcCommandTest.PLAN), StandardCharsets.UTF_8);
    String data = CchcCommandTest.DATA.toString();
    String progress = CchcCommandTest.PROGRESS;
    String scorecard = CchcCommandTest.DATA.resolve("par-index-2023.synthetic.json").toString();
    List<Case> cases = new ArrayList<>();
    Path missing = DIR.resolve("khong-co.json");
    cases.add(new Case("a missing file", 2, List.of(s(missing)), "check", s(missing)));
    Path directory = Files.createDirectories(DIR.resolve("thu-muc"));
    cases.add(new Case("a directory for a plan", 2, List.of(s(directory)), "check", s(directory)));
    Path truncated = file("cat-ngang.json", plan.substring(0, plan.length() / 2));
    String lastLine = Long.toString(plan.substring(0, plan.length() / 2).lines().count());
    cases.add(new Case("a truncated plan", 2, List.of(s(truncated), lastLine), "check", s(truncated)));
    Path unknown = file("thuoc-tinh-la.json", plan.replaceFirst("\"title\"", "\"tieuDe\""));
    cases.add(new Case("an unknown property", 2, List.of(s(unknown), "/tieuDe"), "check", s(unknown)));
    Path date = file("ngay-sai.json", plan.replaceFirst("\"2024-01-25\"", "\"2024-02-30\""));
    cases.add(new Case("an impossible date", 2, List.of(s(date), "/timeframe/exclusiveDeadline", "2024-02-30"), "check", s(date)));
    Path tasks = file("tasks-so.json", "{\"format\":\"cchc.plan/2\",\"tasks\":7}");
    cases.add(new Case("a number where the tasks are", 2, List.of(s(tasks), "/tasks", "7"), "check", s(tasks)));
    Path nan = file("nan.json", "{\"format\":\"cchc.plan/2\",\"year\":NaN}");
    cases.add(new Case("NaN", 2, List.of(s(nan), "/year", "NaN"), "check", s(nan)));
    Path duplicate = file("trung-khoa.json", plan.replaceFirst("\"content\" :", "\"content\" : \"x\", \"content\" :"));
    cases.add(new Case("a duplicate key in a task", 2, List.of(s(duplicate), "/tasks/0", "content"), "check",
        s(duplicate)));
    Path latin1 = bytes("latin1.json", "{\"format\":\"cchc.plan/2\",\"title\":\"Tiêu chí\"}"
        .getBytes(StandardCharsets.ISO_8859_1));
    cases.add(new Case("a plan not in UTF-8", 2, List.of(s(latin1), "UTF-8"), "check", s(latin1)));
    Path year = file("nam-am.json", plan.replaceFirst("\"year\" : 2024", "\"year\" : -2024"));
    cases.add(new Case("a plan year of -2024", 2, List.of(s(year), "/year", "-2024"), "check", s(year)));
    Path yearText = file("nam-chuoi.json", plan.replaceFirst("\"year\" : 2024", "\"year\" : \"2024\""));
    cases.add(new Case("a year written as text", 2, List.of(s(yearText), "/year", "2024"), "check", s(yearText)));
    Path empty = file("rong.json", "");
    cases.add(new Case("an empty file", 2, List.of(s(empty)), "check", s(empty)));
    Path deep = file("sau.json", "[".repeat(100_000));
    cases.add(new Case("nesting 100,000 deep", 2, List.of(s(deep), "200"), "check", s(deep)));
    Path trailing = file("thua.json", plan + " {}");
    cases.add(new Case("trailing content", 2, List.of(s(trailing)), "check", s(trailing)));
    Path tag = file("sai-dinh-dang.json", plan.replaceFirst("cchc.plan/2", "cchc.plan/9"));
    cases.add(new Case("another format tag", 2, List.of(s(tag), "/format", "cchc.plan/9"), "check", s(tag)));
    cases.add(new Case("an impossible --as-of", 2, List.of("--as-of", "2024-02-30"), "status", CchcCommandTest.PLAN,
        "--progress", progress, "--as-of", "2024-02-30"));
    cases.add(new Case("a missing --progress", 2, List.of("--progress"), "status", CchcCommandTest.PLAN,
        "--as-of", "2024-06-30"));
    cases.add(new Case("--lang fr", 2, List.of("--lang", "fr"), "check", CchcCommandTest.PLAN, "--lang", "fr"));
    Path progressLatin1 = bytes("tien-do-latin1.json", "{\"asOf\":\"2024-06-30\",\"note\":\"Tiêu chí\"}"
        .getBytes(StandardCharsets.ISO_8859_1));
    cases.add(new Case("progress not in UTF-8", 2, List.of(s(progressLatin1), "UTF-8"), "status", CchcCommandTest.PLAN,
        "--progress", s(progressLatin1), "--as-of", "2024-06-30"));
    Path planId = file("ma-co-khoang-trang.json", plan.replaceFirst("\"id\" : \"hai-phong-2024\"", "\"id\" : \"hai phong\""));
    cases.add(new Case("a plan id with a space", 2, List.of(s(planId), "/id", "hai phong"), "check", s(planId)));
    Path twice = file("tien-do-trung.json", Files.readString(Path.of(progress), StandardCharsets.UTF_8)
        .replace("\"task\" : \"/tasks/0/subtasks/1\"", "\"task\" : \"/tasks/0/subtasks/0\""));
    cases.add(new Case("a task reported twice", 2, List.of(s(twice), "/tasks/1/task", "/tasks/0/subtasks/0"), "status",
        CchcCommandTest.PLAN, "--progress", s(twice), "--as-of", "2024-06-30"));
    Path above = file("tu-so-vuot.json", Files.readString(CchcCommandTest.DATA.resolve(
        "hai-phong-2024.measurements.synthetic.json"), StandardCharsets.UTF_8).replace("\"numerator\" : 196,", "\"numerator\" : 300,"));
    cases.add(new Case("a numerator above its denominator", 2, List.of(s(above), "/1/numerator", "300"), "status",
        CchcCommandTest.PLAN, "--progress", progress, "--measurements", s(above), "--as-of", "2024-06-30"));
    cases.add(new Case("a scorecard compared with itself", 2, List.of(scorecard, "2023"), "score", scorecard,
        "--previous", scorecard));
    String card = Files.readString(Path.of(scorecard), StandardCharsets.UTF_8);
    Path negative = file("diem-am.json", card.replaceFirst("\"maximum\" : 9.00", "\"maximum\" : -9.00"));
    cases.add(new Case("a criterion's maximum below zero", 2, List.of(s(negative), "/criteria/0/maximum", "-9.00"), "score",
        s(negative)));
    Path scoreLatin1 = bytes("diem-latin1.json", "{\"format\":\"cchc.scorecard/2\",\"name\":\"Tiêu chí\"}"
        .getBytes(StandardCharsets.ISO_8859_1));
    cases.add(new Case("a scorecard not in UTF-8", 2, List.of(s(scoreLatin1), "UTF-8"), "score", s(scoreLatin1)));
    String dossier = Files.readAllLines(CchcCommandTest.DATA.resolve("dossiers-2024.synthetic.jsonl")).get(0);
    Path dossierLatin1 = bytes("ho-so-latin1.jsonl", (dossier + "\n" + dossier.replace("HP-2024-000000", "Tiêu chí") + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    cases.add(new Case("dossiers not in UTF-8", 2, List.of(s(dossierLatin1), "2"), "dossiers", s(dossierLatin1),
        "--as-of", "2024-12-31"));
    Path pause = file("tam-dung.jsonl", String.join("\n", dossier, dossier, dossier,
        dossier.replace("\"pauses\":[]", "\"pauses\":[{\"from\":\"2024-08-05T08:00:00\",\"to\":\"2024-08-01T08:00:00\"}]"))
        + "\n");
    cases.add(new Case("a pause that ends before it begins", 2, List.of(s(pause), "4", "/pauses", "2024-08-01T08:00"),
        "dossiers", s(pause), "--as-of", "2024-12-31"));
    Path received = file("nhan-am.jsonl", dossier.replace("\"received\":\"2024", "\"received\":\"-2024") + "\n");
    cases.add(new Case("a dossier received in year -2024", 2, List.of(s(received), "1", "/received", "-2024"),
        "dossiers", s(received), "--as-of", "2024-12-31"));
    String dossiers = CchcCommandTest.DATA.resolve("dossiers-2024.synthetic.jsonl").toString();
    cases.add(new Case("dossiers: --from after --as-of", 2, List.of("--from", "2024-12-31", "--as-of", "2024-01-01"), "dossiers",
        dossiers, "--from", "2024-12-31", "--as-of", "2024-01-01"));
    String table = CchcCommandTest.DATA.resolve("hai-phong-2024.tasks.tsv").toString();
    cases.add(new Case("import --year -5", 2, List.of("--year", "-5"), "import", table, "--year", "-5"));
    cases.add(new Case("import --year 99999", 2, List.of("--year", "99999"), "import", table, "--year", "99999"));
    Path big = file("o-lon.csv", "STT,Nội dung,Cơ quan chủ trì,Thời gian hoàn thành\n1,Rà soát "
        + "thủ tục ".repeat(300_000) + ",Sở Tư pháp,Quý II/2024\n");
    cases.add(new Case("a 2.4 MB cell", 2, List.of(s(big), "/tasks/0/content"), "import", s(big), "--year", "2024", "-o",
        s(DIR.resolve("o-lon.plan.json"))));
    cases.add(new Case("a 2.4 MB cell, nothing written", 2, List.of(s(big), "/tasks/0/content"), "import", s(big),
        "--year", "2024"));
    Path bomb = bytes("bom.xlsx", zipBomb());
    cases.add(new Case("a zip bomb", 2, List.of(s(bomb)), "import", s(bomb), "--year", "2024"));
    Path odt = file("bang.odt", "x");
    cases.add(new Case("an unknown table extension", 2, List.of(s(odt), ".odt"), "import", s(odt), "--year", "2024"));
    Path quote = file("ngoac.csv", "STT,Nội dung\n1,\"Rà soát\n");
    cases.add(new Case("a quote never closed", 2, List.of(s(quote), "2"), "import", s(quote), "--year", "2024"));
    Path nowhere = DIR.resolve("khong-co-thu-muc").resolve("ke-hoach.json");
    cases.add(new Case("a plan written where no directory is", 2, List.of(s(nowhere)), "import", table, "--year",
        "2024", "-o", s(nowhere)));
    Path readMissing = DIR.resolve("khong-co.txt");
    cases.add(new Case("read: a missing file", 2, List.of(s(readMissing)), "read", s(readMissing)));
    Path fakeWord = file("ke-hoach.docx", "không phải tệp Word");
    cases.add(new Case("read: a Word file that is not one", 2, List.of(s(fakeWord), ".docx"), "read", s(fakeWord)));
    Path fakePdf = file("ke-hoach.pdf", "%PDF-1.4 hỏng");
    cases.add(new Case("read: a PDF that is not one", 2, List.of(s(fakePdf), "PDF"), "read", s(fakePdf)));
    Path aliases = file("bi-danh.json", "{\"Sở Nội vụ\": 7}");
    cases.add(new Case("read: aliases of the wrong type", 2, List.of(s(aliases)), "read", data + "/hai-phong-2024.txt",
        "--aliases", s(aliases)));
    Path history = DIR.resolve("moc-tien-do");
    Files.createDirectories(history);
    Path snapshot = file("moc-tien-do/2024-01-31.json", "{\"asOf\":\"2024-01-31\",\"tasks\":[");
    cases.add(new Case("report: a snapshot cut short", 2, List.of(s(snapshot)), "report", CchcCommandTest.PLAN,
        "--history", s(history)));
    Path page = DIR.resolve("khong-co-thu-muc").resolve("bao-cao.html");
    cases.add(new Case("report: a page written where no directory is", 2, List.of(s(page)), "report",
        CchcCommandTest.PLAN, "-o", s(page)));
    cases.add(new Case("report: dossiers not in UTF-8", 2, List.of(s(dossierLatin1), "2"), "report", CchcCommandTest.PLAN,
        "--dossiers", s(dossierLatin1), "--as-of", "2024-12-31"));
    cases.add(new Case("an unknown option", 2, List.of("--khong-co"), "check", CchcCommandTest.PLAN, "--khong-co"));
    return cases;
  }

  /** A workbook whose one part inflates a thousandfold: Apache POI's zip-bomb guard refuses it. */
  private static byte[] zipBomb() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write(" ".repeat(5_000_000).getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static CchcCommandTest.Run run(String... args) {
    return CchcCommandTest.run(args);
  }

  @Test
  void everyHostileCaseEndsWithOneLineInTheLanguageAskedFor() throws IOException {
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder("| case | command | exit | message |\n|---|---|---|---|\n");
    for (Case c : cases()) {
      List<String> lines = new ArrayList<>();
      for (String lang : List.of("vi", "en")) {
        String[] args = withLanguage(c.args(), lang);
        CchcCommandTest.Run o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(args), c.name());
        String where = c.name() + " (" + lang + "): ";
        if (o.code() != c.exit()) {
          failures.add(where + "exit " + o.code() + ", not " + c.exit() + ": " + o.err());
        }
        if (o.err().lines().count() != 1) {
          failures.add(where + "not one line: " + o.err());
        }
        for (String name : c.names()) {
          if (!o.err().contains(name)) {
            failures.add(where + "does not name " + name + ": " + o.err());
          }
        }
        for (String internal : INTERNALS) {
          if ((o.out() + o.err()).contains(internal)) {
            failures.add(where + "shows " + internal + ": " + o.err());
          }
        }
        lines.add(o.err().strip());
      }
      if (List.of(c.args()).contains("--lang")) {
        // A language cchc does not speak: the one line says so in both of its languages.
        if (!(lines.get(0).contains("ngôn ngữ") && lines.get(0).contains("language"))) {
          failures.add(c.name() + ": not said in both languages: " + lines.get(0));
        }
      } else if (lines.get(0).equals(lines.get(1))) {
        failures.add(c.name() + ": the same message in Vietnamese and English: " + lines.get(0));
      }
      table.append("| ").append(c.name()).append(" | `cchc ").append(String.join(" ", c.args()).replace("|", "\\|"))
          .append("` | ").append(c.exit()).append(" | ").append(escape(lines.get(0))).append("<br>")
          .append(escape(lines.get(1))).append(" |\n");
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    keepTable(table.toString());
  }

  private static String[] withLanguage(String[] args, String lang) {
    if (List.of(args).contains("--lang")) {
      return args;
    }
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--lang";
    all[args.length + 1] = lang;
    return all;
  }

  private static String escape(String line) {
    return line.replace("|", "\\|").replace("<", "&lt;");
  }

  /** The messages in docs/cli.md are this test's, not typed by hand. */
  private static void keepTable(String table) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String start = "<!-- figures: HostileCommandsTest -->\n";
    String end = "<!-- /figures -->";
    int a = doc.indexOf(start);
    int b = doc.indexOf(end, Math.max(a, 0));
    assertTrue(a >= 0 && b > a, DOC + " has no block of hostile cases");
    String updated = doc.substring(0, a + start.length()) + table + doc.substring(b);
    if (Boolean.getBoolean("cchc.golden.update")) {
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(updated, doc, DOC + " quotes other messages than the commands give; rerun with -Dcchc.golden.update=true");
  }

  @Test
  void aFailedWriteIsNamedAsAWrite() throws IOException {
    Files.createDirectories(DIR);
    CchcCommandTest.Run o = run("import", CchcCommandTest.DATA.resolve("hai-phong-2024.tasks.tsv").toString(), "--year", "2024",
        "-o", DIR.resolve("khong-co-thu-muc").resolve("x.json").toString(), "--lang", "en");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("cannot write"), o.err());
    assertFalse(o.err().contains("no such file"), o.err());
  }

  @Test
  void dossierMessagesNameThePointerOnce() throws IOException {
    for (Case c : cases()) {
      if (c.name().startsWith("a pause")) {
        CchcCommandTest.Run o = run(withLanguage(c.args(), "en"));
        assertEquals(1, o.err().split("/pauses", -1).length - 1, o.err());
        assertEquals(1, o.err().split("line", -1).length - 1, o.err());
      }
    }
  }

  @Test
  void everyCommandAnswersVersion() {
    for (String command : List.of("check", "status", "agencies", "score", "dossiers", "import", "read", "diff", "programme",
        "report")) {
      CchcCommandTest.Run o = run(command, "-V");
      assertEquals(0, o.code(), command);
      assertTrue(o.out().matches("cchc \\d+\\.\\d+\\.\\d+.*\\R"), command + ": " + o.out());
    }
  }

  @Test
  void aLanguageIsTakenInEitherCase() {
    CchcCommandTest.Run o = run("check", CchcCommandTest.PLAN, "--lang", "EN", "--fail-on", "never");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("Findings") || o.out().contains("findings"), o.out());
  }
}
