package io.github.cchc.examples.bench;

import io.github.cchc.model.Dossier;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Dossiers streamed from a JSON-lines file into statistics, against a raw Jackson token scan of the same file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class JsonLinesBenchmark {
  @Param({"1000000"})
  public int dossiers;

  Path file;
  final JsonMapper mapper = JsonMapper.builder().build();

  /** Writes the file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("cchc-dossiers", ".jsonl");
    Generated.writeDossiers(file, dossiers);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** cchc: strict reading of every line into a dossier, then statistics. */
  @Benchmark
  public DossierStatistics cchc() throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Stream<Dossier> lines = CchcJson.readLines(reader, Dossier.class)) {
      return DossierStatistics.of(lines, DateRange.of(Generated.YEAR));
    }
  }

  /** The baseline: a token scan reading the same fields and counting the same classes. */
  @Benchmark
  public long[] tokenScan() throws IOException {
    long[] counts = new long[5];
    LocalDateTime asOf = LocalDateTime.of(2024, 12, 31, 23, 59, 59);
    try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.createParser(in)) {
      LocalDateTime received = null;
      LocalDateTime due = null;
      LocalDateTime ended = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "received" -> received = LocalDateTime.parse(p.getString());
            case "due" -> due = LocalDateTime.parse(p.getString());
            case "ended" -> ended = LocalDateTime.parse(p.getString());
            default -> p.skipChildren();
          }
        } else if (t == JsonToken.END_OBJECT && p.streamReadContext().inRoot() && received != null) {
          int c = ended != null ? (ended.isAfter(due) ? 2 : ended.toLocalDate().isBefore(due.toLocalDate()) ? 0 : 1)
              : asOf.isAfter(due) ? 4 : 3;
          counts[c]++;
          received = null;
          due = null;
          ended = null;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return counts;
  }
}
