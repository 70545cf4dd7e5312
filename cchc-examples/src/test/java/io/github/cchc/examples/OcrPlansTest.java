package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Target;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two OCR'd plans, Hải Phòng 2022 (seed 000) and Hải Dương 2023 (seed 003), and what the rules find in them. */
class OcrPlansTest {
  @Test
  void haiPhong2022ReadsItsKeyTargetsThroughTheParsers() {
    Plan plan = HaiPhong2022.plan();
    List<Target> targets = plan.keyTargets();
    assertEquals(Target.Kind.RANK, targets.get(0).kind());
    // §I.2.đ (printed "d)"): "giải quyết đúng hạn đạt từ 98% trở lên", the 2022 on-time target (DOMAIN.md §3).
    Target onTime = targets.stream().filter(t -> t.indicatorId().equals(Optional.of("DOSSIERS_ON_TIME"))).findFirst().orElseThrow();
    assertEquals(Target.Comparison.AT_LEAST, onTime.comparison());
    assertEquals(0, new BigDecimal("98").compareTo(onTime.threshold().orElseThrow()));
    assertEquals(Target.Kind.CHANGE, targets.get(targets.size() - 1).kind(), "§I.2.h: tăng so với năm 2021");
    assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), plan.issuedOn());
    assertEquals(DocumentType.RESOLUTION, plan.legalBases().get(0).type());
    assertEquals(Optional.empty(), plan.legalBases().get(0).codeType(), "76/NO-CP: OCR noise, kept and unknown");
    assertEquals(38, plan.tasks().size());
    assertEquals(Timeframe.ofQuarter(Year.of(2022), 3), plan.tasks().get(10).timeframe().orElseThrow(), "row 11: \"Quy III\"");
    assertEquals(Timeframe.ofYear(Year.of(2022)), plan.tasks().get(7).timeframe().orElseThrow(), "row 8: \"Ca nim 2022\"");
  }

  @Test
  void theRulesOnHaiPhong2022() {
    List<String> found = RuleSet.builtIn().check(HaiPhong2022.plan()).findings().stream()
        .filter(f -> !f.code().equals("TASK_ILLEGIBLE")).map(f -> f.code() + " " + f.subject()).toList();
    assertEquals(List.of(
        // §I.2.a keeps the city's indices "trong nhóm các địa phương dẫn đầu": a rank, no quantity.
        "TARGET_NOT_MEASURABLE target I.2.a)",
        // The legible rows reach area VI; the impact area has no row.
        "AREA_WITHOUT_TASKS area IMPACT",
        // Row 19's timeframe cell is printed "Candm 2022".
        "TASK_TIMEFRAME_UNREADABLE task 19"), found);
    long illegible = RuleSet.builtIn().check(HaiPhong2022.plan()).findings("TASK_ILLEGIBLE").size();
    // 38 rows, of which 2, 4, 5, 8, 11, 19, 29 and 33 are legible; and sub-row 5/b).
    assertEquals(31, illegible, "rows whose cells the OCR ran together are reported, not dropped");
  }

  @Test
  void haiDuong2023KeepsItsAreasAndResponsibilities() {
    Plan plan = HaiDuong2023.plan();
    assertEquals(List.of(DocumentType.RESOLUTION, DocumentType.DIRECTIVE, DocumentType.PLAN),
        plan.legalBases().stream().map(d -> d.type()).toList());
    assertEquals(Optional.of(LocalDate.of(2021, 9, 2)), plan.legalBases().get(1).issuedOn(), "\"ngay 02 thang 9 nam 2021\"");
    assertEquals(List.of(ReformArea.values()), plan.measures().stream().map(m -> m.area()).distinct().toList(),
        "section II covers the eight areas in order");
    assertEquals(2, plan.keyTargets().size());
    assertTrue(plan.keyTargets().stream().allMatch(t -> t.indicatorId().equals(Optional.of("PLAN_TASKS_COMPLETED"))));
    assertEquals(7, plan.responsibilities().size() - 1, "six departments and the group of departments and districts");
    assertEquals(List.of(ReformArea.INSTITUTIONS), plan.responsibilities().get(2).areas());
  }

  @Test
  void theRulesOnHaiDuong2023() {
    List<String> found = RuleSet.builtIn().check(HaiDuong2023.plan()).findings().stream()
        .map(f -> f.code() + " " + f.subject()).toList();
    // The scan prints each "đ)" as "d)": five lists seem to repeat a letter. The copy holds no task
    // table (its tasks are "cụ thể hóa tại Phụ lục kèm theo", not in the seed), and this reading sets
    // no reporting schedule.
    assertEquals(List.of("ITEM_LABEL_DUPLICATE area DIRECTION", "ITEM_LABEL_DUPLICATE area ADMINISTRATIVE_PROCEDURES",
        "ITEM_LABEL_DUPLICATE area CIVIL_SERVICE", "ITEM_LABEL_DUPLICATE area PUBLIC_FINANCE",
        "ITEM_LABEL_DUPLICATE area DIGITAL_GOVERNMENT", "PLAN_WITHOUT_REPORTING plan", "PLAN_WITHOUT_APPENDIX plan"), found);
  }
}
