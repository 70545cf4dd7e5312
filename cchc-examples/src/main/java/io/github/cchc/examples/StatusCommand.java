package io.github.cchc.examples;

import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.report.StatusReport;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.Tally;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cchc status PLAN --progress FILE [--submissions FILE] [--directory FILE] --as-of DATE}: where a plan stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows task, area, agency and plan status and the key targets on a date.")
final class StatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan, a cchc.plan/1 JSON document.")
  Path plan;

  @Mixin
  MonitoringOptions monitoring;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Plan p = monitoring.plan(plan);
    CheckInputs inputs = monitoring.inputs();
    PlanStatus status = inputs.status(p, monitoring.dueSoon());
    CheckReport report = RuleSet.builtIn().check(p, inputs);
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(StatusReport.of(p, status, report), options.locale()));
    } else {
      out.println(monitoring.given(options, inputs));
      text(out, p, status, report);
    }
    out.flush();
    return options.exitCode(report.findings());
  }

  private void text(PrintWriter out, Plan p, PlanStatus status, CheckReport report) {
    Locale locale = options.locale();
    out.println("== " + options.text("status.title", "title", p.title(), "asOf", options.label(status.asOf())));
    out.println(options.text("status.health", "health", options.label(status.health())));
    status.reasons().forEach(r -> out.println("  " + r.message(locale)));
    out.println(options.text("status.rate", "rate", status.onTimeRate().map(r -> options.label(r) + "%")
        .orElse(options.text("status.rateNone")) + status.completionTarget()
        .map(e -> "  (" + e.target().toCanonicalText() + ": " + options.label(e.outcome()) + ")").orElse("")));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {options.text("status.group"), options.text("status.total"), options.text("status.onTime"),
        options.text("status.late"), options.text("status.overdue"), options.text("status.other")});
    rows.add(row(options.text("status.plan"), status.total()));
    status.byArea().forEach((a, t) -> rows.add(row(options.label(a), t)));
    for (Map.Entry<String, Tally> e : status.byLead().entrySet()) {
      rows.add(row(p.directory().nameOf(e.getKey()), e.getValue()));
    }
    for (String[] r : rows) {
      out.println(Text.pad(r[0], 44) + String.format(" %6s %9s %6s %8s %6s", r[1], r[2], r[3], r[4], r[5]));
    }
    out.println();
    List<String[]> tasks = new ArrayList<>();
    tasks.add(new String[] {options.text("status.task"), options.text("status.state"), options.text("status.due"),
        options.text("status.completed")});
    for (TaskState s : status.tasks()) {
      tasks.add(new String[] {Labels.rowLabel(s.row().label(), locale), options.label(s.status()),
          s.dueDate().map(options::label).orElse("-"), s.completedOn().map(options::label).orElse("")});
    }
    Text.table(out, tasks, 14, 22, 11);
    out.println();
    for (TargetEvaluation e : status.keyTargets()) {
      out.println(Text.pad(e.target().label().orElse(""), 6) + " " + Text.pad(options.label(e.outcome()), 16) + " "
          + Text.pad(e.target().toCanonicalText(), 70));
    }
    out.println();
    Findings.text(out, report, options);
  }

  private static String[] row(String name, Tally t) {
    int other = t.total() - t.onTime() - t.late() - t.overdue();
    return new String[] {name, Integer.toString(t.total()), Integer.toString(t.onTime()), Integer.toString(t.late()),
        Integer.toString(t.overdue()), Integer.toString(other)};
  }
}
