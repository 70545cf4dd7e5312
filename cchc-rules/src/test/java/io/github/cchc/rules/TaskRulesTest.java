package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The task rules on rows of seed 002 (Hải Phòng 2024) and seed 000 (Hải Phòng 2022), as printed. */
class TaskRulesTest {
  private static CheckReport check(Plan plan) {
    return RuleSet.builtIn().check(plan);
  }

  @Test
  void row57DatedCaNam2021IsBeforeThePlanPeriod() {
    CheckReport report = check(Seeds.plan2024(List.of(Seeds.row56(), Seeds.row57())).build());
    List<Finding> before = report.findings("TASK_BEFORE_PLAN_PERIOD");
    assertEquals(1, before.size(), report.toString());
    Finding f = before.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("57", f.subject().label());
    assertEquals("/tasks/1/timeframe", f.pointer());
    assertEquals(LocalDate.of(2021, 12, 31), f.facts().get("due"));
    assertEquals(LocalDate.of(2023, 12, 29), f.facts().get("periodStart"));
    assertEquals("Cả năm 2021", f.facts().get("text"));
    assertEquals("Nhiệm vụ 57: \"Cả năm 2021\" hết hạn ngày 31/12/2021, trước ngày ban hành kế hoạch 29/12/2023", f.message());
    assertTrue(f.message(Locale.ENGLISH).contains("before the plan was issued on 2023-12-29"), f.message(Locale.ENGLISH));
  }

  @Test
  void issuingThePlanItselfInDecember2023IsNotBeforeThePeriod() {
    Task row1 = Task.builder().number("1").content("Ban hành Kế hoạch cải cách hành chính năm 2024")
        .addSubtask(Task.builder().number("-").content("Thành phố").addLead(Party.agency("hp.snv"))
            .addCoordinator(Party.group("hp.so-nganh")).timeframeText("Tháng 12/2023", Seeds.Y2024)
            .addProduct(Product.of("Kế hoạch của UBND thành phố")).build()).build();
    assertEquals(List.of(), check(Seeds.plan2024(List.of(row1)).build()).findings("TASK_BEFORE_PLAN_PERIOD"));
  }

  @Test
  void withoutAnIssueDateThePeriodStartsOnTheFirstOfJanuaryAndTheFindingSaysSo() {
    Task december = Task.builder().from(Seeds.row56()).timeframeText("Tháng 12/2023", Seeds.Y2024).build();
    Plan plan = Seeds.plan2024(List.of(december)).issuingDocument(java.util.Optional.empty()).build();
    Finding f = check(plan).findings("TASK_BEFORE_PLAN_PERIOD").get(0);
    assertEquals(LocalDate.of(2024, 1, 1), f.facts().get("periodStart"));
    assertTrue(f.message(Locale.ENGLISH).contains("the plan prints no issue date"), f.message(Locale.ENGLISH));
  }

  @Test
  void row27HasNoProduct() {
    CheckReport report = check(Seeds.plan2024(List.of(Seeds.row27())).build());
    List<Finding> noProduct = report.findings("TASK_NO_PRODUCT");
    assertEquals(1, noProduct.size());
    assertEquals("27", noProduct.get(0).subject().label());
    assertEquals("/tasks/0/products", noProduct.get(0).pointer());
    assertTrue(report.hasErrors());
  }

  @Test
  void theRowBetween35And36IsUnnumberedAndNotAGap() {
    Task r35 = Task.builder().from(Seeds.row56()).number("35").build();
    Task r36 = Task.builder().from(Seeds.row56()).number("36").build();
    CheckReport report = check(Seeds.plan2024(List.of(r35, Seeds.rowAfter35(), r36)).build());
    List<Finding> unnumbered = report.findings("TASK_UNNUMBERED");
    assertEquals(1, unnumbered.size());
    assertEquals("after 35", unnumbered.get(0).subject().label());
    assertEquals("/tasks/1/number", unnumbered.get(0).pointer());
    assertEquals(List.of(), report.findings("TASK_NUMBER_GAP"));
  }

  @Test
  void numberingGapsAndDuplicatesFollowVietnameseLetterOrder() {
    Task leaf = Seeds.row56();
    Task parent = Task.builder().number("7").content("Kiểm tra cải cách hành chính")
        .addSubtask(Task.builder().from(leaf).number("a)").build())
        .addSubtask(Task.builder().from(leaf).number("b)").build())
        .addSubtask(Task.builder().from(leaf).number("c)").build())
        .addSubtask(Task.builder().from(leaf).number("d)").build())
        .addSubtask(Task.builder().from(leaf).number("đ)").build())
        .addSubtask(Task.builder().from(leaf).number("e)").build())
        .addSubtask(Task.builder().from(leaf).number("h)").build()).build();
    Task nine = Task.builder().from(leaf).number("9").build();
    Task nineAgain = Task.builder().from(leaf).number("9").build();
    CheckReport report = check(Seeds.plan2024(List.of(parent, nine, nineAgain)).build());
    List<Finding> gaps = report.findings("TASK_NUMBER_GAP");
    assertEquals(2, gaps.size(), gaps.toString());
    assertEquals("7/h)", gaps.get(0).subject().label());
    assertEquals(List.of("g"), gaps.get(0).facts().get("missing"), "đ follows d and g follows e: only g is missing");
    assertEquals("9", gaps.get(1).subject().label());
    assertEquals(List.of("8"), gaps.get(1).facts().get("missing"));
    List<Finding> duplicates = report.findings("TASK_NUMBER_DUPLICATE");
    assertEquals(1, duplicates.size());
    assertEquals("/tasks/2/number", duplicates.get(0).pointer());
    assertEquals("/tasks/1", duplicates.get(0).facts().get("first"));
  }

  @Test
  void aParentRowWithEmptyCellsIsCompleteWhenItsSubRowsAre() {
    Task sub = Task.builder().from(Seeds.row56()).number("-").build();
    Task parent = Task.builder().number("3").content("Đánh giá xác định Chỉ số cải cách hành chính năm 2023")
        .addSubtask(sub).addSubtask(Task.builder().from(sub).products(List.of()).build()).build();
    CheckReport report = check(Seeds.plan2024(List.of(parent)).build());
    assertEquals(List.of(), report.findings("TASK_NO_LEAD"));
    List<Finding> noProduct = report.findings("TASK_NO_PRODUCT");
    assertEquals(1, noProduct.size());
    assertEquals("3/-2", noProduct.get(0).subject().label());
    assertEquals("/tasks/0/subtasks/1/products", noProduct.get(0).pointer());
  }

  @Test
  void anOcrRowOfThe2022PlanWithAnUnreadableTimeframe() {
    // Seed 000, appendix row 15, OCR'd as printed; its timeframe cell reads "Quy 11/2022" (quarter II).
    Task readable = Task.builder().number("15").content("Ra soat, danh gia, cong bo thu tuc hanh chinh")
        .addLead(Party.named("Van phong UBND thanh pho")).addCoordinator(Party.named("Cac so, ban, nganh"))
        .timeframeText("Quy 11/2022", Seeds.Y2022).addProduct(Product.of("Bao cao tong hop cua Van phong")).build();
    // Seed 000 prints mangled cells such as "2oLt" where a timeframe should be.
    Task mangled = Task.builder().from(readable).number("16").timeframeText("2oLt", Seeds.Y2022).build();
    Task illegible = Task.builder().number("17").content("").illegible(true).build();
    Plan plan = Plan.builder().id("hai-phong-2022").title("Ke hoach cai cach hanh chinh nam 2022").year(Seeds.Y2022)
        .level(io.github.cchc.model.AgencyLevel.PROVINCE).tasks(List.of(readable, mangled, illegible)).build();
    CheckReport report = check(plan);
    assertEquals(List.of(), report.findings("TASK_NO_TIMEFRAME"), "an unreadable timeframe is reported as such");
    List<Finding> unreadable = report.findings("TASK_TIMEFRAME_UNREADABLE");
    assertEquals(1, unreadable.size());
    assertEquals("2oLt", unreadable.get(0).facts().get("text"));
    assertEquals("/tasks/1/unreadTimeframe", unreadable.get(0).pointer());
    assertEquals(1, report.findings("TASK_ILLEGIBLE").size());
    assertEquals(List.of(), report.findings("TASK_NO_LEAD"), "an illegible row is not held to completeness");
  }

  @Test
  void leadAlsoCoordinatorAfterTheYearAndWithoutTimeframe() {
    Task both = Task.builder().from(Seeds.row56()).addCoordinator(Party.agency("hp.skhcn")).build();
    Task carry = Task.builder().from(Seeds.row56()).number("57").timeframeText("Quý IV/2024 đến Quý I/2025", Seeds.Y2024).build();
    Task none = Task.builder().from(Seeds.row56()).number("58").timeframeText("", Seeds.Y2024).build();
    CheckReport report = check(Seeds.plan2024(List.of(both, carry, none)).build());
    assertEquals("/tasks/0/coordinators/1", report.findings("TASK_LEAD_ALSO_COORDINATOR").get(0).pointer());
    Finding after = report.findings("TASK_AFTER_PLAN_YEAR").get(0);
    assertEquals(LocalDate.of(2025, 3, 31), after.facts().get("due"));
    assertEquals(Severity.WARNING, after.severity());
    assertEquals("58", report.findings("TASK_NO_TIMEFRAME").get(0).subject().label());
  }

  @Test
  void row56WithItsLeadCellEmptiedHasNoLead() {
    // The seeds name a lead on every leaf row; row 56 with its lead cell emptied shows the case.
    Task row = Task.builder().from(Seeds.row56()).leads(List.of()).build();
    List<Finding> found = check(Seeds.plan2024(List.of(row)).build()).findings("TASK_NO_LEAD");
    assertEquals(1, found.size());
    assertEquals("/tasks/0/leads", found.get(0).pointer());
    assertTrue(found.get(0).message().startsWith("Nhiệm vụ 56 không có cơ quan chủ trì"), found.get(0).message());
  }

  @Test
  void aPlanWithoutAnAppendix() {
    CheckReport report = check(Seeds.plan2024(List.of()).build());
    assertEquals(1, report.findings("PLAN_WITHOUT_APPENDIX").size());
    assertEquals(List.of(), report.findings("AREA_WITHOUT_TASKS"), "no appendix is reported once, not per area");
  }
}
