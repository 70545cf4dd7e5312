package io.github.cchc.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One calendar, whose days off are computed and cached on first use, shared by eight threads. */
class CalendarConcurrencyTest {
  @Test
  void eightThreadsGetWhatOneGets() throws Exception {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2000, 1, 1); d.isBefore(LocalDate.of(2040, 1, 1)); d = d.plusDays(97)) {
      days.add(d);
    }
    List<LocalDate> alone = days.stream().map(d -> WorkingCalendar.vietnam().plusWorkingDays(d, 40)).toList();
    WorkingCalendar shared = WorkingCalendar.vietnam();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<LocalDate>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> days.stream().map(d -> shared.plusWorkingDays(d, 40)).toList()));
      }
      for (Future<List<LocalDate>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
