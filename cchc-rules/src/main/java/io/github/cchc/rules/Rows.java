package io.github.cchc.rules;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a plan's task table in document order, each with its JSON Pointer and the label a
 * reader uses: the printed number ("57"), "after 35" for an unnumbered top-level row, and for a
 * sub-row its parent's label, a slash and its own number ("3/a)"), or for bullets and unnumbered
 * sub-rows "-" or "#" with their position ("1/-2").
 */
final class Rows {
  record Row(Task task, String pointer, String label, Optional<Row> parent, int index) {
    boolean isLeaf() {
      return task.isLeaf();
    }

    /** A sub-row that names nothing takes what its parent row names, as the tables print them. */
    List<Party> leads() {
      return !task.leads().isEmpty() ? task.leads() : parent.map(Row::leads).orElse(List.of());
    }

    List<Party> coordinators() {
      return !task.coordinators().isEmpty() ? task.coordinators() : parent.map(Row::coordinators).orElse(List.of());
    }

    List<Product> products() {
      return !task.products().isEmpty() ? task.products() : parent.map(Row::products).orElse(List.of());
    }

    Optional<Timeframe> timeframe() {
      if (task.timeframe().isPresent() || task.unreadTimeframe().isPresent()) {
        return task.timeframe();
      }
      return parent.flatMap(Row::timeframe);
    }

    boolean hasTimeframeText() {
      return task.timeframe().isPresent() || task.unreadTimeframe().isPresent()
          || parent.map(Row::hasTimeframeText).orElse(false);
    }
  }

  private Rows() {}

  /**
   * The rows of one plan, built on first use and shared by every rule of one check: most rules
   * walk the rows, and building them (pointers, labels) once per rule cost more than the rules themselves.
   * Confined to the thread running the check.
   */
  static final class Memo {
    private final Plan plan;
    private List<Row> all;
    private List<Row> leaves;
    private List<Citation> citations;

    Memo(Plan plan) {
      this.plan = plan;
    }

    List<Row> all() {
      if (all == null) {
        all = List.copyOf(of(plan));
      }
      return all;
    }

    /** Completeness concerns the rows work is done on: leaves, and not rows the source could not print. */
    List<Row> leaves() {
      if (leaves == null) {
        leaves = all().stream().filter(r -> r.isLeaf() && !r.task().illegible()).toList();
      }
      return leaves;
    }

    /** The documents cited in the plan's texts, each with the pointer of its text; scanning is costly. */
    List<Citation> citations() {
      if (citations == null) {
        List<Citation> found = new ArrayList<>();
        for (BuiltInRules.Text t : BuiltInRules.texts(plan, all())) {
          for (DocumentRef.Occurrence o : DocumentRef.findAll(t.text())) {
            found.add(new Citation(t.pointer(), o.ref()));
          }
        }
        citations = List.copyOf(found);
      }
      return citations;
    }
  }

  /** A document cited in one of the plan's texts. */
  record Citation(String pointer, DocumentRef ref) {}

  static List<Row> of(Plan plan) {
    List<Row> rows = new ArrayList<>();
    String lastNumber = null;
    for (int i = 0; i < plan.tasks().size(); i++) {
      Task t = plan.tasks().get(i);
      String label;
      if (t.number().isPresent()) {
        label = t.number().get();
        lastNumber = label;
      } else {
        label = lastNumber == null ? "#" + (i + 1) : "after " + lastNumber;
      }
      add(rows, t, "/tasks/" + i, label, Optional.empty(), i);
    }
    return rows;
  }

  private static void add(List<Row> rows, Task task, String pointer, String label, Optional<Row> parent, int index) {
    Row row = new Row(task, pointer, label, parent, index);
    rows.add(row);
    for (int i = 0; i < task.subtasks().size(); i++) {
      Task sub = task.subtasks().get(i);
      String own = sub.number().filter(n -> !n.equals("-")).orElse((sub.number().isPresent() ? "-" : "#") + (i + 1));
      add(rows, sub, pointer + "/subtasks/" + i, label + "/" + own, Optional.of(row), i);
    }
  }
}
