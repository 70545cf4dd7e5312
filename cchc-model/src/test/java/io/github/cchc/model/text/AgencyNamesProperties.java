package io.github.cchc.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.testing.CchcArbitraries;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The form agency names are compared in ignores what officers' tables vary in, and nothing else; the
 * directory finds names as the importer reads them.
 */
class AgencyNamesProperties {
  @Property(tries = 500)
  void caseDiacriticsAndSpacingDoNotMatter(@ForAll("names") String name) {
    String key = AgencyNames.key(name);
    assertEquals(key, AgencyNames.key(name.toUpperCase(Locale.ROOT)));
    assertEquals(key, AgencyNames.key(Normalizer.normalize(name, Normalizer.Form.NFD)), "decomposed text");
    assertEquals(key, AgencyNames.key(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D')), "without diacritics");
    assertEquals(key, AgencyNames.key("  " + name.replace(" ", " \u00a0\t") + "\n"), "spaces, tabs, no-break spaces");
    assertEquals(key, AgencyNames.key(key), "a key is its own key");
  }

  @Property(tries = 500)
  void theKeyOfACommaRunIsTheKeysOfItsNames(@ForAll("names") String a, @ForAll("names") String b) {
    assertEquals(AgencyNames.key(a) + ", " + AgencyNames.key(b), AgencyNames.key(a + ", " + b));
  }

  @Property(tries = 200)
  void abbreviationsAreWrittenOut(@ForAll("names") String rest) {
    assertEquals(AgencyNames.key("Ủy ban nhân dân " + rest), AgencyNames.key("UBND " + rest));
    assertEquals(AgencyNames.key("Văn phòng Ủy ban nhân dân " + rest), AgencyNames.key("VP UBND " + rest));
    assertEquals(AgencyNames.key("Sở Thông tin và Truyền thông, " + rest), AgencyNames.key("Sở TT&TT, " + rest));
  }

  @Property(tries = 200)
  void theDirectoryFindsAnAgencyByTheWordsTheImporterReads(@ForAll("names") String rest) {
    Assume.that(!AgencyNames.key(rest).isEmpty());
    Agency agency = Agency.builder().id("a").name("Ủy ban nhân dân " + rest).level(AgencyLevel.DISTRICT)
        .kind(AgencyKind.PEOPLES_COMMITTEE).build();
    AgencyDirectory directory = AgencyDirectory.of(List.of(agency), List.of());
    assertEquals(List.of(agency), directory.findByName("UBND " + rest.toUpperCase(Locale.ROOT)));
    assertEquals(List.of(agency), directory.findByName(Normalizer.normalize("  uy ban nhan dan " + rest, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')));
  }

  @Provide
  Arbitrary<String> names() {
    return CchcArbitraries.vietnameseText();
  }
}
