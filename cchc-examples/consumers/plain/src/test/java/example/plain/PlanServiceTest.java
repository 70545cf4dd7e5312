package example.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.ReportJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Over real HTTP: the service's own mapper answers with exactly the bytes cchc's entry points write. */
class PlanServiceTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void postsThePlanAndGetsItAndItsFindingsInCchcsShapes() throws Exception {
    Plan plan = BundledPlan.HAI_PHONG_2024.plan();
    String json = CchcJson.writePlan(plan);
    try (PlanService service = new PlanService(0)) {
      String base = "http://127.0.0.1:" + service.port() + "/plans";
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base))
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(201, posted.statusCode(), posted.body());
      HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(base + "/" + plan.id())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(json, got.body());
      HttpResponse<String> findings = http.send(HttpRequest.newBuilder(URI.create(base + "/" + plan.id() + "/findings")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, findings.statusCode());
      String expected = ReportJson.write(RuleSet.builtIn().check(plan), Locale.forLanguageTag("vi"));
      assertEquals(expected, findings.body());
      assertTrue(expected.contains("\"findings\""), expected);
    }
  }

  @Test
  void aPlanCchcRefusesIsABadRequestNamingTheProperty() throws Exception {
    String bad = CchcJson.writePlan(BundledPlan.HAI_PHONG_2024.plan()).replace("\"year\" : 2024", "\"year\" : \"2024\"");
    try (PlanService service = new PlanService(0)) {
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/plans"))
          .POST(HttpRequest.BodyPublishers.ofString(bad)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, posted.statusCode());
      assertTrue(posted.body().contains("/year"), posted.body());
    }
  }
}
