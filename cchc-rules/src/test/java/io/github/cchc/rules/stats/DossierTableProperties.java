package io.github.cchc.rules.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Dossier;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Dossiers as columns: the rows read back as added, the statistics as the rows give them, the merge laws. */
class DossierTableProperties {
  @Provide
  Arbitrary<DateRange> periods() {
    Arbitrary<DateRange> months = Arbitraries.integers().between(1, 12).map(m -> DateRange.of(Year.of(2024).atMonth(m)));
    Arbitrary<DateRange> quarters = Arbitraries.integers().between(1, 4).map(q -> DateRange.ofQuarter(Year.of(2024), q));
    Arbitrary<DateRange> spans = Arbitraries.integers().between(0, 400).flatMap(start -> Arbitraries.integers().between(0, 120)
        .map(length -> DateRange.of(LocalDate.of(2024, 1, 1).plusDays(start), LocalDate.of(2024, 1, 1).plusDays(start + length))));
    return Arbitraries.oneOf(months, quarters, spans, Arbitraries.just(DateRange.of(Year.of(2024))));
  }

  @Property(tries = 300)
  void theRowsReadBackAsAddedAndCountAsTheyDo(@ForAll @Size(max = 60) List<Dossier> dossiers,
      @ForAll("periods") DateRange period) {
    DossierTable table = DossierTable.of(dossiers.stream());
    assertEquals(dossiers, table.asList());
    assertEquals(DossierStatistics.of(dossiers.stream(), period), DossierStatistics.of(table, period));
  }

  @Property(tries = 200)
  void groupsByAgencyCountAsTheRowsGroupedByAgencyDo(@ForAll @Size(max = 60) List<Dossier> dossiers,
      @ForAll("periods") DateRange period) {
    DossierTable table = DossierTable.of(dossiers.stream());
    List<DossierStatistics> groups = DossierStatistics.groupBy(table, period, table::agencyIndex, table.agencies().size());
    Map<String, DossierStatistics> byAgency = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      byAgency.put(table.agencies().get(g), groups.get(g));
    }
    assertEquals(DossierStatistics.groupBy(dossiers.stream(), period, Dossier::agencyId), byAgency);
  }

  @Property(tries = 200)
  void appendingIsAssociativeWithTheEmptyTableItsIdentityAndEqualsBuildingAtOnce(@ForAll @Size(max = 20) List<Dossier> a,
      @ForAll @Size(max = 20) List<Dossier> b, @ForAll @Size(max = 20) List<Dossier> c) {
    DossierTable ta = DossierTable.of(a.stream());
    DossierTable tb = DossierTable.of(b.stream());
    DossierTable tc = DossierTable.of(c.stream());
    assertEquals(ta.plus(tb).plus(tc), ta.plus(tb.plus(tc)));
    assertEquals(ta, ta.plus(DossierTable.empty()));
    assertEquals(ta, DossierTable.empty().plus(ta));
    List<Dossier> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    DossierTable once = DossierTable.of(all.stream());
    assertEquals(once, ta.plus(tb).plus(tc));
    assertEquals(once, all.parallelStream().collect(DossierTable.collector()));
    assertEquals(once.hashCode(), ta.plus(tb).plus(tc).hashCode());
    assertEquals(DossierStatistics.of(once, DateRange.of(Year.of(2024))),
        DossierStatistics.of(ta, DateRange.of(Year.of(2024))).merge(DossierStatistics.of(tb.plus(tc), DateRange.of(Year.of(2024)))));
  }

  /**
   * However many dossiers contradict their dates and in whatever order they come, the first
   * {@value DossierStatistics#LISTED} by id are listed, on rows, on columns and merged from halves alike, and the
   * rest counted.
   */
  @Property(tries = 200)
  void theFirstInconsistentDossiersByIdAreListedWhateverTheirOrder(@ForAll @Size(max = 70) java.util.Set<Integer> numbers,
      @ForAll java.util.Random random) {
    List<Dossier> backwards = new ArrayList<>();
    for (int n : numbers) {
      backwards.add(Dossier.builder().id(String.format("HS-%03d", Math.floorMod(n, 1000)) + "-" + n).procedureCode("1.001")
          .agencyId("hp.snv").channel(Dossier.Channel.ONLINE).received(java.time.LocalDateTime.of(2024, 2, 10, 8, 0))
          .due(java.time.LocalDateTime.of(2024, 2, 20, 17, 0)).ended(java.time.LocalDateTime.of(2024, 2, 1, 8, 0))
          .outcome(Dossier.Outcome.RESOLVED).build());
    }
    java.util.Collections.shuffle(backwards, random);
    List<String> expected = backwards.stream().map(Dossier::id).sorted().limit(DossierStatistics.LISTED).toList();
    DateRange q1 = DateRange.ofQuarter(Year.of(2024), 1);
    int half = backwards.size() / 2;
    DossierStatistics merged = DossierStatistics.of(backwards.subList(0, half).stream(), q1)
        .merge(DossierStatistics.of(DossierTable.of(backwards.subList(half, backwards.size()).stream()), q1));
    for (DossierStatistics s : List.of(DossierStatistics.of(backwards.stream(), q1),
        DossierStatistics.of(DossierTable.of(backwards.stream()), q1), merged)) {
      assertEquals(backwards.size(), s.inconsistent());
      List<String> listed = s.findings().stream().map(f -> f.subject().label()).filter(id -> !id.startsWith("+")).toList();
      assertEquals(expected, listed);
    }
  }

  @Property(tries = 50)
  void aTableOfNoDossierCountsNothing(@ForAll("periods") DateRange period) {
    assertEquals(DossierStatistics.empty(period), DossierStatistics.of(DossierTable.of(Stream.empty()), period));
    assertEquals(List.of(DossierStatistics.empty(period), DossierStatistics.empty(period)),
        DossierStatistics.groupBy(DossierTable.empty(), period, row -> 0, 2));
  }
}
