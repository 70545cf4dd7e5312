package io.github.cchc.examples;

import io.github.cchc.model.Dossier;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.DossierReport;
import io.github.cchc.rules.report.HistoryReport;
import io.github.cchc.rules.report.PlanSummary;
import io.github.cchc.rules.report.ScoreReport;
import io.github.cchc.rules.report.StatusReport;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.status.PlanHistory;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cchc report PLAN [--progress FILE --as-of DATE | --history DIR|FILE...] [--measurements FILE]
 * [--submissions FILE] [--dossiers FILE] [--scorecard FILE [--previous FILE]] [--lang vi|en] [-o FILE]}:
 * the plan's standing as one self-contained HTML page.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the plan's standing as one self-contained HTML page, with charts, for reading and printing.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan, a cchc.plan/2 JSON document, or the plan and "
      + "its amendments, a cchc.revisions/1 document.")
  Path plan;

  @Mixin
  MonitoringOptions monitoring;

  @Option(names = "--history", arity = "1..*", paramLabel = "DIR|FILE", description = "Progress snapshots through "
      + "the year, instead of --progress: the curves and forecasts, and the standing at the last snapshot on or before "
      + "--as-of (default: the last).")
  List<Path> history;

  @Option(names = "--dossiers", paramLabel = "FILE", description = "Dossiers, JSON lines: the on-time rates by month "
      + "from 1 January to the as-of date.")
  Optional<Path> dossiers;

  @Option(names = "--scorecard", paramLabel = "FILE", description = "A scorecard (cchc.scorecard/2).")
  Optional<Path> scorecard;

  @Option(names = "--previous", paramLabel = "FILE", description = "The previous year's scorecard, for the arrows.")
  Optional<Path> previous;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where the page goes (default: standard output).")
  Optional<Path> output;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    if (options.format == CommonOptions.Format.json) {
      throw Failure.of("error.report-format");
    }
    boolean followed = history != null && !history.isEmpty();
    if (followed && monitoring.progress != null) {
      throw Failure.of("error.report-progress-history");
    }
    if (previous.isPresent() && scorecard.isEmpty()) {
      throw Failure.of("error.report-previous");
    }
    // Measurements and reports sent are judged with progress; without it they would be dropped unsaid.
    if (!followed && monitoring.progress == null
        && (monitoring.measurements.isPresent() || monitoring.submissions.isPresent())) {
      throw Failure.of("error.report-needs-progress");
    }
    PlanRevisions revisions = monitoring.revisions(plan);
    ReportPage page = new ReportPage(options.locale());
    Optional<LocalDate> asOf = Optional.ofNullable(monitoring.asOf);
    Optional<CheckInputs> inputs = Optional.empty();
    Optional<HistoryReport> historyReport = Optional.empty();
    if (followed) {
      List<ProgressSnapshot> snapshots = new ArrayList<>(StatusCommand.snapshots(history));
      if (snapshots.isEmpty()) {
        throw Failure.of("error.report-no-snapshot");
      }
      snapshots.sort(Comparator.comparing(ProgressSnapshot::asOf));
      if (asOf.isPresent()) {
        LocalDate day = asOf.get();
        snapshots.removeIf(s -> s.asOf().isAfter(day));
        if (snapshots.isEmpty()) {
          throw Failure.of("error.report-no-snapshot-by", "date", options.label(day));
        }
      }
      ProgressSnapshot last = snapshots.get(snapshots.size() - 1);
      asOf = Optional.of(asOf.orElse(last.asOf()));
      try {
        historyReport = Optional.of(HistoryReport.of(revisions.latest(),
            PlanHistory.of(revisions, snapshots, monitoring.measurements())));
      } catch (IllegalArgumentException e) {
        throw Failure.of("error.history", "problem", e.getMessage());
      }
      inputs = Optional.of(monitoring.inputs(last, asOf.get()));
    } else if (monitoring.progress != null) {
      inputs = Optional.of(monitoring.inputs());
    }
    Plan p = asOf.map(revisions::inForceOn).orElse(revisions.latest());
    Optional<PlanStatus> status = inputs.map(i -> i.status(p, monitoring.dueSoon()));
    CheckReport report = inputs.map(i -> RuleSet.builtIn().check(p, i)).orElseGet(() -> RuleSet.builtIn().check(p));
    String given = inputs.map(i -> monitoring.given(options, i)).orElse(options.text("report.planOnly"));
    page.summary(status.map(s -> PlanSummary.of(p, report, s)).orElseGet(() -> PlanSummary.of(p, report)),
        p.issuer().map(p.directory()::nameOf), asOf, given);
    if (status.isPresent()) {
      StatusReport s = StatusReport.of(p, status.get(), report);
      page.targets(s.keyTargets(), s.onTimeRate(), historyReport).areas(s.total(), s.byArea()).agencies(s.byAgency());
    }
    historyReport.ifPresent(h -> page.history(h, p.year().getValue()));
    if (dossiers.isPresent()) {
      LocalDate last = asOf.orElseThrow(() -> Failure.of("error.report-dossiers-date"));
      page.dossiers(dossiers(dossiers.get(), DateRange.of(last.withDayOfYear(1), last)));
    }
    Optional<CheckReport> scored = scorecard.map(f -> {
      ScoreReport card = ScoreCommand.scored(f, previous).report();
      page.scorecard(card);
      return card.findings();
    });
    status.ifPresent(s -> page.tasks(p, s.tasks()));
    page.findings(report);
    write(page.html(p));
    List<io.github.cchc.rules.Finding> all = new ArrayList<>(report.findings());
    scored.ifPresent(r -> all.addAll(r.findings()));
    return options.exitCode(all);
  }

  /** The dossiers' figures in all and by month of receipt, months in order. */
  private static DossierReport dossiers(Path file, DateRange period) {
    Map<String, DossierStatistics> months = new java.util.TreeMap<>();
    DossierStatistics all = CommonOptions.read(file, f -> {
      try (Stream<Dossier> lines = CchcJson.readLines(Files.newInputStream(f), Dossier.class)) {
        months.putAll(DossierStatistics.groupBy(lines, period, d -> YearMonth.from(d.received()).toString()));
        return months.values().stream().reduce(DossierStatistics.empty(period), DossierStatistics::merge);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Map<String, DossierReport.Figures> figures = new LinkedHashMap<>();
    months.forEach((k, s) -> figures.put(k, DossierReport.Figures.of(s)));
    return new DossierReport(period.start(), period.end(), DossierReport.Figures.of(all), figures,
        CheckReport.of(all.findings()));
  }

  /** The page to standard output, or beside its file first, then moved over it: never half a page in its place. */
  private void write(String html) {
    if (output.isEmpty() || output.get().toString().equals("-")) {
      options.out().print(html);
      options.out().flush();
      return;
    }
    Path target = output.get();
    Path temp = target.resolveSibling(target.getFileName() + ".part");
    try {
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The first failure is the one to report.
      }
      throw Failure.in(target, e);
    }
  }
}
