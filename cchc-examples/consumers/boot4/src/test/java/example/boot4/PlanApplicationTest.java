package example.boot4;

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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real service on a random port, over real HTTP: Boot's mapper answers with the bytes cchc's entry points write. */
class PlanApplicationTest {
  private static ConfigurableApplicationContext service;
  private static String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    service = SpringApplication.run(PlanApplication.class, "--server.port=0", "--server.address=127.0.0.1",
        "--spring.jackson.serialization.indent-output=true");
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort() + "/plans";
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void postsThePlanAndGetsItAndItsFindingsInCchcsShapes() throws Exception {
    Plan plan = BundledPlan.HAI_PHONG_2024.plan();
    String json = CchcJson.writePlan(plan);
    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
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

  @Test
  void aPlanCchcRefusesIsABadRequestNamingTheProperty() throws Exception {
    String bad = CchcJson.writePlan(BundledPlan.HAI_PHONG_2024.plan()).replace("\"year\" : 2024", "\"year\" : \"2024\"");
    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(bad)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, posted.statusCode());
    assertTrue(posted.body().contains("/year"), posted.body());
  }

  @Test
  void aRequestIsValidatedAgainstTheInjectedDirectoryInTheLanguageItAsksFor() throws Exception {
    String bad = "{\"lead\":\"hp.zz\",\"timeframe\":\"sớm\"}";
    assertEquals(Map.of("lead", "is not the id of an agency of the directory",
        "timeframe", "is not a timeframe such as \"Quý IV/2024\" or \"Trước ngày 25/01/2024\""), refused(bad, "en"));
    assertEquals(Map.of("lead", "không phải mã của cơ quan nào trong danh bạ",
        "timeframe", "không phải thời gian thực hiện hợp lệ, ví dụ \"Quý IV/2024\" hoặc \"Trước ngày 25/01/2024\""),
        refused(bad, "vi"));
    HttpResponse<String> good = http.send(HttpRequest.newBuilder(URI.create(base.replace("/plans", "/tasks")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"lead\":\"hp.snv\",\"timeframe\":\"Quý IV/2024\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, good.statusCode(), good.body());
  }

  private Map<String, String> refused(String json, String language) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base.replace("/plans", "/tasks")))
        .header("Content-Type", "application/json").header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, answer.statusCode(), answer.body());
    return JsonMapper.shared().readValue(answer.body(), new TypeReference<Map<String, String>>() {});
  }
}
