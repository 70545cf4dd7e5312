package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.TaskRow;
import io.github.cchc.model.Timeframe;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The row rules run in one walk of the rows give, finding for finding, what they gave as ten
 * separate rules, each its own loop: the reference below is that first version, kept as plain
 * loops over {@link Plan#rows()} producing (code, pointer, facts).
 */
class RowPassProperties {
  private static final List<String> ROW_CODES = List.of("TASK_NO_LEAD", "TASK_NO_PRODUCT", "TASK_NO_TIMEFRAME",
      "TASK_NO_COORDINATOR", "TASK_TIMEFRAME_UNREADABLE", "TASK_BEFORE_PLAN_PERIOD", "TASK_AFTER_PLAN_YEAR",
      "TASK_LEAD_ALSO_COORDINATOR", "TASK_UNNUMBERED", "TASK_ILLEGIBLE");

  @Property(tries = 300)
  void oneWalkFindsWhatTenLoopsFound(@ForAll Plan plan) {
    RuleSet rows = RuleSet.builtIn();
    for (String code : RuleSet.builtIn().codes()) {
      if (!ROW_CODES.contains(code)) {
        rows = rows.without(code);
      }
    }
    List<String> found = new ArrayList<>();
    for (Finding f : rows.check(plan).findings()) {
      found.add(f.code() + " " + f.pointer() + " " + f.facts());
    }
    List<String> expected = new ArrayList<>();
    for (Finding f : CheckReport.of(reference(plan)).findings()) {
      expected.add(f.code() + " " + f.pointer() + " " + f.facts());
    }
    assertEquals(expected, found);
  }

  @Property(tries = 100)
  void aRowRuleAloneFindsWhatItFindsInTheWholeSet(@ForAll Plan plan) {
    CheckReport all = RuleSet.builtIn().check(plan);
    for (String code : ROW_CODES) {
      RuleSet alone = RuleSet.builtIn();
      for (String other : RuleSet.builtIn().codes()) {
        if (!other.equals(code)) {
          alone = alone.without(other);
        }
      }
      assertEquals(all.findings(code), alone.check(plan).findings(), code);
    }
  }

  private static List<Finding> reference(Plan plan) {
    List<Finding> out = new ArrayList<>();
    LocalDate start = plan.issuedOn().orElse(plan.year().atDay(1));
    LocalDate end = plan.year().atMonthDay(MonthDay.of(12, 31));
    for (TaskRow r : plan.countedRows()) {
      if (r.leads().isEmpty()) {
        out.add(finding("TASK_NO_LEAD", r.pointer() + "/leads", "task", r.label(), "content", excerpt(r)));
      }
      if (r.products().isEmpty()) {
        out.add(finding("TASK_NO_PRODUCT", r.pointer() + "/products", "task", r.label(), "content", excerpt(r)));
      }
      if (!r.hasTimeframeText()) {
        out.add(finding("TASK_NO_TIMEFRAME", r.pointer() + "/timeframe", "task", r.label(), "content", excerpt(r)));
      }
      if (r.coordinators().isEmpty()) {
        out.add(finding("TASK_NO_COORDINATOR", r.pointer() + "/coordinators", "task", r.label(), "content", excerpt(r)));
      }
    }
    for (TaskRow r : plan.rows()) {
      r.task().unreadTimeframe().ifPresent(text -> out.add(
          finding("TASK_TIMEFRAME_UNREADABLE", r.pointer() + "/unreadTimeframe", "task", r.label(), "text", text)));
      Optional<Timeframe> own = r.task().timeframe();
      Optional<LocalDate> due = own.flatMap(Timeframe::dueDate);
      if (due.isPresent() && due.get().isBefore(start)) {
        out.add(finding("TASK_BEFORE_PLAN_PERIOD", r.pointer() + "/timeframe", "task", r.label(), "text",
            own.get().text(), "due", due.get(), "periodStart", start));
      }
      if (due.isPresent() && due.get().isAfter(end)) {
        out.add(finding("TASK_AFTER_PLAN_YEAR", r.pointer() + "/timeframe", "task", r.label(), "text", own.get().text(),
            "due", due.get(), "year", plan.year()));
      }
      for (int j = 0; j < r.task().coordinators().size(); j++) {
        Party c = r.task().coordinators().get(j);
        if (r.task().leads().stream().anyMatch(l -> l.kind() == c.kind() && l.ref().equals(c.ref()))) {
          out.add(finding("TASK_LEAD_ALSO_COORDINATOR", r.pointer() + "/coordinators/" + j, "task", r.label(), "agency",
              c.printed().orElse(c.ref())));
        }
      }
      if (r.task().number().isEmpty()) {
        out.add(finding("TASK_UNNUMBERED", r.pointer() + "/number", "task", r.label(), "content", excerpt(r)));
      }
      if (r.task().illegible()) {
        out.add(finding("TASK_ILLEGIBLE", r.pointer(), "task", r.label()));
      }
    }
    return out;
  }

  private static String excerpt(TaskRow r) {
    String c = r.task().content();
    return c.length() <= 80 ? c : c.substring(0, 77) + "...";
  }

  /** A finding carrying only what the comparison reads: code, pointer and facts in order. */
  private static Finding finding(String code, String pointer, Object... namesAndValues) {
    Map<String, Object> facts = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return Finding.of(code, Severity.INFO, Subject.of(Subject.Kind.TASK, String.valueOf(facts.get("task"))), pointer,
        facts, "Tham chiếu.", "Reference.");
  }
}
