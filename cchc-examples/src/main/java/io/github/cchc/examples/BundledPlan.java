package io.github.cchc.examples;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.read.Block;
import io.github.cchc.rules.read.PlanReader;
import io.github.cchc.rules.read.PlanReading;
import io.github.cchc.rules.read.TaskTableImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The real plans bundled with the examples (kế hoạch mẫu), each its published text as printed,
 * read by {@link PlanReader} with the data stored beside it in {@code cchc-examples/data}: the
 * directory of the agencies it names, the words it uses for several of them at once, and, where
 * a person had to decide what a scan says, the corrections applied after reading
 * ({@code NAME.corrections.json}, each with its reason). No code here knows what any of them
 * says; {@code cchc read} on the same files writes the same plan.
 */
public enum BundledPlan {
  /** Hải Phòng 2024 (seed 002): clean text. */
  HAI_PHONG_2024("hai-phong-2024", "hai-phong-2024"),
  /** Hải Phòng 2022 (seed 000): a scan that lost its diacritics; the city's directory of 2024. */
  HAI_PHONG_2022("hai-phong-2022", "hai-phong-2024"),
  /** Hải Dương 2023 (seed 003): a scan that lost its header; no directory. */
  HAI_DUONG_2023("hai-duong-2023", "hai-duong-2023");

  private final String name;
  private final String directoryName;

  BundledPlan(String name, String directoryName) {
    this.name = name;
    this.directoryName = directoryName;
  }

  /**
   * Gets the name the plan's files go by in {@code cchc-examples/data}: "hai-phong-2024".
   *
   * @return the name, not null
   */
  public String fileName() {
    return name;
  }

  /**
   * Gets the published text, as printed.
   *
   * @return the text, not null
   */
  public String text() {
    return resource(name + ".txt").orElseThrow(() -> missing(name + ".txt"));
  }

  /**
   * Gets the agencies and groups the plan names.
   *
   * @return the directory, empty if none is bundled
   */
  public AgencyDirectory directory() {
    return resource(directoryName + ".directory.json").map(CchcJson::readDirectory).orElseGet(AgencyDirectory::empty);
  }

  /**
   * Gets the reader of this plan: its directory and its aliases.
   *
   * @return the reader, not null
   */
  public PlanReader reader() {
    AgencyDirectory directory = directory();
    PlanReader.Builder reader = PlanReader.builder().directory(directory).id(name);
    for (ImportCommand.Alias a : aliases(directory)) {
      reader.alias(a.words(), a.parties());
    }
    return reader.build();
  }

  /**
   * Gets the importer of the plan's task table, with the same directory and aliases.
   *
   * @return the importer, not null
   */
  public TaskTableImporter importer() {
    AgencyDirectory directory = directory();
    TaskTableImporter.Builder importer = TaskTableImporter.builder().year(reading().plan().orElseThrow().year())
        .directory(directory);
    for (ImportCommand.Alias a : aliases(directory)) {
      importer.alias(a.words(), a.parties());
    }
    return importer.build();
  }

  /**
   * Gets the task table as a spreadsheet would hold it: from the text's first table on, the rows of
   * its tables, and each paragraph between them (a section heading printed across the table) as a
   * row of one cell.
   *
   * @return the rows, each a list of cells
   */
  public List<List<String>> tableRows() {
    List<List<String>> rows = new ArrayList<>();
    for (Block b : Block.ofText(text())) {
      if (b.kind() == Block.Kind.TABLE) {
        rows.addAll(b.rows());
      } else if (!rows.isEmpty()) {
        rows.add(List.of(b.text()));
      }
    }
    return rows;
  }

  /**
   * Reads the plan.
   *
   * @return the plan and what reading it found, not null
   */
  public PlanReading reading() {
    return reader().read(text());
  }

  /**
   * Gets the plan read, with the corrections a person decided applied.
   *
   * @return the plan, not null
   * @throws IllegalStateException if the bundled text reads as no plan
   */
  public Plan plan() {
    PlanReading reading = reading();
    Plan read = reading.plan().orElseThrow(() -> new IllegalStateException("The bundled plan " + name
        + " reads as no plan: " + reading.report().findings().stream().map(f -> f.message(Locale.ENGLISH)).toList()));
    String corrections = name + ".corrections.json";
    try {
      return resource(corrections).map(json -> Corrections.apply(read, json)).orElse(read);
    } catch (Failure e) {
      throw Failure.in(java.nio.file.Path.of(corrections), e);
    }
  }

  private List<ImportCommand.Alias> aliases(AgencyDirectory directory) {
    return resource(directoryName + ".aliases.json")
        .map(json -> ImportCommand.Alias.parseAll(json, directory))
        .orElse(List.of());
  }

  private static Optional<String> resource(String file) {
    try (InputStream in = BundledPlan.class.getResourceAsStream(file)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalStateException missing(String file) {
    return new IllegalStateException("Resource " + file + " is missing from cchc-examples");
  }
}
