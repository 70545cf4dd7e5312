package io.github.cchc.examples;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.report.ScoreReport;
import io.github.cchc.rules.stats.Scorecards;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cchc score SCORECARD [--previous FILE]}: checks, derived figures and year-on-year changes. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Checks a scorecard (cchc.scorecard/2 JSON; /1 is read too) and compares it with the previous year's.")
final class ScoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SCORECARD", description = "The scorecard, a cchc.scorecard/2 (or /1) JSON document.")
  Path scorecard;

  @Option(names = "--previous", paramLabel = "FILE", description = "The previous year's scorecard.")
  Optional<Path> previous;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Scored scored = scored(scorecard, previous);
    Scorecard card = scored.card();
    CheckReport report = scored.report().findings();
    List<Scorecards.Change> changes = scored.report().changes();
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(scored.report(), options.locale()));
    } else {
      // Points read as the table prints them: at its stated precision, else with the decimals each was given.
      java.util.function.Function<java.math.BigDecimal, String> points = p -> options.decimals(
          card.precision().map(d -> p.setScale(d, java.math.RoundingMode.HALF_UP)).orElse(p));
      out.println("== " + options.text("score.title", "index", options.label(card.index()), "year", card.year(),
          "subject", card.subject().ref(), "total", Scorecards.total(card).map(t -> ": " + points.apply(t)).orElse("")));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {options.text("score.criterion"), options.text("score.maximum"), options.text("score.achieved"),
          options.text("score.percent"), options.text("score.name")});
      walk(card.criteria(), "", (label, c) -> rows.add(new String[] {label, c.maximum().map(points).orElse("-"),
          c.achieved().map(points).orElse("-"),
          Scorecards.percentOfMaximum(c).map(p -> options.decimals(p) + "%").orElse(""), c.name()}));
      Text.table(out, rows, 10, 8, 8, 9);
      if (previous.isPresent()) {
        long up = changes.stream().filter(c -> c.direction() > 0).count();
        long down = changes.stream().filter(c -> c.direction() < 0).count();
        out.println();
        out.println(options.text("score.changes", "up", up, "down", down));
        List<String[]> diff = new ArrayList<>();
        diff.add(new String[] {options.text("score.criterion"), options.text("score.previous"), options.text("score.current"),
            options.text("score.delta"), options.text("score.relative")});
        for (Scorecards.Change ch : changes) {
          diff.add(new String[] {ch.label(), points.apply(ch.previous()), points.apply(ch.current()),
              (ch.direction() > 0 ? "+" : "") + points.apply(ch.delta()),
              ch.relativePercent().map(r -> options.decimals(r) + "%").orElse("")});
        }
        Text.table(out, diff, 10, 9, 9, 10);
      }
      out.println();
      Findings.text(out, report, options);
    }
    out.flush();
    return options.exitCode(report.findings());
  }

  /** A scorecard read, checked and compared with the previous year's: what {@code score} and {@code report} show. */
  record Scored(Scorecard card, ScoreReport report) {}

  static Scored scored(Path scorecard, Optional<Path> previous) {
    Scorecard card = CommonOptions.read(scorecard, CchcJson::readScorecard);
    Optional<Scorecard> before = previous.map(f -> CommonOptions.read(f, CchcJson::readScorecard));
    // A change is between two years; a scorecard against itself or a later one compares nothing.
    if (before.isPresent() && !before.get().year().isBefore(card.year())) {
      throw Failure.of("error.previous", "file", previous.get(), "year", card.year());
    }
    CheckReport report = CheckReport.of(Scorecards.check(card, before, RuleSet.builtIn()));
    return new Scored(card, ScoreReport.of(card, before.map(b -> Scorecards.compare(b, card)).orElse(List.of()), report));
  }

  private static void walk(List<Criterion> nodes, String indent, java.util.function.BiConsumer<String, Criterion> visit) {
    for (Criterion c : nodes) {
      visit.accept(indent + c.code().orElse("·"), c);
      walk(c.children(), indent + " ", visit);
    }
  }
}
