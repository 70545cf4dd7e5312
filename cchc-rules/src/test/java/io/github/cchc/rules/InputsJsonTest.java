package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inputs beside a plan read from the JSON format of docs/format.md. */
class InputsJsonTest {
  private static final String INPUTS = """
      {"asOf": "2024-10-15",
       "progress": {"asOf": "2024-10-15", "tasks": [
         {"task": "/tasks/0/subtasks/0", "completedOn": "2023-12-29", "percent": 100},
         {"task": "/tasks/30", "percent": 60, "note": "Đang công khai hàng tháng"}]},
       "measurements": [{"indicatorId": "DOSSIERS_ON_TIME", "numerator": 9620, "denominator": 10000,
         "periodStart": "2024-01-01", "periodEnd": "2024-09-30", "measuredOn": "2024-10-05"}],
       "submissions": [{"kind": "QUARTERLY", "year": 2024, "quarter": 1, "submittedOn": "2024-03-08"}],
       "subordinatePlans": [{"unitId": "hp.snv", "issuedOn": "2024-01-20"}]}
      """;

  @Test
  void readsAndWritesTheInputs() {
    CheckInputs inputs = CchcJson.read(INPUTS, CheckInputs.class);
    assertEquals(LocalDate.of(2024, 10, 15), inputs.effectiveAsOf().orElseThrow());
    assertEquals(2, inputs.progress().orElseThrow().tasks().size());
    assertEquals(0, new BigDecimal("96.2").compareTo(inputs.measurements().orElseThrow().get(0).measuredValue().orElseThrow()));
    assertEquals(ReportRequirement.Kind.QUARTERLY, inputs.submissions().orElseThrow().get(0).kind());
    assertEquals(inputs, CchcJson.read(CchcJson.write(inputs), CheckInputs.class));
  }

  @Test
  void namesWhatIsWrong() {
    JsonFormatException percent = assertThrows(JsonFormatException.class,
        () -> CchcJson.read(INPUTS.replace("\"percent\": 60", "\"percent\": 160"), CheckInputs.class));
    assertEquals("/progress/tasks/1", percent.getPointer());
    assertTrue(percent.getMessage().contains("percent must be 0 to 100, was 160"), percent.getMessage());
    JsonFormatException rate = assertThrows(JsonFormatException.class,
        () -> CchcJson.read(INPUTS.replace("9620", "19620"), CheckInputs.class));
    assertEquals("/measurements/0", rate.getPointer());
    assertTrue(rate.getMessage().contains("numerator 19620 exceeds its denominator 10000"), rate.getMessage());
    JsonFormatException late = assertThrows(JsonFormatException.class,
        () -> CchcJson.read(INPUTS.replace("\"2023-12-29\"", "\"2024-12-29\""), CheckInputs.class));
    assertEquals("/progress", late.getPointer());
    JsonFormatException pointer = assertThrows(JsonFormatException.class,
        () -> CchcJson.read(INPUTS.replace("/tasks/30", "task 31"), CheckInputs.class));
    assertTrue(pointer.getMessage().contains("\"task 31\""), pointer.getMessage());
    assertEquals(java.util.Optional.empty(), CchcJson.read("{}", CheckInputs.class).measurements(), "absent: not given");
    assertEquals(java.util.Optional.of(List.of()), CchcJson.read("{\"submissions\": []}", CheckInputs.class).submissions(),
        "an empty list: known, none sent");
  }
}
