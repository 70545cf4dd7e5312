package io.github.cchc.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
