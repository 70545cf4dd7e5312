package io.github.cchc.examples;

import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.report.PlanSummary;
import io.github.cchc.rules.status.HealthReason;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints what a plan comes to, in the reader's language: the summary first, then findings grouped
 * by severity, then by code, each with its place. JSON is the library's {@code ReportJson}.
 */
final class Findings {
  private Findings() {}

  /** The summary: title and decision, findings by severity, the commonest codes, health, the rows counted. */
  static void summary(PrintWriter out, PlanSummary s, Optional<LocalDate> asOf, CommonOptions options,
      String... moreLines) {
    out.println("== " + s.title());
    s.issuingDocument().ifPresent(d -> out.println("   " + options.text("summary.decision", "type",
        options.label(d.type()), "number", d.number().orElse(""), "date", d.issuedOn().map(options::label).orElse(""))));
    out.println(counts(s.counts(), options));
    if (!s.commonest().isEmpty()) {
      List<String> codes = new ArrayList<>();
      s.commonest().forEach(c -> codes.add(c.code() + " " + c.count()));
      out.println(options.text("summary.commonest", "codes", String.join(", ", codes)));
    }
    s.health().ifPresent(h -> {
      out.println(options.text("summary.health", "asOf", asOf.map(options::label).orElse(""), "health", options.label(h)));
      for (HealthReason r : s.reasons()) {
        out.println("   " + r.message(options.locale()));
      }
    });
    out.println(options.text("summary.rows", "topLevel", s.rows().topLevel(), "all", s.rows().all(), "tracked",
        s.rows().tracked()) + (s.rows().illegible() > 0
        ? options.text("summary.illegible", "illegible", s.rows().illegible()) : ""));
    for (String line : moreLines) {
      out.println(line);
    }
  }

  /** "phát hiện: 11 — lỗi 5, cảnh báo 2, thông tin 4". */
  static String counts(Map<Severity, Integer> counts, CommonOptions options) {
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    return options.text("findings.count", "count", all, "errors", counts.get(Severity.ERROR), "warnings",
        counts.get(Severity.WARNING), "infos", counts.get(Severity.INFO));
  }

  /** The count of findings by severity, then the findings grouped: for outputs whose summary is their own. */
  static void text(PrintWriter out, CheckReport report, CommonOptions options) {
    out.println(counts(report.counts(), options));
    grouped(out, report.findings(), options);
  }

  /** Findings by severity, most serious first, then by code in catalog order; each with its place and message. */
  static void grouped(PrintWriter out, List<Finding> findings, CommonOptions options) {
    for (Severity severity : Severity.values()) {
      Map<String, List<Finding>> byCode = new LinkedHashMap<>();
      for (FindingCode code : FindingCode.values()) {
        byCode.put(code.code(), new ArrayList<>());
      }
      findings.stream().filter(f -> f.severity() == severity)
          .forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
      long n = byCode.values().stream().mapToLong(List::size).sum();
      if (n == 0) {
        continue;
      }
      out.println();
      out.println(options.text("findings.severity", "severity", options.label(severity), "count", n));
      byCode.forEach((code, list) -> {
        if (list.isEmpty()) {
          return;
        }
        out.println("  " + code + " (" + list.size() + ")");
        for (Finding f : list) {
          String place = f.subject().describe(options.locale()) + (f.pointer().isEmpty() ? "" : "  " + f.pointer());
          out.println("    " + place);
          for (String line : Text.wrap(f.message(options.locale()), Text.WIDTH - 6)) {
            out.println("      " + line);
          }
        }
      });
    }
  }
}
