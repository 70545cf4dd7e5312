package io.github.cchc.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The confusion table and the repair towards a parser's words. */
class ScanWordsTest {
  @Test
  void signsInsideWordsAreTheLettersTheyStandForAndFiguresStayFigures() {
    assertEquals("so noi vu, xac dinh, hien, quan ly 2024, 10/01/2022, 4791/qd-ubnd, 1. (3) 18",
        ScanWords.unconfuseWords("s6 n0i vu, x4c dinh, hi¢n, quan 1y 2024, 10/01/2022, 4791/qd-ubnd, 1. (3) 18"));
  }

  @Test
  void wordsARepairReachesAndWordsItDoesNot() {
    List<String> wanted = List.of("truoc ngay", "ca nam", "toi thieu", "nhom dau", "tren");
    assertEquals("truoc ngay 10/01/2022", ScanWords.repair("truee ngay 10/01/2022", wanted));
    assertEquals("ca nam 2022", ScanWords.repair("candm 2022", wanted), "joined words");
    assertEquals("toi thieu 30%", ScanWords.repair("t4i thidu 30%", wanted), "signs, then edits");
    assertEquals("tren 97%", ScanWords.repair("treri 97%", wanted), "\"ri\" for \"n\"");
    assertEquals("chi cho dau tu", ScanWords.repair("chi cho dau tu", wanted), "a word's first letter is kept");
    assertEquals("tien 97%", ScanWords.repair("tien 97%", wanted), "no edit in a word of four letters");
  }

  @Property
  void unconfusingKeepsOneCharForOneChar(@ForAll String text) {
    assertEquals(text.length(), ScanWords.unconfuseWords(text).length());
  }

  @Property
  void aPhraseThatIsWantedIsLeftAsItIs(@ForAll("wanted") String phrase) {
    assertEquals(phrase + " 2024", ScanWords.repair(phrase + " 2024", List.of("truoc ngay", "ca nam", "toi thieu", "hang nam")));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> wanted() {
    return net.jqwik.api.Arbitraries.of("truoc ngay", "ca nam", "toi thieu", "hang nam");
  }
}
