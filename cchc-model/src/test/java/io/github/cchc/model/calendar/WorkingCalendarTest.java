package io.github.cchc.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.MalformedValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statutory holidays, compensatory days and an official schedule overriding them. */
class WorkingCalendarTest {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void theStatutoryDaysOffOf2024() {
    // Tết Giáp Thìn: 10/2/2024 (Saturday); the 5 days run 9/2 (the last day of the lunar year) to 13/2,
    // and 10/2 and 11/2 on the weekend give two compensatory days, 14/2 and 15/2.
    assertEquals(List.of(d(2024, 1, 1), d(2024, 2, 9), d(2024, 2, 12), d(2024, 2, 13), d(2024, 2, 14), d(2024, 2, 15),
        d(2024, 4, 18), d(2024, 4, 30), d(2024, 5, 1), d(2024, 9, 2), d(2024, 9, 3)), List.copyOf(VN.daysOffIn(Year.of(2024))));
    assertFalse(VN.isWorkingDay(d(2024, 4, 18)), "Giỗ Tổ, 10/3 lunar");
    assertTrue(VN.isWorkingDay(d(2024, 4, 19)));
  }

  @Test
  void aHolidayOnASundayGivesTheNextWorkingDayOff() {
    // Giỗ Tổ 2022 fell on Sunday 10 April: Monday 11 April was off.
    assertFalse(VN.isWorkingDay(d(2022, 4, 11)));
    // 1/1/2023 was a Sunday: Monday 2 January was off.
    assertFalse(VN.isWorkingDay(d(2023, 1, 2)));
    // Before 2021 the National Day was one day: 3/9/2019 was a working day.
    assertTrue(VN.isWorkingDay(d(2019, 9, 3)));
  }

  @Test
  void anOfficialScheduleWithASwapAndAMakeUpSaturdayOverridesTheRules() {
    // 2023, as announced for public servants: 2/1 off in lieu of 1/1; Tết 20/1–26/1;
    // 29/4–3/5 for Giỗ Tổ, 30/4 and 1/5, with Tuesday 2/5 swapped for Saturday 6/5 worked;
    // 1/9–4/9 for the National Day, with Friday 1/9 swapped for Saturday 9/9 worked.
    OfficialSchedule y2023 = OfficialSchedule.of(Year.of(2023), List.of(d(2023, 1, 2), d(2023, 1, 20), d(2023, 1, 23),
            d(2023, 1, 24), d(2023, 1, 25), d(2023, 1, 26), d(2023, 5, 1), d(2023, 5, 2), d(2023, 5, 3), d(2023, 9, 1),
            d(2023, 9, 4)),
        List.of(d(2023, 5, 6), d(2023, 9, 9)));
    WorkingCalendar cal = VN.withSchedule(y2023);
    assertFalse(cal.isWorkingDay(d(2023, 5, 2)), "the swapped day is off");
    assertTrue(cal.isWorkingDay(d(2023, 5, 6)), "the make-up Saturday is worked");
    assertTrue(VN.isWorkingDay(d(2023, 9, 1)), "without the schedule 1/9/2023 is an ordinary Friday");
    assertFalse(VN.isWorkingDay(d(2023, 5, 6)), "without the schedule Saturday is off");
    assertEquals(d(2023, 5, 6), cal.plusWorkingDays(d(2023, 4, 28), 3), "after Friday 28/4: 4/5, 5/5, then Saturday 6/5");
    assertTrue(cal.isWorkingDay(d(2024, 2, 16)), "other years still follow the rules");
    assertThrows(MalformedValueException.class, () -> OfficialSchedule.of(Year.of(2023), List.of(d(2023, 5, 6)), List.of()));
    assertThrows(MalformedValueException.class, () -> OfficialSchedule.of(Year.of(2023), List.of(d(2024, 5, 6)), List.of()));
  }

  @Test
  void dueDatesOfDossiers() {
    LocalDateTime received = LocalDateTime.of(2024, 2, 7, 9, 30);
    // 3 working days from Wednesday 7/2/2024: 8/2, then Tết, then 16/2 and 19/2.
    assertEquals(LocalDateTime.of(d(2024, 2, 19), LocalTime.MAX), VN.dueDate(received, ProcessingTime.ofWorkingDays(3)));
    assertEquals(LocalDateTime.of(2024, 2, 8, 9, 30), VN.dueDate(received, ProcessingTime.of(24, ProcessingTime.Unit.HOURS)));
    assertEquals(LocalDateTime.of(d(2024, 2, 17), LocalTime.MAX), VN.dueDate(received, ProcessingTime.of(10, ProcessingTime.Unit.DAYS)));
    assertEquals(3, VN.workingDaysBetween(d(2024, 2, 7), d(2024, 2, 19)));
    assertEquals(-3, VN.workingDaysBetween(d(2024, 2, 19), d(2024, 2, 7)));
  }
}
