package io.github.cchc.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.MalformedValueException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tết and Giỗ Tổ Hùng Vương as published in Vietnamese calendars. */
class LunarDateTest {
  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05",
    "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
    "2025, 2025-01-29", "2026, 2026-02-17",
    // Years in which the Vietnamese new year (UTC+7) differs from the Chinese (UTC+8):
    "1968, 1968-01-29", // China: 30 January 1968
    "1985, 1985-01-21", // China: 20 February 1985 (a whole month: the leap month falls differently)
    "2007, 2007-02-17", // China: 18 February 2007
  })
  void tet(int year, LocalDate expected) {
    assertEquals(expected, LunarDate.tet(year));
    LunarDate first = LunarDate.from(expected);
    assertEquals(1, first.day());
    assertEquals(1, first.month());
    assertEquals(year, first.year());
    assertTrue(LunarDate.from(expected.minusDays(1)).isLastDayOfYear());
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
  @CsvSource({"2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14", "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29",
    "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
  void hungKingsDay(int year, LocalDate expected) {
    assertEquals(expected, LunarDate.of(year, 3, false, 10).toLocalDate());
  }

  /** Solar → lunar → solar is the identity on every day of the range, and days follow each other. */
  @Test
  void everyDayFrom1900To2100RoundTrips() {
    LunarDate previous = null;
    for (LocalDate d = LunarDate.MIN; !d.isAfter(LunarDate.MAX); d = d.plusDays(1)) {
      LunarDate lunar = LunarDate.from(d);
      assertEquals(d, lunar.toLocalDate(), lunar.toString());
      if (previous != null && lunar.day() != 1) {
        assertEquals(previous.day() + 1, lunar.day(), d.toString());
      }
      previous = lunar;
    }
  }

  @Test
  void leapMonthsAndInvalidDates() {
    // 2023 had a leap second month (tháng 2 nhuận), from 22 March to 19 April 2023.
    LunarDate leap = LunarDate.from(LocalDate.of(2023, 3, 22));
    assertTrue(leap.isLeapMonth());
    assertEquals(2, leap.month());
    assertEquals(1, leap.day());
    assertEquals(LocalDate.of(2023, 3, 22), LunarDate.of(2023, 2, true, 1).toLocalDate());
    assertEquals(LocalDate.of(2023, 4, 20), LunarDate.of(2023, 3, false, 1).toLocalDate());
    assertFalse(LunarDate.from(LocalDate.of(2023, 3, 1)).isLeapMonth());
    MalformedValueException noLeap = assertThrows(MalformedValueException.class, () -> LunarDate.of(2024, 5, true, 1));
    assertTrue(noLeap.getMessage().contains("1/5 nhuận/2024"), noLeap.getMessage());
    assertThrows(MalformedValueException.class, () -> LunarDate.of(2024, 13, false, 1));
    assertThrows(MalformedValueException.class, () -> LunarDate.from(LocalDate.of(1899, 12, 31)));
  }
}
