package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.testing.CchcArbitraries;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The form agency names are compared in ignores what officers' tables vary in, and nothing else. */
class PartyReaderProperties {
  @Property(tries = 500)
  void caseDiacriticsAndSpacingDoNotMatter(@ForAll("names") String name) {
    String key = PartyReader.key(name);
    assertEquals(key, PartyReader.key(name.toUpperCase(Locale.ROOT)));
    assertEquals(key, PartyReader.key(Normalizer.normalize(name, Normalizer.Form.NFD)), "decomposed text");
    assertEquals(key, PartyReader.key(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D')), "without diacritics");
    assertEquals(key, PartyReader.key("  " + name.replace(" ", " \u00a0\t") + "\n"), "spaces, tabs, no-break spaces");
    assertEquals(key, PartyReader.key(key), "a key is its own key");
  }

  @Property(tries = 500)
  void theKeyOfACommaRunIsTheKeysOfItsNames(@ForAll("names") String a, @ForAll("names") String b) {
    assertEquals(PartyReader.key(a) + ", " + PartyReader.key(b), PartyReader.key(a + ", " + b));
  }

  @Property(tries = 200)
  void abbreviationsAreWrittenOut(@ForAll("names") String rest) {
    assertEquals(PartyReader.key("Ủy ban nhân dân " + rest), PartyReader.key("UBND " + rest));
    assertEquals(PartyReader.key("Văn phòng Ủy ban nhân dân " + rest), PartyReader.key("VP UBND " + rest));
    assertEquals(PartyReader.key("Sở Thông tin và Truyền thông, " + rest), PartyReader.key("Sở TT&TT, " + rest));
  }

  @Provide
  Arbitrary<String> names() {
    return CchcArbitraries.vietnameseText();
  }
}
