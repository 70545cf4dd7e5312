package io.github.cchc.examples;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.read.DelimitedTables;
import io.github.cchc.rules.read.OfficeTables;
import io.github.cchc.rules.read.TaskImport;
import io.github.cchc.rules.read.TaskTableImporter;
import io.github.cchc.rules.report.ImportReport;
import io.github.cchc.rules.report.ReportJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cchc import TABLE --year 2024}: a plan's task table, from a spreadsheet or document, to a plan document. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Reads a plan's task table (.csv, .tsv, .xlsx or .docx) into a plan document (cchc.plan/2 JSON), "
        + "listing what could not be read as check lists its findings.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TABLE", description = "The task table: .csv, .tsv (or .txt, tab-separated), "
      + ".xlsx (a sheet, the first unless --sheet) or .docx (its tables).")
  Path table;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The plan year, to read timeframes such as \"Quý IV\".")
  int year;

  @Option(names = "--directory", paramLabel = "FILE", description = "The agencies to resolve names against, a cchc.directory/1 JSON document.")
  Path directory;

  @Option(names = "--alias", paramLabel = "WORDS=ID[,ID...]", description = "Words the table uses for agencies or groups "
      + "of the directory, by id: --alias \"UBND cấp huyện, cấp xã=huyen,xa\". Repeatable.")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--sheet", paramLabel = "N", defaultValue = "1",
      description = "For .xlsx: the sheet to read, counted from 1 as the tabs show (default: ${DEFAULT-VALUE}).")
  int sheet = 1;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the plan; without it the table is only checked.")
  Path output;

  @Option(names = "--id", paramLabel = "ID", description = "The plan's id (default: the table's file name).")
  String id;

  @Option(names = "--title", paramLabel = "TEXT", description = "The plan's title (default: Kế hoạch cải cách hành chính năm YEAR).")
  String title;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "PROVINCE",
      description = "The issuer's level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AgencyLevel level = AgencyLevel.PROVINCE;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    if (year < Plan.FIRST_YEAR.getValue() || year > Plan.LAST_YEAR.getValue()) {
      throw Failure.of("error.year", "value", year, "first", Plan.FIRST_YEAR, "last", Plan.LAST_YEAR);
    }
    AgencyDirectory agencies = directory == null ? AgencyDirectory.empty() : CommonOptions.read(directory, CchcJson::readDirectory);
    TaskTableImporter.Builder importer = TaskTableImporter.builder().year(Year.of(year)).directory(agencies);
    for (String alias : aliases) {
      Alias a = Alias.parse(alias, agencies);
      importer.alias(a.words(), a.parties());
    }
    TaskImport result = importer.build().read(rows(table, sheet));
    String name = table.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Plan plan = Plan.builder().id(id != null ? id : name.isBlank() || name.equals("-") ? "plan-" + year : name.replaceAll("\\s+", "-"))
        .title(title != null ? title : "Kế hoạch cải cách hành chính năm " + year).year(Year.of(year)).level(level)
        .directory(agencies).tasks(result.tasks()).build();
    // Written or not, a plan that check could not read back is refused here, naming the limit.
    writeDocument(table, plan, output);
    var out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(new ImportReport(plan.allTasks().count(), result.report()), options.locale()));
    } else {
      out.println("== " + (output == null ? options.text("import.read", "table", table, "tasks", plan.allTasks().count())
          : options.text("import.written", "table", table, "tasks", plan.allTasks().count(), "output", output)));
      Findings.text(out, result.report(), options);
    }
    out.flush();
    return options.exitCode(result.report().findings());
  }

  /** The rows of the table, by the file's extension. */
  static List<List<String>> rows(Path file, int sheet) {
    return CommonOptions.read(file, f -> rowsOf(f, sheet));
  }

  private static List<List<String>> rowsOf(Path file, int sheet) {
    if (Files.isDirectory(file) || file.getFileName() == null) {
      throw Failure.of("error.directory-not-file");
    }
    String extension = file.getFileName().toString().replaceFirst("^.*\\.", "").toLowerCase(Locale.ROOT);
    switch (extension) {
      case "xlsx":
        return office(() -> OfficeTables.readXlsx(file, sheet), "error.not-xlsx");
      case "docx":
        return office(() -> OfficeTables.readDocx(file), "error.not-docx");
      case "csv":
      case "tsv":
      case "txt":
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return extension.equals("csv") ? DelimitedTables.parseCsv(in) : DelimitedTables.parseTsv(in);
        } catch (IOException e) {
          throw notUtf8(file, e);
        } catch (UncheckedIOException e) {
          throw notUtf8(file, e.getCause());
        }
      default:
        throw Failure.of("error.extension", "extension", extension);
    }
  }

  /** Spreadsheets on Windows save CSV in the Vietnamese code page unless told otherwise; say so. */
  private static RuntimeException notUtf8(Path file, IOException e) {
    return e instanceof CharacterCodingException ? Failure.of("error.table-not-utf8") : new UncheckedIOException(e);
  }

  /**
   * A workbook or document through Apache POI, whose refusals (not a zip, a zip bomb, a sheet that
   * is not there) are said in the reader's words; its own sentences are English and technical.
   */
  private static List<List<String>> office(java.util.function.Supplier<List<List<String>>> reading, String notOne) {
    try {
      return reading.get();
    } catch (OfficeTables.NoSuchSheetException e) {
      throw Failure.of("error.no-sheet", "sheet", e.getSheet(), "sheets", String.join(", ", e.getSheets()));
    } catch (IllegalArgumentException | UncheckedIOException | IllegalStateException e) {
      throw Failure.of(notOne);
    }
  }

  /** An {@code --alias WORDS=ID[,ID...]}: words a document uses for several agencies or groups of the directory. */
  record Alias(String words, List<Party> parties) {
    static Alias parse(String alias, AgencyDirectory agencies) {
      int eq = alias.lastIndexOf('=');
      if (eq <= 0 || eq == alias.length() - 1) {
        throw Failure.of("error.alias", "alias", alias);
      }
      List<Party> parties = new ArrayList<>();
      for (String ref : alias.substring(eq + 1).split(",")) {
        String r = ref.strip();
        parties.add(agencies.partyOf(r).orElseThrow(() -> Failure.of("error.alias.agency", "alias", alias, "id", r)));
      }
      return new Alias(alias.substring(0, eq).strip(), parties);
    }

    /**
     * Reads the aliases of a JSON object, each words to the ids they stand for: {@code {"UBND cấp
     * huyện, cấp xã": ["hp.huyen", "hp.xa"]}}.
     */
    static List<Alias> parseAll(String json, AgencyDirectory agencies) {
      tools.jackson.databind.JsonNode tree = CchcJson.readTree(json);
      if (!tree.isObject()) {
        throw Failure.of("error.aliases.object");
      }
      List<Alias> out = new ArrayList<>();
      for (var entry : tree.properties()) {
        if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
          throw Failure.of("error.aliases.ids", "words", entry.getKey());
        }
        List<String> ids = new ArrayList<>();
        for (tools.jackson.databind.JsonNode id : entry.getValue()) {
          ids.add(id.asString());
        }
        out.add(parse(entry.getKey() + "=" + String.join(",", ids), agencies));
      }
      return out;
    }
  }

  /**
   * Writes the plan's document to a file, streamed rather than held (a table of 10^5 rows makes a
   * document of tens of megabytes), or, with no file, only checks that it could be: what the
   * command line writes, {@code check} must read. The document goes to a file beside the output and
   * replaces it once whole, so that a refusal (a limit passed, named with the source it was read
   * from) or a failed write leaves no half document.
   *
   * @param output the file to write, null to check only
   */
  static void writeDocument(Path source, Plan plan, Path output) {
    if (output == null) {
      try {
        CchcJson.writePlan(plan, java.io.OutputStream.nullOutputStream());
      } catch (io.github.cchc.model.json.JsonFormatException e) {
        throw Failure.beyondLimits(source, e);
      }
      return;
    }
    // Beside the output and created as it would be (not a temporary file's owner-only permissions).
    Path temp = output.resolveSibling(output.getFileName() + ".part");
    try {
      try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 65536)) {
        CchcJson.writePlan(plan, out);
        out.write('\n');
      }
      Files.move(temp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (io.github.cchc.model.json.JsonFormatException e) {
      deleteQuietly(temp);
      throw Failure.beyondLimits(source, e);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw Failure.writing(output, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The write already failed and is what the user is told; a stray temporary file is the lesser harm.
      file.toFile().deleteOnExit();
    }
  }
}
