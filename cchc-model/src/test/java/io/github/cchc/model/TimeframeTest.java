package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timeframes as the seeds print them. */
class TimeframeTest {
  private static final Year Y2024 = Year.of(2024);
  private static final Year Y2022 = Year.of(2022);

  /** The 17 distinct timeframes of seed 002's appendix (Hải Phòng 2024), as printed. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Cả năm 2021                                 | YEAR             | 2021-01-01 | 2021-12-31",
    "Cả năm 2024                                 | YEAR             | 2024-01-01 | 2024-12-31",
    "Quý I/2024                                  | QUARTERS         | 2024-01-01 | 2024-03-31",
    "Quý II/2024                                 | QUARTERS         | 2024-04-01 | 2024-06-30",
    "Quý III/2024                                | QUARTERS         | 2024-07-01 | 2024-09-30",
    "Quý IV/2024                                 | QUARTERS         | 2024-10-01 | 2024-12-31",
    "'Quý II, III, IV/ 2024'                     | QUARTERS         | 2024-04-01 | 2024-12-31",
    "'Quý III, IV/ 2024'                         | QUARTERS         | 2024-07-01 | 2024-12-31",
    "'Quý III,IV/2024'                           | QUARTERS         | 2024-07-01 | 2024-12-31",
    "Tháng 01/2024                               | MONTH            | 2024-01-01 | 2024-01-31",
    "Tháng 12/2023                               | MONTH            | 2023-12-01 | 2023-12-31",
    "Tháng 12/2024                               | MONTH            | 2024-12-01 | 2024-12-31",
    "Trước ngày 25/01/2024                       | BEFORE           |            | 2024-01-24",
    "Trước ngày 31/01/2024                       | BEFORE           |            | 2024-01-30",
    "Theo yêu cầu của Bộ Nội vụ                  | SET_BY_AUTHORITY |            |",
    "'Theo chỉ đạo của UBND thành phố, Bộ Nội vụ' | SET_BY_AUTHORITY |           |",
    "Theo thời gian đánh giá hàng năm của Bộ Y tế | SET_BY_AUTHORITY |            |",
  })
  void readsEveryTimeframeOfTheHaiPhong2024Appendix(String text, Timeframe.Kind kind, LocalDate start, LocalDate due) {
    Timeframe t = Timeframe.parse(text, Y2024);
    assertEquals(kind, t.kind());
    assertEquals(Optional.ofNullable(start), t.start());
    assertEquals(Optional.ofNullable(due), t.dueDate());
    assertEquals(text, t.text());
    // The same text without diacritics, as OCR'd plans print it, reads to the same structure.
    assertEquals(t, Timeframe.parse(stripDiacritics(text), Y2024));
  }

  @Test
  void keepsTheQuartersOfAMultiQuarterTimeframe() {
    Timeframe.InQuarters t = (Timeframe.InQuarters) Timeframe.parse("Quý II, III, IV/ 2024", Y2024);
    assertEquals(List.of(2, 3, 4), t.quarters());
    assertEquals(Year.of(2024), t.year());
    assertEquals(Timeframe.ofQuarters(Y2024, List.of(4, 3, 2)), t);
  }

  @Test
  void keepsWhoSetsATimeframe() {
    Timeframe.SetByAuthority t =
        (Timeframe.SetByAuthority) Timeframe.parse("Theo chỉ đạo của UBND thành phố, Bộ Nội vụ", Y2024);
    assertEquals("chỉ đạo", t.basis());
    assertEquals(List.of("UBND thành phố", "Bộ Nội vụ"), t.authorities());
    Timeframe.SetByAuthority health =
        (Timeframe.SetByAuthority) Timeframe.parse("Theo thời gian đánh giá hàng năm của Bộ Y tế", Y2024);
    assertEquals("thời gian đánh giá hàng năm", health.basis());
    assertEquals(List.of("Bộ Y tế"), health.authorities());
    assertFalse(health.contains(LocalDate.of(2024, 6, 1)));
  }

  /** OCR'd timeframes of seed 000 (Hải Phòng 2022), read with the plan year 2022. */
  @Test
  void readsTheOcrTimeframesOfTheHaiPhong2022Plan() {
    assertEquals(Timeframe.ofMonth(YearMonth.of(2021, 12)), Timeframe.parse("Thang 12/2021", Y2022));
    assertEquals(Timeframe.ofMonth(YearMonth.of(2022, 1)), Timeframe.parse("Trong thang 01/2022", Y2022));
    assertEquals(Timeframe.ofYear(Y2022), Timeframe.parse("Ca nam 2022", Y2022));
    assertEquals(Timeframe.ofQuarter(Y2022, 2), Timeframe.parse("Quy 11/2022", Y2022));
    Timeframe span = Timeframe.parse("Quy 1V/2022 den Quy 1/2023", Y2022);
    assertEquals(Timeframe.between(Timeframe.ofQuarter(Y2022, 4), Timeframe.ofQuarter(Year.of(2023), 1)), span);
    assertEquals(Optional.of(LocalDate.of(2022, 10, 1)), span.start());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 31)), span.dueDate());
    assertEquals(Timeframe.ofQuarter(Y2022, 3), Timeframe.parse("Quy III", Y2022));
    Timeframe before = Timeframe.parse("truoc ngay 10/01/2022", Y2022);
    assertEquals(Optional.of(LocalDate.of(2022, 1, 9)), before.dueDate());
    assertTrue(before.contains(LocalDate.of(2022, 1, 9)));
    assertFalse(before.contains(LocalDate.of(2022, 1, 10)));
  }

  /** The six timeframes of the seeds that did not read before scans were repaired (issue 15). */
  @Test
  void readsTheSeedsTimeframesThatScansDamagedOrThatNameNoYear() {
    assertEquals(Timeframe.before(LocalDate.of(2022, 1, 10)), Timeframe.parse("truee ngay 10/01/2022", Y2022));
    assertEquals(Timeframe.before(LocalDate.of(2022, 12, 5)), Timeframe.parse("trudc ngay 05/12", Y2022));
    assertEquals(Timeframe.ofYear(Y2022), Timeframe.parse("Candm 2022", Y2022));
    assertEquals("Candm 2022", Timeframe.parse("Candm 2022", Y2022).text(), "the text as printed is kept");
    Timeframe acrossYears = Timeframe.parse("Quý IV/2024 và Quý I/2025", Y2024);
    assertEquals(Timeframe.between(Timeframe.ofQuarter(Y2024, 4), Timeframe.ofQuarter(Year.of(2025), 1)), acrossYears);
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), acrossYears.dueDate());
    assertEquals(Timeframe.ofQuarters(Y2024, List.of(1, 3)), Timeframe.parse("Quý I/2024 và Quý III/2024", Y2024));
    assertThrows(TextParseException.class, () -> Timeframe.parse("Quý I/2024 và Quý III/2025", Y2024),
        "quarters of two years that do not follow each other");
    Timeframe yearly = Timeframe.parse("Hàng năm", Y2024);
    assertEquals(Timeframe.recurring(Timeframe.Frequency.YEARLY, Y2024), yearly);
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), yearly.dueDate());
    assertEquals(Timeframe.before(LocalDate.of(2024, 12, 10)), Timeframe.parse("trước ngày 10/12", Y2024));
    assertThrows(TextParseException.class, () -> Timeframe.parse("trước ngày 10/12"),
        "with no plan year a date without a year names no day");
    // A repair never turns noise into a timeframe: a word far from every form stays unread.
    assertThrows(TextParseException.class, () -> Timeframe.parse("Candidate 2022", Y2022));
  }

  @Test
  void readsTheOtherFormsOfDomainSectionFour() {
    assertEquals(Timeframe.ofMonth(YearMonth.of(2022, 11)), Timeframe.parse("hoàn thành trong tháng 11/2022", Y2022));
    assertEquals(Timeframe.before(LocalDate.of(2025, 7, 20)), Timeframe.parse("Hoàn thành trước ngày 20/7/2025", Y2024));
    assertEquals(Timeframe.recurring(Timeframe.Frequency.MONTHLY, Y2024), Timeframe.parse("Định kỳ hàng tháng", Y2024));
    assertEquals(Timeframe.recurring(Timeframe.Frequency.QUARTERLY, Y2024), Timeframe.parse("hàng quý", Y2024));
    assertEquals(Timeframe.ofQuarter(Y2024, 1), Timeframe.parse("trong quý I năm 2024", Y2024));
    assertEquals(Timeframe.ofYear(Y2024), Timeframe.parse("Cả năm", Y2024));
  }

  @Test
  void equalityIsStructuralAndKeepsTheTextBeside() {
    Timeframe printed = Timeframe.parse("Quý III,IV/2024", Y2024);
    Timeframe canonical = Timeframe.ofQuarters(Y2024, List.of(3, 4));
    assertEquals(canonical, printed);
    assertEquals(canonical.hashCode(), printed.hashCode());
    assertEquals("Quý III,IV/2024", printed.text());
    assertEquals("Quý III, IV/2024", canonical.text());
    assertEquals(printed.toCanonicalText(), canonical.text());
  }

  @Test
  void aQuarterGapIsNotContained() {
    Timeframe t = Timeframe.ofQuarters(Y2024, List.of(1, 3));
    assertTrue(t.contains(LocalDate.of(2024, 2, 1)));
    assertFalse(t.contains(LocalDate.of(2024, 5, 1)));
    assertTrue(t.contains(LocalDate.of(2024, 9, 30)));
  }

  @Test
  void refusesUnreadableTextQuotingIt() {
    TextParseException e = assertThrows(TextParseException.class, () -> Timeframe.parse("Sớm nhất có thể", Y2024));
    assertTrue(e.getMessage().contains("\"Sớm nhất có thể\""), e.getMessage());
    assertEquals("Sớm nhất có thể", e.getParsedText());
    TextParseException noYear = assertThrows(TextParseException.class, () -> Timeframe.parse("Quý III"));
    assertTrue(noYear.getMessage().contains("no plan year"), noYear.getMessage());
    TextParseException month = assertThrows(TextParseException.class, () -> Timeframe.parse("Tháng 13/2024"));
    assertTrue(month.getMessage().contains("\"Tháng 13/2024\""), month.getMessage());
    TextParseException day = assertThrows(TextParseException.class, () -> Timeframe.parse("Trước ngày 30/02/2024"));
    assertTrue(day.getMessage().contains("30/02/2024"), day.getMessage());
    TextParseException quarter = assertThrows(TextParseException.class, () -> Timeframe.parse("Quý V/2024"));
    assertTrue(quarter.getMessage().contains("Quý V/2024"), quarter.getMessage());
    assertThrows(TextParseException.class, () -> Timeframe.parse("Quý IV/2022 đến Quý I/2021"));
    assertThrows(TextParseException.class, () -> Timeframe.parse("   ", Y2024));
    assertThrows(TextParseException.class, () -> Timeframe.parse("Quý I/2024".repeat(2_000), Y2024));
  }

  @Test
  void refusalsAreSaidInVietnameseToo() {
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    for (String[] c : new String[][] {
        {"Sớm nhất có thể", "Không đọc được thời gian \"Sớm nhất có thể\": đây không phải một cách ghi thời gian đã biết"},
        {"Quý III", "Không đọc được thời gian \"Quý III\": không nêu năm, và năm của kế hoạch chưa được cho biết"},
        {"Trước ngày 30/02/2024", "Thời gian \"Trước ngày 30/02/2024\" nêu một ngày hoặc một kỳ không có"},
        {"Quý IV/2022 đến Quý I/2021", "Thời gian \"Quý IV/2022 đến Quý I/2021\" nêu một ngày hoặc một kỳ không có: "
            + "thời gian kết thúc (Quý I/2021) trước khi bắt đầu (Quý IV/2022)"},
        {"Quý I/2024".repeat(1_001), "Lời ghi thời gian dài 10010 ký tự; chỉ đọc tối đa 10000 ký tự"}}) {
      TextParseException e = assertThrows(TextParseException.class, () -> Timeframe.parse(c[0]));
      assertTrue(e.getMessage(vi).startsWith(c[1]), e.getMessage(vi));
      assertEquals(e.getMessage(), e.getMessage(java.util.Locale.ENGLISH));
    }
    TextParseException citation = assertThrows(TextParseException.class, () -> DocumentRef.parse("ngày 15/7/2021"));
    assertEquals("Không đọc được lời dẫn văn bản \"ngày 15/7/2021\": không có tên loại văn bản, cũng không có số, ký hiệu",
        citation.getMessage(vi));
  }

  @Test
  void factoriesRejectMalformedParts() {
    MalformedValueException q = assertThrows(MalformedValueException.class, () -> Timeframe.ofQuarter(Y2024, 5));
    assertTrue(q.getMessage().contains("quarter must be 1 to 4, was 5"), q.getMessage());
    assertThrows(MalformedValueException.class, () -> Timeframe.ofQuarters(Y2024, List.of()));
    assertThrows(MalformedValueException.class,
        () -> Timeframe.between(Timeframe.before(LocalDate.of(2024, 1, 1)), Timeframe.ofYear(Y2024)));
    assertThrows(MalformedValueException.class, () -> Timeframe.setBy(" ", List.of("Bộ Nội vụ")));
  }

  static String stripDiacritics(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
  }
}
