package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile JSON: each case gives a typed error naming where, in bounded memory (this module's tests
 * run with -Xmx256m), and no partial object.
 */
class HostileJsonTest {
  private static final String PLAN = "{\"id\":\"p\",\"title\":\"Kế hoạch\",\"year\":2024,\"level\":\"PROVINCE\"";

  /** An endless-looking stream of one byte, produced as read, so the test itself holds no 100 MB. */
  private static InputStream repeat(byte b, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        return left-- > 0 ? b : -1;
      }

      @Override
      public int read(byte[] buffer, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(buffer, off, off + n, b);
        left -= n;
        return n;
      }
    };
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  @Test
  void aHundredMegabyteStringIsRefusedUpFront() {
    InputStream doc = concat(new ByteArrayInputStream("{\"id\":\"".getBytes(StandardCharsets.UTF_8)),
        repeat((byte) 'a', 100L * 1024 * 1024), new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)));
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(doc));
    assertEquals(JsonFormatException.Problem.TOO_LARGE, e.getProblem());
    assertTrue(e.getMessage().contains("67,108,864 bytes"), e.getMessage());
    String long2 = PLAN + ",\"funding\":\"" + "x".repeat(2_000_000) + "\"}";
    JsonFormatException string = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(long2));
    assertEquals(JsonFormatException.Problem.TOO_LONG_TEXT, string.getProblem());
    assertEquals("/funding", string.getPointer());
  }

  @Test
  void deepNestingAndHugeNumbersAreRefused() {
    String deep = "{\"tasks\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    JsonFormatException nesting = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(deep));
    assertEquals(JsonFormatException.Problem.TOO_DEEP, nesting.getProblem());
    assertTrue(nesting.getMessage().contains("200 levels"), nesting.getMessage());
    String number = PLAN.replace("2024", "1".repeat(1_000_000)) + "}";
    JsonFormatException digits = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(number));
    assertEquals(JsonFormatException.Problem.TOO_LONG_NUMBER, digits.getProblem());
    assertEquals("/year", digits.getPointer());
  }

  @Test
  void malformedTextIsRefusedNamingWhere() {
    byte[] invalid = (PLAN + ",\"funding\":\"ab\"}").getBytes(StandardCharsets.UTF_8);
    invalid[invalid.length - 4] = (byte) 0xC3;
    invalid[invalid.length - 3] = (byte) 0x28;
    JsonFormatException utf8 = assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(new ByteArrayInputStream(invalid)));
    assertTrue(utf8.getMessage().contains("UTF-8"), utf8.getMessage());
    for (String bad : List.of(PLAN + ",\"funding\":NaN}", PLAN + ",\"funding\":Infinity}", PLAN + "} []", "", "   ",
        PLAN + ",\"id\":\"q\"}", PLAN)) {
      assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(bad), bad.length() > 80 ? bad.substring(0, 80) : bad);
    }
  }

  @Test
  void valuesOfTheWrongTypeAreNotCoerced() {
    String ref = "{\"type\":\"DECREE\",\"number\":\"1/NĐ-CP\",\"issuedOn\":%s}";
    for (String date : List.of("7", "[2024,1,1]", "20240101.5")) {
      JsonFormatException e = assertThrows(JsonFormatException.class, () -> CchcJson.read(String.format(ref, date), DocumentRef.class));
      assertEquals("/issuedOn", e.getPointer(), date);
    }
    assertEquals("/year", assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(PLAN.replace("2024", "\"2024\"") + "}"))
        .getPointer());
    assertEquals("/id", assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(PLAN.replace("\"p\"", "7") + "}"))
        .getPointer());
    assertEquals("/illegible", assertThrows(JsonFormatException.class,
        () -> CchcJson.read("{\"content\":\"x\",\"illegible\":\"true\"}", Task.class)).getPointer());
    assertEquals("/level", assertThrows(JsonFormatException.class, () -> CchcJson.readPlan(PLAN.replace("\"PROVINCE\"", "1") + "}"))
        .getPointer());
  }

  @Test
  void parsersRefuseHugeInputsQuickly() {
    String huge = "Quý IV/2024 ".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThrows(TextParseException.class, () -> Timeframe.parse(huge));
      assertThrows(TextParseException.class, () -> Target.parseAll(huge));
      assertThrows(TextParseException.class, () -> DocumentRef.parse(huge));
      String citations = "Nghị quyết số 76/NQ-CP ngày 15/7/2021; ".repeat(3_000) + "1/".repeat(20_000) + "9".repeat(20_000);
      assertEquals(3_000, DocumentRef.findAll(citations).size());
    });
  }
}
