package io.github.cchc.rules.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import io.github.cchc.model.TaskRow;
import io.github.cchc.testing.CchcGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A plan followed through the year, and the forecast of its year-end on-time rate. */
public class HistoryProperties implements CchcGenerators {
  /**
   * The calibration of docs/monitoring.md: 2,000 histories, each with a known chance of a task
   * being done on time (30 % to 95 %), 20 to 119 tasks due in months drawn at random, observed after
   * two to eleven months; the 80 % interval must cover the true year-end rate in 76 % to 84 % of them.
   */
  @Example
  void theIntervalCoversTheTrueYearEndRateInEightyPercentOfHistories() {
    Random random = new Random(20261202);
    int histories = 2000;
    int covered = 0;
    for (int h = 0; h < histories; h++) {
      double p = 0.3 + 0.65 * random.nextDouble();
      int tasks = 20 + random.nextInt(100);
      int month = 2 + random.nextInt(10);
      int due = 0;
      int onTime = 0;
      int later = 0;
      int laterOnTime = 0;
      for (int t = 0; t < tasks; t++) {
        boolean ok = random.nextDouble() < p;
        if (1 + random.nextInt(12) <= month) {
          due++;
          onTime += ok ? 1 : 0;
        } else {
          later++;
          laterOnTime += ok ? 1 : 0;
        }
      }
      if (due == 0) {
        h--;
        continue;
      }
      Forecast f = Forecast.share(onTime, due, later);
      if (f.covers(BigDecimal.valueOf(100.0 * (onTime + laterOnTime) / (due + later)))) {
        covered++;
      }
    }
    double coverage = (double) covered / histories;
    assertTrue(Math.abs(coverage - Forecast.COVERAGE) <= 0.04, "coverage " + coverage);
  }

  @Property(tries = 100)
  void nothingLeftToComeMeansTheRateSoFarExactly(@ForAll("counts") int due, @ForAll("counts") int k) {
    int onTime = Math.min(k, due);
    Forecast f = Forecast.share(onTime, due, 0);
    assertEquals(0, f.lower().compareTo(f.upper()), f.toString());
    assertEquals(0, f.point().compareTo(BigDecimal.valueOf(100L * onTime).divide(BigDecimal.valueOf(due), 2,
        java.math.RoundingMode.HALF_EVEN)), f.toString());
  }

  /** The case jqwik found: 10,515 of 100,000 is 10.515 %, half to even 10.52; a double's 10.51499… gave 10.51. */
  @net.jqwik.api.Example
  void aShareOnItsHalfRoundsFromItsExactValue() {
    assertEquals(new BigDecimal("10.52"), Forecast.share(10_515, 100_000, 0).point());
    assertEquals(new BigDecimal("12.50"), Forecast.share(1, 8, 0).point());
  }

  @Property(tries = 60)
  void noForecastFromFewerThanTwoSnapshots(@ForAll("consistent") Plan plan, @ForAll("seeds") long seed) {
    List<ProgressSnapshot> series = monthly(plan, seed);
    assertEquals(Optional.empty(), PlanHistory.of(plan, series.subList(0, 1)).onTimeForecast());
    assertEquals(Optional.empty(), PlanHistory.of(plan, List.of()).onTimeForecast());
  }

  @Property(tries = 60)
  void progressOnlyAddsToWhatIsDoneOnTimeAndTheForecastHoldsItsPoint(@ForAll("consistent") Plan plan,
      @ForAll("seeds") long seed) {
    List<ProgressSnapshot> series = monthly(plan, seed);
    PlanHistory history = PlanHistory.of(plan, series);
    assertEquals(12, history.points().size());
    for (int i = 1; i < history.points().size(); i++) {
      PlanHistory.Point a = history.points().get(i - 1);
      PlanHistory.Point b = history.points().get(i);
      assertTrue(a.asOf().isBefore(b.asOf()));
      assertTrue(a.onTime() <= b.onTime() && a.due() <= b.due(), a + " then " + b);
    }
    for (PlanHistory.Transition t : history.transitions()) {
      assertTrue(t.from() != t.to());
    }
    history.onTimeForecast().ifPresent(f -> assertTrue(f.covers(f.point())));
    List<ProgressSnapshot> reversed = new ArrayList<>(series);
    java.util.Collections.reverse(reversed);
    assertEquals(history, PlanHistory.of(plan, reversed), "the snapshots' order does not matter");
  }

  @Property(tries = 60)
  void theForecastOnlyEverWorsensHealthAndSaysWhy(@ForAll("consistent") Plan plan, @ForAll("seeds") long seed,
      @ForAll("months") int months) {
    List<ProgressSnapshot> series = monthly(plan, seed).subList(0, months);
    PlanHistory history = PlanHistory.of(plan, series);
    PlanStatus last = PlanStatus.of(plan, series.get(series.size() - 1));
    PlanHealth health = history.health().orElseThrow();
    boolean fromForecast = history.reasons().stream().anyMatch(r -> r.code() == HealthReason.Code.FORECAST_BELOW_TARGET);
    if (!fromForecast) {
      assertEquals(last.health(), health);
      assertEquals(last.reasons(), history.reasons());
    } else {
      assertTrue(history.onTimeForecast().isPresent());
      assertTrue(rank(health) >= rank(last.health()) && health != PlanHealth.ON_TRACK, health + " from " + last.health());
      assertTrue(history.reasons().stream().noneMatch(r -> r.code() == HealthReason.Code.NOTHING_OVERDUE));
      history.reasons().forEach(r -> assertTrue(!r.message(java.util.Locale.ENGLISH).contains("{"), r.toString()));
    }
    if (last.health() == PlanHealth.COMPLETED) {
      assertEquals(PlanHealth.COMPLETED, health);
    }
    // A consistent plan's completion target is 100 % on time: any task missed makes it unreachable,
    // which puts a plan still under way off track (a completed plan stays completed).
    history.onTimeForecast().filter(f -> f.upper().compareTo(BigDecimal.valueOf(100)) < 0)
        .filter(f -> last.health() != PlanHealth.COMPLETED)
        .ifPresent(f -> assertEquals(PlanHealth.OFF_TRACK, health, f.toString()));
  }

  /**
   * An amendment in force from July inserts a task before others: the later snapshots name the
   * tasks by their new numbers, and each task keeps its history across the renumbering. Every
   * transition of the plan followed unamended appears, renamed from July on, and the only others
   * are the inserted task's.
   */
  @Property(tries = 60)
  void anItemKeepsItsHistoryAcrossAnAmendmentThatRenumbersIt(@ForAll("consistent") Plan plan,
      @ForAll("seeds") long seed, @ForAll("positions") int position) {
    org.junit.jupiter.api.Assumptions.assumeFalse(plan.tasks().isEmpty());
    int at = Math.floorMod(position, plan.tasks().size());
    Plan amended = PlanDiffProperties.amend(plan, List.of(5 * at + 1));
    LocalDate july = plan.year().atMonth(7).atDay(1);
    PlanRevisions revisions = PlanRevisions.of(plan).amend(july, RevisionsProperties.decision(9, july), amended);
    List<ProgressSnapshot> series = monthly(plan, seed);
    List<ProgressSnapshot> renumbered = new ArrayList<>();
    for (ProgressSnapshot s : series) {
      renumbered.add(s.asOf().isBefore(july) ? s : ProgressSnapshot.of(s.asOf(),
          s.tasks().stream().map(t -> t.completedOn().isPresent() ? TaskProgress.completed(shifted(t.task(), at), t.completedOn().get())
              : TaskProgress.open(shifted(t.task(), at), t.percent().orElse(0))).toList()));
    }
    PlanHistory unamended = PlanHistory.of(plan, series);
    PlanHistory followed = PlanHistory.of(revisions, renumbered, List.of());
    List<PlanHistory.Transition> expected = new ArrayList<>();
    for (PlanHistory.Transition t : unamended.transitions()) {
      expected.add(t.on().isBefore(july) ? t
          : new PlanHistory.Transition(shifted(t.pointer(), at), t.label(), t.from(), t.to(), t.on()));
    }
    List<PlanHistory.Transition> others = new ArrayList<>(followed.transitions());
    for (PlanHistory.Transition t : expected) {
      assertTrue(others.remove(t), "missing " + t);
    }
    String inserted = "/tasks/" + at;
    others.forEach(t -> assertTrue(t.pointer().equals(inserted) || t.pointer().startsWith(inserted + "/"), t.toString()));
    assertEquals(6, followed.points().stream().filter(p -> p.revision() == 1).count());
  }

  private static String shifted(String pointer, int at) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/tasks/(\\d+)(.*)").matcher(pointer);
    if (!m.matches()) {
      throw new AssertionError(pointer);
    }
    int i = Integer.parseInt(m.group(1));
    return "/tasks/" + (i >= at ? i + 1 : i) + m.group(2);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1000);
  }

  private static int rank(PlanHealth h) {
    return switch (h) {
      case COMPLETED, ON_TRACK -> 0;
      case AT_RISK -> 1;
      case OFF_TRACK -> 2;
    };
  }

  @Provide
  Arbitrary<Integer> months() {
    return Arbitraries.integers().between(1, 12);
  }

  @Property(tries = 20)
  void snapshotsOfOneDayOrBeforeTheYearAreRefusedOnesAfterItAreNot(@ForAll("consistent") Plan plan,
      @ForAll("seeds") long seed) {
    List<ProgressSnapshot> series = monthly(plan, seed);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PlanHistory.of(plan, List.of(series.get(0), series.get(0))));
    ProgressSnapshot before = ProgressSnapshot.of(plan.year().atDay(1).minusDays(1), List.of());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PlanHistory.of(plan, List.of(before)));
    ProgressSnapshot january = ProgressSnapshot.of(plan.year().plusYears(1).atDay(15), series.get(11).tasks());
    List<ProgressSnapshot> withReport = new ArrayList<>(series);
    withReport.add(january);
    assertEquals(13, PlanHistory.of(plan, withReport).points().size());
  }

  /**
   * Measurements of each plan-wide key target with an indicator at month ends: values for some,
   * year-to-date counts for others, drawn from the seed.
   */
  public static List<Measurement> measurements(Plan plan, long seed, int months) {
    Random random = new Random(seed);
    List<Measurement> out = new ArrayList<>();
    for (io.github.cchc.model.Target t : plan.keyTargets()) {
      if (t.indicatorId().isEmpty() || !t.scope().isEmpty()) {
        continue;
      }
      boolean counted = random.nextBoolean();
      long k = 0;
      long n = 0;
      for (int m = 1; m <= months; m++) {
        LocalDate end = plan.year().atMonth(m).atEndOfMonth();
        Measurement.Builder b = Measurement.builder().indicatorId(t.indicatorId().get()).periodStart(plan.year().atDay(1))
            .periodEnd(end).measuredOn(end.plusDays(3));
        if (counted) {
          int more = random.nextInt(50);
          n += more;
          k += more == 0 ? 0 : random.nextInt(more + 1);
          b.numerator(BigDecimal.valueOf(k)).denominator(BigDecimal.valueOf(n));
        } else {
          b.value(BigDecimal.valueOf(random.nextInt(10_001), 2));
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /** Twelve month-end snapshots: each tracked item done on a day drawn once, or never. */
  public static List<ProgressSnapshot> monthly(Plan plan, long seed) {
    Random random = new Random(seed);
    List<TaskRow> items = plan.trackedItems();
    List<Optional<LocalDate>> doneOn = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      doneOn.add(random.nextDouble() < 0.8 ? Optional.of(plan.year().atDay(1 + random.nextInt(plan.year().length())))
          : Optional.empty());
    }
    List<ProgressSnapshot> series = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate asOf = plan.year().atMonth(m).atEndOfMonth();
      List<TaskProgress> progress = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        Optional<LocalDate> d = doneOn.get(i);
        progress.add(d.filter(x -> !x.isAfter(asOf)).isPresent()
            ? TaskProgress.completed(items.get(i).pointer(), d.get()) : TaskProgress.open(items.get(i).pointer(), 50));
      }
      series.add(ProgressSnapshot.of(asOf, progress));
    }
    return series;
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(1, 300);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
