package io.github.cchc.rules.read;

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

/** docs/import.md lists exactly the importer's codes, with their severities; each has both messages. */
class ImportCatalogTest {
  @Test
  void theDocumentedImportFindingsAreTheImportersCodes() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "import.md"), StandardCharsets.UTF_8);
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = Pattern.compile("^\\| `(IMPORT_[A-Z_]+)` \\| (ERROR|WARNING|INFO) \\|", Pattern.MULTILINE).matcher(doc);
    while (m.find()) {
      documented.put(m.group(1), m.group(2));
    }
    Map<String, String> coded = new LinkedHashMap<>();
    for (ImportCode c : ImportCode.values()) {
      coded.put(c.name(), c.severity().name());
      for (Locale l : new Locale[] {Locale.ENGLISH, Messages.VIETNAMESE}) {
        assertFalse(Messages.template(l, c.name()).isBlank(), c.name());
      }
    }
    assertEquals(coded, documented);
  }
}
