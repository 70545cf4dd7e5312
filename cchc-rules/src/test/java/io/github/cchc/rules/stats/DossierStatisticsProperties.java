package io.github.cchc.rules.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Dossier;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The merge laws of the statistics, on dossiers from the model's generators. */
class DossierStatisticsProperties {
  private static final DateRange YEAR = DateRange.of(Year.of(2024));

  private static DossierStatistics of(List<Dossier> dossiers) {
    return DossierStatistics.of(dossiers.stream(), YEAR);
  }

  @Property(tries = 200)
  void emptyIsTheIdentity(@ForAll @Size(max = 30) List<Dossier> a) {
    assertEquals(of(a), of(a).merge(DossierStatistics.empty(YEAR)));
    assertEquals(of(a), DossierStatistics.empty(YEAR).merge(of(a)));
  }

  @Property(tries = 200)
  void mergeIsAssociativeAndCommutative(@ForAll @Size(max = 20) List<Dossier> a, @ForAll @Size(max = 20) List<Dossier> b,
      @ForAll @Size(max = 20) List<Dossier> c) {
    assertEquals(of(a).merge(of(b)).merge(of(c)), of(a).merge(of(b).merge(of(c))));
    assertEquals(of(a).merge(of(b)), of(b).merge(of(a)));
  }

  @Property(tries = 200)
  void theStatisticsOfAConcatenationAreTheMergeOfTheParts(@ForAll @Size(max = 30) List<Dossier> a,
      @ForAll @Size(max = 30) List<Dossier> b) {
    assertEquals(DossierStatistics.of(Stream.concat(a.stream(), b.stream()), YEAR), of(a).merge(of(b)));
    assertEquals(DossierStatistics.of(Stream.concat(a.stream(), b.stream()).parallel(), YEAR), of(a).merge(of(b)));
  }

  @Property(tries = 200)
  void classCountsAddUpToTheDossiers(@ForAll @Size(max = 40) List<Dossier> dossiers) {
    DossierStatistics s = of(dossiers);
    long received = dossiers.stream().filter(d -> YEAR.contains(d.received().toLocalDate())).count();
    long inconsistent = dossiers.stream().filter(d -> YEAR.contains(d.received().toLocalDate()))
        .filter(d -> DossierClass.inconsistency(d).isPresent()).count();
    assertEquals(received - inconsistent, s.total(Basis.RECEIVED));
    long channels = 0;
    for (Dossier.Channel c : Dossier.Channel.values()) {
      channels += s.received(c);
    }
    assertEquals(received - inconsistent, channels);
  }
}
