package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.TaskProgress;
import io.github.cchc.rules.status.TaskStatus;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reader's findings, and the dated measures it reads being tracked like rows. */
class PlanReaderTest {
  private static final String COMMUNE = String.join("\n",
      "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "", "Số: 3/KH-UBND", "", "An Phú, ngày 05 tháng 01 năm 2025", "", "KẾ HOẠCH", "",
      "Cải cách hành chính xã An Phú năm 2025", "",
      "Căn cứ Kế hoạch số 90/KH-UBND ngày 25/12/2024 của Ủy ban nhân dân huyện;", "",
      "I. NHIỆM VỤ", "", "1. Cải cách thủ tục hành chính", "", "a) Chỉ tiêu: 100% hồ sơ được giải quyết đúng hạn.", "",
      "b) Nhiệm vụ:", "", "- Niêm yết công khai thủ tục hành chính, hoàn thành trước ngày 31/3/2025.", "",
      "- Rà soát quy trình nội bộ, hoàn thành trong tháng 02/2026.", "",
      "- Cập nhật danh mục thủ tục, hoàn thành trước ngày 15/12/2024.", "",
      "2. Cải cách thể chế", "", "a) Rà soát văn bản.", "", "b) Kiểm tra văn bản.", "", "b) Tự kiểm tra văn bản.", "",
      "II. CÔNG TÁC THI ĐUA", "", "Khen thưởng tập thể có thành tích.", "",
      "III. TỔ CHỨC THỰC HIỆN", "", "1. Công chức Văn phòng - Thống kê: Theo dõi, báo cáo kết quả thực hiện.", "");

  private static Plan read(String text) {
    return PlanReader.builder().build().read(text).plan().orElseThrow();
  }

  @Test
  void aDocumentThatIsNoPlanGivesOneFindingAndNoPlan() {
    PlanReading reading = PlanReader.builder().build().read("BÁO CÁO\n\nKết quả công tác cải cách hành chính năm 2024\n");
    assertTrue(reading.plan().isEmpty());
    assertEquals(List.of("READ_NOT_A_PLAN"), reading.report().findings().stream().map(Finding::code).toList());
    assertEquals("Văn bản không phải kế hoạch cải cách hành chính: tiêu đề là \"BÁO CÁO\"",
        reading.report().findings().get(0).message());
  }

  @Test
  void aTierTheWordingDoesNotTellMustBeGiven() {
    String headless = COMMUNE.substring(COMMUNE.indexOf("Cải cách hành chính xã")).replace("xã An Phú", "An Phú");
    PlanReading reading = PlanReader.builder().build().read(headless);
    assertTrue(reading.plan().isEmpty());
    assertEquals("READ_LEVEL_UNKNOWN", reading.report().findings().get(0).code());
    Plan given = PlanReader.builder().level(AgencyLevel.COMMUNE).build().read(headless).plan().orElseThrow();
    assertEquals(AgencyLevel.COMMUNE, given.level());
    assertEquals(Year.of(2025), given.year());
  }

  @Test
  void whatCannotBeReadIsReportedWithItsLine() {
    CheckReport report = PlanReader.builder().build().read(COMMUNE).report();
    List<String> found = report.findings().stream().map(f -> f.code() + " " + f.subject().describe(Locale.ENGLISH)).toList();
    assertEquals(List.of("READ_DUPLICATE_LABEL line 33", "READ_UNKNOWN_SECTION line 35"), found);
    assertEquals("Item b) repeats the label of the item on line 31 of its list",
        report.findings().get(0).message(Locale.ENGLISH));
    assertEquals(1, report.findings().get(1).facts().get("paragraphs"));
  }

  @Test
  void aTextWithNoBlankLinesReadsTheSame() {
    Plan spaced = read(COMMUNE);
    Plan tight = read(COMMUNE.replace("\n\n", "\n"));
    assertEquals(spaced.keyTargets(), tight.keyTargets());
    assertEquals(spaced.measures(), tight.measures());
    assertEquals(spaced.legalBases(), tight.legalBases());
    assertEquals(spaced.responsibilities(), tight.responsibilities());
  }

  @Test
  void datedMeasuresAreTrackedAndHeldToThePlanYear() {
    Plan plan = read(COMMUNE);
    assertEquals(List.of("/measures/0", "/measures/1", "/measures/2"),
        plan.trackedItems().stream().map(r -> r.pointer()).toList());
    assertEquals(List.of("I.1.b-1", "I.1.b-2", "I.1.b-3"), plan.trackedItems().stream().map(r -> r.label()).toList());
    List<String> found = RuleSet.builtIn().check(plan).findings().stream()
        .filter(f -> f.code().startsWith("TASK_") || f.code().startsWith("ITEM_")).map(f -> f.code() + " " + f.pointer())
        .toList();
    assertEquals(List.of("TASK_AFTER_PLAN_YEAR /measures/1/timeframe", "TASK_BEFORE_PLAN_PERIOD /measures/2/timeframe",
        "ITEM_LABEL_DUPLICATE /measures/5"), found);

    ProgressSnapshot progress = ProgressSnapshot.of(LocalDate.of(2025, 6, 30),
        List.of(TaskProgress.completed("/measures/0", LocalDate.of(2025, 3, 20))));
    PlanStatus status = PlanStatus.of(plan, progress);
    assertEquals(List.of(TaskStatus.COMPLETED_ON_TIME, TaskStatus.NOT_YET_DUE, TaskStatus.OVERDUE),
        status.tasks().stream().map(s -> s.status()).toList());
  }
}
