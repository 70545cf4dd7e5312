package io.github.cchc.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJackson2Module;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A Jackson 2 mapper, as Spring Boot 3 builds one, with the modules {@code findAndRegisterModules()}
 * finds: findings and reports have {@link ReportJson}'s shapes, so a Boot 3 controller returning
 * findings answers with them rather than failing for want of a serializer.
 */
class Jackson2ModuleTest {
  private static final ObjectMapper HOST = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper ENGLISH = new ObjectMapper().registerModule(new CchcJackson2Module())
      .registerModule(new CchcRulesJackson2Module(Locale.ENGLISH));

  @Test
  void findAndRegisterModulesFindsBothModules() {
    assertTrue(HOST.getRegisteredModuleIds().contains("cchc-rules-jackson2/vi"), HOST.getRegisteredModuleIds().toString());
    assertTrue(HOST.getRegisteredModuleIds().contains(CchcJackson2Module.class.getName()), HOST.getRegisteredModuleIds().toString());
  }

  @Property(tries = 40)
  void findingsAndTheirReportsAreWrittenAsReportJsonWritesThem(@ForAll Plan plan) throws Exception {
    CheckReport report = RuleSet.builtIn().check(plan);
    assertEquals(CchcJson.readTree(ReportJson.write(report, Locale.forLanguageTag("vi"))),
        CchcJson.readTree(HOST.writeValueAsString(report)));
    assertEquals(CchcJson.readTree(ReportJson.write(report, Locale.ENGLISH)),
        CchcJson.readTree(ENGLISH.writeValueAsString(report)));
    assertEquals(report, HOST.readValue(HOST.writeValueAsString(report), CheckReport.class));
    List<Finding> findings = report.findings();
    assertEquals(findings, HOST.readValue(HOST.writeValueAsString(findings), new TypeReference<List<Finding>>() {}));
  }

  @Test
  void aHostsOwnValuesAreLeftAsTheyCame() throws Exception {
    Map<String, Object> own = Map.of("ghi chú", Normalizer.normalize("Quý IV", Normalizer.Form.NFD), "year", "2024");
    assertEquals(own, HOST.readValue(HOST.writeValueAsString(own), new TypeReference<Map<String, Object>>() {}));
  }

  @Test
  void aFindingThatIsNotOneIsRefusedWithItsPointer() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> HOST.readValue("{\"code\":\"TASK_NO_LEAD\",\"severity\":\"LOUD\"}", Finding.class));
    JsonFormatException cause = assertInstanceOf(JsonFormatException.class, e.getCause());
    assertEquals("/severity", cause.getPointer());
  }
}
