package io.github.cchc.rules.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.status.PlanDiff.Change;
import io.github.cchc.rules.status.PlanDiff.ItemChange;
import io.github.cchc.testing.CchcGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of comparing plans. */
public class PlanDiffProperties implements CchcGenerators {
  @Property(tries = 200)
  void aPlanComparedWithItselfHasNoChange(@ForAll Plan plan) {
    PlanDiff d = PlanDiff.between(plan, plan);
    assertTrue(d.isEmpty(), d.toString());
  }

  @Property(tries = 200)
  void applyingTheDiffToTheOlderPlanGivesTheNewer(@ForAll Plan older, @ForAll Plan newer) {
    assertEquals(newer, PlanDiff.between(older, newer).applyTo(older));
  }

  @Property(tries = 200)
  void anAmendedPlanIsRebuiltFromItsDiff(@ForAll("consistent") Plan plan, @ForAll("edits") List<Integer> edits) {
    Plan amended = amend(plan, edits);
    assertEquals(amended, PlanDiff.between(plan, amended).applyTo(plan));
  }

  /** Every row of a kept task lands on the same row of the task it became; a removed task's rows land nowhere. */
  @Property(tries = 200)
  void aRowIsFollowedToItsTasksNewPlace(@ForAll("consistent") Plan plan, @ForAll("edits") List<Integer> edits) {
    Plan amended = amend(plan, edits);
    PlanDiff d = PlanDiff.between(plan, amended);
    java.util.Map<Integer, Integer> newerOf = new java.util.HashMap<>();
    for (int i = 0; i < d.taskOrigins().size(); i++) {
      int newer = i;
      d.taskOrigins().get(i).ifPresent(o -> newerOf.put(o, newer));
    }
    for (io.github.cchc.model.TaskRow row : plan.rows()) {
      String[] parts = row.pointer().split("/", 4);
      int older = Integer.parseInt(parts[2]);
      Optional<String> expected = Optional.ofNullable(newerOf.get(older))
          .map(n -> "/tasks/" + n + (parts.length > 3 ? "/" + parts[3] : ""));
      assertEquals(expected, d.newerPointer(row.pointer()), row.pointer());
    }
    assertEquals(Optional.empty(), d.newerPointer("/keyTargets/0"));
  }

  @Property(tries = 200)
  void whatOneWayAddsTheOtherRemoves(@ForAll("consistent") Plan plan, @ForAll("edits") List<Integer> edits) {
    Plan amended = amend(plan, edits);
    PlanDiff forth = PlanDiff.between(plan, amended);
    PlanDiff back = PlanDiff.between(amended, plan);
    assertEquals(indices(forth.tasks(), Change.ADDED, false), indices(back.tasks(), Change.REMOVED, true));
    assertEquals(indices(forth.tasks(), Change.REMOVED, true), indices(back.tasks(), Change.ADDED, false));
    assertEquals(pairs(forth.tasks(), false), pairs(back.tasks(), true), "the same tasks matched either way");
    assertEquals(forth.planFields().stream().map(PlanDiff.FieldChange::field).toList(),
        back.planFields().stream().map(PlanDiff.FieldChange::field).toList());
  }

  @Property(tries = 200)
  void changingOneFieldOfOneTaskReportsExactlyThatField(@ForAll("consistent") Plan plan, @ForAll("index") int which,
      @ForAll("fields") String field) {
    int k = which % plan.tasks().size();
    Task task = plan.tasks().get(k);
    Task changed = switch (field) {
      case "content" -> Task.builder().from(task).content(task.content() + " và báo cáo kết quả").build();
      case "leads" -> Task.builder().from(task).leads(List.of(Party.named("Công an thành phố"))).build();
      case "timeframe" -> Task.builder().from(task).timeframe(Timeframe.ofQuarter(plan.year(), 4)
          .equals(task.timeframe().orElse(null)) ? Timeframe.ofQuarter(plan.year(), 3) : Timeframe.ofQuarter(plan.year(), 4)).build();
      case "products" -> Task.builder().from(task).addProduct(Product.of("Báo cáo bổ sung")).build();
      default -> Task.builder().from(task).area(task.area().orElse(null) == ReformArea.DIRECTION
          ? ReformArea.INSTITUTIONS : ReformArea.DIRECTION).build();
    };
    List<Task> tasks = new ArrayList<>(plan.tasks());
    tasks.set(k, changed);
    PlanDiff d = PlanDiff.between(plan, Plan.builder().from(plan).tasks(tasks).build());
    assertEquals(List.of(), d.planFields());
    assertEquals(List.of(), d.keyTargets());
    assertEquals(1, d.tasks().size(), d.tasks().toString());
    ItemChange c = d.tasks().get(0);
    assertEquals(Change.CHANGED, c.change());
    assertEquals(Optional.of(k), c.before());
    assertEquals(Optional.of(k), c.after());
    assertEquals(List.of(field), c.fields().stream().map(PlanDiff.FieldChange::field).toList());
  }

  /** Removes, inserts, renumbers and rewords tasks and drops a key target, as an amending decision might. */
  public static Plan amend(Plan plan, List<Integer> edits) {
    List<Task> tasks = new ArrayList<>(plan.tasks());
    List<io.github.cchc.model.Target> targets = new ArrayList<>(plan.keyTargets());
    int added = 0;
    for (int e : edits) {
      int at = tasks.isEmpty() ? 0 : Math.floorMod(e / 5, tasks.size());
      switch (Math.floorMod(e, 5)) {
        case 0 -> {
          if (!tasks.isEmpty()) {
            tasks.remove(at);
          }
        }
        case 1 -> tasks.add(Math.min(at, tasks.size()), Task.builder().number("bs" + ++added)
            .content("Nhiệm vụ bổ sung số " + added + " về chuyển đổi số").addLead(Party.agency("p.d0"))
            .timeframe(Timeframe.ofQuarter(plan.year(), 4)).addProduct(Product.of("Báo cáo")).build());
        case 2 -> {
          if (!tasks.isEmpty()) {
            tasks.set(at, Task.builder().from(tasks.get(at)).number(Optional.empty()).build());
          }
        }
        case 3 -> {
          if (!tasks.isEmpty()) {
            tasks.set(at, Task.builder().from(tasks.get(at)).content(tasks.get(at).content() + " (sửa đổi)").build());
          }
        }
        default -> {
          if (!targets.isEmpty()) {
            targets.remove(0);
          }
        }
      }
    }
    return Plan.builder().from(plan).tasks(tasks).keyTargets(targets).title(plan.title() + (edits.isEmpty() ? "" : " (sửa đổi)"))
        .build();
  }

  private static Set<Integer> indices(List<ItemChange> changes, Change change, boolean before) {
    return changes.stream().filter(c -> c.change() == change).map(c -> (before ? c.before() : c.after()).orElseThrow())
        .collect(Collectors.toSet());
  }

  private static Set<List<Integer>> pairs(List<ItemChange> changes, boolean reversed) {
    return changes.stream().filter(c -> c.change() == Change.CHANGED)
        .map(c -> reversed ? List.of(c.after().orElseThrow(), c.before().orElseThrow())
            : List.of(c.before().orElseThrow(), c.after().orElseThrow()))
        .collect(Collectors.toSet());
  }

  @Provide
  Arbitrary<List<Integer>> edits() {
    return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.of("content", "leads", "timeframe", "products", "area");
  }

}
