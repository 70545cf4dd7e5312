package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.testing.Languages;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The three parsers are total: on random strings, Vietnamese text with and without diacritics, seed
 * phrases with characters inserted, deleted and swapped, and very long inputs, each returns a value
 * or throws {@link TextParseException} quoting the input. The default run tries 200 inputs; the long
 * profile of docs/reliability.md a million.
 */
class ParserTotalityProperties {
  private static final List<String> SEEDS = List.of(
      "Quý II, III, IV/ 2024", "Trước ngày 25/01/2024", "Theo chỉ đạo của UBND thành phố, Bộ Nội vụ", "Cả năm 2024",
      "Quy 1V/2022 den Quy 1/2023", "Thang 12/2021", "truoc ngay 10/01/2022", "Định kỳ hàng tháng", "Ca nim 2022",
      "Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 95%; mức độ hài lòng đạt 90% trở lên",
      "Có thêm ít nhất 01 đơn vị tự đảm bảo từ 70% đến dưới 100% chi thường xuyên", "giảm tối thiểu 10% so với năm 2021",
      "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", "Số: 4791 /QĐ-UBND", "Kết luận số 50-KL/TW, ngày 28/02/2023",
      "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Nghi quyét sé 76/NO-CP ngay 15/7/2021", "468/QĐ-\n\nTTg");

  @Property
  void timeframesAreTotal(@ForAll("inputs") String text) {
    check(() -> Timeframe.parse(text, Year.of(2024)), text);
    check(() -> Timeframe.parse(text), text);
  }

  @Property
  void targetsAreTotal(@ForAll("inputs") String text) {
    check(() -> Target.parseAll(text), text);
  }

  @Property
  void documentReferencesAreTotal(@ForAll("inputs") String text) {
    check(() -> DocumentRef.parse(text), text);
    check(() -> DocumentRef.findAll(text), text);
  }

  /** The scan repair every parser falls back on keeps to any text, and keeps one char for one char. */
  @Property
  void scanRepairIsTotal(@ForAll("inputs") String text) {
    assertEquals(text.length(), io.github.cchc.model.text.ScanWords.unconfuseWords(text).length());
    io.github.cchc.model.text.ScanWords.repair(text, java.util.List.of("truoc ngay", "ca nam", "toi thieu"));
  }

  private static void check(Runnable parser, String text) {
    try {
      parser.run();
    } catch (TextParseException expected) {
      assertEquals(text, expected.getParsedText());
      // Said in each language around the text it quotes, whatever words that text holds.
      String quoted = "\"" + Texts.abbreviate(text) + "\"";
      String vietnamese = expected.getMessage(java.util.Locale.forLanguageTag("vi"));
      String english = expected.getMessage(java.util.Locale.ENGLISH);
      assertTrue(vietnamese.contains(quoted) && english.contains(quoted), english);
      assertEquals(List.of(), Languages.notVietnameseOutsideValues(vietnamese.replace(quoted, "")), vietnamese);
      assertEquals(List.of(), Languages.vietnameseInEnglish(english.replace(quoted, "")), english);
    }
  }

  @Provide
  Arbitrary<String> inputs() {
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> vietnamese = Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạầấẩẫậèéẻẽẹềếểễệòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,;:./-%0123456789")
        .withChars("QuýIVXThángTrướcngàyCảnămĐịnhkỳTheocủa")
        .withCharRange('\u0300', '\u0323').ofMaxLength(120);
    Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 3), Arbitraries.strings().withChars("/%,;-0123456789 IVđ̣\n").ofMaxLength(3),
            Arbitraries.of(true, false))
        .as((seed, at, delete, insert, swap) -> {
          int i = Math.min(at, seed.length());
          int j = Math.min(seed.length(), i + delete);
          String edited = seed.substring(0, i) + insert + seed.substring(j);
          if (swap && edited.length() > i + 1) {
            char[] c = edited.toCharArray();
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            edited = new String(c);
          }
          return edited;
        });
    Arbitrary<String> long1 = Arbitraries.of(SEEDS).map(s -> s.repeat(12_000 / s.length() + 1));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(3, vietnamese),
        net.jqwik.api.Tuple.of(6, mutated), net.jqwik.api.Tuple.of(1, long1));
  }
}
