package io.github.cchc.examples;

import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import java.io.PrintWriter;

/** Prints findings as an aligned table in the reader's language; JSON is the library's {@code ReportJson}. */
final class Findings {
  private Findings() {}

  /** Each finding on a line of severity, code and subject, its message wrapped below, indented. */
  static void text(PrintWriter out, CheckReport report, CommonOptions options) {
    for (Finding f : report.findings()) {
      out.println((Text.pad(options.label(f.severity()), 12) + Text.pad(f.code(), 33) + f.subject().describe(options.locale())
          + "  " + f.pointer()).stripTrailing());
      for (String line : Text.wrap(f.message(options.locale()), Text.WIDTH - 8)) {
        out.println("        " + line);
      }
    }
    out.println(options.text("findings.count", "count", report.findings().size(), "errors",
        report.counts().get(Severity.ERROR), "warnings", report.counts().get(Severity.WARNING), "infos",
        report.counts().get(Severity.INFO)));
  }
}
