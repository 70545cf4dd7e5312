package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.StatedTarget;
import io.github.cchc.model.Target;
import io.github.cchc.model.Timeframe;
import io.github.cchc.model.calendar.WorkingCalendar;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import io.github.cchc.rules.read.DelimitedTables;
import io.github.cchc.rules.read.TaskImport;
import io.github.cchc.rules.read.TaskTableImporter;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.stats.OnTimeDefinition;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's code example, compiled and run here; a second test keeps the README's copy identical. */
class ReadmeExampleTest {
  @Test
  void theExampleRunsAndSaysWhatTheReadmeSays() throws IOException {
    // README:begin
    Timeframe q = Timeframe.parse("Quy 1V/2022 den Quy 1/2023", Year.of(2022)); // OCR'd, no diacritics
    LocalDate due = q.dueDate().orElseThrow();                                   // 2023-03-31
    LocalDate lastDay = Timeframe.parse("Trước ngày 25/01/2024").dueDate().orElseThrow(); // 2024-01-24

    List<Target> targets = Target.parseAll("Tỷ lệ hồ sơ đạt trên 95%; mức độ hài lòng đạt 90% trở lên");
    Target.Outcome outcome = targets.get(0).evaluate(new BigDecimal("95"));    // NOT_MET: "trên" is strict

    DocumentRef odd = DocumentRef.parse("Nghị quyết số 117/NĐ-CP ngày 30/7/2023");
    boolean consistent = odd.isTypeConsistent();                               // false: resolution or decree?

    Plan plan = CchcJson.readPlan(Path.of("cchc-examples/data/hai-phong-2024.json"));
    CheckReport report = RuleSet.builtIn().withSeverity("TASK_NO_COORDINATOR", Severity.WARNING).check(plan);
    report.findings().forEach(f -> System.out.println(f.code() + " " + f.pointer() + " " + f.message()));

    ProgressSnapshot progress = CchcJson.read(
        Files.readString(Path.of("cchc-examples/data/hai-phong-2024.progress.synthetic.json")), ProgressSnapshot.class);
    PlanHealth health = PlanStatus.of(plan, progress).health();                // OFF_TRACK, with its reasons

    LocalDate afterTet = LocalDate.of(2024, 2, 7).with(WorkingCalendar.vietnam().plusWorkingDays(3)); // 2024-02-19
    try (Stream<Dossier> lines = CchcJson.readLines(
        Files.newBufferedReader(Path.of("cchc-examples/data/dossiers-2024.synthetic.jsonl")), Dossier.class)) {
      DossierStatistics stats = DossierStatistics.of(lines, DateRange.of(Year.of(2024)));
      Optional<BigDecimal> rate = stats.rate(OnTimeDefinition.DECISION_766).percent(2); // exact, rounded to show
      System.out.println(rate);
    }

    TaskImport imported = TaskTableImporter.builder().year(Year.of(2024)).directory(plan.directory()).build()
        .read(DelimitedTables.parseTsv(Files.newBufferedReader(Path.of("cchc-examples/data/hai-phong-2024.tasks.tsv"))));
    imported.report().findings("IMPORT_JOINED_ROW").forEach(System.out::println); // rows a page break cut, joined
    // README:end
    assertEquals(LocalDate.of(2023, 3, 31), due);
    assertEquals(LocalDate.of(2024, 1, 24), lastDay);
    assertEquals(2, targets.size());
    assertEquals(Target.Outcome.NOT_MET, outcome);
    assertFalse(consistent);
    assertEquals(Severity.WARNING, report.findings("TASK_NO_COORDINATOR").get(0).severity());
    assertEquals(PlanHealth.OFF_TRACK, health);
    assertEquals(LocalDate.of(2024, 2, 19), afterTet);
    assertEquals(plan.tasks().size(), imported.tasks().size());
    assertEquals(2, imported.report().findings("IMPORT_JOINED_ROW").size());
  }

  @Test
  void theUserRulesRunAndFindWhatTheReadmeSays() throws IOException {
    Plan plan = CchcJson.readPlan(Path.of("cchc-examples/data/hai-phong-2024.json"));
    // README:rules:begin
    RuleSet rules = RuleSet.builtIn()
        // A row's target for an indicator the key targets leave out: the year's aims are stated in part only.
        .with("TARGET_ONLY_IN_TABLE", Severity.INFO, "Nhiệm vụ {task} đặt chỉ tiêu \"{text}\" mà phần chỉ tiêu chủ yếu không nêu",
            "Task {task} sets the target \"{text}\", which the key targets leave out", (p, ctx) -> {
              Set<String> stated = new HashSet<>();
              p.keyTargets().forEach(t -> t.indicatorId().ifPresent(stated::add));
              for (StatedTarget s : p.statedTargets()) {
                if (s.row().isPresent() && s.target().indicatorId().filter(id -> !stated.contains(id)).isPresent()) {
                  ctx.report(Subject.of(Subject.Kind.TASK, s.label()), s.pointer(),
                      Map.of("task", s.label(), "text", s.target().toCanonicalText()));
                }
              }
            })
        // A row work is done on whose lead, its own or its parent row's, is no agency of the directory.
        .with("TASK_LEAD_UNKNOWN", Severity.INFO, "Nhiệm vụ {task}: cơ quan chủ trì \"{lead}\" không có trong danh mục",
            "Task {task}: lead \"{lead}\" is not in the directory", (p, ctx) -> ctx.leaves().forEach(row ->
                row.leads().stream().filter(lead -> lead.kind() == Party.Kind.NAMED).forEach(lead -> ctx.report(
                    Subject.of(Subject.Kind.TASK, row.label()), row.pointer() + "/leads",
                    Map.of("task", row.label(), "lead", lead.ref())))));
    CheckReport mine = rules.check(plan);
    mine.findings("TARGET_ONLY_IN_TABLE").forEach(f -> System.out.println(f.message()));
    // README:rules:end
    List<String> onlyInTable = mine.findings("TARGET_ONLY_IN_TABLE").stream().map(f -> f.pointer()).toList();
    // Row 25's fully online procedures and dossiers, row 48's disbursement, row 51's online payments.
    assertEquals(List.of("/tasks/24/targets/0", "/tasks/24/targets/1", "/tasks/48/targets/0", "/tasks/51/targets/0"),
        onlyInTable);
    assertEquals("Nhiệm vụ 48 đặt chỉ tiêu \"tối thiểu 95% kế hoạch\" mà phần chỉ tiêu chủ yếu không nêu",
        mine.findings("TARGET_ONLY_IN_TABLE").get(2).message());
    List<String> unknown = mine.findings("TASK_LEAD_UNKNOWN").stream().map(f -> f.pointer()).toList();
    assertEquals(List.of("/tasks/27/leads", "/tasks/28/leads", "/tasks/29/leads"), unknown);
    assertEquals(RuleSet.builtIn().check(plan).findings().size() + 7, mine.findings().size(),
        "the built-in findings, and the users' seven");
    assertEquals(List.of("TARGET_ONLY_IN_TABLE", "TASK_LEAD_UNKNOWN"),
        rules.codes().subList(rules.codes().size() - 2, rules.codes().size()), "users' rules in the order added");
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws IOException {
    String source = Files.readString(Path.of("cchc-examples/src/test/java/io/github/cchc/examples/ReadmeExampleTest.java"),
        StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertEquals(region(source, "README", 4), block(readme, "## A taste"));
    assertEquals(region(source, "README:rules", 4), block(readme, "## Your own rules"));
    assertTrue(readme.contains("bin/cchc check cchc-examples/data/hai-phong-2024.json"));
  }

  /** The lines between "// NAME:begin" and "// NAME:end", without the method body's indent. */
  private static String region(String source, String name, int indent) {
    String begin = "// " + name + ":begin\n";
    int start = source.indexOf(begin) + begin.length();
    int end = source.lastIndexOf('\n', source.indexOf("// " + name + ":end")) + 1;
    return source.substring(start, end).lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }

  private static String block(String readme, String heading) {
    int start = readme.indexOf("```java\n", readme.indexOf(heading)) + "```java\n".length();
    return readme.substring(start, readme.indexOf("\n```", start));
  }
}
