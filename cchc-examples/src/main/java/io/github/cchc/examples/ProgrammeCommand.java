package io.github.cchc.examples;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.Programme;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.status.Forecast;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.ProgrammeProgress;
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

/** {@code cchc programme PROGRAMME [--results FILE]}: a multi-year programme's targets through the years. */
@Command(name = "programme", mixinStandardHelpOptions = true,
    description = "Follows a multi-year programme (Programme JSON): each phase's targets against the yearly results, "
        + "and a forecast for each deadline still ahead.")
final class ProgrammeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PROGRAMME", description = "The programme, a Programme JSON object.")
  Path programme;

  @Option(names = "--results", paramLabel = "FILE", description = "The yearly results, a JSON array of Measurement "
      + "objects; each year's result is the measurement whose period ends latest in it.")
  Optional<Path> results;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Programme p = CommonOptions.read(programme, f -> CchcJson.read(f, Programme.class));
    List<Measurement> measured = results.map(f -> List.of(CommonOptions.read(f, g -> CchcJson.read(g, Measurement[].class))))
        .orElse(List.of());
    ProgrammeProgress progress = ProgrammeProgress.of(p, measured);
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(progress, options.locale()));
    } else {
      text(out, p, progress);
    }
    out.flush();
    return 0;
  }

  private void text(PrintWriter out, Programme p, ProgrammeProgress progress) {
    out.println(options.text("programme.title", "title", p.title(), "from", p.firstYear(), "to", p.lastYear())
        + p.decision().map(d -> options.text("programme.decision", "decision", d.text())).orElse(""));
    String phase = null;
    for (ProgrammeProgress.TargetProgress t : progress.targets()) {
      if (!t.phase().equals(phase)) {
        phase = t.phase();
        String current = t.phase();
        long count = progress.targets().stream().filter(x -> x.phase().equals(current)).count();
        out.println(options.text("programme.phase", "phase", t.phase(), "by", t.by(), "count", count));
      }
      String unit = t.target().unit() == Target.Unit.PERCENT ? "%" : "";
      String indicator = t.target().indicatorId().flatMap(Indicator::findBuiltIn).map(options::label)
          .orElse(t.target().indicatorId().orElse(""));
      out.println(("  " + (t.label().isEmpty() ? "" : t.label() + "  ") + t.target().toCanonicalText()
          + (indicator.isEmpty() ? "" : "  (" + indicator + ")")).stripTrailing());
      List<String> years = new ArrayList<>();
      for (ProgrammeProgress.YearResult y : t.years()) {
        years.add(y.year() + ": " + options.label(y.value()) + unit + " " + options.label(y.outcome()));
      }
      out.println("      " + (years.isEmpty() ? options.text("programme.noResult") : String.join(" · ", years)));
      String standing;
      if (t.reached().isPresent()) {
        standing = options.text("programme.reached", "by", t.by(), "outcome", options.label(t.reached().get()));
      } else if (t.forecast().isPresent()) {
        Forecast f = t.forecast().get();
        standing = options.text("programme.forecast", "by", t.by(), "point", options.label(f.point()) + unit,
            "lower", options.label(f.lower()) + unit, "upper", options.label(f.upper()) + unit,
            "outcome", options.text(t.forecastSettled() ? "history.likely" : "history.possibly",
                "outcome", options.label(t.forecastOutcome().orElseThrow())));
      } else {
        standing = options.text("programme.noForecast", "by", t.by(), "min", Forecast.MIN_TREND_POINTS);
      }
      out.println("      " + standing);
    }
  }
}
