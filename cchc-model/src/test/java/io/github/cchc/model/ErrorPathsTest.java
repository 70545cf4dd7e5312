package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.calendar.WorkingCalendar;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Values that are wrong are refused where they are made, and what cchc writes it reads back (issue 20). */
class ErrorPathsTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String PLAN = "{\"format\":\"cchc.plan/2\",\"id\":\"p\",\"title\":\"Kế hoạch\",\"year\":%s,"
      + "\"level\":\"PROVINCE\"}";

  @Test
  void aPlanYearOutsideTheCalendarsRangeIsRefused() {
    assertThrows(MalformedValueException.class,
        () -> Plan.builder().id("p").title("Kế hoạch").year(Year.of(-2024)).level(AgencyLevel.PROVINCE).build());
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(String.format(PLAN, "-2024")));
    assertEquals("/year", e.getPointer());
    assertTrue(e.getMessage().contains("-2024"), e.getMessage());
    assertEquals(Year.of(2024), CchcJson.readPlan(String.format(PLAN, "2024")).year());
  }

  @Test
  void aProgrammeWhosePhasesDoNotFollowOneAnotherIsRefusedWithItsPlaceInBothLanguages() {
    String json = "{\"id\":\"ct\",\"title\":\"Chương trình\",\"phases\":[{\"label\":\"Giai đoạn 1\",\"firstYear\":2021,"
        + "\"lastYear\":2025,\"targets\":[]},{\"label\":\"Giai đoạn 2\",\"firstYear\":%d,\"lastYear\":%d,\"targets\":[]}]}";
    assertEquals(Year.of(2030), CchcJson.read(String.format(json, 2026, 2030), Programme.class).lastYear());
    JsonFormatException gap = assertThrows(JsonFormatException.class,
        () -> CchcJson.read(String.format(json, 2027, 2030), Programme.class));
    assertEquals("/phases", gap.getPointer());
    assertTrue(gap.getMessage(VI).contains("không nối tiếp giai đoạn trước (kết thúc năm 2025)"), gap.getMessage(VI));
    assertTrue(gap.getMessage(Locale.ENGLISH).contains("not the year after"), gap.getMessage(Locale.ENGLISH));
    JsonFormatException backwards = assertThrows(JsonFormatException.class,
        () -> CchcJson.read(String.format(json, 2026, 2024), Programme.class));
    assertEquals("/phases/1/lastYear", backwards.getPointer());
    JsonFormatException none = assertThrows(JsonFormatException.class,
        () -> CchcJson.read("{\"id\":\"ct\",\"title\":\"Chương trình\",\"phases\":[]}", Programme.class));
    assertEquals("/phases", none.getPointer());
  }

  @Test
  void jsonLinesAsBytesReadAsTheirTextAndNameTheLineThatIsNotUtf8() {
    LocalDateTime received = LocalDateTime.of(2024, 7, 30, 14, 26);
    Dossier d = Dossier.builder().id("Hồ sơ 1").procedureCode("1.0010").agencyId("a").channel(Dossier.Channel.POST)
        .received(received).due(received.plusDays(10)).build();
    String text = CchcJson.writeLine(d) + "\n\n" + CchcJson.writeLine(Dossier.builder().from(d).id("Hồ sơ 2").build()) + "\r\n";
    java.util.List<Dossier> fromBytes;
    try (var lines = CchcJson.readLines(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Dossier.class)) {
      fromBytes = lines.toList();
    }
    try (var lines = CchcJson.readLines(new java.io.StringReader(text), Dossier.class)) {
      assertEquals(lines.toList(), fromBytes);
    }
    assertEquals(2, fromBytes.size());
    byte[] latin1 = (CchcJson.writeLine(d) + "\n" + CchcJson.writeLine(Dossier.builder().from(d).id("Tiêu chí").build()) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> {
      try (var lines = CchcJson.readLines(new java.io.ByteArrayInputStream(latin1), Dossier.class)) {
        lines.forEach(x -> { });
      }
    });
    assertEquals(JsonFormatException.Problem.NOT_UTF8, e.getProblem());
    assertEquals(java.util.OptionalLong.of(2), e.getLine());
    assertTrue(e.getMessage(VI).startsWith("dòng 2, tại /id:"), e.getMessage(VI));
  }

  @Test
  void aDossierReceivedOutsideTheRangeIsRefused() {
    LocalDateTime received = LocalDateTime.of(-2024, 7, 30, 14, 26);
    assertThrows(MalformedValueException.class, () -> Dossier.builder().id("d").procedureCode("1.0010").agencyId("a")
        .channel(Dossier.Channel.POST).received(received).due(received.plusDays(10)).build());
  }

  @Test
  void theWorkingCalendarRefusesYearsItHasNoRulesFor() {
    WorkingCalendar vn = WorkingCalendar.vietnam();
    assertThrows(WorkingCalendar.UnsupportedYearException.class, () -> vn.isWorkingDay(LocalDate.of(1985, 2, 20)),
        "Tết 1985: no statutory rule is sourced before 1995");
    assertThrows(WorkingCalendar.UnsupportedYearException.class, () -> vn.isWorkingDay(LocalDate.of(2101, 1, 3)));
    assertThrows(WorkingCalendar.UnsupportedYearException.class,
        () -> vn.plusWorkingDays(LocalDate.of(2100, 12, 20), 30));
    assertFalse(vn.isWorkingDay(LocalDate.of(1995, 1, 31)), "Tết Ất Hợi 1995");
    assertFalse(vn.isWorkingDay(LocalDate.of(2100, 1, 1)));
  }

  @Test
  void whatCannotBeReadBackIsNotWritten() {
    String content = "Rà soát ".repeat(125_001);
    Plan plan = Plan.builder().id("p").title("Kế hoạch").year(Year.of(2024)).level(AgencyLevel.PROVINCE)
        .addTasks(Task.builder().content(content).build()).build();
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CchcJson.writePlan(plan));
    assertEquals("/tasks/0/content", e.getPointer());
    assertTrue(e.getMessage().contains("1,000,000"), e.getMessage());
    java.math.BigDecimal huge = new java.math.BigDecimal("9".repeat(150));
    JsonFormatException number = assertThrows(JsonFormatException.class,
        () -> CchcJson.write(java.util.Map.of("threshold", huge)));
    assertEquals(JsonFormatException.Problem.TOO_LONG_NUMBER, number.getProblem());
    assertEquals("/threshold", number.getPointer());
    assertEquals("{\n  \"threshold\" : " + "9".repeat(100) + "\n}", CchcJson.write(java.util.Map.of("threshold",
        new java.math.BigDecimal("9".repeat(100)))), "a number at the limit is written");
  }

  @Test
  void aValueTheModelRefusesIsNamedAtItsFieldAndSaidInVietnamese() {
    String target = "{\"text\":\"Chỉ tiêu\",\"kind\":\"%s\",\"comparison\":\"%s\",\"threshold\":%s,\"unit\":\"%s\"%s}";
    String dossier = "{\"id\":\"d\",\"procedureCode\":\"%s\",\"agencyId\":\"a\",\"channel\":\"POST\","
        + "\"received\":\"2024-07-30T14:26:00\",\"due\":\"2024-08-12T23:59:59\"}";
    String between = "{\"kind\":\"BETWEEN\",\"text\":\"Từ nay đến hết năm 2024\",\"from\":%s,"
        + "\"to\":{\"kind\":\"YEAR\",\"year\":2024}}";
    record Case(Class<?> type, String json, String pointer, String vietnamese) {}
    for (Case c : java.util.List.of(
        new Case(Target.class, String.format(target, "LEVEL", "AT_LEAST", "95", "RANK", ""), "/unit",
            "có đơn vị hạng (RANK) nhưng là chỉ tiêu mức đạt (LEVEL)"),
        new Case(Target.class, String.format(target, "LEVEL", "AT_LEAST", "95", "PERCENT", ",\"upperBound\":99"),
            "/upperBound", "phép so sánh là tối thiểu (AT_LEAST)"),
        new Case(Target.class, String.format(target, "LEVEL", "AT_LEAST", "2.5", "COUNT", ""), "/threshold",
            "\"Chỉ tiêu\": ngưỡng đếm số đơn vị nên phải là số nguyên, đang là 2.5"),
        new Case(Target.class, String.format(target, "LEVEL", "BAND", "10", "DAYS", ",\"upperBound\":-1"), "/upperBound",
            "\"Chỉ tiêu\": cận trên không được âm"),
        new Case(Dossier.class, String.format(dossier, " "), "/procedureCode", "mã thủ tục của hồ sơ \"d\" không được để trống"),
        new Case(Programme.class, "{\"id\":\"ct 1\",\"title\":\"Chương trình\",\"phases\":[]}", "/id",
            "mã chương trình phải dài 1 đến 200 ký tự"),
        new Case(DocumentRef.class, "{\"text\":\"Nghị quyết số 76/NQ-CP\",\"type\":\"DECISION\",\"typeWord\":\"Nghị quyết\"}",
            "/type", "loại văn bản \"Quyết định\" (DECISION) trái với chữ \"Nghị quyết\", vốn chỉ \"Nghị quyết\""),
        new Case(Timeframe.class, String.format(between, "{\"kind\":\"BEFORE\",\"exclusiveDeadline\":\"2024-01-25\"}"), "/from",
            "mốc bắt đầu của khoảng thời gian phải là một tháng, các quý hoặc một năm, đang là \"Trước ngày 25/01/2024\""),
        new Case(ReportingSchedule.class, "{\"requirements\":[{\"kind\":\"QUARTERLY\",\"quarter\":1,\"beforeDayOfLastMonth\":10},"
            + "{\"kind\":\"SIX_MONTHLY\",\"quarter\":1,\"beforeDate\":\"--06-10\"}]}", "/requirements/1/quarter",
            "lịch báo cáo có hai báo cáo cho quý 1"),
        new Case(ParentLink.class, "{\"parentId\":\"hp snv\"}", "/parentId", "mã cơ quan cấp trên phải dài 1 đến 200 ký tự"))) {
      JsonFormatException e = assertThrows(JsonFormatException.class, () -> CchcJson.read(c.json(), c.type()), c.json());
      assertEquals(c.pointer(), e.getPointer(), e.getMessage());
      assertTrue(e.getMessage(VI).contains(c.vietnamese()), e.getMessage(VI));
      NothingLostProperties.assertSaidInVietnamese(e);
      assertFalse(e.getMessage(Locale.ENGLISH).equals(e.getMessage(VI)), e.getMessage(VI));
    }
  }

  @Test
  void messagesComeInTheReadersLanguage() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan("{\"format\":\"cchc.plan/2\",\"tasks\":7}"));
    assertEquals("/tasks", e.getPointer());
    String vi = e.getMessage(VI);
    String en = e.getMessage(Locale.ENGLISH);
    assertNotEquals(vi, en);
    for (String m : new String[] {vi, en}) {
      assertTrue(m.contains("/tasks") && m.contains("7"), m);
      assertFalse(m.contains("java.") || m.contains("Integer") || m.contains("ArrayList"), m);
    }
    JsonFormatException duplicate = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan("{\"format\":\"cchc.plan/2\",\"tasks\":[{\"content\":\"a\",\"content\":\"b\"}]}"));
    assertEquals("/tasks/0", duplicate.getPointer(), duplicate.getMessage());
  }
}
