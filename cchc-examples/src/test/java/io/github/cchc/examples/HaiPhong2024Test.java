package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Task;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real Hải Phòng 2024 plan (seed 002), read by the plan reader from its published text, and what the rules find in it. */
class HaiPhong2024Test {
  private static final Plan PLAN = BundledPlan.HAI_PHONG_2024.plan();

  @Test
  void readsThePlanAsPrinted() {
    assertEquals(Optional.of("4791/QĐ-UBND"), PLAN.issuingDocument().flatMap(d -> d.number()));
    assertEquals(Optional.of(LocalDate.of(2023, 12, 29)), PLAN.issuedOn());
    assertEquals(List.of(DocumentType.LAW, DocumentType.LAW, DocumentType.RESOLUTION, DocumentType.PLAN,
        DocumentType.OFFICIAL_LETTER), PLAN.legalBases().stream().map(d -> d.type()).toList());
    assertEquals(List.of("II.1", "II.2", "II.3", "II.4", "II.4", "II.5", "II.6", "II.6"),
        PLAN.keyTargets().stream().map(t -> t.label().orElseThrow()).toList(), "six items, eight statements");
    assertEquals(58, PLAN.tasks().size(), "57 numbered rows and the unnumbered one after 35");
    List<String> numbers = PLAN.tasks().stream().map(t -> t.number().orElse("")).toList();
    assertEquals("", numbers.get(35));
    assertEquals("57", numbers.get(57));
    assertTrue(PLAN.allTasks().allMatch(t -> t.unreadTimeframe().isEmpty()), "every timeframe of the appendix reads");
    Task row20 = PLAN.tasks().get(19);
    assertTrue(row20.content().endsWith("gắn việc số hóa với việc thực hiện nhiệm vụ của cán bộ, công chức, "
        + "viên chức trong quá trình tiếp nhận, giải quyết TTHC"), "the cell split by a page break is joined: " + row20.content());
    assertEquals(List.of(3, 2, 3), List.of(PLAN.tasks().get(0).subtasks().size(), PLAN.tasks().get(2).subtasks().size(),
        PLAN.tasks().get(6).subtasks().size()));
    assertEquals(2, PLAN.cascade().size());
    assertEquals(LocalDate.of(2024, 1, 30), PLAN.cascade().get(1).timeframe().dueDate().orElseThrow());
    assertEquals(34, PLAN.measures().size());
  }

  @Test
  void theRulesFindExactlyWhatIsWrongWithIt() {
    CheckReport report = RuleSet.builtIn().check(PLAN);
    List<String> found = report.findings().stream().map(f -> f.code() + " " + f.subject()).toList();
    assertEquals(List.of(
        // The attachment line cites "Quyết định số 479/QĐ-UBND ngày 29/12/2023"; the decision is 4791/QĐ-UBND.
        "DOCUMENT_SELF_CITATION_MISMATCH document 479/QĐ-UBND",
        // §II.1 aims at "thứ hạng cao nhất": a rank, no quantity.
        "TARGET_NOT_MEASURABLE target II.1",
        // §III.4 and §III.5 print "d)" twice each, and so does §V.2: the second of each pair stands for "đ)".
        "ITEM_LABEL_DUPLICATE area ORGANISATION",
        "ITEM_LABEL_DUPLICATE area CIVIL_SERVICE",
        "ITEM_LABEL_DUPLICATE plan",
        // No row of the appendix concerns the impact of reform.
        "AREA_WITHOUT_TASKS area IMPACT",
        // Row 1's sub-rows for the departments and districts, and for the communes, leave the
        // coordinating column empty in the seed; the Hải Dương plan asks for both columns.
        "TASK_NO_COORDINATOR task 1/-2",
        "TASK_NO_COORDINATOR task 1/-3",
        // Row 27's product cell is empty.
        "TASK_NO_PRODUCT task 27",
        // Row 28 says "trên 90%" for satisfaction and for the on-time rate; §II.6 says "90% trở lên" and "trên 95%".
        "TARGET_CONFLICT target 28",
        "TARGET_CONFLICT target 28",
        // The row between 35 and 36 has no number and cites "Nghị quyết số 117/NĐ-CP".
        "TASK_UNNUMBERED task after 35",
        "DOCUMENT_TYPE_MISMATCH document 117/NĐ-CP",
        // Row 57 is dated "Cả năm 2021" in the 2024 plan.
        "TASK_BEFORE_PLAN_PERIOD task 57"), found);
    Finding conflict = report.findings("TARGET_CONFLICT").get(1);
    assertEquals("II.6", conflict.facts().get("first"));
    assertEquals("trên 95%", conflict.facts().get("firstText"));
  }

  @Test
  void thePlanSurvivesItsJsonFormat() {
    assertEquals(PLAN, CchcJson.readPlan(CchcJson.writePlan(PLAN)));
  }
}
