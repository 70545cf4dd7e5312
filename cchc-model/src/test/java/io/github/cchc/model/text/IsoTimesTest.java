package io.github.cchc.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast ISO readers give what the JDK's parse gives, value for value and refusal for refusal. */
class IsoTimesTest {
  @Property(tries = 5000)
  void datesMonthsAndDateTimesReadAsTheJdkReadsThem(@ForAll("isoLike") String text) {
    same(text, IsoTimes::date, LocalDate::parse);
    same(text, IsoTimes::month, YearMonth::parse);
    same(text, IsoTimes::dateTime, LocalDateTime::parse);
  }

  @Property(tries = 2000)
  void whatJavaWritesReadsBack(@ForAll("times") LocalDateTime time) {
    assertEquals(time, IsoTimes.dateTime(time.toString()));
    assertEquals(time.toLocalDate(), IsoTimes.date(time.toLocalDate().toString()));
    assertEquals(YearMonth.from(time), IsoTimes.month(YearMonth.from(time).toString()));
  }

  private static <T> void same(String text, Function<String, T> fast, Function<String, T> jdk) {
    assertEquals(result(text, jdk), result(text, fast), text);
  }

  private static <T> Optional<T> result(String text, Function<String, T> parse) {
    try {
      return Optional.of(parse.apply(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Provide
  Arbitrary<String> isoLike() {
    Arbitrary<String> valid = times().map(LocalDateTime::toString);
    Arbitrary<Character> chars = Arbitraries.of('0', '1', '2', '3', '5', '9', '-', ':', 'T', '.', '+', ' ', 'x');
    Arbitrary<String> noise = chars.list().ofMaxSize(32).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    // Valid texts with one char replaced or cut short: the shapes the fast path must not misread.
    Arbitrary<String> damaged = Arbitraries.oneOf(valid, times().map(t -> t.toLocalDate().toString()),
        times().map(t -> YearMonth.from(t).toString())).flatMap(s -> Arbitraries.integers().between(0, s.length() - 1)
        .flatMap(i -> net.jqwik.api.Combinators.combine(chars, Arbitraries.of(true, false))
            .as((c, replace) -> replace ? s.substring(0, i) + c + s.substring(i + 1) : s.substring(0, i))));
    return Arbitraries.oneOf(valid, times().map(t -> t.toLocalDate().toString()), times().map(t -> YearMonth.from(t).toString()),
        noise, damaged, Arbitraries.of("2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-12-31T24:00",
            "2024-12-31T23:60", "2024-12-31T23:59:60", "2024-12", "2024-13", "+2024-01-01", "2024-1-01", "2024-01-01T10:00:00.",
            "2024-01-01T10:00:00.1234567891", "2024-01-01T10:00:00.123456789", "2024-01-01T10:00:00,5", "2024-01-01 10:00"));
  }

  @Provide
  Arbitrary<LocalDateTime> times() {
    return Arbitraries.longs().between(LocalDateTime.of(1995, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC),
            LocalDateTime.of(2100, 12, 31, 23, 59).toEpochSecond(java.time.ZoneOffset.UTC))
        .flatMap(s -> Arbitraries.of(0, 1, 500_000_000, 123_456_789, 120_000_000).map(n ->
            LocalDateTime.ofEpochSecond(s, n, java.time.ZoneOffset.UTC)))
        .flatMap(t -> Arbitraries.of(t, t.withSecond(0).withNano(0), t.withNano(0)));
  }
}
