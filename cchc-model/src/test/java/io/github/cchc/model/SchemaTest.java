package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.json.CchcJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema names exactly the properties the code writes, so the two cannot drift. */
class SchemaTest {
  private static final JsonNode DEFS = JsonMapper.builder().build().readTree(CchcJson.schema()).get("$defs");

  @Test
  void everyModelTypeHasItsPropertiesInTheSchema() {
    Map<String, Class<?>> types = Map.ofEntries(
        Map.entry("PlanBody", Plan.class), Map.entry("Task", Task.class), Map.entry("Target", Target.class),
        Map.entry("Baseline", Baseline.class), Map.entry("DocumentRef", DocumentRef.class),
        Map.entry("Product", Product.class), Map.entry("Measure", Measure.class), Map.entry("Party", Party.class),
        Map.entry("Agency", Agency.class), Map.entry("ParentLink", ParentLink.class),
        Map.entry("AgencyGroup", AgencyGroup.class), Map.entry("AgencyDirectoryBody", AgencyDirectory.class),
        Map.entry("Responsibility", Responsibility.class), Map.entry("CascadeRequirement", CascadeRequirement.class),
        Map.entry("ReportingSchedule", ReportingSchedule.class), Map.entry("ReportRequirement", ReportRequirement.class),
        Map.entry("Criterion", Criterion.class), Map.entry("ScorecardBody", Scorecard.class));
    types.forEach((def, type) -> {
      List<String> declared = List.of(type.getAnnotation(JsonPropertyOrder.class).value());
      assertEquals(new LinkedHashSet<>(declared), names(DEFS.get(def).get("properties")), def);
    });
  }

  @Test
  void theTimeframeAlternativesCoverEveryKind() {
    Set<String> kinds = new LinkedHashSet<>();
    for (JsonNode alternative : DEFS.get("Timeframe").get("oneOf")) {
      kinds.add(alternative.get("properties").get("kind").get("const").stringValue());
    }
    Set<String> expected = new LinkedHashSet<>();
    for (Timeframe.Kind k : Timeframe.Kind.values()) {
      expected.add(k.name());
    }
    assertEquals(expected, kinds);
  }

  @Test
  void enumerationsMatchTheCode() {
    assertEquals(enumNames(ReformArea.values()), values(DEFS.get("Measure").get("properties").get("area").get("enum")));
    assertEquals(enumNames(DocumentType.values()), values(DEFS.get("DocumentRef").get("properties").get("type").get("enum")));
    assertEquals(enumNames(Target.Unit.values()), values(DEFS.get("Target").get("properties").get("unit").get("enum")));
    assertEquals(enumNames(AgencyKind.values()), values(DEFS.get("Agency").get("properties").get("kind").get("enum")));
    assertTrue(CchcJson.schema().contains("cchc.plan/2"));
  }

  private static Set<String> names(JsonNode properties) {
    return new LinkedHashSet<>(properties.propertyNames());
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.stringValue()));
    return out;
  }

  private static List<String> enumNames(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.name());
    }
    return out;
  }
}
