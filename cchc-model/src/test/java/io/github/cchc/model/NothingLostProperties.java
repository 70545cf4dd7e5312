package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.testing.Languages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Nothing is lost: Vietnamese text comes back NFC-equal; every wrong type at every field is refused where it is. */
class NothingLostProperties {
  private static final String BASES = "aăâeêioôơuưy";
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /** Every Vietnamese letter: the twelve vowels bare and with the five tones, đ, in both cases. */
  static List<String> vietnameseLetters() {
    List<String> letters = new ArrayList<>();
    for (char base : BASES.toCharArray()) {
      String b = Normalizer.normalize(String.valueOf(base), Normalizer.Form.NFC);
      letters.add(b);
      for (char tone : TONES.toCharArray()) {
        letters.add(Normalizer.normalize(b + tone, Normalizer.Form.NFC));
      }
    }
    letters.add("đ");
    List<String> both = new ArrayList<>(letters);
    letters.forEach(l -> both.add(l.toUpperCase(java.util.Locale.ROOT)));
    return both;
  }

  @Test
  void everyVietnameseLetterComesBackNfcEqualComposedOrNot() {
    List<String> letters = vietnameseLetters();
    assertEquals(146, letters.size());
    for (String letter : letters) {
      for (String given : List.of(letter, Normalizer.normalize(letter, Normalizer.Form.NFD))) {
        String content = "Nhiệm vụ " + given;
        String json = "{\"content\":\"" + content + "\",\"products\":[{\"text\":\"" + given + "\",\"kind\":\"OTHER\"}]}";
        Task read = CchcJson.read(json, Task.class);
        String nfc = Normalizer.normalize(content, Normalizer.Form.NFC);
        assertEquals(nfc, read.content(), given);
        assertEquals(Normalizer.normalize(given, Normalizer.Form.NFC), read.products().get(0).text());
        assertEquals(read, CchcJson.read(CchcJson.write(read), Task.class));
      }
    }
  }

  @Property(tries = 300)
  void aWrongTypeAtAnyFieldIsRefusedNamingIt(@ForAll Plan plan, @ForAll("choices") int choice) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode tree = (ObjectNode) mapper.readTree(CchcJson.writePlan(plan));
    List<String> paths = new ArrayList<>();
    collect(tree, "", paths);
    String path = paths.get(choice % paths.size());
    JsonNode original = tree.at(path);
    JsonNode wrong = original.isString() ? JsonNodeFactory.instance.numberNode(7)
        : original.isNumber() ? JsonNodeFactory.instance.stringNode("bảy")
        : original.isBoolean() ? JsonNodeFactory.instance.stringNode("true")
        : original.isArray() ? JsonNodeFactory.instance.objectNode()
        : JsonNodeFactory.instance.arrayNode();
    replace(tree, path, wrong);
    String json = mapper.writeValueAsString(tree);
    try {
      CchcJson.readPlan(json);
      throw new AssertionError("accepted " + wrong + " at " + path);
    } catch (JsonFormatException e) {
      String parent = path.substring(0, path.lastIndexOf('/'));
      assertTrue(e.getPointer().startsWith(parent), "pointer " + e.getPointer() + " for a wrong value at " + path);
      assertTrue(!e.getMessage().isBlank());
    }
  }

  /**
   * A blank text at any field is taken or refused at that field; when the model refuses it, the
   * Vietnamese message says what it is in Vietnamese: no type, property or constant name of the
   * model outside the pointer, the quoted value and the brackets that give the document's spelling.
   */
  @Property(tries = 40)
  void aBlankTextAtAnyFieldIsRefusedNamingItInVietnamese(@ForAll Plan plan) {
    blankEachText(CchcJson.writePlan(plan), CchcJson::readPlan);
  }

  /** The same for the values read apart from a plan: programmes, dossiers, criteria, indicators. */
  @Property(tries = 40)
  void aBlankTextOfAnyOtherValueIsRefusedNamingItInVietnamese(@ForAll("others") Object value) {
    blankEachText(CchcJson.write(value), json -> CchcJson.read(json, value.getClass()));
  }

  @Provide
  Arbitrary<Object> others() {
    return Arbitraries.oneOf(io.github.cchc.testing.CchcArbitraries.programmes(), io.github.cchc.testing.CchcArbitraries.dossiers(),
        io.github.cchc.testing.CchcArbitraries.criteria(), io.github.cchc.testing.CchcArbitraries.indicators());
  }

  private static void blankEachText(String document, java.util.function.Consumer<String> read) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode written = (ObjectNode) mapper.readTree(document);
    List<String> paths = new ArrayList<>();
    collect(written, "", paths);
    paths.removeIf(p -> !written.at(p).isString());
    for (String path : paths) {
      ObjectNode tree = written.deepCopy();
      replace(tree, path, JsonNodeFactory.instance.stringNode(" "));
      try {
        read.accept(mapper.writeValueAsString(tree));
      } catch (JsonFormatException e) {
        assertEquals(path, e.getPointer(), e.getMessage());
        if (e.getProblem() != JsonFormatException.Problem.MALFORMED) {
          continue; // the format's own words, such as the values an enum field takes, are meant to be quoted
        }
        assertSaidInVietnamese(e);
      }
    }
  }

  /** Fails if the Vietnamese message has words that are not Vietnamese, or the English one Vietnamese words. */
  static void assertSaidInVietnamese(JsonFormatException e) {
    String vietnamese = e.getMessage(java.util.Locale.forLanguageTag("vi"));
    assertEquals(List.of(), Languages.notVietnameseOutsideValues(vietnamese), e.getPointer() + ": " + vietnamese);
    String english = e.getMessage(java.util.Locale.ENGLISH);
    assertEquals(List.of(), Languages.vietnameseInEnglish(english), e.getPointer() + ": " + english);
  }

  @Provide
  Arbitrary<Integer> choices() {
    return Arbitraries.integers().between(0, 100_000);
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getKey().equals("format")) {
          String child = path + "/" + e.getKey();
          out.add(child);
          collect(e.getValue(), child, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(path + "/" + i);
        collect(node.get(i), path + "/" + i, out);
      }
    }
  }

  private static void replace(ObjectNode root, String path, JsonNode value) {
    String parentPath = path.substring(0, path.lastIndexOf('/'));
    String last = path.substring(path.lastIndexOf('/') + 1);
    JsonNode parent = parentPath.isEmpty() ? root : root.at(parentPath);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }
}
