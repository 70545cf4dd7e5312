package io.github.cchc.examples;

import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.PlanSummary;
import io.github.cchc.rules.report.ReportJson;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cchc check PLAN}: the findings of the built-in rules on a plan document. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Lists what is wrong with a plan (cchc.plan/2 JSON).")
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan, a cchc.plan/2 JSON document.")
  Path plan;

  @Option(names = "--programme", paramLabel = "FILE", description = "The multi-year programme above the plan, a "
      + "Programme JSON object: the plan's key targets are checked against its phase for the plan's year.")
  Optional<Path> programme;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Plan p = CommonOptions.read(plan, CchcJson::readPlan);
    CheckInputs.Builder inputs = CheckInputs.builder();
    programme.ifPresent(f -> {
      Programme read = CommonOptions.read(f, g -> CchcJson.read(g, Programme.class));
      inputs.programme(read);
    });
    CheckReport report = RuleSet.builtIn().check(p, inputs.build());
    var out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(report, options.locale()));
    } else {
      Findings.summary(out, PlanSummary.of(p, report), Optional.empty(), options);
      Findings.grouped(out, report.findings(), options);
    }
    out.flush();
    return options.exitCode(report.findings());
  }
}
