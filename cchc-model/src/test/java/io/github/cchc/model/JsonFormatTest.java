package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.testing.CchcArbitraries;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Malformed JSON is refused with the JSON Pointer and the value named. */
class JsonFormatTest {
  private static final String TASK = "{\"number\":\"1\",\"content\":\"Ban hành Kế hoạch\","
      + "\"timeframe\":{\"kind\":\"QUARTERS\",\"text\":\"Quý IV/2024\",\"year\":2024,\"quarters\":[4]}}";

  private static String plan(String tasks) {
    return "{\"format\":\"cchc.plan/2\",\"id\":\"hp-2024\",\"title\":\"Kế hoạch CCHC năm 2024\",\"year\":2024,"
        + "\"level\":\"PROVINCE\",\"tasks\":[" + tasks + "]}";
  }

  @Test
  void readsAMinimalPlanAndWritesTheFormatTagFirst() {
    Plan plan = CchcJson.readPlan(plan(TASK));
    assertEquals(Year.of(2024), plan.year());
    assertEquals(Timeframe.ofQuarter(Year.of(2024), 4), plan.tasks().get(0).timeframe().orElseThrow());
    String written = CchcJson.writePlan(plan);
    assertTrue(written.startsWith("{\n  \"format\" : \"cchc.plan/2\",\n  \"id\" : \"hp-2024\""), written);
    assertEquals(plan, CchcJson.readPlan(written));
  }

  @Test
  void namesTheUnknownProperty() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("\"number\"", "\"nummer\""))));
    assertEquals("/tasks/0/nummer", e.getPointer());
    assertEquals(JsonFormatException.Problem.UNKNOWN_PROPERTY, e.getProblem());
    assertEquals("\"nummer\" is not a property here", e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    assertTrue(e.getMessage(java.util.Locale.forLanguageTag("vi")).contains("\"nummer\""), e.getMessage());
  }

  @Test
  void namesAWrongType() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("\"year\":2024,\"quarters\"", "\"year\":\"hai nghìn\",\"quarters\""))));
    assertEquals("/tasks/0/timeframe/year", e.getPointer());
    assertTrue(e.getMessage().contains("hai nghìn"), e.getMessage());
    JsonFormatException level = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK).replace("\"PROVINCE\"", "\"PROVINCIAL\"")));
    assertEquals("/level", level.getPointer());
    assertTrue(level.getMessage().contains("PROVINCIAL"), level.getMessage());
    JsonFormatException quarter = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("[4]", "[4, \"IV\"]"))));
    assertEquals("/tasks/0/timeframe/quarters/1", quarter.getPointer());
  }

  @Test
  void namesAMissingOrNullRequiredProperty() {
    JsonFormatException missing = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("\"content\":\"Ban hành Kế hoạch\",", ""))));
    assertTrue(missing.getPointer().startsWith("/tasks/0"), missing.getPointer());
    assertTrue(missing.getMessage().contains("content"), missing.getMessage());
    JsonFormatException nul = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("\"Ban hành Kế hoạch\"", "null"))));
    assertEquals("/tasks/0/content", nul.getPointer());
    JsonFormatException text = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("\"text\":\"Quý IV/2024\",", ""))));
    assertEquals("/tasks/0/timeframe/text", text.getPointer());
  }

  @Test
  void namesAValueTheModelRejects() {
    String share = "{\"kind\":\"LEVEL\",\"comparison\":\"AT_LEAST\",\"threshold\":120,\"unit\":\"PERCENT\"}";
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("\"number\":\"1\",", "\"number\":\"1\",\"targets\":[" + share + "],"))));
    assertEquals("/tasks/0/targets/0/threshold", e.getPointer());
    assertTrue(e.getMessage().contains("was 120%"), e.getMessage());
    assertTrue(e.getMessage(java.util.Locale.forLanguageTag("vi")).contains("phải từ 0 đến 100%, đang là 120%"),
        e.getMessage(java.util.Locale.forLanguageTag("vi")));
    JsonFormatException quarter = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK.replace("[4]", "[5]"))));
    assertEquals("/tasks/0/timeframe", quarter.getPointer());
    assertTrue(quarter.getMessage().contains("was 5"), quarter.getMessage());
    JsonFormatException date = assertThrows(JsonFormatException.class, () -> CchcJson.read(
        "{\"kind\":\"BEFORE\",\"text\":\"x\",\"exclusiveDeadline\":\"2024-02-30\"}", Timeframe.class));
    assertEquals("/exclusiveDeadline", date.getPointer());
    assertTrue(date.getMessage().contains("2024-02-30"), date.getMessage());
    JsonFormatException agency = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(
        plan(TASK.replace("\"number\":\"1\",", "\"number\":\"1\",\"leads\":[{\"kind\":\"AGENCY\",\"ref\":\"so-noi-vu\"}],"))));
    assertTrue(agency.getMessage().contains("/tasks/0/leads/0 names agency \"so-noi-vu\""), agency.getMessage());
  }

  @Test
  void refusesBrokenDocuments() {
    assertEquals("", assertThrows(JsonFormatException.class, () -> CchcJson.readPlan("")).getPointer());
    assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(plan(TASK) + " {}"));
    assertThrows(JsonFormatException.class, () -> CchcJson.readPlan("[]"));
    assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(plan(TASK).replace("\"year\":2024", "\"year\":NaN")));
    JsonFormatException dup = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK).replace("\"year\":2024", "\"year\":2024,\"year\":2025")));
    assertTrue(dup.getMessage().contains("year"), dup.getMessage());
    JsonFormatException format = assertThrows(JsonFormatException.class,
        () -> CchcJson.readPlan(plan(TASK).replace("cchc.plan/2", "cchc.plan/9")));
    assertEquals("/format", format.getPointer());
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(deep));
  }

  @Test
  void numbersKeepTheirPrintedPrecision() {
    Criterion c = CchcJson.read("{\"name\":\"PAR\",\"maximum\":9.00,\"achieved\":8.750,\"deducted\":0.25}", Criterion.class);
    assertEquals(2, c.maximum().orElseThrow().scale());
    assertEquals(3, c.achieved().orElseThrow().scale());
    assertEquals(c, CchcJson.read(CchcJson.write(c), Criterion.class));
    assertEquals("0.1", CchcJson.read("{\"name\":\"x\",\"achieved\":0.1}", Criterion.class).achieved().orElseThrow()
        .toPlainString(), "no binary floating point on the way");
  }

  @Test
  void everyDocumentTypeRefusesHostileInputTheSameWay() {
    for (java.util.function.Function<String, Object> reader : List.<java.util.function.Function<String, Object>>of(
        CchcJson::readPlan, CchcJson::readDirectory, CchcJson::readScorecard)) {
      for (String bad : List.of("", "[]", "{\"x\":1}", "{} {}", "{\"a\":NaN}", "[".repeat(10_000))) {
        assertThrows(JsonFormatException.class, () -> reader.apply(bad));
      }
    }
    JsonFormatException agency = assertThrows(JsonFormatException.class, () -> CchcJson.readDirectory(
        "{\"agencies\":[{\"id\":\"a\",\"name\":\"A\",\"level\":\"PROVINCE\",\"kind\":\"OTHER\",\"parents\":[{\"parentId\":\"zz\"}]}]}"));
    assertTrue(agency.getMessage().contains("\"zz\""), agency.getMessage());
    JsonFormatException rank = assertThrows(JsonFormatException.class, () -> CchcJson.readScorecard(
        "{\"index\":\"PAPI\",\"subject\":{\"kind\":\"NAMED\",\"ref\":\"HP\"},\"year\":2023,\"rank\":0}"));
    assertTrue(rank.getMessage().contains("rank must be at least 1, was 0"), rank.getMessage());
  }

  @Test
  void acceptsAByteOrderMark() {
    byte[] body = plan(TASK).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(CchcJson.readPlan(plan(TASK)), CchcJson.readPlan(new java.io.ByteArrayInputStream(withBom)));
  }

  @Test
  void aConsistentPlanRoundTrips() {
    Plan plan = CchcArbitraries.consistentPlans().sample();
    assertEquals(plan, CchcJson.readPlan(CchcJson.writePlan(plan)));
  }

  @Test
  void aPlanOfThePreviousVersionReadsAndIsWrittenAsTheCurrentOne() throws java.io.IOException {
    String v1;
    try (java.io.InputStream in = JsonFormatTest.class.getResourceAsStream("hai-phong-2024.plan-1.json")) {
      v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(v1.contains("\"cchc.plan/1\""), "the committed fixture is version 1");
    Plan plan = CchcJson.readPlan(v1);
    assertEquals(58, plan.tasks().size());
    assertEquals(Optional.empty(), plan.fundingFigures(), "version 1 has no funding figures");
    assertEquals(Optional.of("a)"), plan.measures().get(0).label(), "version 1 labels measures by their letter");
    assertTrue(plan.trackedItems().stream().noneMatch(r -> r.isStatement()), "nor dates its measures");
    String v2 = CchcJson.writePlan(plan);
    assertTrue(v2.contains("\"cchc.plan/2\""), v2.substring(0, 40));
    assertEquals(plan, CchcJson.readPlan(v2));
  }

  @Test
  void aScorecardOfThePreviousVersionReadsAndIsWrittenAsTheCurrentOne() throws java.io.IOException {
    String v1;
    try (java.io.InputStream in = JsonFormatTest.class.getResourceAsStream("par-index-2023.scorecard-1.json")) {
      v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(v1.contains("\"cchc.scorecard/1\""), "the committed fixture is version 1");
    Scorecard card = CchcJson.readScorecard(v1);
    assertEquals(8, card.criteria().size());
    assertEquals(Optional.empty(), card.totalChange(), "version 1 prints no changes");
    assertEquals(Optional.empty(), card.criteria().get(0).change());
    String v2 = CchcJson.writeScorecard(card);
    assertTrue(v2.contains("\"cchc.scorecard/2\""), v2);
    assertEquals(card, CchcJson.readScorecard(v2));
    JsonFormatException future = assertThrows(
        JsonFormatException.class,
        () -> CchcJson.readScorecard(v1.replace("cchc.scorecard/1", "cchc.scorecard/3")));
    assertEquals("/format", future.getPointer());
  }
}
