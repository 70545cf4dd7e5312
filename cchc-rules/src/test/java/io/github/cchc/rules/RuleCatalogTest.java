package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cchc.rules.internal.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists exactly the built-in rules, with their default severities; each has both messages. */
class RuleCatalogTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (error|warning|info) \\|", Pattern.MULTILINE);

  @Test
  void theDocumentedCatalogIsTheCodesCatalog() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      documented.put(m.group(1), m.group(2));
    }
    Map<String, String> coded = new LinkedHashMap<>();
    for (BuiltInRule r : BuiltInRule.values()) {
      coded.put(r.code(), r.defaultSeverity().name().toLowerCase(Locale.ROOT));
    }
    assertEquals(coded, documented);
  }

  @Test
  void everyRuleHasAMessageAndASummaryInBothLanguages() {
    for (BuiltInRule r : BuiltInRule.values()) {
      for (Locale l : new Locale[] {Locale.ENGLISH, Messages.VIETNAMESE}) {
        assertFalse(Messages.template(l, r.code()).isBlank(), r.code());
        assertFalse(r.summary(l).isBlank(), r.code());
      }
    }
    assertFalse(Messages.template(Locale.ENGLISH, "TASK_BEFORE_PLAN_PERIOD.noIssueDate").isBlank());
  }
}
