package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.status.Forecast;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.ProgrammeProgress;
import io.github.cchc.testing.CchcGenerators;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Yearly plans checked against the programme above them, and a programme followed through its years. */
class ProgrammeProperties implements CchcGenerators {
  private static final Plan PLAN_2024 = bundled();

  static Plan bundled() {
    Path file = Path.of("cchc-examples", "data", "hai-phong-2024.json");
    return CchcJson.readPlan(Files.exists(file) ? file : Path.of("..").resolve(file));
  }

  static Programme programme(int firstYear, int lastYear, List<Target> targets) {
    return Programme.builder().id("ct").title("Chương trình thử").phases(List.of(
        Programme.Phase.of("Giai đoạn " + firstYear + " – " + lastYear, Year.of(firstYear), Year.of(lastYear), targets),
        Programme.Phase.of("Giai đoạn sau", Year.of(lastYear + 1), Year.of(lastYear + 5), List.of()))).build();
  }

  static Target parsed(String sentence, int year) {
    Target t = Target.parseAll(sentence, Year.of(year)).get(0);
    return Indicator.recognise(sentence).map(t::withIndicator).orElse(t);
  }

  private static List<Finding> check(Plan plan, Programme programme) {
    return RuleSet.builtIn().check(plan, CheckInputs.builder().programme(programme).build()).findings().stream()
        .filter(f -> f.code().startsWith("PROGRAMME_")).toList();
  }

  @Example
  void theSeedPlansDossierTargetBelowTheProgrammesIsWeakerAndOneAboveIsNot() {
    Target dossiers98 = parsed("Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 98%", 2025);
    assertEquals(Optional.of(Indicator.DOSSIERS_ON_TIME.id()), dossiers98.indicatorId());
    List<Finding> weaker = check(PLAN_2024, programme(2021, 2025, List.of(dossiers98)));
    assertEquals(1, weaker.size(), weaker.toString());
    Finding f = weaker.get(0);
    assertEquals("PROGRAMME_TARGET_WEAKER", f.code());
    assertEquals("II.6", f.facts().get("target"));
    assertEquals(Year.of(2025), f.facts().get("by"));
    assertTrue(f.message(Locale.forLanguageTag("vi")).contains("thấp hơn \"trên 98%\" mà Chương trình thử (Giai đoạn 2021 – 2025)"),
        f.message(Locale.forLanguageTag("vi")));
    assertTrue(PLAN_2024.statedTargets().stream().anyMatch(s -> s.pointer().equals(f.pointer())), f.pointer());
    Target dossiers90 = parsed("Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 90%", 2025);
    assertEquals(List.of(), check(PLAN_2024, programme(2021, 2025, List.of(dossiers90))));
    List<Finding> outside = check(PLAN_2024, programme(2026, 2030, List.of(dossiers98)));
    assertEquals(List.of("PROGRAMME_PERIOD_MISMATCH"), outside.stream().map(Finding::code).toList());
    assertEquals("/year", outside.get(0).pointer());
  }

  /** A plan is never weaker than a programme that asks exactly what it asks; raising a floor makes exactly that target weaker. */
  @Property(tries = 100)
  void aPlanMeetsAProgrammeOfItsOwnTargetsAndFallsShortOfOneRaised(@ForAll("consistent") Plan plan) {
    List<Target> own = plan.keyTargets();
    assertEquals(List.of(), check(plan, programme(plan.year().getValue(), plan.year().getValue(), own)));
    for (int i = 0; i < own.size(); i++) {
      Target t = own.get(i);
      boolean floor = t.comparison() == Target.Comparison.AT_LEAST || t.comparison() == Target.Comparison.GREATER_THAN
          || t.comparison() == Target.Comparison.EQUAL;
      if (t.kind() != Target.Kind.LEVEL || t.indicatorId().isEmpty() || !floor || t.threshold().isEmpty()) {
        continue;
      }
      // A share above 99 % cannot be raised by a whole point.
      if (t.unit() == Target.Unit.PERCENT && t.threshold().get().compareTo(BigDecimal.valueOf(99)) > 0) {
        continue;
      }
      Target raised = Target.builder().from(t).threshold(t.threshold().get().add(BigDecimal.ONE)).build();
      List<Finding> found = check(plan, programme(plan.year().getValue() - 1, plan.year().getValue() + 1, List.of(raised)));
      String pointer = plan.statedTargets().get(i).pointer();
      assertTrue(found.stream().anyMatch(f -> f.pointer().equals(pointer)), pointer + " " + found);
      found.forEach(f -> assertEquals(t.indicatorId(), plan.keyTargets().get(Integer.parseInt(f.pointer().substring(12)))
          .indicatorId()));
    }
  }

  static Measurement yearly(Indicator indicator, int year, BigDecimal value) {
    LocalDate end = Year.of(year).atMonth(12).atEndOfMonth();
    return Measurement.builder().indicatorId(indicator.id()).value(value).periodStart(Year.of(year).atDay(1))
        .periodEnd(end).measuredOn(end.plusDays(20)).build();
  }

  @Property(tries = 200)
  void aProgrammeIsFollowedYearByYearAndForecastUntilItsDeadlineHasAResult(@ForAll("values") List<Integer> values,
      @ForAll("programmes") Programme programme) {
    List<Measurement> results = new ArrayList<>();
    Year first = programme.firstYear();
    for (int i = 0; i < values.size(); i++) {
      results.add(yearly(Indicator.DOSSIERS_ON_TIME, first.getValue() + i, BigDecimal.valueOf(values.get(i))));
      // A figure corrected the same year, measured earlier, does not replace the later one.
      results.add(Measurement.builder().from(yearly(Indicator.DOSSIERS_ON_TIME, first.getValue() + i, BigDecimal.ZERO))
          .measuredOn(first.atDay(1).plusYears(i)).build());
    }
    ProgrammeProgress progress = ProgrammeProgress.of(programme, results);
    for (ProgrammeProgress.TargetProgress t : progress.targets()) {
      int known = (int) Math.min(values.size(), t.by().getValue() - first.getValue() + 1);
      assertEquals(known, t.years().size(), t.toString());
      for (ProgrammeProgress.YearResult y : t.years()) {
        int value = values.get(y.year().getValue() - first.getValue());
        assertEquals(0, y.value().compareTo(BigDecimal.valueOf(value)), y.toString());
        assertEquals(t.target().evaluate(BigDecimal.valueOf(value)), y.outcome());
      }
      boolean deadlineKnown = known == t.by().getValue() - first.getValue() + 1;
      assertEquals(deadlineKnown, t.reached().isPresent());
      assertEquals(!deadlineKnown && known >= Forecast.MIN_TREND_POINTS, t.forecast().isPresent(), t.toString());
    }
    String json = ReportJson.write(progress, Locale.ENGLISH);
    assertEquals(progress, ReportJson.readProgrammeProgress(json));
    assertEquals(json, ReportJson.write(ReportJson.readProgrammeProgress(json), Locale.ENGLISH));
  }

  @Example
  void aProgressDocumentWhoseResultsAreOutOfOrderIsRefusedWithItsPointer() {
    Programme p = programme(2021, 2025, List.of(parsed("Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 98%", 2025)));
    String json = ReportJson.write(ProgrammeProgress.of(p, List.of(yearly(Indicator.DOSSIERS_ON_TIME, 2021, BigDecimal.TEN),
        yearly(Indicator.DOSSIERS_ON_TIME, 2022, BigDecimal.ONE))), Locale.ENGLISH);
    JsonFormatException e = org.junit.jupiter.api.Assertions.assertThrows(JsonFormatException.class,
        () -> ReportJson.readProgrammeProgress(json.replace("\"year\" : 2022", "\"year\" : 2021")
            .replace("\"periodEnd\" : \"2022-12-31\"", "\"periodEnd\" : \"2021-12-31\"")));
    assertEquals("/targets/0", e.getPointer());
  }

  @Provide
  Arbitrary<List<Integer>> values() {
    return Arbitraries.integers().between(0, 100).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Programme> programmes() {
    Arbitrary<Integer> floors = Arbitraries.integers().between(50, 100);
    return Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(3).flatMap(lengths ->
        floors.list().ofSize(lengths.size()).map(thresholds -> {
          List<Programme.Phase> phases = new ArrayList<>();
          int first = 2021;
          for (int i = 0; i < lengths.size(); i++) {
            int last = first + lengths.get(i) - 1;
            phases.add(Programme.Phase.of("Giai đoạn " + (i + 1), Year.of(first), Year.of(last), List.of(
                parsed("Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên " + thresholds.get(i) + "%", last))));
            first = last + 1;
          }
          return Programme.builder().id("ct").title("Chương trình").phases(phases).build();
        }));
  }
}
