package io.github.cchc.examples;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.report.DossierReport;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.stats.Basis;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.stats.OnTimeDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cchc dossiers FILE --as-of DATE [--by agency|month|procedure] [--directory FILE]}: timeliness
 * under both on-time definitions.
 */
@Command(name = "dossiers", mixinStandardHelpOptions = true,
    description = "Dossier statistics (JSON lines, one dossier a line) under the plans' and Decision 766's on-time rates.")
final class DossiersCommand implements Callable<Integer> {
  enum By { agency, month, procedure }

  @Parameters(index = "0", paramLabel = "FILE", description = "The dossiers, JSON lines.")
  Path file;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The period's last day (yyyy-mm-dd).")
  LocalDate asOf;

  @Option(names = "--from", paramLabel = "DATE", description = "The period's first day (default: 1 January of the as-of year).")
  Optional<LocalDate> from;

  @Option(names = "--by", paramLabel = "KEY", description = "Group by ${COMPLETION-CANDIDATES}.")
  Optional<By> by;

  @Option(names = "--directory", paramLabel = "FILE", description = "An agency directory (cchc.directory/1): the text "
      + "output names agencies by their names, not their ids.")
  Optional<Path> directory;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    LocalDate first = from.orElse(asOf.withDayOfYear(1));
    if (first.isAfter(asOf)) {
      throw Failure.of("error.from", "from", first, "asOf", asOf);
    }
    DateRange period = DateRange.of(first, asOf);
    // Read first, so that a directory that cannot be read fails before a long pass over the dossiers.
    Optional<AgencyDirectory> names = directory.map(d -> CommonOptions.read(d, CchcJson::readDirectory));
    PrintWriter err = options.err();
    Function<Dossier, String> key = switch (by.orElse(null) == null ? By.agency : by.get()) {
      case agency -> Dossier::agencyId;
      case procedure -> Dossier::procedureCode;
      case month -> d -> YearMonth.from(d.received()).toString();
    };
    // Groups in the order of their keys, months and codes as a reader scans them, not the order first met.
    Map<String, DossierStatistics> groups = new java.util.TreeMap<>();
    Path[] read = {file};
    DossierStatistics all = CommonOptions.read(file, f -> {
      read[0] = f;
      try (Stream<Dossier> lines = CchcJson.readLines(Files.newInputStream(f), Dossier.class)) {
        long[] seen = {0};
        Stream<Dossier> counted = lines.peek(d -> {
          if (++seen[0] % 1_000_000 == 0) {
            err.println(options.text("dossiers.read", "count", seen[0]));
            err.flush();
          }
        });
        if (by.isEmpty()) {
          return DossierStatistics.of(counted, period);
        }
        groups.putAll(DossierStatistics.groupBy(counted, period, key));
        return groups.values().stream().reduce(DossierStatistics.empty(period), DossierStatistics::merge);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    CheckReport report = CheckReport.of(onTheirLines(all.findings(), read[0]));
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      Map<String, DossierReport.Figures> figures = new LinkedHashMap<>();
      groups.forEach((k, s) -> figures.put(k, DossierReport.Figures.of(s)));
      out.println(ReportJson.write(new DossierReport(period.start(), period.end(), DossierReport.Figures.of(all), figures,
          report), options.locale()));
    } else {
      out.println("== " + options.text("dossiers.title", "from", options.label(period.start()), "asOf",
          options.label(period.end())));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"", options.text("dossiers.received"), options.text("dossiers.handled"),
          options.text("dossiers.planRate"), options.text("dossiers.decisionRate"), options.text("dossiers.pending"),
          options.text("dossiers.inconsistent")});
      rows.add(row(options.text("dossiers.all"), all, options));
      groups.forEach((k, s) -> rows.add(row(label(k, names, options), s, options)));
      int width = Math.min(48, Math.max(24, rows.stream().mapToInt(r -> r[0].length() + 1).max().orElse(0)));
      for (String[] r : rows) {
        out.println(Text.pad(r[0], width) + String.format(" %9s %13s %10s %9s %15s %12s", r[1], r[2], r[3], r[4], r[5], r[6]));
      }
      if (!report.findings().isEmpty()) {
        out.println();
        Findings.text(out, report, options);
      }
    }
    out.flush();
    return options.exitCode(report.findings());
  }

  /**
   * The statistics name a dossier and its property; its line in the file is what a reader opens,
   * so each finding's pointer is put behind the line's index, the file read once more for the few
   * dossiers listed.
   */
  private static List<io.github.cchc.rules.Finding> onTheirLines(List<io.github.cchc.rules.Finding> findings, Path file) {
    Map<String, Long> lines = new java.util.HashMap<>();
    for (io.github.cchc.rules.Finding f : findings) {
      if (f.subject().kind() == io.github.cchc.rules.Subject.Kind.DOSSIER && !f.subject().label().startsWith("+")) {
        lines.put(f.subject().label(), -1L);
      }
    }
    if (lines.isEmpty()) {
      return findings;
    }
    java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long index = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine(), index++) {
        java.util.regex.Matcher m = id.matcher(line);
        if (m.find() && lines.get(m.group(1)) != null && lines.get(m.group(1)) < 0) {
          lines.put(m.group(1), index);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<io.github.cchc.rules.Finding> placed = new ArrayList<>();
    for (io.github.cchc.rules.Finding f : findings) {
      Long line = lines.get(f.subject().label());
      placed.add(line == null || line < 0 ? f : f.withPointer("/" + line + f.pointer()));
    }
    return placed;
  }

  /** A group as the reader names it: an agency by its name where a directory has it, a month as dates read. */
  private String label(String key, Optional<AgencyDirectory> names, CommonOptions options) {
    return switch (by.orElseThrow()) {
      case agency -> names.map(n -> n.nameOf(key)).orElse(key);
      case month -> options.english() ? key : java.time.format.DateTimeFormatter.ofPattern("MM/yyyy").format(YearMonth.parse(key));
      case procedure -> key;
    };
  }

  private static String[] row(String name, DossierStatistics s, CommonOptions options) {
    long pending = s.count(Basis.RECEIVED, io.github.cchc.rules.stats.DossierClass.PENDING_WITHIN_TIME)
        + s.count(Basis.RECEIVED, io.github.cchc.rules.stats.DossierClass.PENDING_OVERDUE);
    return new String[] {name, Long.toString(s.total(Basis.RECEIVED)), Long.toString(s.total(Basis.HANDLED)),
        s.rate(OnTimeDefinition.PLAN_WORDING).percent(2).map(options::decimals).orElse("-"),
        s.rate(OnTimeDefinition.DECISION_766).percent(2).map(options::decimals).orElse("-"),
        Long.toString(pending), Long.toString(s.inconsistent())};
  }

}
