package io.github.cchc.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of working-day arithmetic. */
class WorkingDayProperties {
  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  @Property
  void addingWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate date, @ForAll("counts") int n) {
    LocalDate later = VN.plusWorkingDays(date, n);
    if (n > 0) {
      assertTrue(VN.isWorkingDay(later));
      assertTrue(later.isAfter(date));
    }
    if (n < 0) {
      assertTrue(VN.isWorkingDay(later));
      assertTrue(later.isBefore(date));
    }
  }

  @Property
  void countingInvertsAdding(@ForAll("dates") LocalDate date, @ForAll("counts") int n) {
    assertEquals(n, VN.workingDaysBetween(date, VN.plusWorkingDays(date, n)));
  }

  @Property
  void addingIsAdditive(@ForAll("dates") LocalDate date, @ForAll("positive") int a, @ForAll("positive") int b) {
    assertEquals(VN.plusWorkingDays(date, a + b), VN.plusWorkingDays(VN.plusWorkingDays(date, a), b));
  }

  @Property
  void theAdjusterMovesAsPlusWorkingDaysDoes(@ForAll("dates") LocalDate date, @ForAll("counts") int n,
      @ForAll @IntRange(max = 86_399) int second) {
    assertEquals(VN.plusWorkingDays(date, n), date.with(VN.plusWorkingDays(n)));
    LocalDateTime at = date.atTime(LocalTime.ofSecondOfDay(second));
    assertEquals(VN.plusWorkingDays(date, n).atTime(at.toLocalTime()), at.with(VN.plusWorkingDays(n)), "the time of day stays");
  }

  @Property
  void nextOrSameWorkingDayIsTheFirstWorkingDayOnOrAfter(@ForAll("dates") LocalDate date) {
    LocalDate working = date.with(VN.nextOrSameWorkingDay());
    assertTrue(VN.isWorkingDay(working));
    assertTrue(!working.isBefore(date));
    for (LocalDate d = date; d.isBefore(working); d = d.plusDays(1)) {
      assertTrue(!VN.isWorkingDay(d), d.toString());
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 30).map(d -> LocalDate.of(2005, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(-300, 300);
  }

  @Provide
  Arbitrary<Integer> positive() {
    return Arbitraries.integers().between(0, 200);
  }
}
