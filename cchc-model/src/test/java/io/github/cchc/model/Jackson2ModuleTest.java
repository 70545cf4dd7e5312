package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.json.CchcJackson2Module;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A Jackson 2 mapper, as Spring Boot 3 builds it, with cchc's Jackson 2 module: the shapes and strictness of CchcJson. */
class Jackson2ModuleTest {
  private static final ObjectMapper HOST = new ObjectMapper().registerModule(new CchcJackson2Module());
  private static final String PLAN = "{\"format\":\"cchc.plan/2\",\"id\":\"hp-2024\",\"title\":\"Kế hoạch CCHC năm 2024\","
      + "\"year\":2024,\"level\":\"PROVINCE\",\"tasks\":[]}";

  /** A host's own value with cchc's inside, as a Spring controller would take it. */
  public static final class Envelope {
    public String note;
    public Plan plan;
    public List<Task> tasks;
  }

  @Property(tries = 60)
  void plansAndScorecardsAreWrittenAndReadAsCchcJsonDoes(@ForAll Plan plan, @ForAll Scorecard scorecard) throws Exception {
    String written = HOST.writeValueAsString(plan);
    assertEquals(CchcJson.readTree(CchcJson.writePlan(plan)), CchcJson.readTree(written));
    assertEquals(plan, HOST.readValue(written, Plan.class));
    String card = HOST.writeValueAsString(scorecard);
    assertEquals(CchcJson.writeScorecard(scorecard).replaceAll("\\s", ""), card.replaceAll("\\s", ""), "numbers as printed");
    assertEquals(scorecard, HOST.readValue(card, Scorecard.class));
  }

  @Property(tries = 40)
  void programmesAreWrittenAndReadAsCchcJsonDoes(@ForAll Programme programme) throws Exception {
    String written = HOST.writeValueAsString(programme);
    assertEquals(CchcJson.readTree(CchcJson.write(programme)), CchcJson.readTree(written));
    assertEquals(programme, HOST.readValue(written, Programme.class));
  }

  @Property(tries = 60)
  void cchcValuesInsideAHostsOwnType(@ForAll Plan plan, @ForAll Task task) throws Exception {
    Envelope e = new Envelope();
    e.note = Normalizer.normalize("ghi chú", Normalizer.Form.NFD);
    e.plan = plan;
    e.tasks = List.of(task);
    Envelope back = HOST.readValue(HOST.writeValueAsString(e), Envelope.class);
    assertEquals(plan, back.plan);
    assertEquals(List.of(task), back.tasks);
    assertEquals(e.note, back.note, "the host's own text is left as it came");
  }

  @Test
  void readingIsStrict() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> HOST.readValue(PLAN.replace("\"year\":2024", "\"year\":\"2024\""), Plan.class));
    JsonFormatException cause = assertInstanceOf(JsonFormatException.class, e.getCause());
    assertEquals("/year", cause.getPointer());
    assertThrows(JsonMappingException.class, () -> HOST.readValue(PLAN.replace("\"tasks\"", "\"colour\":1,\"tasks\""), Plan.class));
    assertThrows(JsonMappingException.class, () -> HOST.readValue("3", ReformArea.class));
  }
}
