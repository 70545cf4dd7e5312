package io.github.cchc.examples.bench;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.model.json.CchcJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Synthetic plans and dossiers for the benchmarks, the same for a given size and seed. */
public final class Generated {
  static final Year YEAR = Year.of(2024);
  static final List<String> AGENCIES = List.of("p.d0", "p.d1", "p.d2", "p.d3", "p.d4", "p.d5", "p.d6", "p.d7", "p.d8", "p.d9");

  private Generated() {}

  static AgencyDirectory directory() {
    List<Agency> agencies = new ArrayList<>();
    agencies.add(Agency.of("p", "Ủy ban nhân dân tỉnh", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE));
    for (String id : AGENCIES) {
      agencies.add(Agency.builder().id(id).name("Sở " + id).level(AgencyLevel.PROVINCE).kind(AgencyKind.DEPARTMENT)
          .addParent(ParentLink.of("p")).build());
    }
    return AgencyDirectory.of(agencies, List.of());
  }

  private static final AgencyDirectory DIRECTORY = directory();

  /**
   * A plan of a number of task rows, about one in fifty with a defect (no product, an old timeframe,
   * a skipped number), as real plans have.
   *
   * @param id the plan's id
   * @param tasks the number of rows
   * @param seed the random seed
   * @return the plan
   */
  static Plan plan(String id, int tasks, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ReformArea[] areas = ReformArea.values();
    List<Task> rows = new ArrayList<>(tasks);
    int number = 0;
    for (int i = 0; i < tasks; i++) {
      number += random.nextInt(50) == 0 ? 2 : 1;
      int defect = random.nextInt(50);
      Timeframe timeframe = switch (i % 4) {
        case 0 -> Timeframe.ofYear(defect == 1 ? Year.of(2021) : YEAR);
        case 1 -> Timeframe.ofQuarter(YEAR, 1 + i % 4);
        case 2 -> Timeframe.ofMonth(YEAR.atMonth(1 + i % 12));
        default -> Timeframe.before(LocalDate.of(2024, 12, 31));
      };
      Task.Builder row = Task.builder().number(Integer.toString(number)).area(areas[i % 7])
          .content("Nhiệm vụ số " + number + " về cải cách hành chính năm 2024")
          .addLead(Party.agency(AGENCIES.get(i % AGENCIES.size())))
          .addCoordinator(Party.agency(AGENCIES.get((i + 3) % AGENCIES.size()))).timeframe(timeframe);
      if (defect != 0) {
        row.addProduct(Product.of("Báo cáo kết quả nhiệm vụ " + number, Product.Kind.REPORT));
      }
      rows.add(row.build());
    }
    return Plan.builder().id(id).title("Kế hoạch cải cách hành chính năm 2024").year(YEAR).level(AgencyLevel.PROVINCE)
        .issuer(Party.agency("p"))
        .issuingDocument(DocumentRef.of(DocumentType.DECISION, Optional.of("1/QĐ-UBND"), Optional.of(LocalDate.of(2023, 12, 29))))
        .tasks(rows).directory(DIRECTORY).build();
  }

  /**
   * Plans of about sixty rows each, adding up to a number of rows: communes' plans.
   *
   * @param totalTasks the rows in all
   * @return the plans
   */
  static List<Plan> communes(int totalTasks) {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; totalTasks > 0; i++) {
      int n = Math.min(60, totalTasks);
      plans.add(plan("commune-" + i, n, i));
      totalTasks -= n;
    }
    return plans;
  }

  static Dossier dossier(SplittableRandom random, int i) {
    LocalDateTime received = LocalDateTime.of(2024, 1, 2, 8, 0).plusMinutes(random.nextInt(360 * 24 * 60));
    LocalDateTime due = received.plusDays(3 + random.nextInt(15)).withHour(17).withMinute(0);
    Dossier.Builder d = Dossier.builder().id("D" + i).procedureCode("1.00" + random.nextInt(10))
        .agencyId(AGENCIES.get(random.nextInt(AGENCIES.size()))).channel(Dossier.Channel.values()[random.nextInt(3)])
        .received(received).due(due).fullyOnline(random.nextBoolean());
    int draw = random.nextInt(100);
    if (draw < 85) {
      d.ended(draw < 75 ? due.minusHours(random.nextInt(72)) : due.plusDays(1 + random.nextInt(5)))
          .outcome(draw < 80 ? Dossier.Outcome.RESOLVED : Dossier.Outcome.REJECTED);
    }
    return d.build();
  }

  static List<Dossier> dossiers(int count) {
    SplittableRandom random = new SplittableRandom(2024);
    List<Dossier> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(dossier(random, i));
    }
    return out;
  }

  /**
   * Writes dossiers as JSON lines, one at a time, so files of any size can be written in little memory.
   *
   * @param file the file
   * @param count how many dossiers
   */
  static void writeDossiers(Path file, long count) {
    SplittableRandom random = new SplittableRandom(2024);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < count; i++) {
        out.write(CchcJson.writeLine(dossier(random, (int) (i % Integer.MAX_VALUE))));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file of generated dossiers, for the memory-bound check of docs/performance.md; or,
   * with {@code --table TABLE DIRECTORY ROWS}, a generated task table and its directory, for the
   * import bound.
   *
   * @param args the file and the number of dossiers, or {@code --table}, the two files and the rows
   */
  public static void main(String[] args) {
    if (args.length == 4 && args[0].equals("--table")) {
      writeTable(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
      return;
    }
    writeDossiers(Path.of(args[0]), Long.parseLong(args[1]));
  }

  /**
   * Writes a generated plan's task table as tab-separated text, as a published appendix prints it
   * (agencies by name), and the plan's directory beside it, for {@code bin/import-bound}.
   */
  static void writeTable(Path table, Path directory, int rows) {
    Plan plan = plan("generated", rows, 42);
    StringBuilder text = new StringBuilder();
    ImportBenchmark.rows(plan).forEach(r -> text.append(String.join("\t", r)).append('\n'));
    try {
      java.nio.file.Files.writeString(table, text, java.nio.charset.StandardCharsets.UTF_8);
      java.nio.file.Files.writeString(directory, io.github.cchc.model.json.CchcJson.writeDirectory(plan.directory()),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
