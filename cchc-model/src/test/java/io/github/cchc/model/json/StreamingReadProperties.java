package io.github.cchc.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.Task;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader against the tree reader it replaced for valid documents: on what cchc
 * writes, the same value; on every document damaged in one of the ways hostile input is, either the
 * same value or no value at all, so that the tree reader, which refused documents are read again
 * with, gives the error and its message. A document the tree refuses is never accepted by the stream.
 */
class StreamingReadProperties {
  @Property(tries = 200)
  void whatCchcWritesStreamsToTheSameValue(@ForAll Plan plan, @ForAll Scorecard card, @ForAll AgencyDirectory directory,
      @ForAll Task task, @ForAll Programme programme, @ForAll Dossier dossier) {
    same(CchcJson.writePlan(plan), Plan.class, CchcJson.PLAN_FORMAT, CchcJson.PLAN_FORMAT_1);
    same(CchcJson.writeScorecard(card), Scorecard.class, CchcJson.SCORECARD_FORMAT, CchcJson.SCORECARD_FORMAT_1);
    same(CchcJson.writeDirectory(directory), AgencyDirectory.class, CchcJson.DIRECTORY_FORMAT);
    same(CchcJson.write(task), Task.class, null);
    same(CchcJson.write(programme), Programme.class, null);
    same(CchcJson.writeLine(dossier), Dossier.class, null);
    // Decomposed text (as some editors save Vietnamese) reads as composed on both paths.
    same(Normalizer.normalize(CchcJson.writePlan(plan), Normalizer.Form.NFD), Plan.class, CchcJson.PLAN_FORMAT);
    same("\uFEFF" + CchcJson.write(task), Task.class, null);
    // Decomposed text spelt in ASCII escapes ("e\\u0302\\u0301"): no byte says it is not NFC.
    same(escaped(Normalizer.normalize(CchcJson.writePlan(plan), Normalizer.Form.NFD)), Plan.class, CchcJson.PLAN_FORMAT);
  }

  /** Every char beyond ASCII as a JSON escape. */
  private static String escaped(String json) {
    StringBuilder out = new StringBuilder();
    json.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return out.toString();
  }

  @Property(tries = 200)
  void aDocumentIsToldPlainlyNfcOnlyWhenItsTextIs(@ForAll Plan plan, @ForAll("cuts") int cut) {
    String json = CchcJson.writePlan(plan);
    assertEquals(true, CchcJson.plainlyNfc(json.getBytes(StandardCharsets.UTF_8), 0));
    String decomposed = Normalizer.normalize(json, Normalizer.Form.NFD);
    if (!decomposed.equals(json)) {
      assertEquals(false, CchcJson.plainlyNfc(decomposed.getBytes(StandardCharsets.UTF_8), 0));
    }
    String marked = json.substring(0, Math.floorMod(cut, json.length())) + "\u0301" + json.substring(Math.floorMod(cut, json.length()));
    assertEquals(false, CchcJson.plainlyNfc(marked.getBytes(StandardCharsets.UTF_8), 0));
  }

  /**
   * The byte scan tells a string plainly NFC exactly when each of its chars is inert, whatever
   * their UTF-8 length; and what it passes the normaliser would leave as it is.
   */
  @Property(tries = 1000)
  void theByteScanAgreesWithTheCharsItDecodes(@ForAll("mixedText") String text) {
    byte[] json = ("{\"id\":\"x\",\"name\":" + quoted(text) + "}").getBytes(StandardCharsets.UTF_8);
    boolean plain = text.chars().allMatch(c -> io.github.cchc.model.text.Folding.isInert((char) c));
    assertEquals(plain, CchcJson.plainlyNfc(json, 0), text);
    if (plain) {
      assertEquals(true, Normalizer.isNormalized(text, Normalizer.Form.NFC), text);
    }
  }

  /**
   * A {@code \\u} escape, or a char that is not inert, is found at every place of a run of ASCII, as
   * long as the scan's widest step and more; a run without one is passed.
   */
  @Property(tries = 1000)
  void whatBreaksARunOfAsciiIsFoundWhereverItStands(@ForAll("asciiRuns") String before, @ForAll("asciiRuns") String after,
      @ForAll("breaks") String breaking) {
    String plain = "{\"a\":\"" + before + after + "\"}";
    assertEquals(true, CchcJson.plainlyNfc(plain.getBytes(StandardCharsets.UTF_8), 0), plain);
    String broken = "{\"a\":\"" + before + breaking + after + "\"}";
    assertEquals(false, CchcJson.plainlyNfc(broken.getBytes(StandardCharsets.UTF_8), 0), broken);
  }

  @Provide
  Arbitrary<String> asciiRuns() {
    return Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> breaks() {
    return Arbitraries.of("\\u0301", "\\u00e9", "\u0301", "\u2126", "\uFFFD", "😀");
  }

  /**
   * The word test flags exactly the bytes its definition names, each judged with the byte after it
   * where that is in the word: random words, and words made of the bytes that matter.
   */
  @Property(tries = 3000)
  void theWordTestFlagsTheBytesThatNeedALook(@ForAll("words") long word) {
    long expected = 0;
    for (int k = 0; k < 8; k++) {
      int b = (int) (word >>> 8 * k) & 0xFF;
      int next = k < 7 ? (int) (word >>> 8 * (k + 1)) & 0xFF : -1;
      boolean passes = b < 0x80 ? b != '\\'
          : b < 0xC0 || b >= 0xC2 && b <= 0xCB || b == 0xE1 && next >= 0xB8 && next <= 0xBB;
      if (!passes) {
        expected |= 0x80L << 8 * k;
      }
    }
    assertEquals(Long.toHexString(expected), Long.toHexString(CchcJson.stops(word)), Long.toHexString(word));
  }

  @Provide
  Arbitrary<Long> words() {
    Arbitrary<Long> bytes = Arbitraries.oneOf(Arbitraries.longs().between(0, 0xFF),
        Arbitraries.of(0x5CL, 0x75L, 0x80L, 0xB7L, 0xB8L, 0xBBL, 0xBCL, 0xBFL, 0xC0L, 0xC1L, 0xC2L, 0xCBL, 0xCCL, 0xDFL, 0xE0L,
            0xE1L, 0xE2L, 0xEDL, 0xF0L, 0xF8L, 0xFBL, 0xFFL));
    return Arbitraries.oneOf(Arbitraries.longs(),
        bytes.list().ofSize(8).map(list -> {
          long word = 0;
          for (int k = 0; k < 8; k++) {
            word |= list.get(k) << 8 * k;
          }
          return word;
        }));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Provide
  Arbitrary<String> mixedText() {
    // One, two, three and four UTF-8 bytes each; inert or not.
    // The leads the word test passes (C2 to CB, E1 then B8 to BB) and those beside them (CC, E1 then
    // B4 or BC); long enough, after a prefix of up to seven bytes, to put each at every place of a word.
    Arbitrary<String> part = Arbitraries.of("a", " ", "\"", "\\", "đ", "ệ", "\u00A0", "\u02FF", "\u0301", "\u0338",
        "\u07FF", "\u1D00", "\u1E00", "\u1EFF", "\u1F00", "–", "“", "≥", "₫", "ﬁ", "\u2000", "\u2126", "\u2260",
        "\u20D0", "\u3000", "\uFFFD", "😀");
    Arbitrary<String> prefix = Arbitraries.strings().withChars('x').ofMaxLength(7);
    return Combinators.combine(prefix, part.list().ofMaxSize(40)).as((p, parts) -> p + String.join("", parts));
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 100_000);
  }

  private static <T> void same(String json, Class<T> type, String format, String... older) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    T streamed = CchcJson.streamed(bytes, type, format, older);
    assertNotNull(streamed, json.length() > 300 ? json.substring(0, 300) : json);
    assertEquals(CchcJson.readAsTree(bytes, type, format, older), streamed);
  }

  /**
   * A stream gives the plan its bytes give, whatever it says it has available (nothing, too little,
   * exactly, too much) and however small the pieces it gives at a time.
   */
  @Property(tries = 200)
  void aPlanReadFromAStreamInPiecesIsThePlanOfItsBytes(@ForAll Plan plan, @ForAll("cuts") int available,
      @ForAll("cuts") int seed) {
    byte[] json = CchcJson.writePlan(plan).getBytes(StandardCharsets.UTF_8);
    java.util.Random pieces = new java.util.Random(seed);
    int claimed = available % 4 == 0 ? json.length : available % 4 == 1 ? 0 : available;
    java.io.InputStream in = new java.io.ByteArrayInputStream(json) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + pieces.nextInt(20_000)));
      }

      @Override
      public synchronized int available() {
        return claimed;
      }
    };
    assertEquals(plan, CchcJson.readPlan(in));
  }

  @Property(tries = 100)
  void linesFromAReaderAndFromBytesReadAlike(@ForAll List<Dossier> dossiers) {
    StringBuilder text = new StringBuilder();
    dossiers.forEach(d -> text.append(CchcJson.writeLine(d)).append('\n'));
    for (String lines : List.of(text.toString(), Normalizer.normalize(text, Normalizer.Form.NFD),
        escaped(Normalizer.normalize(text, Normalizer.Form.NFD)))) {
      try (var fromReader = CchcJson.readLines(new java.io.StringReader(lines), Dossier.class);
          var fromBytes = CchcJson.readLines(new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
              Dossier.class)) {
        assertEquals(dossiers, fromReader.toList());
        assertEquals(dossiers, fromBytes.toList());
      }
    }
  }

  @Property(tries = 1000)
  void aDamagedDocumentStreamsToTheTreesValueOrToNone(@ForAll Plan plan, @ForAll("damages") Damage damage,
      @ForAll("positions") int position) {
    String json = damage.apply(CchcJson.writePlan(plan), position);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Optional<Plan> tree;
    try {
      tree = Optional.of(CchcJson.readAsTree(bytes, Plan.class, CchcJson.PLAN_FORMAT, CchcJson.PLAN_FORMAT_1));
    } catch (JsonFormatException e) {
      tree = Optional.empty();
    }
    Plan streamed = CchcJson.streamed(bytes, Plan.class, CchcJson.PLAN_FORMAT, CchcJson.PLAN_FORMAT_1);
    if (tree.isEmpty()) {
      assertNull(streamed, damage + " at " + position + " is refused by the tree, so must be by the stream");
    } else if (streamed != null) {
      assertEquals(tree.get(), streamed, damage + " at " + position);
    }
  }

  /** Ways a document arrives damaged, each at a position drawn in it. */
  enum Damage {
    TRUNCATED, TRAILING_TOKENS, DUPLICATE_KEY, UNKNOWN_PROPERTY, NUMBER_FOR_TEXT, TEXT_FOR_NUMBER, NULL_VALUE,
    DROPPED_PROPERTY, WRONG_TAG, TAG_LAST, NO_TAG, NAN, DEEP, DECOMPOSED_KEY, NOT_AN_OBJECT, BYTE_FLIPPED;

    String apply(String json, int position) {
      int at = Math.floorMod(position, Math.max(1, json.length()));
      List<Integer> quotes = new ArrayList<>();
      for (int i = json.indexOf("\" : "); i >= 0; i = json.indexOf("\" : ", i + 1)) {
        quotes.add(i);
      }
      int colon = quotes.isEmpty() ? -1 : quotes.get(Math.floorMod(position, quotes.size()));
      int keyStart = colon < 0 ? -1 : json.lastIndexOf('"', colon - 1);
      int valueStart = colon + 4;
      return switch (this) {
        case TRUNCATED -> json.substring(0, at);
        case TRAILING_TOKENS -> json + " {}";
        case DUPLICATE_KEY -> json.replaceFirst("\"id\" : ", "\"id\" : \"x\", \"id\" : ");
        case UNKNOWN_PROPERTY -> json.replaceFirst("\\{", "{ \"tieuDe\" : 1,");
        case NUMBER_FOR_TEXT -> colon < 0 || json.charAt(valueStart) != '"' ? json
            : json.substring(0, valueStart) + "7" + json.substring(json.indexOf('"', valueStart + 1) + 1);
        case TEXT_FOR_NUMBER -> json.replaceFirst("\"year\" : (\\d+)", "\"year\" : \"$1\"");
        case NULL_VALUE -> colon < 0 ? json : json.substring(0, valueStart) + "null" + rest(json, valueStart);
        case DROPPED_PROPERTY -> json.replaceFirst("\"title\" : \"[^\"]*\",", "");
        case WRONG_TAG -> json.replace(CchcJson.PLAN_FORMAT, "cchc.plan/9");
        case TAG_LAST -> json.replaceFirst("\"format\" : \"[^\"]*\",", "").replaceFirst("\\}\\s*$",
            ", \"format\" : \"" + CchcJson.PLAN_FORMAT + "\" }");
        case NO_TAG -> json.replaceFirst("\"format\" : \"[^\"]*\",", "");
        case NAN -> json.replaceFirst("\"year\" : \\d+", "\"year\" : NaN");
        case DEEP -> json.replaceFirst("\"headerLines\" : \\[", "\"headerLines\" : " + "[".repeat(250));
        case DECOMPOSED_KEY -> keyStart < 0 ? json : json.substring(0, keyStart + 1) + "tiêu đề"
            .transform(k -> Normalizer.normalize(k, Normalizer.Form.NFD)) + json.substring(colon);
        case NOT_AN_OBJECT -> "[" + json + "]";
        case BYTE_FLIPPED -> json.substring(0, at) + (char) (json.charAt(at) ^ 0x20) + json.substring(Math.min(json.length(), at + 1));
      };
    }

    /** The text after the value that starts at a position: a string, a number, true, false or null. */
    private static String rest(String json, int start) {
      char c = json.charAt(start);
      if (c == '"') {
        int end = start + 1;
        while (json.charAt(end) != '"') {
          end += json.charAt(end) == '\\' ? 2 : 1;
        }
        return json.substring(end + 1);
      }
      if (c == '{' || c == '[') {
        return json.substring(start);
      }
      int end = start;
      while (end < json.length() && ",}] \n".indexOf(json.charAt(end)) < 0) {
        end++;
      }
      return json.substring(end);
    }
  }

  @Provide
  Arbitrary<Damage> damages() {
    return Arbitraries.of(Damage.class);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1_000_000);
  }
}
