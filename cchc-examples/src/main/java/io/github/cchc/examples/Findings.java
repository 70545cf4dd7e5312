package io.github.cchc.examples;

import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Prints findings as an aligned table or as the JSON of docs/cli.md. */
final class Findings {
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();

  private Findings() {}

  static ObjectNode json(CheckReport report, CommonOptions options) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.code());
      n.put("severity", f.severity().name());
      n.put("path", f.pointer());
      n.put("subject", f.subject().toString());
      n.put("message", f.message(options.locale()));
    }
    ObjectNode counts = root.putObject("counts");
    report.counts().forEach((s, n) -> counts.put(s.name(), n));
    return root;
  }

  /** Each finding on a line of severity, code and subject, its message wrapped below, indented. */
  static void text(PrintWriter out, CheckReport report, CommonOptions options) {
    for (Finding f : report.findings()) {
      out.println((Text.pad(f.severity().name(), 8) + Text.pad(f.code(), 33) + f.subject() + "  " + f.pointer()).stripTrailing());
      for (String line : Text.wrap(f.message(options.locale()), Text.WIDTH - 8)) {
        out.println("        " + line);
      }
    }
    out.println((options.english() ? "findings: " : "phát hiện: ") + report.findings().size() + "  ("
        + Severity.ERROR + " " + report.counts().get(Severity.ERROR) + ", " + Severity.WARNING + " "
        + report.counts().get(Severity.WARNING) + ", " + Severity.INFO + " " + report.counts().get(Severity.INFO) + ")");
  }
}
