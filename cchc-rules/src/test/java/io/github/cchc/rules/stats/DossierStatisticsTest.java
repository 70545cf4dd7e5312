package io.github.cchc.rules.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.status.TargetEvaluation;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each on-time definition on a small set of dossiers computed by hand. */
class DossierStatisticsTest {
  private static final DateRange Q1 = DateRange.ofQuarter(Year.of(2024), 1);

  private static Dossier dossier(String id, String received, String due, String ended, Dossier.Outcome outcome) {
    Dossier.Builder b = Dossier.builder().id(id).procedureCode("1.001").agencyId("hp.snv").channel(Dossier.Channel.ONLINE)
        .received(LocalDateTime.parse(received)).due(LocalDateTime.parse(due));
    if (ended != null) {
      b.ended(LocalDateTime.parse(ended)).outcome(outcome);
    }
    return b.build();
  }

  /**
   * Q1 2024, as of 31/3 end of day:
   * A received 5/1, due 10/1, resolved 8/1: early.
   * B received 5/1, due 10/1 17:00, resolved 10/1 16:00: on time.
   * C received 5/1, due 10/1, resolved 12/1: late.
   * D received 20/3, due 5/4, pending: pending within time.
   * E received 1/3, due 15/3, pending: pending overdue.
   * F received 15/12/2023, due 5/1, resolved 4/1: early, handled in Q1 but received before it.
   * G received 2/2, due 9/2, withdrawn 3/2: left out.
   * H received 2/2, due 9/2, resolved 13/2 after 4 days waiting for the applicant (6/2–10/2): on time.
   */
  static final List<Dossier> SET = List.of(
      dossier("A", "2024-01-05T08:00", "2024-01-10T17:00", "2024-01-08T10:00", Dossier.Outcome.RESOLVED),
      dossier("B", "2024-01-05T08:00", "2024-01-10T17:00", "2024-01-10T16:00", Dossier.Outcome.RESOLVED),
      dossier("C", "2024-01-05T08:00", "2024-01-10T17:00", "2024-01-12T09:00", Dossier.Outcome.REJECTED),
      dossier("D", "2024-03-20T08:00", "2024-04-05T17:00", null, null),
      dossier("E", "2024-03-01T08:00", "2024-03-15T17:00", null, null),
      dossier("F", "2023-12-15T08:00", "2024-01-05T17:00", "2024-01-04T09:00", Dossier.Outcome.RESOLVED),
      dossier("G", "2024-02-02T08:00", "2024-02-09T17:00", "2024-02-03T09:00", Dossier.Outcome.WITHDRAWN),
      Dossier.builder().from(dossier("H", "2024-02-02T08:00", "2024-02-09T17:00", "2024-02-13T09:00", Dossier.Outcome.RESOLVED))
          .addPause(new Dossier.Pause(LocalDateTime.parse("2024-02-06T08:00"), LocalDateTime.parse("2024-02-10T08:00"))).build());

  @Test
  void classifiesEachDossier() {
    LocalDateTime asOf = LocalDate.of(2024, 3, 31).atTime(23, 59);
    assertEquals(List.of(DossierClass.EARLY, DossierClass.ON_TIME, DossierClass.LATE, DossierClass.PENDING_WITHIN_TIME,
            DossierClass.PENDING_OVERDUE, DossierClass.EARLY, DossierClass.EARLY, DossierClass.ON_TIME),
        SET.stream().map(d -> DossierClass.classify(d, asOf).orElseThrow()).toList());
  }

  @Test
  void thePlansWordingCountsDossiersReceivedInThePeriodWhoseProcessingEnded() {
    DossierStatistics s = DossierStatistics.of(SET.stream(), Q1);
    // Received in Q1: A B C D E G H; withdrawn G left out; ended: A B C H; early or on time: A B H.
    assertEquals(new Rate(3, 4), s.rate(OnTimeDefinition.PLAN_WORDING));
    assertEquals(Optional.of(new BigDecimal("75.00")), s.rate(OnTimeDefinition.PLAN_WORDING).percent(2));
    assertEquals(1, s.count(Basis.RECEIVED, DossierClass.PENDING_WITHIN_TIME));
    assertEquals(1, s.count(Basis.RECEIVED, DossierClass.PENDING_OVERDUE));
    assertEquals(1, s.count(Basis.RECEIVED, Dossier.Outcome.REJECTED, DossierClass.LATE));
  }

  @Test
  void decision766CountsAllHandledWithPendingWithinTimeAboveTheLine() {
    DossierStatistics s = DossierStatistics.of(SET.stream(), Q1);
    // Handled in Q1: A B C D E F H (G withdrawn, left out); above the line A B F H and D.
    assertEquals(new Rate(5, 7), s.rate(OnTimeDefinition.DECISION_766));
    Target above95 = Target.parseAll("đạt trên 95%").get(0).withIndicator(Indicator.DOSSIERS_ON_TIME);
    TargetEvaluation e = s.evaluate(above95, OnTimeDefinition.DECISION_766);
    assertEquals(Target.Outcome.NOT_MET, e.outcome());
    assertTrue(e.gap().orElseThrow().signum() < 0);
  }

  @Test
  void contradictoryDatesAreReportedNotCounted() {
    Dossier backwards = dossier("Z", "2024-02-10T08:00", "2024-02-20T17:00", "2024-02-01T08:00", Dossier.Outcome.RESOLVED);
    DossierStatistics s = DossierStatistics.of(Stream.concat(SET.stream(), Stream.of(backwards)), Q1);
    assertEquals(1, s.inconsistent());
    assertEquals(new Rate(3, 4), s.rate(OnTimeDefinition.PLAN_WORDING));
    List<Finding> findings = s.findings();
    assertEquals(1, findings.size());
    assertEquals("DOSSIER_DATES_INCONSISTENT", findings.get(0).code());
    assertEquals(DossierClass.Inconsistency.ENDED_BEFORE_RECEIVED, findings.get(0).facts().get("problem"));
    assertEquals("Dossier Z has contradictory dates: ended before it was received; it is left out of the statistics",
        findings.get(0).message(java.util.Locale.ENGLISH));
    assertEquals("Hồ sơ Z có ngày tháng mâu thuẫn: kết thúc trước ngày tiếp nhận; không được tính vào thống kê",
        findings.get(0).message());
  }

  @Test
  void channelsFlagsMonthsAndMerging() {
    DossierStatistics s = DossierStatistics.of(SET.stream(), Q1);
    assertEquals(new Rate(7, 7), s.channelRate(Dossier.Channel.ONLINE));
    assertEquals(new Rate(0, 7), s.flagRate(DossierStatistics.Flag.PAID_ONLINE));
    var months = DossierStatistics.byMonth(SET.stream(), Year.of(2024));
    assertEquals(3, months.get(YearMonth.of(2024, 1)).received(Dossier.Channel.ONLINE));
    assertEquals(2, months.get(YearMonth.of(2024, 4)).total(Basis.HANDLED), "D and E, still open in April");
    var quarters = DossierStatistics.byQuarter(SET.stream(), Year.of(2024));
    assertEquals(s, quarters.get(1), "the first quarter's statistics are those of Q1");
    assertEquals(2, quarters.get(2).total(Basis.HANDLED));
    assertThrows(CchcException.class, () -> s.merge(DossierStatistics.empty(DateRange.of(Year.of(2024)))));
    assertEquals(s, DossierStatistics.of(SET.stream().limit(3), Q1).merge(DossierStatistics.of(SET.stream().skip(3), Q1)));
  }

  @Test
  void dossiersStreamFromJsonLinesWithDateOnlyTimes() {
    String lines = """
        {"id":"1","procedureCode":"1.001","agencyId":"hp.snv","channel":"IN_PERSON","received":"2024-01-05","due":"2024-01-10","ended":"2024-01-10","outcome":"RESOLVED"}

        {"id":"2","procedureCode":"1.001","agencyId":"hp.snv","channel":"POST","received":"2024-01-05T09:00","due":"2024-01-10"}
        """;
    List<Dossier> read;
    try (Stream<Dossier> s = CchcJson.readLines(new StringReader(lines), Dossier.class)) {
      read = s.toList();
    }
    assertEquals(LocalDateTime.of(2024, 1, 5, 0, 0), read.get(0).received());
    assertEquals(LocalDate.of(2024, 1, 10), read.get(0).due().toLocalDate());
    assertEquals(DossierClass.ON_TIME, DossierClass.classify(read.get(0), LocalDateTime.of(2024, 2, 1, 0, 0)).orElseThrow());
    String broken = lines.replace("\"2024-01-10T", "\"2024-01-10T").replace("\"due\":\"2024-01-10\"}", "\"due\":\"10/01/2024\"}");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> {
      try (Stream<Dossier> s = CchcJson.readLines(new StringReader(broken), Dossier.class)) {
        s.forEach(d -> { });
      }
    });
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertEquals("/due", e.getPointer());
  }
}
