package io.github.cchc.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.CchcModule;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;

/**
 * A host's mapper with the modules that {@code findAndAddModules()} finds writes findings and
 * reports as {@link ReportJson} does and reads them back equal; a controller returning findings
 * answers with cchc's shapes.
 */
class JacksonModuleTest {
  private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();
  private static final JsonMapper ENGLISH = JsonMapper.builder().addModule(new CchcModule())
      .addModule(new CchcRulesModule(Locale.ENGLISH)).build();

  @Test
  void findAndAddModulesFindsBothModules() {
    assertTrue(HOST.registeredModules().stream().anyMatch(m -> m instanceof CchcRulesModule), HOST.registeredModules().toString());
    assertTrue(HOST.registeredModules().stream().anyMatch(m -> m instanceof CchcModule), HOST.registeredModules().toString());
  }

  @Property(tries = 40)
  void findingsAndTheirReportsAreWrittenAsReportJsonWritesThem(@ForAll Plan plan) {
    CheckReport report = RuleSet.builtIn().check(plan);
    assertEquals(CchcJson.readTree(ReportJson.write(report, Locale.forLanguageTag("vi"))),
        CchcJson.readTree(HOST.writeValueAsString(report)));
    assertEquals(CchcJson.readTree(ReportJson.write(report, Locale.ENGLISH)),
        CchcJson.readTree(ENGLISH.writeValueAsString(report)));
    assertEquals(report, HOST.readValue(HOST.writeValueAsString(report), CheckReport.class));
    List<Finding> findings = report.findings();
    List<Finding> back = HOST.readValue(HOST.writeValueAsString(findings), new TypeReference<List<Finding>>() {});
    assertEquals(findings, back);
  }

  @Property(tries = 20)
  void statusReportsAndTheInputsBesideThemReadBackEqual(@ForAll Plan plan) {
    CheckInputs inputs = CheckInputs.builder().progress(ProgressSnapshot.of(plan.year().atDay(180), List.of())).build();
    PlanStatus status = inputs.status(plan, Period.ofDays(14));
    StatusReport report = StatusReport.of(plan, status, RuleSet.builtIn().check(plan, inputs));
    assertEquals(report, HOST.readValue(HOST.writeValueAsString(report), StatusReport.class));
    ProgressSnapshot progress = inputs.progress().orElseThrow();
    assertEquals(progress, HOST.readValue(HOST.writeValueAsString(progress), ProgressSnapshot.class));
  }

  @Test
  void aFindingThatIsNotOneIsRefusedWithItsPointer() {
    DatabindException e = assertThrows(DatabindException.class,
        () -> HOST.readValue("{\"code\":\"TASK_NO_LEAD\",\"severity\":\"LOUD\"}", Finding.class));
    JsonFormatException cause = assertInstanceOf(JsonFormatException.class, e.getCause());
    assertEquals("/severity", cause.getPointer());
  }
}
