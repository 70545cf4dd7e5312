package io.github.cchc.examples;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.HistoryReport;
import io.github.cchc.rules.report.PlanSummary;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.status.PlanHistory;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.Tally;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskState;
import io.github.cchc.rules.status.TaskStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cchc status PLAN --progress FILE [--submissions FILE] [--directory FILE] --as-of DATE}: where a plan stands;
 * {@code cchc status PLAN --history DIR|FILE...}: how it went through the year, and where it is heading.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows task, area, agency and plan status and the key targets on a date.")
final class StatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan, a cchc.plan/2 JSON document, or the plan and "
      + "its amendments, a cchc.revisions/1 document: the revision in force on each date is judged.")
  Path plan;

  @Mixin
  MonitoringOptions monitoring;

  @Option(names = "--history", arity = "1..*", paramLabel = "DIR|FILE",
      description = "Progress snapshots through the year (a directory of ProgressSnapshot JSON files, or the files): "
          + "the completion and on-time curves, the changes of status, the key targets' course with --measurements, and "
          + "the year-end forecasts, instead of --progress and --as-of.")
  List<Path> history;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    if (history != null && !history.isEmpty()) {
      return history();
    }
    return monitoring.show(plan, options, (out, e) -> text(out, e.plan(), e.status(), e.report(),
        monitoring.given(options, e.inputs())));
  }

  private Integer history() {
    PlanRevisions revisions = monitoring.revisions(plan);
    Plan p = revisions.latest();
    List<ProgressSnapshot> snapshots = snapshots(history);
    PlanHistory h;
    try {
      h = PlanHistory.of(revisions, snapshots, monitoring.measurements());
    } catch (IllegalArgumentException e) {
      throw Failure.of("error.history", "problem", e.getMessage());
    }
    PrintWriter out = options.out();
    Locale locale = options.locale();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(HistoryReport.of(p, h), locale));
      out.flush();
      return 0;
    }
    out.println(p.title());
    for (int i = 0; i < revisions.revisions().size(); i++) {
      PlanRevisions.Revision r = revisions.revisions().get(i);
      out.println(options.text("history.revision", "n", i + 1, "from", options.label(r.effectiveFrom()),
          "decision", r.decision().text()));
    }
    if (h.points().isEmpty()) {
      out.println(options.text("history.none"));
    } else {
      curves(out, h);
    }
    targets(out, h);
    h.health().ifPresent(health -> {
      out.println(options.text("history.health", "health", options.label(health)));
      h.reasons().forEach(r -> out.println("  " + r.message(locale)));
    });
    out.flush();
    return 0;
  }

  /** The progress snapshots of {@code --history}: each directory's JSON files in name order, and the files named. */
  static List<ProgressSnapshot> snapshots(List<Path> history) {
    List<ProgressSnapshot> snapshots = new ArrayList<>();
    for (Path given : history) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(given)) {
        try (Stream<Path> listed = Files.list(given)) {
          listed.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw Failure.in(given, e);
        }
      } else {
        files.add(given);
      }
      for (Path f : files) {
        snapshots.add(CommonOptions.read(f, g -> CchcJson.read(g, ProgressSnapshot.class)));
      }
    }
    return snapshots;
  }

  private void curves(PrintWriter out, PlanHistory h) {
    boolean amended = h.points().stream().anyMatch(pt -> pt.revision() > 0);
    out.println(options.text("history.title", "count", h.points().size(),
        "from", options.label(h.points().get(0).asOf()), "to", options.label(h.points().get(h.points().size() - 1).asOf())));
    out.println((String.format("  %-12s %11s %9s %6s %8s %10s %12s", options.text("history.date"), options.text("history.due"),
        options.text("status.onTime"), options.text("status.late"), options.text("status.overdue"),
        options.text("history.rate"), options.text("history.completion"))
        + (amended ? "  " + options.text("history.revisionColumn") : "")).stripTrailing());
    for (PlanHistory.Point pt : h.points()) {
      out.println((String.format("  %-12s %11d %9d %6d %8d %10s %12s", options.label(pt.asOf()), pt.due(), pt.onTime(),
          pt.late(), pt.overdue(), pt.onTimeRate().map(r -> options.label(r) + "%").orElse("—"),
          pt.completionRate().map(r -> options.label(r) + "%").orElse("—"))
          + (amended ? "  " + pt.revision() : "")).stripTrailing());
    }
    Map<TaskStatus, Long> arrivals = new EnumMap<>(TaskStatus.class);
    h.transitions().forEach(t -> arrivals.merge(t.to(), 1L, Long::sum));
    List<String> changes = new ArrayList<>();
    arrivals.forEach((s, n) -> changes.add(options.label(s) + " " + n));
    out.println(options.text("history.transitions", "count", h.transitions().size(), "into", String.join(", ", changes)));
    out.println(h.onTimeForecast().map(f -> options.text("history.forecast", "point", options.label(f.point()),
            "lower", options.label(f.lower()), "upper", options.label(f.upper()), "due", f.observed(), "later", f.remaining()))
        .orElse(options.text("history.noForecast", "min", PlanHistory.MIN_POINTS_FOR_FORECAST)));
    h.completionForecast().ifPresent(f -> out.println(options.text("history.completionForecast",
        "point", options.label(f.point()), "lower", options.label(f.lower()), "upper", options.label(f.upper()))));
  }

  private void targets(PrintWriter out, PlanHistory h) {
    if (h.targets().stream().allMatch(c -> c.points().isEmpty())) {
      return;
    }
    out.println(options.text("history.targets"));
    for (PlanHistory.TargetCourse c : h.targets()) {
      if (c.points().isEmpty()) {
        continue;
      }
      String unit = c.target().unit() == io.github.cchc.model.Target.Unit.PERCENT ? "%" : "";
      out.println("  " + c.label() + "  " + c.target().toCanonicalText());
      for (PlanHistory.TargetPoint pt : c.points()) {
        out.println(String.format("      %-12s %10s  %s", options.label(pt.periodEnd()), options.label(pt.value()) + unit,
            options.label(pt.outcome())));
      }
      out.println("      " + c.forecast().map(f -> options.text("history.targetForecast", "point", options.label(f.point()) + unit,
          "lower", options.label(f.lower()) + unit, "upper", options.label(f.upper()) + unit,
          "method", options.text("history.method." + f.method().name().toLowerCase(Locale.ROOT)),
          "outcome", options.text(c.forecastSettled() ? "history.likely" : "history.possibly",
              "outcome", options.label(c.forecastOutcome().orElseThrow()))))
          .orElse(options.text("history.noTargetForecast", "min", PlanHistory.MIN_POINTS_FOR_FORECAST,
              "trend", io.github.cchc.rules.status.Forecast.MIN_TREND_POINTS)));
    }
  }

  private void text(PrintWriter out, Plan p, PlanStatus status, CheckReport report, String inputs) {
    Locale locale = options.locale();
    Findings.summary(out, PlanSummary.of(p, report, status), Optional.of(status.asOf()), options, inputs);
    out.println();
    out.println(options.text("status.keyTargets"));
    for (TargetEvaluation e : status.keyTargets()) {
      String indicator = e.target().indicatorId().flatMap(Indicator::findBuiltIn).map(options::label)
          .orElse(e.target().indicatorId().orElse(""));
      String target = Text.pad(e.target().toCanonicalText(), 28).stripTrailing();
      String unit = e.target().unit() == io.github.cchc.model.Target.Unit.PERCENT ? "%" : "";
      String outcome = options.label(e.outcome()) + e.measured().map(v -> " (" + options.label(v) + unit + ")").orElse("");
      out.println(("  " + Text.pad(e.target().label().orElse(""), 6) + Text.pad(outcome, 24)
          + Text.pad(target, 29) + Text.pad(indicator, Text.WIDTH - 61)).stripTrailing());
    }
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {options.text("status.areas"), options.text("status.total"), options.text("status.onTime"),
        options.text("status.late"), options.text("status.overdue"), options.text("status.other")});
    rows.add(row(options.text("status.plan"), status.total()));
    status.byArea().forEach((a, t) -> rows.add(row(options.label(a), t)));
    if (options.verbose) {
      rows.add(new String[] {options.text("status.leads"), "", "", "", "", ""});
      for (Map.Entry<String, Tally> e : status.byLead().entrySet()) {
        rows.add(row(p.directory().nameOf(e.getKey()), e.getValue()));
      }
    }
    for (String[] r : rows) {
      out.println((Text.pad(r[0], 44) + String.format(" %6s %9s %6s %8s %6s", r[1], r[2], r[3], r[4], r[5])).stripTrailing());
    }
    out.println();
    out.println(options.text(options.verbose ? "status.allTasks" : "status.attention"));
    List<String[]> tasks = new ArrayList<>();
    tasks.add(new String[] {options.text("status.task"), options.text("status.state"), options.text("status.due"),
        options.text("status.completed")});
    for (TaskState s : status.tasks()) {
      if (options.verbose || s.status() == TaskStatus.OVERDUE || s.status() == TaskStatus.DUE_SOON) {
        tasks.add(new String[] {Labels.rowLabel(s.row().label(), locale), options.label(s.status()),
            s.dueDate().map(options::label).orElse("-"), s.completedOn().map(options::label).orElse("")});
      }
    }
    if (tasks.size() == 1) {
      out.println("  " + options.text("status.none"));
    } else {
      Text.table(out, tasks, 14, 22, 11);
    }
    if (options.verbose) {
      Findings.grouped(out, report.findings(), options);
      return;
    }
    // The plan's own findings are what check shows; status shows what progress and the other inputs add.
    java.util.Set<Finding> own = new java.util.HashSet<>(RuleSet.builtIn().check(p).findings());
    List<Finding> added = report.findings().stream().filter(f -> !own.contains(f)).toList();
    out.println();
    out.println(options.text("findings.added", "count", added.size()));
    Findings.grouped(out, added, options);
    out.println();
    out.println(options.text("findings.ownOnly", "count", report.findings().size() - added.size(), "command",
        "cchc check", "option", "--verbose"));
  }

  private static String[] row(String name, Tally t) {
    int other = t.total() - t.onTime() - t.late() - t.overdue();
    return new String[] {name, Integer.toString(t.total()), Integer.toString(t.onTime()), Integer.toString(t.late()),
        Integer.toString(t.overdue()), Integer.toString(other)};
  }
}
