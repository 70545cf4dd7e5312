package io.github.cchc.examples;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.stats.Scorecards;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cchc score SCORECARD [--previous FILE]}: checks, derived figures and year-on-year changes. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Checks a scorecard (cchc.scorecard/1 JSON) and compares it with the previous year's.")
final class ScoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SCORECARD", description = "The scorecard, a cchc.scorecard/1 JSON document.")
  Path scorecard;

  @Option(names = "--previous", paramLabel = "FILE", description = "The previous year's scorecard.")
  Optional<Path> previous;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Scorecard card = CommonOptions.read(scorecard, CchcJson::readScorecard);
    Optional<Scorecard> before = previous.map(f -> CommonOptions.read(f, CchcJson::readScorecard));
    CheckReport report = CheckReport.of(Scorecards.check(card));
    List<Scorecards.Change> changes = before.map(b -> Scorecards.compare(b, card)).orElse(List.of());
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      ObjectNode root = Findings.json(report, options);
      Scorecards.total(card).ifPresent(t -> root.put("total", t));
      ArrayNode nodes = root.putArray("criteria");
      walk(card.criteria(), "", (label, c) -> {
        ObjectNode n = nodes.addObject();
        n.put("criterion", label);
        c.maximum().ifPresent(v -> n.put("maximum", v));
        c.achieved().ifPresent(v -> n.put("achieved", v));
        Scorecards.percentOfMaximum(c).ifPresent(v -> n.put("percentOfMaximum", v));
      });
      ArrayNode diff = root.putArray("changes");
      for (Scorecards.Change ch : changes) {
        ObjectNode n = diff.addObject();
        n.put("criterion", ch.label());
        n.put("previous", ch.previous());
        n.put("current", ch.current());
        n.put("delta", ch.delta());
        ch.relativePercent().ifPresent(r -> n.put("relativePercent", r));
      }
      out.println(Findings.JSON.writeValueAsString(root));
    } else {
      out.println("== " + card.index() + " " + card.year() + " " + card.subject().ref()
          + Scorecards.total(card).map(t -> ": " + t.toPlainString()).orElse(""));
      List<String[]> rows = new ArrayList<>();
      walk(card.criteria(), "", (label, c) -> rows.add(new String[] {label, c.maximum().map(BigDecimal::toPlainString).orElse("-"),
          c.achieved().map(BigDecimal::toPlainString).orElse("-"),
          Scorecards.percentOfMaximum(c).map(p -> p.toPlainString() + "%").orElse(""), c.name()}));
      Text.table(out, rows, 10, 8, 8, 8);
      if (before.isPresent()) {
        long up = changes.stream().filter(c -> c.direction() > 0).count();
        long down = changes.stream().filter(c -> c.direction() < 0).count();
        out.println();
        out.println((options.english() ? "against the previous year: " : "so với năm trước: ") + up + " ↑, " + down + " ↓");
        List<String[]> diff = new ArrayList<>();
        for (Scorecards.Change ch : changes) {
          diff.add(new String[] {ch.label(), ch.previous().toPlainString(), ch.current().toPlainString(),
              (ch.direction() > 0 ? "+" : "") + ch.delta().toPlainString(),
              ch.relativePercent().map(r -> r.toPlainString() + "%").orElse("")});
        }
        Text.table(out, diff, 10, 8, 8, 8);
      }
      out.println();
      Findings.text(out, report, options);
    }
    out.flush();
    return options.exitCode(report.findings());
  }

  private static void walk(List<Criterion> nodes, String indent, java.util.function.BiConsumer<String, Criterion> visit) {
    for (Criterion c : nodes) {
      visit.accept(indent + c.code().orElse("·"), c);
      walk(c.children(), indent + " ", visit);
    }
  }
}
