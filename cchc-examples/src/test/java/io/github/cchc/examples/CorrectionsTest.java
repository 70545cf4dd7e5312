package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.model.Plan;
import org.junit.jupiter.api.Test;

/** Corrections applied after reading: what they change, and the one-line refusals of bad ones. */
class CorrectionsTest {
  private static final Plan PLAN = BundledPlan.HAI_PHONG_2024.plan();

  @Test
  void anOperationChangesWhatItPointsAt() {
    Plan corrected = Corrections.apply(PLAN, "[{\"op\": \"replace\", \"path\": \"/keyTargets/0/label\", \"value\": \"II.1a\","
        + " \"reason\": \"a test\"}, {\"op\": \"remove\", \"path\": \"/measures/33\", \"reason\": \"a test\"}]");
    assertEquals("II.1a", corrected.keyTargets().get(0).label().orElseThrow());
    assertEquals(PLAN.measures().size() - 1, corrected.measures().size());
    assertEquals(PLAN.tasks(), corrected.tasks());
  }

  @Test
  void aBadCorrectionIsRefusedNamingTheFileTheOperationAndThePath() {
    assertEquals("c.json: /0/reason: missing; every correction names its op, path and reason", message(
        "[{\"op\": \"remove\", \"path\": \"/measures/0\"}]"));
    assertEquals("c.json: /1/path: \"/measures/99\" names no element of its array", message(
        "[{\"op\": \"remove\", \"path\": \"/measures/0\", \"reason\": \"r\"}, "
            + "{\"op\": \"remove\", \"path\": \"/measures/99\", \"reason\": \"r\"}]"));
    assertEquals("c.json: /0/op: \"move\" is not add, replace or remove", message(
        "[{\"op\": \"move\", \"path\": \"/title\", \"reason\": \"r\"}]"));
    assertEquals("c.json: expected a JSON array of corrections", message("{}"));
    String notAPlan = message("[{\"op\": \"replace\", \"path\": \"/year\", \"value\": \"soon\", \"reason\": \"r\"}]");
    assertEquals(true, notAPlan.startsWith("c.json: the corrected plan is not a plan: at /year: "), notAPlan);
    assertEquals("c.json: /0/op: \"move\" không phải \"add\", \"replace\" hay \"remove\"", message(
        "[{\"op\": \"move\", \"path\": \"/title\", \"reason\": \"r\"}]", java.util.Locale.forLanguageTag("vi")));
  }

  private static String message(String json) {
    return message(json, java.util.Locale.ENGLISH);
  }

  private static String message(String json, java.util.Locale locale) {
    Failure e = assertThrows(Failure.class, () -> Corrections.apply(PLAN, json));
    return Failure.in(java.nio.file.Path.of("c.json"), e).message(locale);
  }
}
