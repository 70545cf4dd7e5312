package io.github.cchc.rules.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Plan;
import io.github.cchc.testing.CchcGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A plan and its amendments: the revision in force on each day, and what is refused. */
class RevisionsProperties implements CchcGenerators {
  static DocumentRef decision(int n, LocalDate on) {
    return DocumentRef.of(DocumentType.DECISION, Optional.of(n + "/QĐ-UBND"), Optional.of(on));
  }

  /** A plan amended one to three times, each by a generated set of edits, on days spread over its year. */
  static List<Plan> chain(Plan plan, List<List<Integer>> edits) {
    List<Plan> plans = new ArrayList<>(List.of(plan));
    for (List<Integer> e : edits) {
      plans.add(PlanDiffProperties.amend(plans.get(plans.size() - 1), e));
    }
    return plans;
  }

  @Property(tries = 100)
  void eachDayHasTheRevisionInForce(@ForAll("consistent") Plan plan, @ForAll("edits") List<List<Integer>> edits,
      @ForAll("days") int day) {
    List<Plan> plans = chain(plan, edits);
    PlanRevisions revisions = PlanRevisions.of(plan);
    List<LocalDate> from = new ArrayList<>();
    for (int i = 1; i < plans.size(); i++) {
      LocalDate d = plan.year().atDay(90 * i);
      from.add(d);
      revisions = revisions.amend(d, decision(i, d.minusDays(3)), plans.get(i));
    }
    assertEquals(plans.get(plans.size() - 1), revisions.latest());
    LocalDate on = plan.year().atDay(day);
    int inForce = (int) from.stream().filter(d -> !d.isAfter(on)).count();
    assertEquals(plans.get(inForce), revisions.inForceOn(on));
    ProgressSnapshot nothing = ProgressSnapshot.of(on, List.of());
    assertEquals(PlanStatus.of(plans.get(inForce), nothing).tasks().size(), revisions.status(nothing).tasks().size());
  }

  @Property(tries = 50)
  void anAmendmentMustComeAfterTheLastAndApplyToIt(@ForAll("consistent") Plan plan, @ForAll("edits") List<List<Integer>> edits) {
    List<Plan> plans = chain(plan, edits);
    LocalDate d = plan.year().atDay(100);
    PlanRevisions once = PlanRevisions.of(plan).amend(d, decision(1, d), plans.get(1));
    assertThrows(IllegalArgumentException.class, () -> once.amend(d, decision(2, d), plans.get(1)));
    Plan other = Plan.builder().from(plan).id(plan.id() + "-khac").build();
    PlanDiff fromOther = PlanDiff.between(other, plans.get(1));
    assertThrows(IllegalArgumentException.class, () -> once.amend(d.plusDays(1), decision(2, d), fromOther));
  }

  @Provide
  Arbitrary<List<List<Integer>>> edits() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(1, 365);
  }
}
