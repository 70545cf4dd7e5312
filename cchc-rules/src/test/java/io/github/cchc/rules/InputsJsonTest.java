package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.internal.Messages;
import io.github.cchc.testing.Languages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
  void namesWhatIsWrongAtItsFieldInBothLanguages() {
    record Case(String from, String to, String pointer, String vietnamese, String english) {}
    for (Case c : List.of(
        new Case("\"percent\": 60", "\"percent\": 160", "/progress/tasks/1/percent",
            "tỷ lệ hoàn thành phải từ 0 đến 100%, đang là 160", "percent must be 0 to 100, was 160"),
        new Case("9620", "19620", "/measurements/0/numerator", "tử số 19620 lớn hơn mẫu số 10000",
            "numerator 19620 exceeds its denominator 10000"),
        new Case("10000", "-1", "/measurements/0/denominator", "mẫu số không được âm, đang là -1", "denominator must not be"),
        new Case("\"2024-09-30\"", "\"2023-09-30\"", "/measurements/0/periodEnd",
            "kỳ đo kết thúc (2023-09-30) trước khi bắt đầu (2024-01-01)", "period ends (2023-09-30) before it starts"),
        new Case("\"indicatorId\": \"DOSSIERS_ON_TIME\",", "", "/measurements/0",
            "số đo phải nêu mã chỉ số (indicatorId) hoặc số mục của chỉ tiêu (targetLabel)", "must name an indicator"),
        new Case("\"2023-12-29\"", "\"2024-12-29\"", "/progress/tasks/0/completedOn",
            "hoàn thành ngày 2024-12-29, sau ngày của bản tiến độ 2024-10-15", "after the snapshot's date"),
        new Case("/tasks/30", "/tasks/0/subtasks/0", "/progress/tasks/1/task", "bản tiến độ nêu mục \"/tasks/0/subtasks/0\" hai lần",
            "reports task \"/tasks/0/subtasks/0\" twice"),
        new Case("/tasks/30", "task 31", "/progress/tasks/1/task", "đang là \"task 31\"", "was \"task 31\""),
        new Case("\"quarter\": 1", "\"quarter\": 5", "/submissions/0/quarter", "quý của báo cáo đã gửi phải từ 1 đến 4, đang là 5",
            "quarter must be 1 to 4, was 5"),
        new Case("\"submittedOn\": \"2024-03-08\"", "\"submittedOn\": \"2024-03-08\", \"sender\": \" \"", "/submissions/0/sender",
            "cơ quan gửi báo cáo không được để trống", "sender must not be blank"))) {
      assertTrue(INPUTS.contains(c.from()), c.from());
      JsonFormatException e = assertThrows(JsonFormatException.class,
          () -> CchcJson.read(INPUTS.replace(c.from(), c.to()), CheckInputs.class), c.to());
      assertEquals(c.pointer(), e.getPointer(), e.getMessage());
      String vietnamese = e.getMessage(Messages.VIETNAMESE);
      assertTrue(vietnamese.contains(c.vietnamese()), vietnamese);
      assertEquals(List.of(), Languages.notVietnameseOutsideValues(vietnamese), vietnamese);
      String english = e.getMessage(Locale.ENGLISH);
      assertTrue(english.contains(c.english()), english);
      assertEquals(List.of(), Languages.vietnameseInEnglish(english), english);
    }
    assertEquals(java.util.Optional.empty(), CchcJson.read("{}", CheckInputs.class).measurements(), "absent: not given");
    assertEquals(java.util.Optional.of(List.of()), CchcJson.read("{\"submissions\": []}", CheckInputs.class).submissions(),
        "an empty list: known, none sent");
  }
}
