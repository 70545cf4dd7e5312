package io.github.cchc.examples;

import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.Tally;
import io.github.cchc.rules.status.TargetEvaluation;
import io.github.cchc.rules.status.TaskState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cchc status PLAN --progress FILE --as-of DATE}: where a plan stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows task, area, agency and plan status and the key targets on a date.")
final class StatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan, a cchc.plan/1 JSON document.")
  Path plan;

  @Option(names = "--progress", required = true, paramLabel = "FILE", description = "The progress, a ProgressSnapshot JSON object.")
  Path progress;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The date to judge as of (yyyy-mm-dd).")
  LocalDate asOf;

  @Option(names = "--due-soon", paramLabel = "DAYS", defaultValue = "14", description = "Days before its due date an open task is due soon (default: ${DEFAULT-VALUE}).")
  int dueSoon;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Plan p = CommonOptions.read(plan, CchcJson::readPlan);
    ProgressSnapshot snapshot = CommonOptions.read(progress, f -> CchcJson.read(f, ProgressSnapshot.class));
    if (dueSoon < 0) {
      throw new IllegalArgumentException("--due-soon must not be negative, was " + dueSoon);
    }
    CheckInputs inputs = CheckInputs.builder().asOf(asOf).progress(snapshot).build();
    PlanStatus status = inputs.status(p, Period.ofDays(dueSoon));
    CheckReport report = RuleSet.builtIn().check(p, inputs);
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(Findings.JSON.writeValueAsString(json(p, status, report)));
    } else {
      text(out, p, status, report);
    }
    out.flush();
    return options.exitCode(report.findings());
  }

  private ObjectNode json(Plan p, PlanStatus status, CheckReport report) {
    ObjectNode root = Findings.JSON.createObjectNode();
    root.put("plan", p.id());
    root.put("asOf", status.asOf().toString());
    root.put("health", status.health().name());
    ArrayNode reasons = root.putArray("reasons");
    status.reasons().forEach(reasons::add);
    status.onTimeRate().ifPresent(r -> root.put("onTimeRate", r));
    status.completionTarget().ifPresent(e -> root.put("completionTarget", e.outcome().name()));
    root.set("total", tally(status.total()));
    ObjectNode areas = root.putObject("byArea");
    status.byArea().forEach((a, t) -> areas.set(a.name(), tally(t)));
    ObjectNode leads = root.putObject("byLead");
    status.byLead().forEach((l, t) -> leads.set(l, tally(t)));
    ArrayNode tasks = root.putArray("tasks");
    for (TaskState s : status.tasks()) {
      ObjectNode n = tasks.addObject();
      n.put("task", s.row().label());
      n.put("path", s.row().pointer());
      n.put("status", s.status().name());
      s.dueDate().ifPresent(d -> n.put("due", d.toString()));
      s.completedOn().ifPresent(d -> n.put("completedOn", d.toString()));
    }
    ArrayNode targets = root.putArray("keyTargets");
    for (TargetEvaluation e : status.keyTargets()) {
      ObjectNode n = targets.addObject();
      e.target().label().ifPresent(l -> n.put("label", l));
      n.put("target", e.target().toCanonicalText());
      n.put("outcome", e.outcome().name());
    }
    root.set("findings", Findings.json(report, options).get("findings"));
    return root;
  }

  private static ObjectNode tally(Tally t) {
    ObjectNode n = Findings.JSON.createObjectNode();
    t.counts().forEach((s, c) -> n.put(s.name(), c));
    n.put("total", t.total());
    return n;
  }

  private void text(PrintWriter out, Plan p, PlanStatus status, CheckReport report) {
    boolean en = options.english();
    out.println("== " + p.title() + (en ? ", as of " : ", ngày ") + status.asOf());
    out.println((en ? "health: " : "tình hình: ") + status.health());
    status.reasons().forEach(r -> out.println("  " + r));
    out.println((en ? "on-time rate: " : "tỷ lệ đúng hạn: ")
        + status.onTimeRate().map(r -> r.toPlainString() + "%").orElse(en ? "none due yet" : "chưa có nhiệm vụ đến hạn")
        + status.completionTarget().map(e -> "  (" + e.target().toCanonicalText() + ": " + e.outcome() + ")").orElse(""));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {en ? "group" : "nhóm", "total", "on time", "late", "overdue", en ? "other" : "khác"});
    rows.add(row(en ? "plan" : "kế hoạch", status.total()));
    status.byArea().forEach((a, t) -> rows.add(row(a.name(), t)));
    for (Map.Entry<String, Tally> e : status.byLead().entrySet()) {
      rows.add(row(p.directory().nameOf(e.getKey()), e.getValue()));
    }
    for (String[] r : rows) {
      out.println(Text.pad(r[0], 44) + String.format(" %6s %8s %6s %8s %6s", r[1], r[2], r[3], r[4], r[5]));
    }
    out.println();
    List<String[]> tasks = new ArrayList<>();
    for (TaskState s : status.tasks()) {
      tasks.add(new String[] {s.row().label(), s.status().name(), s.dueDate().map(LocalDate::toString).orElse("-"),
          s.completedOn().map(LocalDate::toString).orElse("")});
    }
    Text.table(out, tasks, 12, 18, 10);
    out.println();
    for (TargetEvaluation e : status.keyTargets()) {
      out.println(Text.pad(e.target().label().orElse(""), 6) + " " + Text.pad(e.outcome().name(), 14) + " "
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
