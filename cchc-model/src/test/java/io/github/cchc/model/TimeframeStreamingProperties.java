package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeframe reader from the tokens (what CchcJson's streaming read asks for) against the one
 * from a small tree (every other read): the same timeframe on what cchc writes; on a damaged one,
 * the tree's value or a refusal, never a value the tree refuses; and the refusals are its own, so
 * that the tokens are indeed what it reads.
 */
class TimeframeStreamingProperties {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectReader TREE = MAPPER.readerFor(Timeframe.class);
  private static final ObjectReader TOKENS = TREE.withAttribute(Timeframe.class, Boolean.TRUE);

  @Property(tries = 500)
  void whatCchcWritesReadsTheSameFromTheTokens(@ForAll Timeframe timeframe) {
    String json = CchcJson.writeLine(timeframe);
    Timeframe fromTokens = TOKENS.readValue(json);
    assertEquals(timeframe, fromTokens);
    assertEquals(timeframe.text(), fromTokens.text());
    assertEquals(TREE.<Timeframe>readValue(json), fromTokens);
  }

  @Property(tries = 2000)
  void aDamagedTimeframeReadsAsFromTheTreeOrNotAtAll(@ForAll Timeframe timeframe, @ForAll("damages") String damage,
      @ForAll("positions") int position) {
    String json = damaged(CchcJson.writeLine(timeframe), damage, position);
    Optional<Timeframe> tree = read(TREE, json);
    Optional<Timeframe> tokens = read(TOKENS, json);
    if (tree.isEmpty()) {
      assertEquals(Optional.empty(), tokens, json + ": the tree refuses it, so must the tokens");
    } else {
      tokens.ifPresent(t -> assertEquals(tree.get(), t, json));
    }
  }

  @Property(tries = 100)
  void whatTheTokensRefuseTheyRefuseInTheirOwnWords(@ForAll Timeframe timeframe) {
    String json = CchcJson.writeLine(timeframe).replaceFirst("\\{", "{\"thoiGian\":1,");
    try {
      TOKENS.readValue(json);
      throw new AssertionError("an unknown property is read: " + json);
    } catch (JacksonException e) {
      assertTrue(e.getMessage().contains("leaves to the tree read"), e.getMessage());
    }
  }

  private static Optional<Timeframe> read(ObjectReader reader, String json) {
    try {
      return Optional.of(reader.readValue(json));
    } catch (JacksonException | CchcException e) {
      return Optional.empty();
    }
  }

  /** One of the ways a timeframe arrives damaged, applied at a position. */
  private static String damaged(String json, String damage, int position) {
    int at = Math.floorMod(position, json.length());
    return switch (damage) {
      case "cut" -> json.substring(0, at);
      case "drop-property" -> json.replaceFirst(List.of("\"kind\":\"[A-Z_]+\",?", "\"text\":\"[^\"]*\",?",
          "\"year\":\\d+,?", "\"quarters\":\\[[^]]*],?", "\"from\":\\{[^}]*},?").get(Math.floorMod(position, 5)), "");
      case "repeat-year" -> json.replaceFirst("\"year\":", "\"year\":2020,\"year\":");
      case "null" -> json.replaceFirst(":(\"[^\"]*\"|\\d+)", ":null");
      case "text-for-number" -> json.replaceFirst(":(\\d+)", ":\"$1\"");
      case "float" -> json.replaceFirst(":(\\d+)", ":$1.0");
      case "huge" -> json.replaceFirst(":(\\d+)", ":99999999999");
      case "kind" -> json.replaceFirst("\"kind\":\"[A-Z_]+\"", List.of("\"kind\":\"YEAR\"", "\"kind\":\"MONTH\"",
          "\"kind\":\"BETWEEN\"", "\"kind\":\"month\"", "\"kind\":7").get(Math.floorMod(position, 5)));
      case "quarter" -> json.replaceFirst("\"quarters\":\\[\\d", "\"quarters\":[" + Math.floorMod(position, 7));
      case "text-inside" -> json.replaceFirst("\"from\":\\{", "\"from\":{\"text\":\"x\",");
      case "frequency" -> json.replaceFirst("\"frequency\":\"([A-Z]+)\"", "\"frequency\":\"quarterly\"");
      case "date" -> json.replaceFirst("(\\d{4})-(\\d{2})", "$1-1" + Math.floorMod(position, 10));
      case "authority" -> json.replaceFirst("\"authorities\":\\[", "\"authorities\":[1,");
      default -> json.substring(0, at) + (char) (json.charAt(at) ^ 0x20) + json.substring(at + 1);
    };
  }

  @Provide
  Arbitrary<String> damages() {
    return Arbitraries.of("cut", "drop-property", "repeat-year", "null", "text-for-number", "float", "huge", "kind",
        "quarter", "text-inside", "frequency", "date", "authority", "flip");
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 10_000);
  }
}
