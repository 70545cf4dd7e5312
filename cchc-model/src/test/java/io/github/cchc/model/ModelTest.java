package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plans, schedules, scorecards and the catalog: what construction keeps and what it refuses. */
class ModelTest {
  @Test
  void theReportingSchedulesOfTheTwoHaiPhongPlans() {
    // Seed 002: "báo cáo Quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối của quý, báo cáo năm gửi trước ngày 10/12".
    ReportingSchedule y2024 = ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10));
    assertEquals(List.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 9, 10),
        LocalDate.of(2024, 12, 10)), y2024.dueIn(Year.of(2024)).stream().map(ReportDue::exclusiveDeadline).toList());
    assertEquals(LocalDate.of(2024, 3, 9), y2024.dueIn(Year.of(2024)).get(0).lastDay());
    assertEquals(ReportRequirement.Kind.SIX_MONTHLY, y2024.dueIn(Year.of(2024)).get(1).kind());
    // Seed 000: quarters I and III before the 10th of the quarter's last month, six-monthly before 10/6, annual before 05/12.
    ReportingSchedule y2022 = ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 5));
    assertEquals(LocalDate.of(2022, 12, 5), y2022.dueIn(Year.of(2022)).get(3).exclusiveDeadline());
    assertEquals(4, y2022.dueIn(Year.of(2022)).size());
    MalformedValueException twice = assertThrows(MalformedValueException.class, () -> ReportingSchedule.of(List.of(
        ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, 1, 10),
        ReportRequirement.before(ReportRequirement.Kind.ANNUAL, 1, MonthDay.of(12, 10)))));
    assertTrue(twice.getMessage().contains("two reports for quarter 1"), twice.getMessage());
    assertEquals(LocalDate.of(2024, 6, 30), ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, 2, 31)
        .exclusiveDeadlineIn(Year.of(2024)), "the 31st of June is its last day");
  }

  @Test
  void aPlanNamingAnAgencyOutsideItsDirectoryIsMalformed() {
    Task row = Task.builder().number("1").content("Ban hành Kế hoạch").addLead(Party.agency("hp.snv")).build();
    MalformedValueException e = assertThrows(MalformedValueException.class, () -> Plan.builder().id("p").title("Kế hoạch")
        .year(Year.of(2024)).level(AgencyLevel.PROVINCE).addTask(row).build());
    assertTrue(e.getMessage().contains("/tasks/0/leads/0 names agency \"hp.snv\""), e.getMessage());
    Plan named = Plan.builder().id("p").title("Kế hoạch").year(Year.of(2024)).level(AgencyLevel.PROVINCE)
        .addTask(Task.builder().from(row).leads(List.of(Party.named("Mặt trận Tổ quốc"))).build()).build();
    assertEquals("Mặt trận Tổ quốc", named.tasks().get(0).leads().get(0).ref(), "a party naming nobody is kept");
    MalformedValueException id = assertThrows(MalformedValueException.class, () -> Plan.builder().id("").title("Kế hoạch")
        .year(Year.of(2024)).level(AgencyLevel.PROVINCE).build());
    assertTrue(id.getMessage().contains("Plan id"), id.getMessage());
  }

  @Test
  void incompleteRowsAreKeptAndMalformedOnesRefused() {
    Task gaps = Task.builder().content("Thí điểm").build();
    assertEquals(Optional.empty(), gaps.number());
    assertTrue(gaps.products().isEmpty());
    MalformedValueException blank = assertThrows(MalformedValueException.class, () -> Task.builder().number("9").content(" ").build());
    assertTrue(blank.getMessage().contains("Task \"9\" content must not be blank"), blank.getMessage());
    assertEquals("", Task.builder().content("").illegible(true).build().content());
    MalformedValueException both = assertThrows(MalformedValueException.class, () -> Task.builder().content("x")
        .timeframe(Timeframe.ofYear(Year.of(2024))).unreadTimeframe("Quy ??").build());
    assertTrue(both.getMessage().contains("\"Quy ??\""), both.getMessage());
  }

  @Test
  void aScorecardHoldsPrintedFiguresEvenWhenTheyDoNotAddUp() {
    Criterion parent = Criterion.builder().code("1").name("Công tác chỉ đạo, điều hành CCHC").maximum(new BigDecimal("9"))
        .achieved(new BigDecimal("8.5")).deducted(new BigDecimal("1"))
        .addChild(Criterion.builder().code("1.1").name("Kế hoạch CCHC năm").maximum(new BigDecimal("2")).build()).build();
    Scorecard par = Scorecard.builder().index(Scorecard.Index.PAR_INDEX).subject(Party.named("Hải Phòng"))
        .year(Year.of(2023)).addCriterion(parent).rank(1).rankOutOf(63).build();
    assertEquals(2, par.criteria().get(0).flatten().count());
    MalformedValueException rank = assertThrows(MalformedValueException.class, () -> Scorecard.builder()
        .index(Scorecard.Index.PAR_INDEX).subject(Party.named("Hải Phòng")).year(Year.of(2023)).rank(64).rankOutOf(63).build());
    assertTrue(rank.getMessage().contains("rank 64 is beyond the 63 ranked"), rank.getMessage());
    MalformedValueException negative = assertThrows(MalformedValueException.class,
        () -> Criterion.builder().name("SIPAS").achieved(new BigDecimal("-1")).build());
    assertTrue(negative.getMessage().contains("achieved must not be negative, was -1"), negative.getMessage());
  }

  @Test
  void theIndicatorCatalogIsOpen() {
    assertEquals(Optional.of(Indicator.DOSSIERS_ON_TIME), Indicator.findBuiltIn("DOSSIERS_ON_TIME"));
    assertEquals(Indicator.Direction.LOWER_IS_BETTER, Indicator.WAITING_TIME.direction());
    Indicator own = Indicator.of("DIGITAL_SIGNATURES", "Tỷ lệ văn bản ký số", "Documents signed digitally",
        Target.Unit.PERCENT, Indicator.Direction.HIGHER_IS_BETTER);
    assertEquals("DIGITAL_SIGNATURES", Target.parseAll("đạt 80%").get(0).withIndicator(own).indicatorId().orElseThrow());
    assertEquals(12, Indicator.builtIns().size());
  }

  @Test
  void textIsNormalisedToNfcOnInput() {
    String combining = Normalizer.normalize("Quý IV/2024", Normalizer.Form.NFD);
    Timeframe t = Timeframe.parse(combining);
    assertEquals("Quý IV/2024", t.text());
    assertTrue(Normalizer.isNormalized(t.text(), Normalizer.Form.NFC));
    Task task = Task.builder().content(Normalizer.normalize("Đánh giá tác động", Normalizer.Form.NFD)).build();
    assertEquals("Đánh giá tác động", task.content());
    assertEquals(Optional.of(ReformArea.IMPACT), ReformArea.fromHeading("VIII. Danh gia tac dong cua CCHC"));
    assertEquals(Optional.of(ReformArea.DIRECTION), ReformArea.fromHeading("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền"));
  }
}
