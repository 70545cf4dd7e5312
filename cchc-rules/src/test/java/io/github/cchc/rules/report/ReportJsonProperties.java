package io.github.cchc.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Dossier;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import io.github.cchc.rules.read.TaskImport;
import io.github.cchc.rules.read.TaskTableImporter;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.stats.Scorecards;
import io.github.cchc.rules.status.PlanDiff;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.testing.CchcArbitraries;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the report documents write, they read back equal, in either language; every document holds
 * to the shipped JSON Schema; a document that is not what it says is refused with a JSON Pointer.
 */
class ReportJsonProperties {
  private static final SchemaCheck SCHEMA = new SchemaCheck(CchcJson.readTree(ReportJson.schema()));

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);
  }

  private static void holdsToTheSchema(String json, String def) {
    JsonNode tree = CchcJson.readTree(json);
    List<String> errors = SCHEMA.errors(tree, def);
    assertTrue(errors.isEmpty(), errors + "\n" + json);
    assertTrue(SCHEMA.errors(tree, def).isEmpty());
  }

  @Property(tries = 60)
  void plansComparedReadBackEqual(@ForAll Plan older, @ForAll Plan newer, @ForAll("languages") Locale language) {
    PlanDiff diff = PlanDiff.between(older, newer);
    String json = ReportJson.write(diff, language);
    holdsToTheSchema(json, "DiffDocument");
    PlanDiff back = ReportJson.readDiff(json);
    assertEquals(diff, back);
    assertEquals(json, ReportJson.write(back, language), "written again, the same document");
    assertEquals(newer, back.applyTo(older), "what was read back still rebuilds the newer plan");
  }

  @Property(tries = 60)
  void everyFieldAComparisonCanNameHasANameInBothLanguages(@ForAll Plan plan) {
    JsonNode tree = CchcJson.toTree(plan);
    for (Locale language : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      tree.propertyNames().stream().filter(f -> !List.of("format", "tasks", "keyTargets").contains(f))
          .forEach(f -> assertTrue(!Labels.fieldName(PlanDiff.Part.PLAN, f, language).isBlank()));
      for (JsonNode task : tree.get("tasks")) {
        task.propertyNames().forEach(f -> assertTrue(!Labels.fieldName(PlanDiff.Part.TASK, f, language).isBlank()));
      }
      for (JsonNode target : tree.get("keyTargets")) {
        target.propertyNames().forEach(f -> assertTrue(!Labels.fieldName(PlanDiff.Part.KEY_TARGET, f, language).isBlank()));
      }
    }
  }

  @Property(tries = 30)
  void aPlanAndItsAmendmentsReadBackEqual(@ForAll("consistentPlans") Plan plan, @ForAll("edits") List<Integer> edits,
      @ForAll("languages") Locale language) {
    Plan amended = io.github.cchc.rules.status.PlanDiffProperties.amend(plan, edits);
    LocalDate day = plan.year().atDay(120);
    PlanRevisions revisions = PlanRevisions.of(plan).amend(day, io.github.cchc.model.DocumentRef.of(
        io.github.cchc.model.DocumentType.DECISION, Optional.of("12/QĐ-UBND"), Optional.of(day)), amended);
    String json = ReportJson.write(revisions, language);
    holdsToTheSchema(json, "RevisionsDocument");
    PlanRevisions back = ReportJson.readRevisions(json);
    assertEquals(revisions, back);
    assertEquals(amended, back.latest());
    assertEquals(json, ReportJson.write(back, language));
  }

  @Test
  void anAmendmentThatDoesNotApplyIsRefusedWithItsPointer() {
    Plan plan = CchcArbitraries.consistentPlans().sample();
    Plan amended = io.github.cchc.rules.status.PlanDiffProperties.amend(plan, List.of(0, 1));
    LocalDate day = plan.year().atDay(120);
    PlanRevisions revisions = PlanRevisions.of(plan).amend(day, io.github.cchc.model.DocumentRef.of(
        io.github.cchc.model.DocumentType.DECISION, Optional.of("12/QĐ-UBND"), Optional.of(day)), amended);
    String json = ReportJson.write(revisions, Locale.ENGLISH).replace("\"older\" : \"" + plan.id() + "\"",
        "\"older\" : \"another-plan\"");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> ReportJson.readRevisions(json));
    assertEquals("/revisions/0", e.getPointer());
    JsonFormatException badYear = assertThrows(JsonFormatException.class,
        () -> ReportJson.readRevisions(ReportJson.write(revisions, Locale.ENGLISH).replaceFirst("\"year\" : " + plan.year(),
            "\"year\" : \"" + plan.year() + "\"")));
    assertEquals("/original/year", badYear.getPointer());
  }

  @Property(tries = 40)
  void historiesReadBackEqual(@ForAll("consistentPlans") Plan plan, @ForAll long seed, @ForAll("months") int months,
      @ForAll("languages") Locale language) {
    List<io.github.cchc.rules.status.ProgressSnapshot> series =
        io.github.cchc.rules.status.HistoryProperties.monthly(plan, seed).subList(0, months);
    io.github.cchc.rules.status.PlanHistory history = io.github.cchc.rules.status.PlanHistory.of(plan, series,
        io.github.cchc.rules.status.HistoryProperties.measurements(plan, seed, months));
    HistoryReport report = HistoryReport.of(plan, history);
    String json = ReportJson.write(report, language);
    holdsToTheSchema(json, "HistoryDocument");
    HistoryReport back = ReportJson.readHistory(json);
    assertEquals(report, back);
    assertEquals(json, ReportJson.write(back, language), "written again, the same document");
  }

  @Property(tries = 40)
  void programmeProgressReadsBackEqualAndHoldsToTheSchema(@ForAll io.github.cchc.model.Programme programme,
      @ForAll long seed, @ForAll("languages") Locale language) {
    java.util.Random random = new java.util.Random(seed);
    List<io.github.cchc.rules.status.Measurement> results = new java.util.ArrayList<>();
    for (int year = programme.firstYear().getValue(); year <= programme.lastYear().getValue(); year++) {
      for (io.github.cchc.model.Indicator indicator : io.github.cchc.model.Indicator.builtIns()) {
        if (random.nextInt(3) > 0) {
          LocalDate end = java.time.Year.of(year).atMonth(12).atEndOfMonth();
          results.add(io.github.cchc.rules.status.Measurement.builder().indicatorId(indicator.id())
              .value(java.math.BigDecimal.valueOf(random.nextInt(10_001), 2)).periodStart(end.withDayOfYear(1))
              .periodEnd(end).measuredOn(end).build());
        }
      }
    }
    io.github.cchc.rules.status.ProgrammeProgress progress = io.github.cchc.rules.status.ProgrammeProgress.of(programme, results);
    String json = ReportJson.write(progress, language);
    holdsToTheSchema(json, "ProgrammeProgressDocument");
    assertEquals(progress, ReportJson.readProgrammeProgress(json));
  }

  @Test
  void aHistoryWhoseForecastContradictsItselfIsRefusedWithItsPointer() {
    Plan plan = CchcArbitraries.consistentPlans().filter(p -> !p.trackedItems().isEmpty()).sample();
    HistoryReport report = HistoryReport.of(plan, io.github.cchc.rules.status.PlanHistory.of(plan,
        io.github.cchc.rules.status.HistoryProperties.monthly(plan, 7)));
    String json = ReportJson.write(report, Locale.ENGLISH);
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> ReportJson.readHistory(
        json.replaceFirst("\"onTimeForecast\" : \\{\\s*\"point\" : [0-9.]+", "\"onTimeForecast\" : { \"point\" : 101")));
    assertEquals("/onTimeForecast", e.getPointer());
    JsonFormatException settled = assertThrows(JsonFormatException.class, () -> ReportJson.readHistory(
        json.replaceFirst("\"settled\" : false", "\"settled\" : \"no\"")));
    assertTrue(settled.getPointer().endsWith("/settled"), settled.getPointer());
  }

  @Provide
  Arbitrary<Integer> months() {
    return Arbitraries.integers().between(1, 12);
  }

  @Provide
  Arbitrary<Plan> consistentPlans() {
    return CchcArbitraries.consistentPlans();
  }

  @Provide
  Arbitrary<List<Integer>> edits() {
    return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(4);
  }

  @Test
  void aComparisonWhoseOriginsContradictItsChangesIsRefusedWithItsPointer() {
    Plan plan = CchcArbitraries.consistentPlans().sample();
    String json = ReportJson.write(PlanDiff.between(plan, plan), Locale.ENGLISH).replaceFirst("\"taskOrigins\" : \\[ 0", "\"taskOrigins\" : [ 7");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> ReportJson.readDiff(json));
    assertTrue(e.getMessage().contains("origin"), e.getMessage());
  }

  @Property(tries = 60)
  void checkReportsReadBackEqual(@ForAll Plan plan, @ForAll("languages") Locale language) {
    CheckReport report = RuleSet.builtIn().check(plan);
    String json = ReportJson.write(report, language);
    CheckReport back = ReportJson.readCheck(json);
    assertEquals(report, back);
    assertEquals(json, ReportJson.write(back, language), "written again, the same document");
    for (int i = 0; i < report.findings().size(); i++) {
      assertEquals(report.findings().get(i).message(Locale.ENGLISH), back.findings().get(i).message(Locale.ENGLISH));
    }
    holdsToTheSchema(json, "CheckDocument");
  }

  @Property(tries = 40)
  void statusReportsReadBackEqual(@ForAll Plan plan, @ForAll("languages") Locale language) {
    LocalDate asOf = plan.year().atDay(180);
    CheckInputs inputs = CheckInputs.builder().progress(ProgressSnapshot.of(asOf, List.of())).build();
    PlanStatus status = inputs.status(plan, Period.ofDays(14));
    StatusReport report = StatusReport.of(plan, status, RuleSet.builtIn().check(plan, inputs));
    String json = ReportJson.write(report, language);
    assertEquals(report, ReportJson.readStatus(json));
    holdsToTheSchema(json, "StatusDocument");
  }

  @Property(tries = 40)
  void dossierReportsReadBackEqual(@ForAll("dossierLists") List<Dossier> dossiers, @ForAll("languages") Locale language) {
    DateRange year = DateRange.of(Year.of(2024));
    Map<String, DossierStatistics> groups = DossierStatistics.groupBy(dossiers.stream(), year, Dossier::agencyId);
    DossierStatistics all = DossierStatistics.of(dossiers.stream(), year);
    Map<String, DossierReport.Figures> figures = new java.util.LinkedHashMap<>();
    groups.forEach((k, s) -> figures.put(k, DossierReport.Figures.of(s)));
    DossierReport report = new DossierReport(year.start(), year.end(), DossierReport.Figures.of(all), figures,
        CheckReport.of(all.findings()));
    String json = ReportJson.write(report, language);
    assertEquals(report, ReportJson.readDossiers(json));
    holdsToTheSchema(json, "DossiersDocument");
  }

  @Provide
  Arbitrary<List<Dossier>> dossierLists() {
    return CchcArbitraries.dossiers().list().ofMaxSize(40);
  }

  @Property(tries = 40)
  void scoreReportsReadBackEqual(@ForAll Scorecard previous, @ForAll Scorecard card, @ForAll("languages") Locale language) {
    ScoreReport report = ScoreReport.of(card, Scorecards.compare(previous, card), CheckReport.of(Scorecards.check(card)));
    String json = ReportJson.write(report, language);
    assertEquals(report, ReportJson.readScore(json));
    holdsToTheSchema(json, "ScoreDocument");
  }

  @Test
  void importReportsReadBackEqual() {
    TaskImport imported = TaskTableImporter.builder().year(Year.of(2024)).build().read(List.of(
        List.of("TT", "Nội dung công việc", "Cơ quan chủ trì", "Ghi chú"),
        List.of("1", "Ban hành kế hoạch", "Sở Nội vụ", "x"),
        List.of("", "", "", "")));
    ImportReport report = new ImportReport(imported.tasks().size(), imported.report());
    for (Locale language : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      String json = ReportJson.write(report, language);
      assertEquals(report, ReportJson.readImport(json));
      holdsToTheSchema(json, "ImportDocument");
    }
    assertTrue(report.findings().findings().size() >= 3, report.toString());
  }

  @Test
  void aUsersFindingReadsBackWithItsFactsAndMessage() {
    Finding mine = Finding.of("MEASURE_LABEL_REPEATED", Severity.WARNING, Subject.of(Subject.Kind.AREA, "ORGANISATION"),
        "/measures/19", Map.of("label", "d)", "count", 2L), "Mục {label} in {count} lần", "Measure {label} printed {count} times");
    CheckReport back = ReportJson.readCheck(ReportJson.write(CheckReport.of(List.of(mine)), Locale.ENGLISH));
    assertEquals(mine, back.findings().get(0));
    assertEquals("Measure d) printed 2 times", back.findings().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aDocumentThatIsNotWhatItSaysIsRefusedWithItsPointer() {
    String json = ReportJson.write(RuleSet.builtIn().check(io.github.cchc.rules.Seeds.plan2024(List.of()).build()),
        Locale.ENGLISH);
    JsonFormatException wrongKind = assertThrows(JsonFormatException.class, () -> ReportJson.readStatus(json));
    assertEquals("/format", wrongKind.getPointer());
    JsonFormatException unknown = assertThrows(JsonFormatException.class,
        () -> ReportJson.readCheck(json.replace("\"pointer\"", "\"path\"")));
    assertTrue(unknown.getPointer().startsWith("/findings/0"), unknown.getPointer());
    assertTrue(unknown.getMessage().contains("path"), unknown.getMessage());
    JsonFormatException badSeverity = assertThrows(JsonFormatException.class,
        () -> ReportJson.readCheck(json.replaceFirst("\"severity\" : \"[A-Z]+\"", "\"severity\" : \"FATAL\"")));
    assertEquals("/findings/0/severity", badSeverity.getPointer());
    JsonFormatException badFact = assertThrows(JsonFormatException.class,
        () -> ReportJson.readCheck(json.replaceFirst("\"plan\" : \"[^\"]+\"", "\"plan\" : 7")));
    assertTrue(badFact.getPointer().startsWith("/findings/"), badFact.getPointer());
    assertTrue(Optional.ofNullable(badFact.getMessage()).orElse("").contains("7"), badFact.getMessage());
  }
}
