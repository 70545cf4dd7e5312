package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.testing.CchcArbitraries;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parsers read back their canonical text and never fail except with their documented exception. */
class ParserProperties {
  private static final List<String> SEED_PHRASES = List.of(
      "Quý II, III, IV/ 2024", "Trước ngày 25/01/2024", "Theo chỉ đạo của UBND thành phố, Bộ Nội vụ", "Cả năm 2024",
      "Quy 1V/2022 den Quy 1/2023", "Thang 12/2021", "Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 95%",
      "Có thêm ít nhất 01 đơn vị tự đảm bảo từ 70% đến dưới 100% chi thường xuyên",
      "giảm tối thiểu 10% so với năm 2021", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
      "Số: 4791 /QĐ-UBND", "Kết luận số 50-KL/TW, ngày 28/02/2023", "Luật Tổ chức chính quyền địa phương ngày 19/6/2015");

  @Property
  void aTimeframeReadsBackFromItsCanonicalText(@ForAll Timeframe timeframe) {
    Timeframe read = Timeframe.parse(timeframe.toCanonicalText());
    assertEquals(timeframe, read);
    assertEquals(timeframe.toCanonicalText(), read.text());
  }

  @Property
  void containmentAgreesWithStartAndDueDate(@ForAll Timeframe timeframe, @ForAll("dates") LocalDate date) {
    if (timeframe.contains(date)) {
      assertTrue(timeframe.dueDate().isPresent());
      assertTrue(!date.isAfter(timeframe.dueDate().get()));
      timeframe.start().ifPresent(s -> assertTrue(!date.isBefore(s)));
    }
    timeframe.dueDate().ifPresent(due -> assertTrue(timeframe.contains(due) || timeframe.kind() == Timeframe.Kind.QUARTERS));
  }

  @Property
  void aTargetReadsBackFromItsCanonicalText(@ForAll("printableTargets") Target target) {
    List<Target> read = Target.parseAll(target.toCanonicalText());
    assertEquals(List.of(target), read, target.toCanonicalText());
  }

  @Property
  void aDocumentReferenceReadsBackFromItsCanonicalText(@ForAll DocumentRef ref) {
    DocumentRef read = DocumentRef.parse(ref.toCanonicalText());
    assertEquals(ref, read, ref.toCanonicalText());
    List<DocumentRef.Occurrence> found = DocumentRef.findAll("Căn cứ " + ref.toCanonicalText() + ";");
    if (ref.number().isPresent()) {
      assertTrue(found.stream().anyMatch(o -> o.ref().number().equals(ref.number())), found.toString());
    }
  }

  @Property
  void parsersAreTotalOnArbitraryText(@ForAll("hostileText") String text) {
    for (Runnable parser : List.<Runnable>of(
        () -> Timeframe.parse(text), () -> Timeframe.parse(text, Year.of(2024)), () -> Target.parseAll(text),
        () -> DocumentRef.parse(text), () -> DocumentRef.findAll(text))) {
      try {
        parser.run();
      } catch (TextParseException expected) {
        assertEquals(text, expected.getParsedText());
      }
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 25).map(d -> LocalDate.of(2013, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<Target> printableTargets() {
    return CchcArbitraries.printableTargets();
  }

  /** Random strings over the characters the parsers care about, and seed phrases with edits. */
  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> random = Arbitraries.strings()
        .withChars("QuýIVXivx1234567890/,;.-% \n\tđĐngàyTháng trướcquyQUYcủaTheo số:Số")
        .withCharRange('\u0300', '\u0323').ofMaxLength(80);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(SEED_PHRASES), Arbitraries.integers().between(0, 200),
            Arbitraries.strings().withChars("/%,;-0123456789 IVđ̣").ofMaxLength(3), Arbitraries.integers().between(0, 3))
        .as((phrase, at, insert, delete) -> {
          int i = Math.min(at, phrase.length());
          int j = Math.min(phrase.length(), i + delete);
          return phrase.substring(0, i) + insert + phrase.substring(j);
        });
    return Arbitraries.oneOf(random, unicode, mutated);
  }
}
