package io.github.cchc.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.model.Plan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A plan written to a stream is the document writePlan makes, and is refused where it is. */
class StreamingWriteProperties {
  @Property(tries = 200)
  void aPlanStreamsToTheBytesOfItsDocument(@ForAll Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CchcJson.writePlan(plan, out);
    assertArrayEquals(CchcJson.writePlan(plan).getBytes(StandardCharsets.UTF_8), out.toByteArray());
  }

  @Example
  void aValueBeyondALimitIsRefusedWithThePointerTheTextCheckNames() {
    Plan base = Plan.builder().id("p").title("Kế hoạch").year(java.time.Year.of(2024))
        .level(io.github.cchc.model.AgencyLevel.PROVINCE).build();
    String huge = "x".repeat(CchcJson.MAX_STRING_LENGTH + 1);
    for (Plan plan : List.of(Plan.builder().from(base).title(huge).build(),
        Plan.builder().from(base).addHeaderLines("dòng đầu", huge).build(),
        Plan.builder().from(base).addTasks(io.github.cchc.model.Task.builder().content("a").build(),
            io.github.cchc.model.Task.builder().content(huge).build()).build())) {
      JsonFormatException inMemory = assertThrows(JsonFormatException.class, () -> CchcJson.writePlan(plan));
      JsonFormatException streamed = assertThrows(JsonFormatException.class,
          () -> CchcJson.writePlan(plan, new ByteArrayOutputStream()));
      assertEquals(inMemory.getProblem(), streamed.getProblem());
      assertEquals(inMemory.getPointer(), streamed.getPointer());
      assertEquals(inMemory.getMessage(), streamed.getMessage());
    }
  }
}
