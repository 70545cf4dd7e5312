package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.CchcModule;
import io.github.cchc.model.json.JsonFormatException;
import java.text.Normalizer;
import java.time.Year;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's own mapper with cchc's module, found through {@code findAndAddModules()}, reads and
 * writes cchc's values as {@link CchcJson} does, and leaves the host's own types alone.
 */
class JacksonModuleTest {
  /** A host mapper as a service has it: Jackson's defaults, lenient, plus whatever modules are on the class path. */
  private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();
  private static final String TASK = "{\"number\":\"1\",\"content\":\"Ban hành Kế hoạch\","
      + "\"timeframe\":{\"kind\":\"QUARTERS\",\"text\":\"Quý IV/2024\",\"year\":2024,\"quarters\":[4]}}";
  private static final String PLAN = "{\"format\":\"cchc.plan/2\",\"id\":\"hp-2024\",\"title\":\"Kế hoạch CCHC năm 2024\","
      + "\"year\":2024,\"level\":\"PROVINCE\",\"tasks\":[" + TASK + "]}";

  /** A host's own value, holding cchc's beside its own strings. */
  record Envelope(String note, Plan plan, List<Task> tasks) {}

  @Test
  void findAndAddModulesFindsTheModule() {
    assertTrue(HOST.registeredModules().stream().anyMatch(m -> m instanceof CchcModule), HOST.registeredModules().toString());
  }

  @Property(tries = 60)
  void aHostMapperWritesAndReadsPlansExactlyAsCchcJson(@ForAll Plan plan) {
    JsonNode expected = CchcJson.readTree(CchcJson.writePlan(plan));
    String written = HOST.writeValueAsString(plan);
    assertEquals(expected, CchcJson.readTree(written));
    assertEquals(plan, HOST.readValue(written, Plan.class));
    assertEquals(plan, HOST.readValue(CchcJson.writePlan(plan), Plan.class));
  }

  @Property(tries = 60)
  void scorecardsKeepTheirPrintedPrecisionThroughAHostMapper(@ForAll Scorecard scorecard) {
    // The host parses floats as doubles; "9.00" must still reach cchc as 9.00.
    String written = HOST.writeValueAsString(scorecard);
    assertEquals(CchcJson.writeScorecard(scorecard).replaceAll("\\s", ""), written.replaceAll("\\s", ""));
    assertEquals(scorecard, HOST.readValue(written, Scorecard.class));
  }

  @Property(tries = 100)
  void singleValuesAndTheirListsInAHostsOwnRecord(@ForAll Task task, @ForAll Plan plan) {
    Envelope e = new Envelope("ghi chú", plan, List.of(task, task));
    Envelope read = HOST.readValue(HOST.writeValueAsString(e), Envelope.class);
    assertEquals(e, read);
  }

  @Test
  void readingIsAsStrictAsCchcJsonForCchcTypesOnly() {
    String unknown = PLAN.replace("\"level\"", "\"colour\":\"red\",\"level\"");
    DatabindException e = assertThrows(DatabindException.class, () -> HOST.readValue(unknown, Plan.class));
    JsonFormatException cause = assertInstanceOf(JsonFormatException.class, e.getCause());
    assertEquals(JsonFormatException.Problem.UNKNOWN_PROPERTY, cause.getProblem());
    assertEquals("/colour", cause.getPointer());
    assertThrows(DatabindException.class, () -> HOST.readValue(PLAN.replace("\"year\":2024", "\"year\":\"2024\""), Plan.class));
    assertThrows(DatabindException.class, () -> HOST.readValue(PLAN.replace("\"id\":\"hp-2024\"",
        "\"id\":\"hp-2024\",\"id\":\"hp-2025\""), Plan.class));
    assertThrows(DatabindException.class, () -> HOST.readValue("7", ReformArea.class));
    // The host's own record stays as lenient as the host made it: an unknown property of its own is its affair.
    Map<?, ?> own = HOST.readValue("{\"year\":\"2024\",\"extra\":1}", Map.class);
    assertEquals("2024", own.get("year"));
  }

  @Test
  void cchcTextIsNormalisedToNfcAndTheHostsTextIsNot() {
    String decomposed = Normalizer.normalize("Kế hoạch", Normalizer.Form.NFD);
    Envelope e = HOST.readValue("{\"note\":\"" + decomposed + "\",\"plan\":" + PLAN.replace("Kế hoạch CCHC", decomposed + " CCHC")
        + ",\"tasks\":[]}", Envelope.class);
    assertEquals("Kế hoạch CCHC năm 2024", e.plan().title());
    assertEquals(decomposed, e.note(), "the host's own string is left as it came");
  }

  @Test
  void derivedGettersAreNotWrittenAndAYearIsANumber() {
    Plan plan = CchcJson.readPlan(PLAN);
    JsonNode tree = HOST.readTree(HOST.writeValueAsString(plan));
    assertEquals(2024, tree.get("year").intValue());
    assertEquals("cchc.plan/2", tree.get("format").stringValue());
    assertTrue(tree.get("tasks").get(0).get("leaf") == null, "no derived getter: " + tree);
    assertEquals(Year.of(2024), HOST.readValue(HOST.writeValueAsString(plan), Plan.class).year());
  }

  @Test
  void cchcJsonRefusesToWriteAHostsTypeRatherThanWriteAnEmptyObject() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CchcJson.write(new Envelope("x", null, List.of())));
    assertTrue(e.getMessage().contains("Envelope"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CchcJson.writeLine(List.of(new Envelope("y", null, List.of()))));
    assertEquals("[ \"text\" ]", CchcJson.write(List.of("text")), "JSON's own values are written as they are");
  }
}
