package io.github.cchc.examples;

import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.report.DossierReport;
import io.github.cchc.rules.report.HistoryReport;
import io.github.cchc.rules.report.PlanSummary;
import io.github.cchc.rules.report.ScoreReport;
import io.github.cchc.rules.report.StatusReport;
import io.github.cchc.rules.stats.Rate;
import io.github.cchc.rules.stats.Scorecards;
import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.Forecast;
import io.github.cchc.rules.status.HealthReason;
import io.github.cchc.rules.status.PlanHistory;
import io.github.cchc.rules.status.Tally;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's standing as one self-contained HTML page (trang báo cáo): the summary, the key targets,
 * progress by reform area, the agencies' accountability, the curves through the year, the dossiers
 * by month, the scorecard and the findings, each section present when its report value is given.
 *
 * <p>The page draws and lays out what the library's report values hold and computes no figure of
 * its own. It asks for nothing over the network: its style, its charts (inline SVG, each followed by
 * the table it draws, which is its text equivalent) and its one small script (sorting a table) are
 * in the file, and its content security policy forbids the rest. Every text from the inputs is
 * escaped. The same values give the same bytes: nothing in it depends on when or where it is made.
 */
final class ReportPage {
  private static final String ON_TIME = "#2e7d32";
  private static final String LATE = "#e0a100";
  private static final String OVERDUE = "#c62828";
  private static final String NOT_DUE = "#b0bec5";
  private static final String RATE = "#1565c0";
  private static final String COMPLETION = "#6a1b9a";

  private final Locale locale;
  private final StringBuilder body = new StringBuilder(1 << 16);
  private int charts;

  ReportPage(Locale locale) {
    this.locale = locale;
  }

  private String text(String key, Object... namesAndValues) {
    return CliText.of(locale, "report." + key, namesAndValues);
  }

  private String label(Object value) {
    return Labels.of(value, locale);
  }

  private String percent(BigDecimal value) {
    return label(value) + "%";
  }

  /** The top of the page: the plan, its decision, the date, the inputs given, then the summary. */
  ReportPage summary(PlanSummary s, Optional<String> issuer, Optional<LocalDate> asOf, String inputs) {
    body.append("<header>\n<h1>").append(esc(s.title())).append("</h1>\n");
    List<String> issued = new ArrayList<>();
    issuer.ifPresent(issued::add);
    s.issuingDocument().ifPresent(d -> issued.add(CliText.of(locale, "summary.decision", "type", label(d.type()),
        "number", d.number().orElse(""), "date", d.issuedOn().map(this::label).orElse(""))));
    if (!issued.isEmpty()) {
      body.append("<p class=\"decision\">").append(esc(sentence(String.join(" — ", issued)))).append("</p>\n");
    }
    asOf.ifPresent(d -> body.append("<p class=\"as-of\">").append(esc(text("asOf", "date", label(d)))).append("</p>\n"));
    body.append("<p class=\"inputs\">").append(esc(sentence(inputs))).append("</p>\n</header>\n<main>\n");
    open("summary", text("summary"));
    s.health().ifPresent(h -> {
      body.append("<p class=\"health health-").append(cssName(h)).append("\" id=\"health\">")
          .append(esc(text("health"))).append(" <strong>").append(esc(label(h))).append("</strong></p>\n");
      if (!s.reasons().isEmpty()) {
        body.append("<ul class=\"reasons\">\n");
        for (HealthReason r : s.reasons()) {
          body.append("<li>").append(esc(r.message(locale))).append("</li>\n");
        }
        body.append("</ul>\n");
      }
    });
    body.append("<ul class=\"counts\" id=\"finding-counts\">\n");
    for (Severity severity : Severity.values()) {
      body.append("<li class=\"sev-").append(cssName(severity)).append("\"><span class=\"n\">")
          .append(s.counts().get(severity)).append("</span> ").append(esc(label(severity))).append("</li>\n");
    }
    body.append("</ul>\n");
    if (!s.commonest().isEmpty()) {
      List<String> codes = new ArrayList<>();
      s.commonest().forEach(c -> codes.add(c.code() + " " + c.count()));
      body.append("<p>").append(esc(sentence(CliText.of(locale, "summary.commonest", "codes", String.join(", ", codes)))))
          .append("</p>\n");
    }
    body.append("<p>").append(esc(sentence(CliText.of(locale, "summary.rows", "topLevel", s.rows().topLevel(), "all",
        s.rows().all(), "tracked", s.rows().tracked()) + (s.rows().illegible() > 0
        ? CliText.of(locale, "summary.illegible", "illegible", s.rows().illegible()) : "")))).append("</p>\n");
    close();
    return this;
  }

  /** The key targets judged, each with its year-end forecast when the history gives one. */
  ReportPage targets(List<StatusReport.TargetLine> targets, Optional<BigDecimal> onTimeRate,
      Optional<HistoryReport> history) {
    open("targets", text("targets"));
    body.append("<p id=\"on-time-rate\">").append(esc(onTimeRate.map(r -> text("onTimeRate", "rate", percent(r)))
        .orElse(CliText.of(locale, "status.rateNone")))).append("</p>\n");
    tableStart("targets-table", text("targets.caption"), false, text("col.label"), text("col.target"),
        text("col.outcome"), text("col.measured"), text("col.gap"), text("col.forecast"));
    for (StatusReport.TargetLine t : targets) {
      Optional<HistoryReport.TargetLine> course = history.flatMap(h -> h.keyTargets().stream()
          .filter(c -> c.label().equals(t.label()) && c.target().equals(t.target())).findFirst());
      // A target's canonical text ends in its unit: "%" for a rate, nothing for a count.
      String unit = t.target().endsWith("%") ? "%" : "";
      body.append("<tr><th scope=\"row\" class=\"label\">").append(esc(t.label())).append("</th>");
      cell(t.target());
      body.append("<td><span class=\"outcome outcome-").append(cssName(t.outcome())).append("\">")
          .append(esc(label(t.outcome()))).append("</span></td>");
      numberCell(t.measured().map(v -> label(TargetEvaluation.shown(v)) + unit).orElse("—"));
      numberCell(t.gap().map(g -> (g.signum() > 0 ? "+" : "") + label(TargetEvaluation.shown(g)) + unit).orElse("—"));
      cell(course.flatMap(c -> c.forecast().map(f -> text("forecast", "point", label(f.point()) + unit,
          "lower", label(f.lower()) + unit, "upper", label(f.upper()) + unit) + " — "
          + CliText.of(locale, c.settled() ? "history.likely" : "history.possibly", "outcome",
              label(c.forecastOutcome().orElseThrow())))).orElse("—"));
      body.append("</tr>\n");
    }
    tableEnd();
    close();
    return this;
  }

  /** Progress by reform area: a stacked bar each, then the table it draws. */
  ReportPage areas(Tally total, Map<ReformArea, Tally> byArea) {
    open("areas", text("areas"));
    String[] parts = {text("onTime"), text("late"), text("overdue"), text("notDue")};
    String[] colours = {ON_TIME, LATE, OVERDUE, NOT_DUE};
    legend(parts, colours);
    List<String> names = new ArrayList<>();
    List<int[]> values = new ArrayList<>();
    byArea.forEach((area, t) -> {
      names.add(label(area));
      values.add(segments(t));
    });
    String table = "areas-table";
    bars(text("areas.chart"), table, names, values, colours);
    tableStart(table, text("areas.caption"), false, text("col.area"), text("col.total"), parts[0], parts[1], parts[2],
        parts[3]);
    for (int i = 0; i < names.size(); i++) {
      tallyRow(names.get(i), values.get(i), "area");
    }
    body.append("</tbody>\n<tfoot>");
    tallyRow(text("wholePlan"), segments(total), "plan");
    body.append("</tfoot>\n</table>\n</div>\n");
    close();
    return this;
  }

  private void tallyRow(String name, int[] segments, String kind) {
    body.append("<tr class=\"").append(kind).append("\"><th scope=\"row\">").append(esc(name)).append("</th>");
    int total = 0;
    for (int v : segments) {
      total += v;
    }
    number(total);
    for (int v : segments) {
      number(v);
    }
    body.append("</tr>\n");
  }

  /** On time, late, overdue and the rest (not yet due, or not tracked by a date), as the tally counts them. */
  private static int[] segments(Tally t) {
    return new int[] {t.onTime(), t.late(), t.overdue(), t.total() - t.onTime() - t.late() - t.overdue()};
  }

  /** Each agency's tasks led and coordinated and reports owed and sent: a table the reader sorts. */
  ReportPage agencies(List<AgencyStanding> agencies) {
    open("agencies", text("agencies"));
    body.append("<p class=\"hint\">").append(esc(text("agencies.hint"))).append("</p>\n");
    tableStart("agencies-table", text("agencies.caption"), true, text("col.agency"), text("col.led"), text("col.due"),
        text("onTime"), text("late"), text("overdue"), text("col.coordinated"), text("col.reportsOwed"),
        text("col.reportsSent"), text("col.reportsLate"));
    for (AgencyStanding a : agencies) {
      Tally led = a.led();
      body.append(led.overdue() > 0 ? "<tr class=\"behind\">" : "<tr>");
      body.append("<th scope=\"row\">").append(esc(a.name())).append("</th>");
      number(led.total());
      number(led.onTime() + led.late() + led.overdue());
      number(led.onTime());
      number(led.late());
      number(led.overdue());
      number(a.coordinated().total());
      number(a.reportsOwed());
      optionalNumber(a.reportsSent());
      optionalNumber(a.reportsLate());
      body.append("</tr>\n");
    }
    tableEnd();
    close();
    return this;
  }

  /** The completion and on-time curves through the year, the year-end forecasts with their intervals. */
  ReportPage history(HistoryReport h, int year) {
    open("history", text("history"));
    if (h.points().isEmpty()) {
      body.append("<p>").append(esc(CliText.of(locale, "history.none"))).append("</p>\n");
      close();
      return this;
    }
    h.health().ifPresent(health -> body.append("<p>").append(esc(CliText.of(locale, "history.health", "health",
        label(health)))).append("</p>\n"));
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    List<Series> series = List.of(
        new Series(text("col.onTimeRate"), RATE, h.points().stream().filter(p -> p.onTimeRate().isPresent())
            .map(p -> new double[] {dayFraction(p.asOf(), first, last), p.onTimeRate().get().doubleValue()}).toList(),
            h.onTimeForecast()),
        new Series(text("col.completionRate"), COMPLETION, h.points().stream().filter(p -> p.completionRate().isPresent())
            .map(p -> new double[] {dayFraction(p.asOf(), first, last), p.completionRate().get().doubleValue()}).toList(),
            h.completionForecast()));
    legend(new String[] {series.get(0).name(), series.get(1).name(), text("forecastLegend")},
        new String[] {RATE, COMPLETION, "#555"});
    List<String[]> ticks = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ticks.add(new String[] {Double.toString(dayFraction(LocalDate.of(year, m, 1), first, last)), Integer.toString(m)});
    }
    String table = "history-table";
    lines(text("history.chart"), table, ticks, 0, 100, series);
    body.append("<ul class=\"forecasts\">\n");
    h.onTimeForecast().ifPresent(f -> body.append("<li>").append(esc(CliText.of(locale, "history.forecast", "point",
        label(f.point()), "lower", label(f.lower()), "upper", label(f.upper()), "due", f.observed(), "later",
        f.remaining()))).append("</li>\n"));
    h.completionForecast().ifPresent(f -> body.append("<li>").append(esc(CliText.of(locale,
        "history.completionForecast", "point", label(f.point()), "lower", label(f.lower()), "upper",
        label(f.upper())))).append("</li>\n"));
    body.append("</ul>\n");
    tableStart(table, text("history.caption"), false, text("col.date"), text("col.due"), text("onTime"), text("late"),
        text("overdue"), text("col.onTimeRate"), text("col.completionRate"));
    for (PlanHistory.Point p : h.points()) {
      body.append("<tr><th scope=\"row\">").append(esc(label(p.asOf()))).append("</th>");
      number(p.due());
      number(p.onTime());
      number(p.late());
      number(p.overdue());
      cell(p.onTimeRate().map(this::percent).orElse("—"));
      cell(p.completionRate().map(this::percent).orElse("—"));
      body.append("</tr>\n");
    }
    tableEnd();
    close();
    return this;
  }

  /** The on-time rates of dossiers by month of receipt, under the plans' wording and Decision 766. */
  ReportPage dossiers(DossierReport d) {
    open("dossiers", text("dossiers"));
    body.append("<p id=\"dossier-rates\">").append(esc(text("dossiers.all", "from", label(d.from()), "to",
        label(d.asOf()), "received", d.all().received(), "plan", rate(d.all().planWording()), "decision",
        rate(d.all().decision766())))).append("</p>\n");
    String plan = CliText.of(locale, "dossiers.planRate");
    String decision = CliText.of(locale, "dossiers.decisionRate");
    int year = d.asOf().getYear();
    List<double[]> planPoints = new ArrayList<>();
    List<double[]> decisionPoints = new ArrayList<>();
    double min = 100;
    for (Map.Entry<String, DossierReport.Figures> e : d.groups().entrySet()) {
      Optional<YearMonth> month = month(e.getKey()).filter(m -> m.getYear() == year);
      if (month.isEmpty()) {
        continue;
      }
      double x = (month.get().getMonthValue() - 0.5) / 12;
      min = Math.min(min, point(planPoints, x, e.getValue().planWording()));
      min = Math.min(min, point(decisionPoints, x, e.getValue().decision766()));
    }
    legend(new String[] {plan, decision}, new String[] {RATE, ON_TIME});
    List<String[]> ticks = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ticks.add(new String[] {Double.toString((m - 0.5) / 12), Integer.toString(m)});
    }
    String table = "dossiers-table";
    double floor = Math.max(0, Math.floor((min - 5) / 10) * 10);
    lines(text("dossiers.chart"), table, ticks, floor, 100, List.of(
        new Series(plan, RATE, planPoints, Optional.empty()), new Series(decision, ON_TIME, decisionPoints, Optional.empty())));
    tableStart(table, text("dossiers.caption"), false, text("col.month"), CliText.of(locale, "dossiers.received"),
        CliText.of(locale, "dossiers.handled"), plan, decision, CliText.of(locale, "dossiers.pending"),
        CliText.of(locale, "dossiers.inconsistent"));
    d.groups().forEach((key, f) -> {
      body.append("<tr><th scope=\"row\">").append(esc(month(key).map(this::monthLabel).orElse(key))).append("</th>");
      number(f.received());
      number(f.handled());
      cell(rate(f.planWording()));
      cell(rate(f.decision766()));
      number(f.pending());
      number(f.inconsistent());
      body.append("</tr>\n");
    });
    tableEnd();
    close();
    return this;
  }

  /** Adds a month's rate to its line, when there is one, and returns it (100 when there is none). */
  private static double point(List<double[]> line, double x, Rate rate) {
    Optional<BigDecimal> percent = rate.percent(2);
    percent.ifPresent(r -> line.add(new double[] {x, r.doubleValue()}));
    return percent.map(BigDecimal::doubleValue).orElse(100.0);
  }

  private String rate(Rate r) {
    return r.percent(2).map(this::percent).orElse("—");
  }

  /** A month as the page's dates are shown: 01/2024 in Vietnamese, 2024-01 in English. */
  private String monthLabel(YearMonth m) {
    return Labels.language(locale).getLanguage().equals("en") ? m.toString()
        : String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear());
  }

  private static Optional<YearMonth> month(String key) {
    try {
      return Optional.of(YearMonth.parse(key));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The scorecard as a tree, each criterion's points with an arrow for its change against the previous year. */
  ReportPage scorecard(ScoreReport s) {
    open("scorecard", text("scorecard"));
    body.append("<p id=\"score-total\">").append(esc(CliText.of(locale, "score.title", "index", label(s.index()),
        "year", s.year(), "subject", s.subject(), "total", s.total().map(t -> ": " + Text.decimals(t, locale)).orElse(""))))
        .append("</p>\n");
    boolean compared = !s.changes().isEmpty();
    List<String> headers = new ArrayList<>(List.of(CliText.of(locale, "score.criterion"),
        CliText.of(locale, "score.name"), CliText.of(locale, "score.maximum"), CliText.of(locale, "score.achieved"),
        CliText.of(locale, "score.percent")));
    if (compared) {
      headers.add(text("col.change"));
    }
    tableStart("scorecard-table", text("scorecard.caption"), false, headers.toArray(String[]::new));
    // The changes come in the scorecard's order, one for each criterion scored in both years.
    int next = 0;
    for (ScoreReport.Line line : s.criteria()) {
      Optional<Scorecards.Change> change = Optional.empty();
      if (next < s.changes().size()) {
        Scorecards.Change c = s.changes().get(next);
        if (c.label().equals(line.code().orElse(line.name())) && line.achieved().isPresent()
            && c.current().compareTo(line.achieved().get()) == 0) {
          change = Optional.of(c);
          next++;
        }
      }
      body.append("<tr class=\"depth-").append(Math.min(line.depth(), 4)).append("\">");
      body.append("<th scope=\"row\">").append(esc(line.code().orElse(""))).append("</th>");
      cell(line.name());
      // Points as the table prints them, with their decimals, as `cchc score` shows them.
      cell(line.maximum().map(p -> Text.decimals(p, locale)).orElse("—"));
      cell(line.achieved().map(p -> Text.decimals(p, locale)).orElse("—"));
      cell(line.percentOfMaximum().map(p -> Text.decimals(p, locale) + "%").orElse(""));
      if (compared) {
        body.append("<td>").append(change.map(this::arrow).orElse("")).append("</td>");
      }
      body.append("</tr>\n");
    }
    tableEnd();
    close();
    return this;
  }

  private String arrow(Scorecards.Change c) {
    String[] kind = c.direction() > 0 ? new String[] {"up", "▲", text("up")}
        : c.direction() < 0 ? new String[] {"down", "▼", text("down")} : new String[] {"same", "=", text("same")};
    return "<span class=\"change change-" + kind[0] + "\"><span aria-hidden=\"true\">" + kind[1]
        + "</span><span class=\"sr\">" + esc(kind[2]) + "</span> " + esc((c.direction() > 0 ? "+" : "") + Text.decimals(c.delta(), locale))
        + "</span>";
  }

  /** Every tracked task with its content, leads, due date and status, in the plan's order. */
  ReportPage tasks(Plan plan, List<TaskState> tasks) {
    open("tasks", text("tasks"));
    tableStart("tasks-table", text("tasks.caption"), false, text("col.label"), text("col.content"), text("col.lead"),
        text("col.dueDate"), text("col.status"), text("col.completed"));
    for (TaskState t : tasks) {
      body.append("<tr class=\"task-").append(cssName(t.status())).append("\"><th scope=\"row\" class=\"label\">")
          .append(esc(Labels.rowLabel(t.row().label(), locale))).append("</th>");
      cell(t.row().task().content());
      List<String> leads = new ArrayList<>();
      t.row().leads().forEach(party -> leads.add(plan.directory().nameOf(party)));
      cell(String.join("; ", leads));
      numberCell(t.dueDate().map(this::label).orElse("—"));
      body.append("<td><span class=\"status status-").append(cssName(t.status())).append("\">")
          .append(esc(label(t.status()))).append("</span></td>");
      numberCell(t.completedOn().map(this::label).orElse(""));
      body.append("</tr>\n");
    }
    tableEnd();
    close();
    return this;
  }

  /** The findings, most serious first, then in the catalog's order, each with its place. */
  ReportPage findings(CheckReport report) {
    open("findings", text("findings"));
    List<Finding> sorted = new ArrayList<>(report.findings());
    List<String> catalog = java.util.Arrays.stream(FindingCode.values()).map(FindingCode::code).toList();
    sorted.sort(Comparator.comparing(Finding::severity).thenComparingInt(f -> {
      int i = catalog.indexOf(f.code());
      return i < 0 ? catalog.size() : i;
    }));
    if (sorted.isEmpty()) {
      body.append("<p>").append(esc(text("findings.none"))).append("</p>\n");
    } else {
      tableStart("findings-table", text("findings.caption"), false, text("col.severity"), text("col.code"),
          text("col.place"), text("col.message"));
      for (Finding f : sorted) {
        body.append("<tr class=\"sev-").append(cssName(f.severity())).append("\">");
        cell(label(f.severity()));
        body.append("<td><code>").append(esc(f.code())).append("</code></td>");
        body.append("<td>").append(esc(f.subject().describe(locale)));
        if (!f.pointer().isEmpty()) {
          body.append("<br><code>").append(esc(f.pointer())).append("</code>");
        }
        body.append("</td>");
        cell(f.message(locale));
        body.append("</tr>\n");
      }
      tableEnd();
    }
    close();
    return this;
  }

  /** The whole page. */
  String html(Plan plan) {
    StringBuilder page = new StringBuilder(body.length() + 8192);
    page.append("<!DOCTYPE html>\n<html lang=\"").append(Labels.language(locale).getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // The page is one file: nothing it could load from elsewhere is allowed to load.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"").append(Cchc.VERSION).append("\">\n")
        .append("<title>").append(esc(text("title", "title", plan.title()))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append(body)
        .append("</main>\n<footer><p>").append(esc(text("footer", "version", Cchc.VERSION))).append("</p></footer>\n")
        .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  private void open(String id, String heading) {
    body.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"")
        .append(id).append("-h\">").append(esc(heading)).append("</h2>\n");
  }

  private void close() {
    body.append("</section>\n");
  }

  private void tableStart(String id, String caption, boolean sortable, String... headers) {
    body.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(id).append("-c\">\n")
        .append("<table id=\"").append(id).append("\"").append(sortable ? " class=\"sortable\"" : "").append(">\n")
        .append("<caption id=\"").append(id).append("-c\">").append(esc(caption)).append("</caption>\n<thead><tr>");
    for (String h : headers) {
      // Headers borrowed from the command line's columns are in lower case there.
      String shown = sentence(h);
      body.append("<th scope=\"col\">");
      if (sortable) {
        // Chromium prints a header row repeated on a new page without the text of its buttons: print the words beside.
        body.append("<button type=\"button\">").append(esc(shown)).append("</button><span class=\"printed\">")
            .append(esc(shown)).append("</span>");
      } else {
        body.append(esc(shown));
      }
      body.append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
  }

  private void tableEnd() {
    body.append("</tbody>\n</table>\n</div>\n");
  }

  private void cell(String text) {
    body.append("<td>").append(esc(text)).append("</td>");
  }

  private void numberCell(String text) {
    body.append("<td class=\"num\">").append(esc(text)).append("</td>");
  }

  private void number(long n) {
    body.append("<td class=\"num\" data-sort=\"").append(n).append("\">").append(n).append("</td>");
  }

  private void optionalNumber(Optional<Integer> n) {
    if (n.isPresent()) {
      number(n.get());
    } else {
      body.append("<td class=\"num\" data-sort=\"-1\">").append(esc(text("unknown"))).append("</td>");
    }
  }

  private void legend(String[] names, String[] colours) {
    body.append("<ul class=\"legend\" aria-hidden=\"true\">");
    for (int i = 0; i < names.length; i++) {
      body.append("<li><span class=\"swatch\" style=\"background:").append(colours[i]).append("\"></span>")
          .append(esc(names[i])).append("</li>");
    }
    body.append("</ul>\n");
  }

  private static final int WIDTH = 640;

  /** Horizontal stacked bars on one scale, each with its name above it and its total after it. */
  private void bars(String title, String table, List<String> names, List<int[]> values, String[] colours) {
    int max = 1;
    for (int[] v : values) {
      int total = 0;
      for (int x : v) {
        total += x;
      }
      max = Math.max(max, total);
    }
    int row = 44;
    int height = row * names.size() + 4;
    String id = chartStart(title, table, height);
    double span = WIDTH - 48;
    for (int i = 0; i < names.size(); i++) {
      int top = i * row;
      body.append("<text x=\"0\" y=\"").append(top + 15).append("\" class=\"name\">").append(esc(names.get(i)))
          .append("</text>\n");
      double x = 0;
      int total = 0;
      for (int k = 0; k < values.get(i).length; k++) {
        int v = values.get(i)[k];
        total += v;
        if (v == 0) {
          continue;
        }
        double w = span * v / max;
        body.append("<rect x=\"").append(fixed(x)).append("\" y=\"").append(top + 21).append("\" width=\"")
            .append(fixed(w)).append("\" height=\"16\" fill=\"").append(colours[k]).append("\"/>");
        x += w;
      }
      body.append("<text x=\"").append(fixed(x + 6)).append("\" y=\"").append(top + 34).append("\" class=\"value\">")
          .append(total).append("</text>\n");
    }
    chartEnd(id);
  }

  /** A series of a line chart: points as (x in [0, 1], y), and a forecast drawn at x = 1 with its interval. */
  private record Series(String name, String colour, List<double[]> points, Optional<Forecast> forecast) {}

  /** Lines over a shared x axis in [0, 1] and a y axis from {@code yMin} to {@code yMax}. */
  private void lines(String title, String table, List<String[]> ticks, double yMin, double yMax, List<Series> series) {
    int height = 300;
    double left = 40;
    double right = WIDTH - 16;
    double top = 10;
    double bottom = height - 30;
    String id = chartStart(title, table, height);
    double step = yMax - yMin > 50 ? 25 : 10;
    for (double y = yMin; y <= yMax + 1e-9; y += step) {
      double py = bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
      body.append("<line x1=\"").append(fixed(left)).append("\" x2=\"").append(fixed(right)).append("\" y1=\"")
          .append(fixed(py)).append("\" y2=\"").append(fixed(py)).append("\" class=\"grid\"/><text x=\"")
          .append(fixed(left - 6)).append("\" y=\"").append(fixed(py + 4)).append("\" class=\"axis\" text-anchor=\"end\">")
          .append(label(BigDecimal.valueOf((long) y))).append("%</text>\n");
    }
    for (String[] t : ticks) {
      double px = left + Double.parseDouble(t[0]) * (right - left);
      body.append("<text x=\"").append(fixed(px)).append("\" y=\"").append(fixed(bottom + 18))
          .append("\" class=\"axis\" text-anchor=\"middle\">").append(esc(t[1])).append("</text>");
    }
    body.append('\n');
    for (Series s : series) {
      StringBuilder path = new StringBuilder();
      double[] lastPoint = null;
      for (double[] p : s.points()) {
        double px = left + p[0] * (right - left);
        double py = bottom - (p[1] - yMin) / (yMax - yMin) * (bottom - top);
        path.append(path.length() == 0 ? "" : " ").append(fixed(px)).append(',').append(fixed(py));
        lastPoint = new double[] {px, py};
      }
      if (path.length() > 0) {
        body.append("<polyline points=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.colour())
            .append("\" stroke-width=\"2.5\"/>\n");
        for (double[] p : s.points()) {
          body.append("<circle cx=\"").append(fixed(left + p[0] * (right - left))).append("\" cy=\"")
              .append(fixed(bottom - (p[1] - yMin) / (yMax - yMin) * (bottom - top))).append("\" r=\"3\" fill=\"")
              .append(s.colour()).append("\"/>");
        }
        body.append('\n');
      }
      if (s.forecast().isPresent() && lastPoint != null) {
        Forecast f = s.forecast().get();
        double fy = bottom - (f.point().doubleValue() - yMin) / (yMax - yMin) * (bottom - top);
        double low = bottom - (f.lower().doubleValue() - yMin) / (yMax - yMin) * (bottom - top);
        double high = bottom - (f.upper().doubleValue() - yMin) / (yMax - yMin) * (bottom - top);
        double fx = right - 4;
        body.append("<line x1=\"").append(fixed(lastPoint[0])).append("\" y1=\"").append(fixed(lastPoint[1]))
            .append("\" x2=\"").append(fixed(fx)).append("\" y2=\"").append(fixed(fy)).append("\" stroke=\"")
            .append(s.colour()).append("\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>")
            .append("<line x1=\"").append(fixed(fx)).append("\" y1=\"").append(fixed(low)).append("\" x2=\"")
            .append(fixed(fx)).append("\" y2=\"").append(fixed(high)).append("\" stroke=\"").append(s.colour())
            .append("\" stroke-width=\"6\" stroke-opacity=\"0.35\"/>")
            .append("<circle cx=\"").append(fixed(fx)).append("\" cy=\"").append(fixed(fy))
            .append("\" r=\"4.5\" fill=\"#fff\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\"/>\n");
      }
    }
    chartEnd(id);
  }

  private String chartStart(String title, String table, int height) {
    String id = "chart-" + (++charts);
    body.append("<figure class=\"chart\">\n<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t\" aria-describedby=\"").append(table)
        .append("-c\" data-table=\"").append(table).append("\">\n<title id=\"").append(id).append("-t\">")
        .append(esc(title)).append("</title>\n");
    return id;
  }

  private void chartEnd(String id) {
    body.append("</svg>\n<figcaption>").append(esc(text("chartText"))).append("</figcaption>\n</figure>\n");
  }

  /** Where a day falls in the plan's year, from 0 to 1; a snapshot taken after the year is drawn at its end. */
  private static double dayFraction(LocalDate day, LocalDate first, LocalDate last) {
    double x = (double) (day.toEpochDay() - first.toEpochDay()) / (last.toEpochDay() - first.toEpochDay());
    return Math.max(0, Math.min(1, x));
  }

  /** Coordinates to two decimals, the same on every machine. */
  private static String fixed(double v) {
    return BigDecimal.valueOf(Math.round(v * 100), 2).stripTrailingZeros().toPlainString();
  }

  /** The command line's texts begin in lower case, as lines of a listing; on the page they begin a sentence. */
  private String sentence(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  private static String cssName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Text as HTML shows it and never runs: in element content and in quoted attribute values alike. */
  static String esc(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final String STYLE = """
      :root{--ink:#1c2530;--muted:#5b6776;--line:#d5dbe3;--band:#f3f6f9;--accent:#0d47a1}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 "Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;color:var(--ink);background:#fff}
      header,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
      header{padding-top:20px;border-bottom:3px solid var(--accent)}
      h1{font-size:1.45rem;line-height:1.3;margin:0 0 6px}
      h2{font-size:1.2rem;margin:28px 0 10px;color:var(--accent)}
      p{margin:6px 0}
      .decision,.as-of,.inputs,.hint,figcaption,footer{color:var(--muted)}
      .as-of{font-weight:600;color:var(--ink)}
      section{break-inside:auto}
      .health strong{padding:2px 10px;border-radius:12px;color:#fff;background:var(--muted)}
      .health-on-track strong{background:#2e7d32}.health-at-risk strong{background:#e0a100;color:#1c2530}
      .health-off-track strong{background:#c62828}
      .counts{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:10px 0}
      .counts li{border:1px solid var(--line);border-radius:6px;padding:4px 12px}
      .counts .n{font-weight:700;font-size:1.15rem}
      .sev-error .n{color:#c62828}.sev-warning .n{color:#a66f00}
      /* Relative: the screen-reader words in a table are placed inside its scroll, not past the page's edge. */
      .scroll{overflow-x:auto;margin:8px 0 16px;position:relative}
      table{border-collapse:collapse;width:100%;font-size:.92rem}
      caption{text-align:left;color:var(--muted);padding:4px 0;caption-side:top;position:sticky;left:0;max-width:calc(100vw - 32px)}
      th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
      #targets-table td:nth-child(2),#tasks-table td:nth-child(2),#findings-table td:nth-child(4){min-width:15em}
      #findings-table td:nth-child(3),#tasks-table td:nth-child(3),#scorecard-table td:nth-child(2){min-width:9em}
      #targets-table td:nth-child(6){min-width:11em}
      thead th{background:var(--band);border-bottom:2px solid #aab4c0;overflow-wrap:normal}
      tbody th[scope=row]{min-width:9em}#agencies-table tbody th{min-width:13em}
      tbody th.label{min-width:0;white-space:nowrap}
      tfoot th,tfoot td{font-weight:700;border-top:2px solid #aab4c0}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tr.behind td:nth-child(6){color:#c62828;font-weight:700}
      th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit}
      .printed{display:none}
      th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
      code{font-size:.85em;overflow-wrap:anywhere}
      #findings-table td:nth-child(2) code{overflow-wrap:normal;white-space:nowrap}
      .outcome{padding:1px 8px;border-radius:10px;white-space:nowrap}
      .outcome-met{background:#e3f1e4;color:#1b5e20}.outcome-not-met{background:#fbe3e3;color:#8e1b1b}
      .outcome-no-data,.outcome-not-measurable{background:#eceff1;color:#455a64}
      .status{white-space:nowrap}.status-overdue{color:#c62828;font-weight:700}.status-due-soon{color:#a66f00;font-weight:700}
      .change-up{color:#2e7d32}.change-down{color:#c62828}.change-same{color:var(--muted)}
      .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      .depth-1 td:nth-child(2){padding-left:1.5em}.depth-2 td:nth-child(2){padding-left:3em}
      .depth-3 td:nth-child(2),.depth-4 td:nth-child(2){padding-left:4.5em}
      .depth-0 td,.depth-0 th{font-weight:700}
      .legend{display:flex;flex-wrap:wrap;gap:6px 16px;list-style:none;padding:0;margin:6px 0;font-size:.9rem}
      .swatch{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px;border-radius:2px}
      figure.chart{margin:8px 0}
      figure.chart svg{width:100%;height:auto;max-width:760px;display:block}
      svg text{font:13px "Noto Sans","DejaVu Sans",Arial,sans-serif;fill:var(--ink)}
      svg text.axis{font-size:12px;fill:var(--muted)}svg text.value{font-weight:700}
      svg .grid{stroke:var(--line);stroke-width:1}
      .forecasts{padding-left:20px}
      footer{border-top:1px solid var(--line);margin-top:32px;padding-bottom:24px;font-size:.85rem}
      @page{size:A4;margin:14mm 12mm}
      @media print{
        body{font-size:10.5pt}
        header,main,footer{max-width:none;padding:0}
        .scroll{overflow:visible}
        thead{display:table-header-group}
        tr,figure.chart{break-inside:avoid}
        h2{break-after:avoid}
        th button{display:none}
        .printed{display:inline}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      """;

  /** Sorting the agencies' table by a column: numbers by their value, names as the page's language orders them. */
  private static final String SCRIPT = """
      document.querySelectorAll('table.sortable').forEach(function (table) {
        table.querySelectorAll('thead th').forEach(function (th, column) {
          th.querySelector('button').addEventListener('click', function () {
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('thead th').forEach(function (other) { other.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var key = function (row) {
              var cell = row.cells[column];
              return cell.hasAttribute('data-sort') ? Number(cell.getAttribute('data-sort')) : cell.textContent;
            };
            rows.sort(function (a, b) {
              var x = key(a), y = key(b);
              var order = typeof x === 'number' ? x - y : x.localeCompare(y, document.documentElement.lang);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
      });
      """;
}
