package io.github.cchc.rules.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import io.github.cchc.model.Target;
import io.github.cchc.testing.CchcGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of status and evaluation. */
class StatusProperties implements CchcGenerators {
  @Property(tries = 100)
  void movingTheDateForwardOnlyTurnsOverdueIntoCompletedLate(@ForAll("consistent") Plan plan, @ForAll("seeds") long seed,
      @ForAll("days") int first, @ForAll("days") int more) {
    LocalDate start = plan.year().atDay(1);
    LocalDate t1 = start.plusDays(first);
    LocalDate t2 = t1.plusDays(more);
    ProgressSnapshot progress = progress(plan, seed, t2);
    PlanStatus at1 = PlanStatus.of(plan, t1, Optional.of(progress), List.of(), PlanStatus.DEFAULT_DUE_SOON);
    PlanStatus at2 = PlanStatus.of(plan, t2, Optional.of(progress), List.of(), PlanStatus.DEFAULT_DUE_SOON);
    for (int i = 0; i < at1.tasks().size(); i++) {
      if (at1.tasks().get(i).status() == TaskStatus.OVERDUE) {
        TaskStatus later = at2.tasks().get(i).status();
        assertTrue(later == TaskStatus.OVERDUE || later == TaskStatus.COMPLETED_LATE, later.toString());
      }
    }
  }

  @Property(tries = 100)
  void rollUpsAddUpToTheTasks(@ForAll("consistent") Plan plan, @ForAll("seeds") long seed, @ForAll("days") int day) {
    LocalDate asOf = plan.year().atDay(1).plusDays(day);
    PlanStatus status = PlanStatus.of(plan, progress(plan, seed, asOf));
    int tasks = status.tasks().size();
    assertEquals(tasks, status.total().total());
    assertEquals(tasks, status.byArea().values().stream().mapToInt(Tally::total).sum());
    assertEquals(tasks, status.byLead().values().stream().mapToInt(Tally::total).sum(), "each consistent task has one lead");
    status.onTimeRate().ifPresent(r -> assertTrue(r.signum() >= 0 && r.compareTo(BigDecimal.valueOf(100)) <= 0));
  }

  @Property
  void evaluationAgreesWithTheComparisonAtEveryBoundary(@ForAll("comparisons") Target.Comparison comparison,
      @ForAll("amounts") int threshold, @ForAll("offsets") int offset) {
    Target target = comparison == Target.Comparison.BAND
        ? Target.band(BigDecimal.valueOf(threshold), BigDecimal.valueOf(threshold + 10), Target.Unit.POINTS)
        : Target.of(comparison, BigDecimal.valueOf(threshold), Target.Unit.POINTS);
    BigDecimal value = BigDecimal.valueOf(threshold + offset);
    int c = Integer.compare(threshold + offset, threshold);
    boolean expected = switch (comparison) {
      case GREATER_THAN -> c > 0;
      case AT_LEAST -> c >= 0;
      case AT_MOST -> c <= 0;
      case LESS_THAN -> c < 0;
      case EQUAL -> c == 0;
      case BAND -> c >= 0 && offset < 10;
    };
    Measurement m = Measurement.builder().indicatorId("X").value(value).periodStart(LocalDate.of(2024, 1, 1))
        .periodEnd(LocalDate.of(2024, 12, 31)).measuredOn(LocalDate.of(2025, 1, 1)).build();
    TargetEvaluation e = TargetEvaluation.of(target, java.util.Optional.of(m));
    assertEquals(expected ? Target.Outcome.MET : Target.Outcome.NOT_MET, e.outcome(), target + " " + value);
    int gap = e.gap().orElseThrow().signum();
    switch (comparison) {
      case GREATER_THAN, LESS_THAN -> assertEquals(expected, gap > 0, "strict: zero gap is not met");
      case AT_LEAST, AT_MOST -> assertEquals(expected, gap >= 0);
      case EQUAL -> assertEquals(expected, gap == 0);
      case BAND -> assertTrue(!expected || gap == 0, "inside a band there is no gap");
    }
  }

  @Property
  void aChangeTargetIsJudgedOnItsChangeFromTheBaseline(@ForAll("amounts") int base, @ForAll("amounts") int value,
      @ForAll("percents") int threshold, @ForAll boolean decrease) {
    Assume.that(base > 0);
    Target target = Target.builder().kind(Target.Kind.CHANGE).comparison(Target.Comparison.AT_LEAST)
        .threshold(BigDecimal.valueOf(threshold)).unit(Target.Unit.PERCENT)
        .direction(decrease ? Target.Direction.DECREASE : Target.Direction.INCREASE)
        .baseline(io.github.cchc.model.Baseline.of(java.time.Year.of(2021), BigDecimal.valueOf(base))).build();
    int change = decrease ? base - value : value - base;
    boolean expected = (long) change * 100 >= (long) threshold * base;
    assertEquals(expected ? Target.Outcome.MET : Target.Outcome.NOT_MET, target.evaluate(BigDecimal.valueOf(value)));
  }

  @Property(tries = 100)
  void healthFollowsItsDefinition(@ForAll("consistent") Plan plan, @ForAll("seeds") long seed, @ForAll("days") int day) {
    LocalDate asOf = plan.year().atDay(1).plusDays(day);
    PlanStatus status = PlanStatus.of(plan, progress(plan, seed, asOf));
    long overdue = status.tasks().stream().filter(s -> s.status() == TaskStatus.OVERDUE).count();
    boolean allDone = status.tasks().stream().allMatch(s -> s.status().isCompleted());
    if (allDone) {
      assertEquals(PlanHealth.COMPLETED, status.health());
    } else if (overdue > 0) {
      assertTrue(status.health() == PlanHealth.AT_RISK || status.health() == PlanHealth.OFF_TRACK, status.reasons().toString());
    } else if (status.onTimeRate().map(r -> r.compareTo(BigDecimal.valueOf(100)) < 0).orElse(false)) {
      assertEquals(PlanHealth.AT_RISK, status.health(), "the consistent plans aim at 100% on time");
    } else {
      assertEquals(PlanHealth.ON_TRACK, status.health());
    }
    assertTrue(!status.reasons().isEmpty());
  }

  private static ProgressSnapshot progress(Plan plan, long seed, LocalDate asOf) {
    Random random = new Random(seed);
    List<TaskProgress> progress = new ArrayList<>();
    PlanStatus blank = PlanStatus.of(plan, ProgressSnapshot.of(asOf, List.of()));
    for (TaskState s : blank.tasks()) {
      if (random.nextBoolean()) {
        LocalDate done = plan.year().atDay(1).plusDays(random.nextInt(400));
        if (!done.isAfter(asOf)) {
          progress.add(TaskProgress.completed(s.row().pointer(), done));
        }
      }
    }
    return ProgressSnapshot.of(asOf, progress);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 400);
  }

  @Provide
  Arbitrary<Target.Comparison> comparisons() {
    return Arbitraries.of(Target.Comparison.class);
  }

  @Provide
  Arbitrary<Integer> amounts() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<Integer> percents() {
    return Arbitraries.integers().between(0, 100);
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-3, 13);
  }
}
