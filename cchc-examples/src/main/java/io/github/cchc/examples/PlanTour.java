package io.github.cchc.examples;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportDue;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.read.TaskImport;
import io.github.cchc.rules.status.PlanDiff;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.TaskProgress;
import io.github.cchc.rules.status.TaskState;
import io.github.cchc.rules.status.TaskStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The README's main job: reads the real Hải Phòng 2024 plan, checks it with the built-in rules,
 * and shows where it would stand on 15 October 2024 given synthetic progress.
 *
 * <p>Usage: {@code PlanTour [--lang vi|en] [--json FILE]}. With {@code --json} the plan is also
 * written in cchc's JSON format.
 */
public final class PlanTour {
  private PlanTour() {}

  /**
   * Runs the tour.
   *
   * @param args {@code --lang vi|en} for the language of messages (Vietnamese by default),
   *     {@code --json FILE} to write the plan as JSON
   * @throws IOException if the JSON file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Locale locale = Locale.forLanguageTag("vi");
    Path json = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        locale = Locale.forLanguageTag(args[++i]);
      } else if (args[i].equals("--json") && i + 1 < args.length) {
        json = Path.of(args[++i]);
      } else {
        System.err.println("usage: PlanTour [--lang vi|en] [--json FILE]");
        System.exit(2);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Plan plan = BundledPlan.HAI_PHONG_2024.plan();
    describe(plan, locale, out);
    importTable(locale, out);
    check(plan, locale, out);
    status(plan, locale, out);
    amendment(plan, locale, out);
    roundTrip(plan, json, locale, out);
  }

  private static String t(Locale locale, String key, Object... namesAndValues) {
    return CliText.of(locale, key, namesAndValues);
  }

  static void describe(Plan plan, Locale locale, PrintStream out) {
    out.println("== " + plan.title());
    plan.issuingDocument().ifPresent(d -> out.println("   " + t(locale, "tour.issued", "document", d.toCanonicalText())));
    out.println("   " + t(locale, "tour.parts", "bases", plan.legalBases().size(), "purposes", plan.purposes().size(),
        "measures", plan.measures().size(), "responsibilities", plan.responsibilities().size()));
    out.println();
    out.println("== " + t(locale, "tour.keyTargets"));
    for (Target t : plan.keyTargets()) {
      String indicator = t.indicatorId().flatMap(Indicator::findBuiltIn).map(i -> Labels.of(i, locale))
          .or(() -> t.indicatorId()).orElse("-");
      out.printf("   %-6s %s%n          %s%n", t.label().orElse(""), t.toCanonicalText(), indicator);
    }
    List<Task> rows = plan.allTasks().toList();
    out.println();
    out.println("== " + t(locale, "tour.tasks", "rows", plan.tasks().size(), "all", rows.size()));
    Map<ReformArea, Integer> byArea = new EnumMap<>(ReformArea.class);
    for (Task task : rows) {
      task.area().ifPresent(a -> byArea.merge(a, 1, Integer::sum));
    }
    byArea.forEach((a, n) -> out.printf("   %3d  %s%n", n, Labels.of(a, locale)));
    out.println("   " + t(locale, "tour.reports", "year", plan.year()));
    for (ReportDue r : plan.reportingSchedule().map(s -> s.dueIn(plan.year())).orElse(List.of())) {
      out.println("     " + t(locale, "tour.report", "kind", Labels.of(r.kind(), locale), "quarter", r.quarter(),
          "deadline", Labels.of(r.exclusiveDeadline(), locale), "lastDay", Labels.of(r.lastDay(), locale)));
    }
  }

  static void check(Plan plan, Locale locale, PrintStream out) {
    CheckReport report = RuleSet.builtIn().check(plan);
    out.println();
    out.println("== " + t(locale, "tour.findings", "count", report.findings().size()));
    for (Finding f : report.findings()) {
      out.println("   " + Labels.of(f.severity(), locale) + "  " + f.code() + "  " + f.subject().describe(locale) + "  "
          + f.pointer());
      out.println("      " + f.message(locale));
    }
  }

  /** Progress is synthetic: drawn with a fixed seed, so the demonstration is the same on every run. */
  static ProgressSnapshot syntheticProgress(Plan plan, LocalDate asOf) {
    Random random = new Random(2024);
    List<TaskProgress> progress = new ArrayList<>();
    PlanStatus before = PlanStatus.of(plan, ProgressSnapshot.of(asOf, List.of()));
    for (TaskState s : before.tasks()) {
      double draw = random.nextDouble();
      LocalDate due = s.dueDate().orElse(asOf);
      if (draw < 0.55 && !due.isAfter(asOf)) {
        progress.add(TaskProgress.completed(s.row().pointer(), due.minusDays(random.nextInt(20))));
      } else if (draw < 0.65 && !due.isAfter(asOf)) {
        LocalDate late = due.plusDays(1 + random.nextInt(30));
        progress.add(late.isAfter(asOf) ? TaskProgress.open(s.row().pointer(), 80) : TaskProgress.completed(s.row().pointer(), late));
      } else {
        progress.add(TaskProgress.open(s.row().pointer(), random.nextInt(100)));
      }
    }
    return ProgressSnapshot.of(asOf, progress);
  }

  static void status(Plan plan, Locale locale, PrintStream out) {
    LocalDate asOf = LocalDate.of(2024, 10, 15);
    ProgressSnapshot progress = syntheticProgress(plan, asOf);
    PlanStatus status = PlanStatus.of(plan, progress);
    out.println();
    out.println("== " + t(locale, "tour.status", "asOf", Labels.of(asOf, locale)));
    out.println("   " + t(locale, "status.health", "health", Labels.of(status.health(), locale)));
    status.reasons().forEach(r -> out.println("     " + r.message(locale)));
    out.println("   " + t(locale, "status.rate", "rate", status.onTimeRate().map(r -> Labels.of(r, locale) + "%")
        .orElse(t(locale, "status.rateNone"))));
    status.byArea().forEach((a, tally) -> out.printf("   %3d/%-3d  %s%n", tally.onTime(), tally.total(), Labels.of(a, locale)));
    out.println("   " + t(locale, "tour.overdue", "tasks", String.join(", ", status.tasks().stream()
        .filter(s -> s.status() == TaskStatus.OVERDUE).map(s -> Labels.rowLabel(s.row().label(), locale)).toList())));
    CheckReport withProgress = RuleSet.builtIn().check(plan, CheckInputs.builder().progress(progress).build());
    out.println("   " + t(locale, "tour.overdueFindings", "code", "TASK_OVERDUE", "count", withProgress.findings("TASK_OVERDUE").size(),
        "errors", withProgress.counts().get(Severity.ERROR)));
  }

  /** The plan against a SYNTHETIC amendment of it, as a later decision would make: what changed. */
  static void amendment(Plan plan, Locale locale, PrintStream out) {
    Plan amended = SyntheticData.amendment(plan);
    PlanDiff diff = PlanDiff.between(plan, amended);
    out.println();
    out.println("== " + t(locale, "tour.amendment"));
    out.println("   " + t(locale, "diff.tasks", "added", diff.taskCount(PlanDiff.Change.ADDED),
        "removed", diff.taskCount(PlanDiff.Change.REMOVED), "changed", diff.taskCount(PlanDiff.Change.CHANGED)));
    for (PlanDiff.ItemChange c : diff.tasks()) {
      if (c.change() == PlanDiff.Change.CHANGED) {
        out.println("   ~ " + c.label() + ": " + String.join(", ", c.fields().stream()
            .map(f -> Labels.fieldName(PlanDiff.Part.TASK, f.field(), locale)).toList()));
      }
    }
    out.println("   " + t(locale, "tour.amendmentRebuilt", "equal",
        t(locale, diff.applyTo(plan).equals(amended) ? "yes" : "no")));
  }

  /** The appendix as its rows come (a page break cuts two of them), through the library's table importer. */
  static void importTable(Locale locale, PrintStream out) {
    TaskImport imported = BundledPlan.HAI_PHONG_2024.importer().read(BundledPlan.HAI_PHONG_2024.tableRows());
    out.println();
    out.println("== " + t(locale, "tour.imported", "rows", imported.tasks().size(), "subRows",
        imported.tasks().stream().mapToInt(task -> task.subtasks().size()).sum()));
    Map<String, Long> codes = new TreeMap<>();
    imported.report().findings().forEach(f -> codes.merge(f.code(), 1L, Long::sum));
    out.println("   " + t(locale, "tour.importFindings", "codes", codes));
    imported.report().findings("IMPORT_JOINED_ROW").forEach(f -> out.println("   " + f.message(locale)));
  }

  static void roundTrip(Plan plan, Path file, Locale locale, PrintStream out) throws IOException {
    String json = CchcJson.writePlan(plan);
    Plan back = CchcJson.readPlan(json);
    out.println();
    out.println("== " + t(locale, "tour.json", "chars", json.length(), "equal", t(locale, back.equals(plan) ? "yes" : "no")));
    if (!back.equals(plan)) {
      throw new IllegalStateException("The plan did not survive a JSON round trip");
    }
    if (file != null) {
      Files.writeString(file, json, StandardCharsets.UTF_8);
      out.println("   " + t(locale, "tour.written", "file", file));
    }
  }
}
