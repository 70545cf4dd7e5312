package io.github.cchc.examples;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.CheckInputs;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.report.StatusReport;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.ReportSubmission;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The inputs of the commands that follow a plan: what is known on a date beside the plan. */
final class MonitoringOptions {
  @Option(names = "--progress", paramLabel = "FILE", description = "The progress, a ProgressSnapshot JSON object.")
  Path progress;

  @Option(names = "--measurements", paramLabel = "FILE", description = "Measurements of the key targets' indicators, a "
      + "JSON array of Measurement objects; [] says none was taken. Without it, measurements are not known.")
  Optional<Path> measurements;

  @Option(names = "--submissions", paramLabel = "FILE", description = "The reports sent, a JSON array of ReportSubmission "
      + "objects; [] says none was sent. Without it, sent reports are not known.")
  Optional<Path> submissions;

  @Option(names = "--directory", paramLabel = "FILE", description = "A fuller agency directory (cchc.directory/1) to "
      + "resolve groups against, holding every agency the plan names.")
  Optional<Path> directory;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date to judge as of (yyyy-mm-dd).")
  LocalDate asOf;

  @Option(names = "--due-soon", paramLabel = "DAYS", defaultValue = "14", description = "Days before its due date an open task is due soon (default: ${DEFAULT-VALUE}).")
  int dueSoon;

  /** The plan, its directory replaced by the fuller one when given. */
  Plan plan(Path file) {
    return withDirectory(CommonOptions.read(file, CchcJson::readPlan));
  }

  /**
   * The plan and its amendments: a {@code cchc.revisions/1} document, or a plan document, which is
   * a plan with none. A fuller directory applies to a plan alone: an amendment's changes were made
   * against the directory the plan had.
   */
  PlanRevisions revisions(Path file) {
    if (!CommonOptions.read(file, MonitoringOptions::format).equals(ReportJson.REVISIONS_FORMAT)) {
      return PlanRevisions.of(plan(file));
    }
    if (directory.isPresent()) {
      throw Failure.of("error.directory-revisions");
    }
    return CommonOptions.read(file, f -> ReportJson.readRevisions(CchcJson.writeTree(CchcJson.readTree(f))));
  }

  /**
   * The format tag a document opens with, as cchc writes it, or empty text: read from its first
   * tokens, so that a plan is parsed once, by its reader, whatever its size.
   */
  private static String format(Path file) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), file)) {
      return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.PROPERTY_NAME
          && p.currentName().equals("format") && p.nextToken() == JsonToken.VALUE_STRING ? p.getString() : "";
    } catch (JacksonException e) {
      // Not JSON, or not a document: the plan reader says what is wrong with it.
      return "";
    }
  }

  private Plan withDirectory(Plan p) {
    if (directory.isEmpty()) {
      return p;
    }
    AgencyDirectory fuller = CommonOptions.read(directory.get(), CchcJson::readDirectory);
    try {
      return Plan.builder().from(p).directory(fuller).build();
    } catch (io.github.cchc.model.CchcException e) {
      throw Failure.in(directory.get(), e);
    }
  }

  /** The measurements given, none when not. */
  List<Measurement> measurements() {
    return measurements.map(f -> List.of(CommonOptions.read(f, g -> CchcJson.read(g, Measurement[].class))))
        .orElse(List.of());
  }

  CheckInputs inputs() {
    dueSoon();
    if (progress == null || asOf == null) {
      throw Failure.of("error.monitoring-inputs");
    }
    return inputs(CommonOptions.read(progress, f -> CchcJson.read(f, ProgressSnapshot.class)), asOf);
  }

  /** The inputs on a date with a snapshot of progress, whichever option gave it, and the other inputs given. */
  CheckInputs inputs(ProgressSnapshot snapshot, LocalDate day) {
    dueSoon();
    CheckInputs.Builder b = CheckInputs.builder().asOf(day).progress(snapshot);
    measurements.ifPresent(f -> b.measurements(measurements()));
    submissions.ifPresent(f -> b.submissions(List.of(CommonOptions.read(f, g -> CchcJson.read(g, ReportSubmission[].class)))));
    return b.build();
  }

  Period dueSoon() {
    if (dueSoon < 0) {
      throw Failure.of("error.due-soon", "value", dueSoon);
    }
    return Period.ofDays(dueSoon);
  }

  /** One line saying which inputs were given, and which not, in the reader's language. */
  String given(CommonOptions options, CheckInputs inputs) {
    List<String> given = new ArrayList<>();
    List<String> not = new ArrayList<>();
    for (CheckInputs.Input input : CheckInputs.Input.values()) {
      // The programme is what `check --programme` judges a plan against; these commands follow the year.
      if (input != CheckInputs.Input.PROGRAMME) {
        (inputs.isGiven(input) ? given : not).add(options.label(input));
      }
    }
    return options.text("inputs.given", "given", String.join(", ", given), "notGiven",
        not.isEmpty() ? "-" : String.join(", ", not));
  }

  /** A plan as the monitoring commands show it: with its inputs, its status and its check. */
  record Evaluation(Plan plan, CheckInputs inputs, PlanStatus status, CheckReport report) {}

  /**
   * Reads and evaluates a plan, then writes the status report document when JSON is asked for,
   * else the command's own text.
   *
   * @return the exit code the findings call for
   */
  Integer show(Path planFile, CommonOptions options, BiConsumer<PrintWriter, Evaluation> text) {
    CheckInputs inputs = inputs();
    Plan p = revisions(planFile).inForceOn(asOf);
    PlanStatus status = inputs.status(p, dueSoon());
    Evaluation e = new Evaluation(p, inputs, status, RuleSet.builtIn().check(p, inputs));
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(StatusReport.of(p, status, e.report()), options.locale()));
    } else {
      text.accept(out, e);
    }
    out.flush();
    return options.exitCode(e.report().findings());
  }
}
