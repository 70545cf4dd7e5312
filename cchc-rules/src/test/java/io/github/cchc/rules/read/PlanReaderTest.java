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
  void aScannedTableIsReadByRowNumberAndOpeningLineAndSaysSo() {
    String text = COMMUNE + String.join("\n", "", "PHỤ LỤC", "",
        "TT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời gian Sản phẩm",
        "I. Cải cách thủ tục hành chính",
        "Rà soát quy trình nội bộ giải quyết Công chức Các thôn Quý II Báo cáo",
        "1 | thủ tục hành chính năm 2025 Tư pháp 2025",
        "Niêm yết công khai thủ tục hành chính Văn phòng Cả năm",
        "2 | tại bộ phận một cửa 2025 Kết quả",
        "@ ; % ~ 3 e",
        "4 | Cập nhật dữ liệu dân cư Văn phòng Cả năm 2025", "");
    PlanReading reading = PlanReader.builder().build().read(text);
    Plan plan = reading.plan().orElseThrow();
    assertEquals(List.of("1", "2", "3", "4"), plan.tasks().stream().map(t -> t.number().orElseThrow()).toList());
    assertEquals(List.of("Rà soát quy trình nội bộ giải quyết Công chức Các thôn Quý II Báo cáo",
        "Niêm yết công khai thủ tục hành chính Văn phòng Cả năm", "", "Cập nhật dữ liệu dân cư Văn phòng Cả năm 2025"),
        plan.tasks().stream().map(t -> t.content()).toList());
    assertTrue(plan.tasks().stream().allMatch(t -> t.illegible() && t.area().orElseThrow().name().equals("ADMINISTRATIVE_PROCEDURES")));
    List<String> found = reading.report().findings().stream().filter(f -> f.code().startsWith("READ_ROW")
        || f.code().startsWith("READ_TABLE")).map(f -> f.code() + " " + f.subject().describe(Locale.ENGLISH)).toList();
    assertEquals(List.of("READ_ROW_NOT_READ line 51", "READ_TABLE_RUN_TOGETHER line 45"), found);
    Finding table = reading.report().findings().stream().filter(f -> f.code().equals("READ_TABLE_RUN_TOGETHER")).findFirst().orElseThrow();
    assertTrue(table.message().contains("đọc được 3 hàng"), table.message());
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
