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
    Plan plan = BundledPlan.HAI_PHONG_2022.plan();
    List<Target> targets = plan.keyTargets();
    assertEquals(Target.Kind.RANK, targets.get(0).kind());
    // §I.2.đ (printed "d)"): "giải quyết đúng hạn đạt từ 98% trở lên", the 2022 on-time target (DOMAIN.md §3).
    // The scan's "Ty 18 hd so" hides the indicator's wording: the target is read, its indicator is not guessed.
    Target onTime = targets.get(5);
    assertEquals(Optional.of("I.2.d"), onTime.label());
    assertEquals(Target.Comparison.AT_LEAST, onTime.comparison());
    assertEquals(0, new BigDecimal("98").compareTo(onTime.threshold().orElseThrow()));
    assertEquals(Target.Kind.CHANGE, targets.get(targets.size() - 1).kind(), "§I.2.h: tăng so với năm 2021");
    assertEquals(Optional.of("3848/QĐ-UBND"), plan.issuingDocument().flatMap(d -> d.number()), "printed \"3848/QP-UBND\"");
    // The two laws the preamble cites as "Ludt … ngày 19/6/2015" and "… ngày 22/11/2019", then the resolution.
    assertEquals(List.of(DocumentType.LAW, DocumentType.LAW, DocumentType.RESOLUTION),
        plan.legalBases().stream().limit(3).map(b -> b.type()).toList());
    assertEquals(Optional.of(DocumentType.RESOLUTION), plan.legalBases().get(2).codeType(), "printed \"76/NO-CP\"");
    assertEquals(38, plan.tasks().size());
    assertEquals(Timeframe.ofQuarter(Year.of(2022), 3), plan.tasks().get(10).timeframe().orElseThrow(), "row 11: \"Quy III\"");
    assertEquals(Timeframe.ofYear(Year.of(2022)), plan.tasks().get(7).timeframe().orElseThrow(), "row 8: \"Ca nim 2022\"");
  }

  @Test
  void theRulesOnHaiPhong2022() {
    List<String> found = RuleSet.builtIn().check(BundledPlan.HAI_PHONG_2022.plan()).findings().stream()
        .filter(f -> !f.code().equals("TASK_ILLEGIBLE")).map(f -> f.code() + " " + f.subject()).toList();
    assertEquals(List.of(
        // §I.2.a keeps the city's indices "trong nhóm các địa phương dẫn đầu": a rank, no quantity.
        "TARGET_NOT_MEASURABLE target I.2.a",
        // §IV.2's parties as scanned ("S& Noi vu") resolve to no agency, and the area words of their
        // duties are damaged ("cai cach t6 chic bd may"): only finance and institutions are named.
        "AREA_WITHOUT_LEAD area ADMINISTRATIVE_PROCEDURES",
        "AREA_WITHOUT_LEAD area CIVIL_SERVICE",
        "AREA_WITHOUT_LEAD area DIGITAL_GOVERNMENT",
        "AREA_WITHOUT_LEAD area DIRECTION",
        "AREA_WITHOUT_LEAD area ORGANISATION",
        // §IV.2 prints "đ)" as "d)".
        "ITEM_LABEL_DUPLICATE plan",
        // §IV.1.c's schedule is scanned past reading ("bdo cdo Quy 1, Quy HI gui trudc ngay I 0").
        "PLAN_WITHOUT_REPORTING plan",
        // The table's sections end with area VII; the impact area has no row. (Row 19's timeframe,
        // printed "Candm 2022", reads as "Cả năm 2022".)
        "AREA_WITHOUT_TASKS area IMPACT"), found);
    long illegible = RuleSet.builtIn().check(BundledPlan.HAI_PHONG_2022.plan()).findings("TASK_ILLEGIBLE").size();
    // 38 rows, of which 2, 4, 5, 8, 11, 19, 29 and 33 are legible; and sub-row 5/b).
    assertEquals(31, illegible, "rows whose cells the OCR ran together are reported, not dropped");
  }

  @Test
  void haiDuong2023KeepsItsAreasAndResponsibilities() {
    Plan plan = BundledPlan.HAI_DUONG_2023.plan();
    assertEquals(List.of(DocumentType.RESOLUTION, DocumentType.DIRECTIVE, DocumentType.PLAN),
        plan.legalBases().stream().map(d -> d.type()).toList());
    assertEquals(Optional.of(LocalDate.of(2021, 9, 2)), plan.legalBases().get(1).issuedOn(), "\"ngay 02 thang 9 nam 2021\"");
    assertEquals(List.of(ReformArea.values()), plan.measures().stream().map(m -> m.area()).distinct().toList(),
        "section II covers the eight areas in order");
    // §I.1's and §I.2.c's "100%", and §II.8's budget revenue "đạt và vượt dự toán" and "đạt, vượt các chỉ tiêu".
    assertEquals(List.of("I.1", "I.2.c", "II.8.c", "II.8.d"),
        plan.keyTargets().stream().map(t -> t.label().orElseThrow()).toList());
    assertEquals(8, plan.responsibilities().size(), "the departments and districts together, six departments, the press");
    assertEquals(List.of(ReformArea.INSTITUTIONS), plan.responsibilities().get(2).areas());
    // §II.3's g) and h), which the earlier reading lost.
    assertTrue(plan.measures().stream().anyMatch(m -> m.label().equals(Optional.of("II.3.g"))));
    assertTrue(plan.measures().stream().anyMatch(m -> m.label().equals(Optional.of("II.3.h"))));
  }

  @Test
  void theRulesOnHaiDuong2023() {
    List<String> found = RuleSet.builtIn().check(BundledPlan.HAI_DUONG_2023.plan()).findings().stream()
        .map(f -> f.code() + " " + f.subject()).toList();
    // The scan prints each "đ)" as "d)": four lists of measures seem to repeat a letter (in §II.7 the
    // letters head groups of dashes, and the reading reports it by line). The copy holds no task
    // table (its tasks are "cụ thể hóa tại Phụ lục kèm theo", not in the seed), and its reports are
    // ordered "định kỳ" with no deadline the reader can take.
    assertEquals(List.of("ITEM_LABEL_DUPLICATE area DIRECTION", "ITEM_LABEL_DUPLICATE area ADMINISTRATIVE_PROCEDURES",
        "ITEM_LABEL_DUPLICATE area CIVIL_SERVICE", "ITEM_LABEL_DUPLICATE area PUBLIC_FINANCE",
        "PLAN_WITHOUT_REPORTING plan", "PLAN_WITHOUT_APPENDIX plan"), found);
  }
}
