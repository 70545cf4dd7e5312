package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.json.CchcJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 2024 plan as the reader reads it from its published text, against the plan as it was typed
 * into Java before the reader existed (frozen in {@code read/hai-phong-2024.frozen.json}). Every
 * difference is listed here with the reason the old encoding was wrong or poorer; a difference not
 * listed fails, and so does a listed one that no longer occurs.
 */
class FrozenPlanTest {
  private static final Path FROZEN = Path.of("cchc-examples", "src", "test", "resources", "read", "hai-phong-2024.frozen.json");

  /** Pointer patterns of the accepted differences, each with why the reading is right. */
  private static final Map<String, String> ACCEPTED = accepted();

  private static Map<String, String> accepted() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("/format", "the plan reader's additions made the format cchc.plan/2; the frozen plan is version 1");
    a.put("/title", "the plan's own heading says \"Cải cách hành chính thành phố Hải Phòng năm 2024\"; the old encoding "
        + "typed the decision's quotation of it, which adds \"nhà nước\"");
    a.put("/headerLines/2", "a line break inside the attachment note is a space, as everywhere else");
    a.put("/fundingFigures", "new: the sources, amounts and estimate deadlines the funding section prints");
    a.put("/generalDuties/[23]", "Markdown emphasis (\"*…*\", \"**…**\") of the published text is not part of the duty");
    a.put("/generalDuties/4", "the closing paragraph \"Trong quá trình tổ chức thực hiện …\" is a general duty; the old "
        + "encoding dropped it");
    a.put("/measures/\\d+/label", "a measure is labelled by its place in the outline (\"III.4.d\"), as targets are: "
        + "a dated one is tracked by that label, and a letter alone (\"d)\") names a measure in no area");
    a.put("/measures/(11|33)/text", "a paragraph with no marker continues the measure above it; the old encoding dropped it");
    a.put("/responsibilities/\\d+/label", "new: the printed label of each responsibility, by which §V.2's repeated "
        + "\"d)\" is found");
    a.put("/responsibilities/4/duties/1", "Markdown emphasis (\"***…***\") is not part of the duty");
    a.put("/responsibilities/8/(party/ref|duties/0)", "§V.2 i) names its party before the colon (160 characters in); "
        + "the old encoding took the whole paragraph as the party's name");
    a.put("/responsibilities/10/party/ref", "§V.2 l) has no colon: the party ends where \"triển khai\" begins; the old "
        + "encoding took the whole sentence as the party's name");
    a.put("/responsibilities/11/party/ref", "§V.2 n) asks (\"Đề nghị\") the Fatherland Front: the request is no part of "
        + "the party's name");
    a.put("/tasks/(21|22)/targets/\\d/(kind|direction|baseline)", "\"cắt giảm ít nhất 20% chi phí tuân thủ\" is a "
        + "change (a cut by a fifth) against the year before the plan's, not a level of 20%");
    a.put("/tasks/47/targets/0/baseline/basis", "new: the basis of a change's baseline, here the year the row names");
    return a;
  }

  @Test
  void theReaderGivesTheFrozenPlanButForTheListedCorrections() throws IOException {
    JsonNode frozen = CchcJson.readTree(Files.readString(FROZEN, StandardCharsets.UTF_8));
    JsonNode read = CchcJson.readTree(CchcJson.writePlan(BundledPlan.HAI_PHONG_2024.plan()));
    List<String> differences = new ArrayList<>();
    diff(frozen, read, "", differences);
    List<String> unexplained = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (String d : differences) {
      String pointer = d.substring(0, d.indexOf(' '));
      String reason = null;
      for (String pattern : ACCEPTED.keySet()) {
        if (Pattern.compile(pattern + "(/.*)?").matcher(pointer).matches()) {
          reason = pattern;
        }
      }
      if (reason == null) {
        unexplained.add(d);
      } else {
        used.add(reason);
      }
    }
    assertTrue(unexplained.isEmpty(), "differences with no reason listed:\n" + String.join("\n", unexplained));
    Set<String> stale = new TreeSet<>(ACCEPTED.keySet());
    stale.removeAll(used);
    assertEquals(Set.of(), stale, "listed differences that no longer occur: take them off the list");
  }

  private static void diff(JsonNode a, JsonNode b, String at, List<String> out) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>();
      a.propertyNames().forEach(names::add);
      b.propertyNames().forEach(names::add);
      for (String name : names) {
        if (!a.has(name) || !b.has(name)) {
          out.add(at + "/" + name + " " + (a.has(name) ? "removed" : "added"));
        } else {
          diff(a.get(name), b.get(name), at + "/" + name, out);
        }
      }
    } else if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        if (i >= a.size() || i >= b.size()) {
          out.add(at + "/" + i + " " + (i >= b.size() ? "removed" : "added"));
        } else {
          diff(a.get(i), b.get(i), at + "/" + i, out);
        }
      }
    } else if (!a.equals(b)) {
      out.add(at + " " + a + " -> " + b);
    }
  }
}
