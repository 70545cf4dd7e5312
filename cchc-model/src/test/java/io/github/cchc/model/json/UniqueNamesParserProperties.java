package io.github.cchc.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.sym.SimpleNameMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link UniqueNamesParser} against Jackson's strict duplicate detection, which it stands in for on
 * the streaming read: whichever of the parser's moves a reader makes (the bean binding matches
 * names, collections ask for the next string, unknown values are skipped), it refuses a document
 * exactly when Jackson's would, at the same name.
 */
class UniqueNamesParserProperties {
  /** Names that share hash codes ("Aa" and "BB", and the words made of them) must still be told apart. */
  private static final List<String> NAMES = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "a", "b", "c", "d",
      "e", "f", "g", "h", "i", "j", "k", "id", "kind", "ref", "text", "year", "quarters", "leads", "coordinators",
      "timeframe", "products", "subtasks", "targets", "number", "content", "tên", "cơ quan", "thời hạn", "x1", "x2",
      "x3", "x4", "x5", "x6");

  private static final JsonMapper STRICT = JsonMapper.builder(
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
  private static final JsonMapper LENIENT = JsonMapper.builder(
      JsonFactory.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
  private static final PropertyNameMatcher MATCHER = SimpleNameMatcher.construct(Locale.ROOT, NAMES.subList(0, 20));

  @Property(tries = 2000)
  void aRepeatedNameIsRefusedExactlyWhereJacksonRefusesIt(@ForAll("documents") String json,
      @ForAll("moves") List<Integer> moves) {
    List<String> jackson = trace(STRICT.createParser(json), moves);
    List<String> unique = trace(new UniqueNamesParser(LENIENT.createParser(json)), moves);
    assertEquals(jackson, unique);
  }

  /**
   * The tokens a parser stands at after each move, the moves taken in turn and repeated to the end of
   * the document, and last the name it refused, if it refused one.
   */
  private static List<String> trace(JsonParser parser, List<Integer> moves) {
    List<String> tokens = new ArrayList<>();
    try (JsonParser p = parser) {
      for (int i = 0; ; i++) {
        switch (moves.get(i % moves.size())) {
          case 0 -> p.nextToken();
          case 1 -> p.nextValue();
          case 2 -> p.nextName();
          case 3 -> p.nextNameMatch(MATCHER);
          case 4 -> p.nextStringValue();
          default -> p.skipChildren().nextToken();
        }
        if (p.currentToken() == null) {
          return tokens;
        }
        tokens.add(p.currentToken() + " " + (p.currentToken() == JsonToken.PROPERTY_NAME ? p.currentName() : p.getString()));
      }
    } catch (StreamReadException e) {
      tokens.add("refused " + repeatedName(e));
      return tokens;
    }
  }

  @Example
  void namesRepeatedDeepInADocument() {
    // Deeper than the parser's first stack of open objects, with more names open at once than its first array holds.
    String none = deep(-1, false);
    String atLevel25 = deep(25, false);
    String innermost = deep(-1, true);
    List<Integer> byTokens = List.of(0);
    assertEquals(Optional.empty(), strictRefusal(none));
    assertEquals(Optional.empty(), refusal(none, byTokens));
    assertEquals(Optional.of("a"), strictRefusal(atLevel25));
    assertEquals(Optional.of("a"), refusal(atLevel25, byTokens));
    assertEquals(Optional.of("z"), strictRefusal(innermost));
    assertEquals(Optional.of("z"), refusal(innermost, byTokens));
  }

  /** Forty objects, one in another, each holding an array of one object whose names may repeat at one level. */
  private static String deep(int repeatAtLevel, boolean repeatInnermost) {
    StringBuilder json = new StringBuilder();
    int depth = 40;
    for (int level = 0; level < depth; level++) {
      json.append("{\"a\":1,\"b\":[{\"a\":1,\"").append(level == repeatAtLevel ? "a" : "ax")
          .append("\":2}],\"c\":2,\"child\":");
    }
    json.append("{\"a\":1,\"z\":2,\"").append(repeatInnermost ? "z" : "zz").append("\":3}");
    return json.append("}".repeat(depth)).toString();
  }

  @Example
  void anObjectOfManyNamesIsToldByItsSet() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 1000; i++) {
      json.append(i == 0 ? "" : ",").append("\"n").append(i).append("\":").append(i);
    }
    String distinct = json + "}";
    String repeatedLast = json + ",\"n999\":0}";
    String repeatedFirst = json + ",\"n0\":0}";
    assertEquals(Optional.empty(), refusal(distinct, List.of(0)));
    assertEquals(Optional.of("n999"), refusal(repeatedLast, List.of(0)));
    assertEquals(Optional.of("n0"), refusal(repeatedFirst, List.of(0)));
  }

  /** The name Jackson's strict parser refuses, read token by token; empty when it reads the whole document. */
  private static Optional<String> strictRefusal(String json) {
    return refused(trace(STRICT.createParser(json), List.of(0)));
  }

  /** The same through the parser under test. */
  private static Optional<String> refusal(String json, List<Integer> moves) {
    return refused(trace(new UniqueNamesParser(LENIENT.createParser(json)), moves));
  }

  private static Optional<String> refused(List<String> trace) {
    String last = trace.isEmpty() ? "" : trace.get(trace.size() - 1);
    return last.startsWith("refused ") ? Optional.of(last.substring("refused ".length())) : Optional.empty();
  }

  private static String repeatedName(StreamReadException e) {
    String message = e.getOriginalMessage();
    String prefix = "Duplicate Object property \"";
    if (!message.startsWith(prefix)) {
      throw new AssertionError("not a repeated name: " + message, e);
    }
    return message.substring(prefix.length(), message.indexOf('"', prefix.length()));
  }

  @Provide
  Arbitrary<List<Integer>> moves() {
    return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.oneOf(object(3), array(3));
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> scalars = Arbitraries.of("1", "\"s\"", "true", "null", "[]", "{}", "\"tên\"");
    if (depth == 0) {
      return scalars;
    }
    return Arbitraries.frequencyOf(Tuple.of(4, scalars), Tuple.of(2, object(depth - 1)), Tuple.of(1, array(depth - 1)));
  }

  private static Arbitrary<String> array(int depth) {
    return Arbitraries.lazy(() -> value(depth)).list().ofMaxSize(4).map(values -> "[" + String.join(",", values) + "]");
  }

  /**
   * An object of distinct names (up to 24, past the parser's count of names compared one by one),
   * some with one of them repeated further on.
   */
  private static Arbitrary<String> object(int depth) {
    Arbitrary<List<String>> names = Arbitraries.of(NAMES).list().ofMaxSize(24).uniqueElements();
    Arbitrary<List<String>> withRepeat = Combinators.combine(names, Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1000)).as((distinct, repeat, at) -> {
          List<String> all = new ArrayList<>(distinct);
          if (repeat == 0 && !distinct.isEmpty()) {
            int first = at % distinct.size();
            all.add(first + 1 + at / distinct.size() % (distinct.size() - first), distinct.get(first));
          }
          return all;
        });
    return withRepeat.flatMap(all -> Arbitraries.lazy(() -> value(depth)).list().ofSize(all.size()).map(values -> {
      StringBuilder json = new StringBuilder("{");
      for (int i = 0; i < all.size(); i++) {
        json.append(i == 0 ? "" : ",").append('"').append(all.get(i)).append("\":").append(values.get(i));
      }
      return json.append('}').toString();
    }));
  }
}
