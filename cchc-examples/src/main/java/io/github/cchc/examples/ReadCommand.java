package io.github.cchc.examples;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.read.DocumentBlocks;
import io.github.cchc.rules.read.PlanReader;
import io.github.cchc.rules.read.PlanReading;
import io.github.cchc.rules.report.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cchc read PLAN.txt|PLAN.docx|PLAN.pdf -o plan.json}: a plan as published to a plan document. */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = "Reads a plan as published (UTF-8 text, a Word .docx or a PDF with a text layer) into a plan document "
        + "(cchc.plan/2 JSON): header, legal bases, "
        + "targets, measures, funding, responsibilities, reporting schedule and task table, listing what could not be "
        + "read as check lists its findings.")
final class ReadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan: a .docx, a .pdf, or its text in UTF-8 (any other name; tab-separated lines are table rows).")
  Path file;

  @Option(names = "--directory", paramLabel = "FILE", description = "The agencies to resolve names against, a cchc.directory/1 JSON document.")
  Path directory;

  @Option(names = "--alias", paramLabel = "WORDS=ID[,ID...]", description = "Words the plan uses for agencies or groups "
      + "of the directory, by id, as for import. Repeatable.")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--aliases", paramLabel = "FILE", description = "Aliases as a JSON object of words to lists of ids: "
      + "{\"UBND cấp huyện, cấp xã\": [\"huyen\", \"xa\"]}.")
  Path aliasFile;

  @Option(names = "--corrections", paramLabel = "FILE", description = "Corrections a person decided, applied after "
      + "reading: a JSON array of JSON Patch operations (add, replace, remove), each with its reason.")
  Path corrections;

  @Option(names = "--year", paramLabel = "YEAR", description = "The plan year, where the title does not print it legibly.")
  Integer year;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "The issuer's level, where the header does not tell it: ${COMPLETION-CANDIDATES}.")
  AgencyLevel level;

  @Option(names = "--id", paramLabel = "ID", description = "The plan's id (default: made of the issuer's name).")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the plan; without it the text is only read.")
  Path output;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    AgencyDirectory agencies = directory == null ? AgencyDirectory.empty() : CommonOptions.read(directory, CchcJson::readDirectory);
    PlanReader.Builder reader = PlanReader.builder().directory(agencies);
    if (year != null) {
      if (year < Plan.FIRST_YEAR.getValue() || year > Plan.LAST_YEAR.getValue()) {
        throw Failure.of("error.year", "value", year, "first", Plan.FIRST_YEAR, "last", Plan.LAST_YEAR);
      }
      reader.year(Year.of(year));
    }
    if (level != null) {
      reader.level(level);
    }
    if (id != null) {
      reader.id(id);
    }
    List<ImportCommand.Alias> all = new ArrayList<>();
    if (aliasFile != null) {
      all.addAll(CommonOptions.read(aliasFile, f -> ImportCommand.Alias.parseAll(text(f), agencies)));
    }
    for (String alias : aliases) {
      all.add(ImportCommand.Alias.parse(alias, agencies));
    }
    for (ImportCommand.Alias a : all) {
      reader.alias(a.words(), a.parties());
    }
    PlanReader built = reader.build();
    // Word and PDF files by their adapters; any other file is the plan's text, as UTF-8.
    boolean office = DocumentBlocks.Kind.ofFileName(file.toString()).filter(k -> k != DocumentBlocks.Kind.TEXT).isPresent();
    PlanReading reading = office ? CommonOptions.read(file, f -> document(built, f))
        : built.read(CommonOptions.read(file, ReadCommand::text));
    java.util.Optional<Plan> plan = reading.plan();
    if (corrections != null && plan.isPresent()) {
      Plan read = plan.get();
      plan = java.util.Optional.of(CommonOptions.read(corrections, f -> Corrections.apply(read, text(f))));
    }
    if (output != null && plan.isPresent()) {
      ImportCommand.writeDocument(file, plan.get(), output);
    }
    var out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(reading.report(), options.locale()));
    } else {
      out.println("== " + plan.map(p -> summary(p)).orElseGet(() -> options.text("read.none", "file", file)));
      Findings.text(out, reading.report(), options);
    }
    out.flush();
    return options.exitCode(reading.report().findings());
  }

  private String summary(Plan plan) {
    String key = output == null ? "read.read" : "read.written";
    return options.text(key, "file", file, "title", plan.title(), "targets", plan.keyTargets().size(), "measures",
        plan.measures().size(), "tasks", plan.allTasks().count(), "output", output == null ? "" : output);
  }

  /**
   * A Word file or PDF through its adapter, whose refusals (not a zip, no PDF trailer) are said in
   * the reader's words; the libraries' own sentences are English and technical. A missing adapter
   * library is cchc's exception and says so itself.
   */
  private static PlanReading document(PlanReader reader, Path file) {
    try {
      return reader.read(file);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      boolean pdf = DocumentBlocks.Kind.ofFileName(file.toString()).filter(k -> k == DocumentBlocks.Kind.PDF).isPresent();
      throw Failure.of(pdf ? "error.not-pdf" : "error.not-docx");
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw Failure.of("error.not-utf8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
