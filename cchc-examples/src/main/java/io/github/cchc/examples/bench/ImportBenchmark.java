package io.github.cchc.examples.bench;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.Task;
import io.github.cchc.rules.read.DelimitedTables;
import io.github.cchc.rules.read.TaskImport;
import io.github.cchc.rules.read.TaskTableImporter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a task table: the seed's appendix and a generated table of 10^4 rows, against a
 * hand-written loop that builds the same tasks from cells it trusts (a fixed column order, names
 * kept as printed, no sections, sub-rows, page breaks or findings); and reading the table's TSV
 * text against splitting it on tabs and line breaks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ImportBenchmark {
  @Param({"hai-phong-2024", "10000"})
  public String table;

  TaskTableImporter importer;
  List<List<String>> rows;
  String tsv;
  int header;

  /** Builds the table, its text and the importer. */
  @Setup
  public void setUp() {
    if (table.equals("hai-phong-2024")) {
      importer = BundledPlan.HAI_PHONG_2024.importer();
      rows = BundledPlan.HAI_PHONG_2024.tableRows();
    } else {
      Plan plan = Generated.plan("generated", Integer.parseInt(table), 42);
      importer = TaskTableImporter.builder().year(plan.year()).directory(plan.directory()).build();
      rows = rows(plan);
    }
    StringBuilder text = new StringBuilder();
    rows.forEach(r -> text.append(String.join("\t", r)).append('\n'));
    tsv = text.toString();
    for (header = 0; !rows.get(header).get(0).equals("TT"); header++) {
      // The baseline starts below the header, which it is told where to find.
    }
  }

  static List<List<String>> rows(Plan plan) {
    AgencyDirectory directory = plan.directory();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành",
        "Sản phẩm"));
    for (Task t : plan.tasks()) {
      rows.add(List.of(t.number().orElse(""), t.content(), names(t.leads(), directory), names(t.coordinators(), directory),
          t.timeframe().map(tf -> tf.text()).orElse(""), String.join("; ", t.products().stream().map(Product::text).toList())));
    }
    return rows;
  }

  private static String names(List<Party> parties, AgencyDirectory directory) {
    return String.join("; ", parties.stream().map(p -> directory.find(p.ref()).orElseThrow().name()).toList());
  }

  /** The library: header detection, sections, sub-rows, page breaks, agencies resolved, findings. */
  @Benchmark
  public TaskImport importTable() {
    return importer.read(rows);
  }

  /** The baseline: the same fields from cells in a known order, agencies kept by name. */
  @Benchmark
  public List<Task> handWrittenLoop() {
    List<Task> tasks = new ArrayList<>();
    for (List<String> r : rows.subList(header + 1, rows.size())) {
      if (r.size() < 6 || r.get(1).isBlank() || r.get(0).equals("TT")) {
        continue;
      }
      Task.Builder b = Task.builder().number(r.get(0).isBlank() ? Optional.empty() : Optional.of(r.get(0).strip()))
          .content(r.get(1).strip()).timeframeText(r.get(4), importer.year());
      for (String lead : r.get(2).split(";")) {
        if (!lead.isBlank()) {
          b.addLead(Party.named(lead.strip()));
        }
      }
      for (String coordinator : r.get(3).split(";")) {
        if (!coordinator.isBlank()) {
          b.addCoordinator(Party.named(coordinator.strip()));
        }
      }
      for (String product : r.get(5).split(";")) {
        if (!product.isBlank()) {
          b.addProduct(Product.of(product.strip()));
        }
      }
      tasks.add(b.build());
    }
    return tasks;
  }

  /** Reading the table's TSV text with Jackson's CSV data format. */
  @Benchmark
  public List<List<String>> parseTsv() {
    return DelimitedTables.parseTsv(new StringReader(tsv));
  }

  /** The baseline: splitting the text on line breaks and tabs, with no quoting. */
  @Benchmark
  public List<List<String>> splitTsv() {
    List<List<String>> out = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      out.add(List.of(line.split("\t", -1)));
    }
    return out;
  }
}
