package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.rules.internal.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One catalog of codes: docs/rules.md, docs/import.md, docs/read.md and docs/measurements.md list exactly the
 * codes of each family with their default severities, and both bundles hold every code's message,
 * variants and summary, naming only the facts the code declares.
 */
class RuleCatalogTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (?i)(error|warning|info) \\|", Pattern.MULTILINE);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Locale[] LANGUAGES = {Messages.VIETNAMESE, Locale.ENGLISH};

  private static Map<String, String> documented(String doc, String prefix) throws IOException {
    String text = Files.readString(Path.of("..", "docs", doc), StandardCharsets.UTF_8);
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      if (prefix.isEmpty() ? !m.group(1).startsWith("IMPORT_") && !m.group(1).startsWith("SCORE_")
          && !m.group(1).startsWith("DOSSIER_") && !m.group(1).startsWith("READ_") : m.group(1).startsWith(prefix)) {
        found.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return found;
  }

  private static Map<String, String> coded(FindingCode.Family family, String prefix) {
    Map<String, String> coded = new LinkedHashMap<>();
    for (FindingCode c : FindingCode.values()) {
      if (c.family() == family && c.code().startsWith(prefix)) {
        coded.put(c.code(), c.defaultSeverity().name().toLowerCase(Locale.ROOT));
      }
    }
    return coded;
  }

  @Test
  void theDocumentedCatalogsAreTheCodesCatalog() throws IOException {
    assertEquals(coded(FindingCode.Family.CHECK, ""), documented("rules.md", ""));
    assertEquals(coded(FindingCode.Family.IMPORT, "IMPORT_"), documented("import.md", "IMPORT_"));
    assertEquals(coded(FindingCode.Family.SCORE, "SCORE_"), documented("measurements.md", "SCORE_"));
    assertEquals(coded(FindingCode.Family.DOSSIER, "DOSSIER_"), documented("measurements.md", "DOSSIER_"));
    assertEquals(coded(FindingCode.Family.READ, "READ_"), documented("read.md", "READ_"));
  }

  @Test
  void everyCodeHasItsMessagesAndSummaryInBothLanguagesNamingOnlyItsFacts() {
    for (FindingCode c : FindingCode.values()) {
      for (Locale l : LANGUAGES) {
        assertFalse(c.summary(l).isBlank(), c.code());
        for (String variant : variants(c)) {
          String key = variant.isEmpty() ? c.code() : c.code() + "." + variant;
          String template = Messages.template(l, key);
          Set<String> declared = new TreeSet<>(c.facts(variant).stream().map(Fact::name).toList());
          Matcher m = PLACEHOLDER.matcher(template);
          while (m.find()) {
            assertTrue(declared.contains(m.group(1)), l + " " + key + " names {" + m.group(1) + "}, not among " + declared);
          }
        }
      }
    }
  }

  @Test
  void aFindingOfABuiltInCodeTakesItsDeclaredFactsAndNoOthers() {
    Facts missing = Facts.of(Fact.TASK, "57");
    io.github.cchc.model.CchcException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.cchc.model.CchcException.class, () -> Finding.of(FindingCode.TASK_NO_LEAD, Severity.ERROR,
            Subject.of(Subject.Kind.TASK, "57"), "/tasks/56/leads", "", missing));
    assertTrue(e.getMessage().contains("[task, content]"), e.getMessage());
  }

  static java.util.List<String> variants(FindingCode c) {
    java.util.List<String> all = new java.util.ArrayList<>();
    all.add("");
    all.addAll(c.variants());
    return all;
  }
}
