package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.stats.OnTimeDefinition;
import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanHistory;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.ReportSubmission;
import io.github.cchc.rules.status.Tally;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The report page as a person sees it, in Debian's headless Chromium: it asks the network for
 * nothing, shows the library's figures, sorts, fits a phone, prints on A4 with each table's header
 * on every page, and is built to be read by ear. No browser is a failure, never a skip. The
 * screenshots are left in {@code cchc-examples/target/report-screenshots}.
 */
class ReportBrowserTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Path DATA = CchcCommandTest.DATA;
  private static final Path SHOTS = Path.of("cchc-examples", "target", "report-screenshots");
  private static final Path MEASUREMENTS = DATA.resolve("hai-phong-2024.measurements.synthetic.json");
  private static final Path SUBMISSIONS = DATA.resolve("hai-phong-2024.submissions.synthetic.json");

  private static Path dir;
  private static HttpServer server;
  private static final List<String> SERVED = new CopyOnWriteArrayList<>();
  private static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.executable();
    dir = Files.createTempDirectory("cchc-report-");
    assertEquals(0, ReportCommandTest.run(ReportCommandTest.bundledArgs("vi", dir.resolve("report.html"))).code());
    assertEquals(0, ReportCommandTest.run(ReportCommandTest.bundledArgs("en", dir.resolve("report-en.html"))).code());
    CchcCommandTest.Run hostile = CchcCommandTest.run("report", ReportCommandTest.hostilePlan(dir).toString(),
        "--progress", CchcCommandTest.PROGRESS, "--as-of", "2024-06-30", "--fail-on", "never",
        "-o", dir.resolve("hostile.html").toString());
    assertEquals(0, hostile.code(), hostile.err());
    CchcCommandTest.Run progress = CchcCommandTest.run("report", CchcCommandTest.PLAN, "--progress",
        CchcCommandTest.PROGRESS, "--as-of", "2024-06-30", "--measurements", MEASUREMENTS.toString(), "--submissions",
        SUBMISSIONS.toString(), "--fail-on", "never", "-o", dir.resolve("progress.html").toString());
    assertEquals(0, progress.code(), progress.err());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      SERVED.add(path);
      Path file = dir.resolve(path.substring(1)).normalize();
      byte[] bytes = file.startsWith(dir) && path.endsWith(".html") && Files.isRegularFile(file)
          ? Files.readAllBytes(file) : null;
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(bytes == null ? 404 : 200, bytes == null ? -1 : bytes.length);
      if (bytes != null) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
    browser = Chromium.start();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop(0);
    }
    if (dir != null) {
      Chromium.delete(dir);
    }
  }

  private static String url(String page) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
  }

  /** A page in a new tab of a given width, with every request it makes recorded and every one but its own refused. */
  private record Tab(String session, List<String> requests) {
    JsonNode eval(String script) {
      return browser.evaluate(session, script);
    }
  }

  private static Tab open(String page, int width, int height, boolean mobile) throws Exception {
    String session = browser.newTab();
    List<String> requests = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    String own = url(page);
    browser.listen(event -> {
      if (!session.equals(event.path("sessionId").asString(""))) {
        return;
      }
      JsonNode params = event.path("params");
      switch (event.path("method").asString("")) {
        case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asString());
        case "Fetch.requestPaused" -> {
          boolean ours = params.path("request").path("url").asString().equals(own);
          browser.post(session, ours ? "Fetch.continueRequest" : "Fetch.failRequest", ours
              ? Map.of("requestId", params.path("requestId").asString())
              : Map.of("requestId", params.path("requestId").asString(), "errorReason", "BlockedByClient"));
        }
        case "Page.loadEventFired" -> loaded.complete(null);
        default -> { }
      }
    });
    browser.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", mobile));
    browser.send(session, "Network.enable", Map.of());
    browser.send(session, "Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*"))));
    browser.send(session, "Page.enable", Map.of());
    browser.send(session, "Page.navigate", Map.of("url", own));
    loaded.get(60, TimeUnit.SECONDS);
    Tab tab = new Tab(session, requests);
    // Whatever the page would fetch after its load event shows itself within this wait.
    tab.eval("new Promise(done => setTimeout(done, 300))");
    return tab;
  }

  /** The page from its top, all of it or as far down as {@code maxHeight}. */
  private static void screenshot(Tab tab, String name, double maxHeight) throws IOException {
    JsonNode size = browser.send(tab.session(), "Page.getLayoutMetrics", Map.of()).path("cssContentSize");
    JsonNode shot = browser.send(tab.session(), "Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(),
            "height", Math.min(maxHeight, size.path("height").asDouble()), "scale", 1)));
    Files.write(SHOTS.resolve(name), Base64.getDecoder().decode(shot.path("data").asString()));
  }

  @Test
  void thePagesAskTheNetworkForNothingAndRunNoTextAsCode() throws Exception {
    for (String page : List.of("report.html", "report-en.html", "hostile.html")) {
      int before = SERVED.size();
      Tab tab = open(page, 1280, 900, false);
      assertEquals(List.of(url(page)), tab.requests(), page + ": the page itself and nothing more");
      assertEquals(List.of("/" + page), SERVED.subList(before, SERVED.size()), page + ": what the server was asked");
      assertEquals(0, tab.eval("document.querySelectorAll('[src], [href], link, img, iframe, object, embed').length")
          .asInt(), page + ": nothing in it refers elsewhere");
      assertTrue(tab.eval("typeof window.pwned === 'undefined'").asBoolean(), page + ": no text ran as code");
    }
    Tab hostile = open("hostile.html", 1280, 900, false);
    assertTrue(hostile.eval("Array.from(document.querySelectorAll('#tasks-table td')).some(td => td.textContent === "
        + quote(ReportCommandTest.HOSTILE) + ")").asBoolean(), "the task's markup is shown as its text");
  }

  @Test
  void theFiguresShownAreTheLibrarys() throws Exception {
    PlanRevisions revisions = ReportJson.readRevisions(Files.readString(
        DATA.resolve("hai-phong-2024.revisions.synthetic.json"), StandardCharsets.UTF_8));
    List<ProgressSnapshot> snapshots = new ArrayList<>();
    try (Stream<Path> files = Files.list(DATA.resolve("hai-phong-2024.history.synthetic"))) {
      for (Path f : files.sorted().toList()) {
        snapshots.add(CchcJson.read(f, ProgressSnapshot.class));
      }
    }
    ProgressSnapshot last = snapshots.get(snapshots.size() - 1);
    List<Measurement> measurements = List.of(CchcJson.read(MEASUREMENTS, Measurement[].class));
    List<ReportSubmission> submissions = List.of(CchcJson.read(SUBMISSIONS, ReportSubmission[].class));
    CheckInputs yearEnd = CheckInputs.builder().asOf(last.asOf()).progress(last).measurements(measurements)
        .submissions(submissions).build();
    JsonNode bundled = figuresShown("report.html", revisions.inForceOn(last.asOf()), yearEnd);
    PlanHistory history = PlanHistory.of(revisions, snapshots, measurements);
    List<List<String>> points = strings(bundled.get("history"));
    assertEquals(history.points().size(), points.size());
    for (int i = 0; i < points.size(); i++) {
      PlanHistory.Point p = history.points().get(i);
      assertEquals(List.of(Labels.of(p.asOf(), VI), Integer.toString(p.due()), Integer.toString(p.onTime()),
          Integer.toString(p.late()), Integer.toString(p.overdue()),
          p.onTimeRate().map(r -> Labels.of(r, VI) + "%").orElse("—"),
          p.completionRate().map(r -> Labels.of(r, VI) + "%").orElse("—")), points.get(i));
    }
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    DossierStatistics dossiers;
    try (Stream<Dossier> lines = CchcJson.readLines(Files.newInputStream(DATA.resolve("dossiers-2024.synthetic.jsonl")),
        Dossier.class)) {
      dossiers = DossierStatistics.of(lines, year);
    }
    String text = bundled.get("dossiers").asString();
    for (OnTimeDefinition definition : List.of(OnTimeDefinition.PLAN_WORDING, OnTimeDefinition.DECISION_766)) {
      String rate = Labels.of(dossiers.rate(definition).percent(2).orElseThrow(), VI) + "%";
      assertTrue(text.contains(" " + rate), definition + " rate " + rate + " in: " + text);
    }

    // Mid-year, on the plan's synthetic progress, some agencies are behind: their overdue counts are not all zero.
    Plan plan = CchcJson.readPlan(Path.of(CchcCommandTest.PLAN));
    ProgressSnapshot june = CchcJson.read(Path.of(CchcCommandTest.PROGRESS), ProgressSnapshot.class);
    CheckInputs midYear = CheckInputs.builder().asOf(LocalDate.of(2024, 6, 30)).progress(june)
        .measurements(measurements).submissions(submissions).build();
    JsonNode progress = figuresShown("progress.html", plan, midYear);
    assertTrue(strings(progress.get("agencies")).stream().anyMatch(row -> !row.get(5).equals("0")),
        "an agency with overdue tasks, for the overdue counts to be tested");
  }

  /** The figures a page shows, each held to the library's for the plan and inputs it was made of. */
  private static JsonNode figuresShown(String page, Plan plan, CheckInputs inputs) throws Exception {
    PlanStatus status = inputs.status(plan, Period.ofDays(14));
    CheckReport report = RuleSet.builtIn().check(plan, inputs);
    Tab tab = open(page, 1280, 900, false);
    JsonNode shown = tab.eval("""
        (() => {
          const rows = s => Array.from(document.querySelectorAll(s)).map(r => Array.from(r.cells).map(c => c.textContent.trim()));
          const text = id => document.getElementById(id) ? document.getElementById(id).textContent : '';
          return {areas: rows('#areas-table tbody tr'), plan: rows('#areas-table tfoot tr'),
            agencies: rows('#agencies-table tbody tr'), targets: rows('#targets-table tbody tr'),
            history: rows('#history-table tbody tr'), tasks: rows('#tasks-table tbody tr'),
            rate: text('on-time-rate'), health: document.querySelector('#health strong').textContent,
            dossiers: text('dossier-rates'),
            counts: Array.from(document.querySelectorAll('#finding-counts .n')).map(n => n.textContent)};
        })()""");

    List<List<String>> areas = new ArrayList<>();
    for (Map.Entry<ReformArea, Tally> e : status.byArea().entrySet()) {
      areas.add(tallyRow(Labels.of(e.getKey(), VI), e.getValue()));
    }
    assertEquals(areas, strings(shown.get("areas")), page + ": counts per reform area");
    assertEquals(List.of(tallyRow("Cả kế hoạch", status.total())), strings(shown.get("plan")), page + ": the whole plan");

    List<List<String>> agencies = strings(shown.get("agencies"));
    assertEquals(status.byAgency().size(), agencies.size(), page + ": one row per agency");
    for (int i = 0; i < agencies.size(); i++) {
      AgencyStanding a = status.byAgency().get(i);
      assertEquals(a.name(), agencies.get(i).get(0));
      assertEquals(Integer.toString(a.led().total()), agencies.get(i).get(1), page + ": " + a.name() + " led");
      assertEquals(Integer.toString(a.led().overdue()), agencies.get(i).get(5), page + ": " + a.name() + " overdue");
      assertEquals(Integer.toString(a.reportsOwed()), agencies.get(i).get(7), page + ": " + a.name() + " reports owed");
    }

    assertTrue(shown.get("rate").asString().endsWith(": " + Labels.of(status.onTimeRate().orElseThrow(), VI) + "%"),
        page + ": the on-time rate: " + shown.get("rate"));
    assertEquals(Labels.of(status.health(), VI), shown.get("health").asString(), page + ": the health");

    List<List<String>> targets = strings(shown.get("targets"));
    assertEquals(status.keyTargets().size(), targets.size());
    for (int i = 0; i < targets.size(); i++) {
      assertEquals(plan.statedTargets().get(i).label(), targets.get(i).get(0));
      assertEquals(Labels.of(status.keyTargets().get(i).outcome(), VI), targets.get(i).get(2),
          page + ": outcome of target " + targets.get(i).get(0));
    }
    assertEquals(status.tasks().size(), strings(shown.get("tasks")).size(), page + ": every tracked task");

    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      counts.add(Integer.toString(report.counts().get(severity)));
    }
    assertEquals(counts, texts(shown.get("counts")), page + ": findings by severity");
    return shown;
  }

  private static List<String> tallyRow(String name, Tally t) {
    return List.of(name, Integer.toString(t.total()), Integer.toString(t.onTime()), Integer.toString(t.late()),
        Integer.toString(t.overdue()), Integer.toString(t.total() - t.onTime() - t.late() - t.overdue()));
  }

  private static List<List<String>> strings(JsonNode rows) {
    List<List<String>> out = new ArrayList<>();
    rows.forEach(row -> {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.asString()));
      out.add(cells);
    });
    return out;
  }

  @Test
  void theAgenciesSortByAnyColumn() throws Exception {
    Tab tab = open("report.html", 1280, 900, false);
    JsonNode sorted = tab.eval("""
        (() => {
          const column = i => Array.from(document.querySelectorAll('#agencies-table tbody tr')).map(r => r.cells[i].textContent);
          const button = document.querySelectorAll('#agencies-table thead button')[3];
          const before = column(3);
          button.click();
          const up = column(3);
          button.click();
          const down = column(3);
          const names = document.querySelectorAll('#agencies-table thead button')[0];
          names.click();
          const collator = new Intl.Collator(document.documentElement.lang);
          const byName = column(0).every((n, i, all) => i === 0 || collator.compare(all[i - 1], n) <= 0);
          return {before, up, down, sort: names.parentNode.getAttribute('aria-sort'), byName};
        })()""");
    List<Integer> before = numbers(sorted.get("before"));
    List<Integer> up = numbers(sorted.get("up"));
    List<Integer> down = numbers(sorted.get("down"));
    assertTrue(before.stream().distinct().count() > 1, "the on-time column has different counts to sort: " + before);
    assertEquals(before.stream().sorted().toList(), up, "ascending on the first click");
    assertEquals(before.stream().sorted(java.util.Comparator.reverseOrder()).toList(), down, "descending on the second");
    assertEquals("ascending", sorted.get("sort").asString());
    assertTrue(sorted.get("byName").asBoolean(), "names in the order of the page's language");
  }

  private static List<Integer> numbers(JsonNode cells) {
    List<Integer> out = new ArrayList<>();
    cells.forEach(c -> out.add(Integer.parseInt(c.asString().trim())));
    return out;
  }

  @Test
  void aPhoneShowsItWithoutScrollingSideways() throws Exception {
    for (String page : List.of("report.html", "report-en.html")) {
      Tab tab = open(page, 375, 812, true);
      JsonNode widths = tab.eval("[document.documentElement.scrollWidth, window.innerWidth]");
      if (widths.get(1).asInt() != 375 || widths.get(0).asInt() > widths.get(1).asInt()) {
        // A phone widens its layout to what overflows: text beyond the edge, or a box placed outside a table's own scroll.
        String wide = tab.eval("""
            Array.from(document.querySelectorAll('body *')).filter(e => (!e.closest('.scroll')
                || getComputedStyle(e).position === 'absolute')
              && e.getBoundingClientRect().right > document.documentElement.clientWidth).slice(0, 5)
              .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)
                + ' ' + e.textContent.slice(0, 60)).join('; ')
            """).asString();
        throw new AssertionError(page + " at 375 px is " + widths + " (scroll width, inner width); too wide: " + wide);
      }
      screenshot(tab, page.replace(".html", "") + "-phone.png", Double.MAX_VALUE);
      screenshot(tab, page.replace(".html", "") + "-phone-top.png", 1600);
    }
    Tab desktop = open("report.html", 1280, 900, false);
    screenshot(desktop, "report-desktop.png", Double.MAX_VALUE);
    screenshot(desktop, "report-desktop-top.png", 1500);
    assertTrue(Files.size(SHOTS.resolve("report-desktop.png")) > 10_000, "a screenshot with something on it");
  }

  @Test
  void itIsBuiltToBeReadByEar() throws Exception {
    Tab tab = open("report.html", 1280, 900, false);
    JsonNode page = tab.eval("""
        (() => ({
          headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map(h => Number(h.tagName[1])),
          tables: Array.from(document.querySelectorAll('table')).map(t => ({
            caption: t.caption ? t.caption.textContent.trim() : '',
            headers: t.querySelectorAll('thead th').length,
            rows: t.tBodies[0].rows.length,
            rowHeaders: Array.from(t.tBodies[0].rows).every(r => r.cells[0].tagName === 'TH' || t.id === 'findings-table')})),
          charts: Array.from(document.querySelectorAll('svg')).map(s => {
            const caption = document.getElementById(s.getAttribute('aria-describedby'));
            return {role: s.getAttribute('role'), title: s.querySelector('title') ? s.querySelector('title').textContent : '',
              labelled: document.getElementById(s.getAttribute('aria-labelledby')) === s.querySelector('title'),
              describedBy: caption ? caption.tagName + ' ' + caption.parentNode.id : '', table: s.getAttribute('data-table')};
          }),
          lang: document.documentElement.lang
        }))()""");
    List<Integer> levels = new ArrayList<>();
    page.get("headings").forEach(h -> levels.add(h.asInt()));
    assertEquals(1, levels.get(0), "the page opens with its one h1");
    assertEquals(1, levels.stream().filter(l -> l == 1).count());
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "headings in order, none skipped: " + levels);
    }
    assertTrue(page.get("tables").size() >= 8, "the tables: " + page.get("tables"));
    for (JsonNode t : page.get("tables")) {
      assertFalse(t.get("caption").asString().isEmpty(), "every table has a caption: " + t);
      assertTrue(t.get("headers").asInt() >= 2, "and header cells: " + t);
      assertTrue(t.get("rowHeaders").asBoolean(), "each row names what it is about: " + t);
    }
    assertEquals(3, page.get("charts").size(), "the areas, the year and the dossiers");
    for (JsonNode c : page.get("charts")) {
      assertEquals("img", c.get("role").asString());
      assertFalse(c.get("title").asString().isEmpty(), "each chart has a title: " + c);
      assertTrue(c.get("labelled").asBoolean(), "named by it: " + c);
      assertEquals("CAPTION " + c.get("table").asString(), c.get("describedBy").asString(),
          "and described by the caption of the table holding its figures: " + c);
    }
    assertEquals("vi", page.get("lang").asString());
  }

  @Test
  void itPrintsOnA4WithEachTablesHeaderOnEveryPageItSpans() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    Path profile = Files.createTempDirectory("cchc-chromium-print-");
    List<String> command = new ArrayList<>();
    command.add(Chromium.executable().toString());
    command.addAll(Chromium.switches(profile));
    command.addAll(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, dir.resolve("report.html").toUri().toString()));
    Process print = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("print.log").toFile()).start();
    assertTrue(print.waitFor(120, TimeUnit.SECONDS), "chromium printed within two minutes");
    Chromium.delete(profile);
    assertTrue(Files.size(pdf) > 0, "chromium wrote the PDF: " + Files.readString(dir.resolve("print.log")));
    Files.copy(pdf, SHOTS.resolve("report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Tab tab = open("report.html", 1280, 900, false);
    JsonNode tables = tab.eval("""
        Array.from(document.querySelectorAll('table')).map(t => {
          // What print shows: the header's printed words, not its buttons; no text for screen readers alone.
          const cells = r => Array.from(r.cells).map(c => {
            const copy = c.cloneNode(true);
            copy.querySelectorAll('button, .sr').forEach(e => e.remove());
            return copy.textContent;
          });
          const rows = t.tBodies[0].rows;
          return {id: t.id, header: cells(t.tHead.rows[0]), first: cells(rows[0]), last: cells(rows[rows.length - 1])};
        })""");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        PDRectangle box = document.getPage(i - 1).getMediaBox();
        assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1, "page " + i + " is A4 wide");
        assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1, "page " + i + " is A4 high");
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(squeeze(stripper.getText(document)));
      }
      Files.writeString(SHOTS.resolve("report.pdf.txt"), String.join("\n\n=== page\n\n", pages));
      assertTrue(pages.size() >= 3, "a report of several pages: " + pages.size());
      int spanning = 0;
      for (JsonNode t : tables) {
        String header = squeeze(String.join(" ", texts(t.get("header"))));
        int first = pageOf(pages, squeeze(String.join(" ", texts(t.get("first")))), t);
        int last = pageOf(pages, squeeze(String.join(" ", texts(t.get("last")))), t);
        assertTrue(first <= last, t.get("id") + " runs forward");
        for (int i = first; i <= last; i++) {
          assertTrue(pages.get(i).contains(header), t.get("id").asString() + "'s header «" + header + "» on page "
              + (i + 1) + " of the pages " + (first + 1) + "–" + (last + 1) + " it spans");
        }
        if (last > first) {
          spanning++;
        }
      }
      assertTrue(spanning >= 1, "a table that spans pages, for the check to mean something");
    }
  }

  private static int pageOf(List<String> pages, String row, JsonNode table) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(row)) {
        return i;
      }
    }
    throw new AssertionError(table.get("id").asString() + ": row «" + row + "» is on no page");
  }

  private static List<String> texts(JsonNode cells) {
    List<String> out = new ArrayList<>();
    cells.forEach(c -> out.add(c.asString()));
    return out;
  }

  /**
   * Text without its white space: the PDF breaks lines where the page wrapped them, and its text
   * runs split words where the glyphs were placed one by one.
   */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
