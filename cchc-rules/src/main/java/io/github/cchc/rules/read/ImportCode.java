package io.github.cchc.rules.read;

import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import io.github.cchc.rules.internal.Messages;
import java.util.Locale;
import java.util.Map;

/** The findings a {@link TaskTableImporter} reports, with their severities; messages are in the rule bundles. */
enum ImportCode {
  IMPORT_NO_HEADER(Severity.ERROR),
  IMPORT_NO_CONTENT(Severity.ERROR),
  IMPORT_MALFORMED_ROW(Severity.ERROR),
  IMPORT_MISSING_COLUMN(Severity.WARNING),
  IMPORT_UNKNOWN_COLUMN(Severity.WARNING),
  IMPORT_DUPLICATE_COLUMN(Severity.WARNING),
  IMPORT_IGNORED_CELL(Severity.WARNING),
  IMPORT_UNKNOWN_SECTION(Severity.WARNING),
  IMPORT_ORPHAN_SUBROW(Severity.WARNING),
  IMPORT_UNRESOLVED_AGENCY(Severity.WARNING),
  IMPORT_UNREADABLE_CELL(Severity.WARNING),
  IMPORT_SKIPPED_ROW(Severity.INFO),
  IMPORT_JOINED_ROW(Severity.INFO);

  private final Severity severity;

  ImportCode(Severity severity) {
    this.severity = severity;
  }

  Severity severity() {
    return severity;
  }

  Finding finding(Subject subject, String pointer, Map<String, ?> facts) {
    return Finding.of(name(), severity, subject, pointer, facts,
        Messages.render(Messages.template(Messages.VIETNAMESE, name()), facts, Messages.VIETNAMESE),
        Messages.render(Messages.template(Locale.ENGLISH, name()), facts, Locale.ENGLISH));
  }
}
