package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a process of its own shows (issue 20, item 6): a standard output that cannot be
 * written, a plan on standard input, arguments under a locale that is not UTF-8, and the launcher
 * before a build.
 */
class CommandProcessTest {
  @TempDir
  Path dir;

  record Ended(int code, String out, String err) {}

  private Ended cchc(Map<String, String> environment, File stdin, File stdout, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Cchc.class.getName()));
    command.addAll(List.of(args));
    return run(command, environment, stdin, stdout);
  }

  private Ended run(List<String> command, Map<String, String> environment, File stdin, File stdout)
      throws IOException, InterruptedException {
    Path out = stdout == null ? dir.resolve("out.txt") : stdout.toPath();
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    if (stdin != null) {
      builder.redirectInput(stdin);
    }
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
    return new Ended(process.exitValue(), stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aReaderThatGoesAwayEndsTheCommandQuietlyAsThePipeDoes() throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), Cchc.class.getName(), "check", CchcCommandTest.PLAN, "--verbose",
        "--fail-on", "never");
    Path err = dir.resolve("pipe-err.txt");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    // Closed before the JVM has started: its first write meets a pipe with no reader, on any machine.
    process.getInputStream().close();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
    assertEquals(141, process.exitValue(), "the code of a tool SIGPIPE ended");
    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aStandardOutputThatCannotBeWrittenFailsTheCommand() throws IOException, InterruptedException {
    File full = new File("/dev/full");
    Ended ended = cchc(Map.of(), null, full, "check", CchcCommandTest.PLAN, "--fail-on", "never", "--lang", "en");
    assertEquals(2, ended.code(), ended.err());
    assertEquals(1, ended.err().lines().count(), ended.err());
    assertTrue(ended.err().contains("standard output"), ended.err());
  }

  @Test
  void aDashReadsStandardInput() throws IOException, InterruptedException {
    Ended fromFile = cchc(Map.of(), null, null, "check", CchcCommandTest.PLAN, "--format", "json", "--fail-on", "never");
    Ended fromStdin = cchc(Map.of(), new File(CchcCommandTest.PLAN), null, "check", "-", "--format", "json",
        "--fail-on", "never");
    assertEquals(0, fromStdin.code(), fromStdin.err());
    assertEquals(fromFile.out(), fromStdin.out());
    String table = CchcCommandTest.DATA.resolve("hai-phong-2024.tasks.tsv").toString();
    Ended imported = cchc(Map.of(), null, null, "import", table, "--year", "2024", "--format", "json", "--fail-on", "never");
    Ended importedFromStdin = cchc(Map.of(), new File(table), null, "import", "-", "--year", "2024", "--format", "json",
        "--fail-on", "never");
    assertEquals(0, importedFromStdin.code(), importedFromStdin.err());
    assertEquals(imported.out(), importedFromStdin.out(), "standard input is a table as tab-separated text");
  }

  @Test
  void theLauncherRunsJavaUnderAUtf8LocaleWhenTheTerminalsIsNot() throws IOException, InterruptedException {
    // The launcher alone, before any build: a java of the test's own records what it was given.
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve("cchc-examples").resolve("target").resolve("modules"));
    Path bin = Files.createDirectories(repo.resolve("bin"));
    Files.copy(Path.of("bin", "cchc"), bin.resolve("cchc"));
    Path fake = Files.createDirectories(dir.resolve("fake"));
    Path seen = dir.resolve("seen.txt");
    Files.writeString(fake.resolve("java"), "#!/bin/sh\n{ echo \"LC_ALL=$LC_ALL\"; printf '%s\\n' \"$@\"; } > '" + seen
        + "'\n");
    assertTrue(fake.resolve("java").toFile().setExecutable(true));
    Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C", "PATH", fake + File.pathSeparator + System.getenv("PATH"));
    Ended ended = run(List.of("sh", bin.resolve("cchc").toString(), "import", "bảng.tsv", "--alias",
        "Ban Cải cách riêng=hp.snv"), c, null, null);
    assertEquals(0, ended.code(), ended.err());
    List<String> given = Files.readAllLines(seen, StandardCharsets.UTF_8);
    assertEquals("LC_ALL=C.UTF-8", given.get(0));
    assertTrue(given.containsAll(List.of("bảng.tsv", "Ban Cải cách riêng=hp.snv")), given.toString());
  }

  @Test
  void argumentsSurviveTheLaunchersLocale() throws IOException, InterruptedException {
    Path table = dir.resolve("bảng.tsv");
    Files.writeString(table, "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
        + "1\tRà soát thủ tục\tBan Cải cách riêng\tQuý II/2024\tBáo cáo\n", StandardCharsets.UTF_8);
    Path plan = dir.resolve("plan.json");
    Ended ended = cchc(Map.of("LANG", "C", "LC_ALL", "C.UTF-8"), null, null, "import", table.toString(), "--year", "2024",
        "--directory", Path.of("cchc-examples", "data", "hai-phong-2024.directory.json").toAbsolutePath().toString(),
        "--alias", "Ban Cải cách riêng=hp.snv", "-o", plan.toString(), "--fail-on", "never");
    assertEquals(0, ended.code(), ended.err());
    String written = Files.readString(plan, StandardCharsets.UTF_8);
    assertFalse(written.contains("\uFFFD"), "no replacement characters");
    assertTrue(written.contains("\"hp.snv\""), "the alias with its Vietnamese words resolved the lead");
  }

  @Test
  void anArgumentTheLocaleCouldNotDecodeIsWarnedOf() throws IOException, InterruptedException {
    Ended ended = cchc(Map.of("LANG", "C", "LC_ALL", "C"), null, null, "check", dir.resolve("bảng.json").toString(),
        "--lang", "en");
    assertEquals(2, ended.code(), ended.err());
    assertTrue(ended.err().lines().findFirst().orElse("").contains("U+FFFD"), ended.err());
  }

  @Test
  void theLauncherBeforeABuildSaysWhatToRun() throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("repo").resolve("bin"));
    Files.copy(Path.of("bin", "cchc"), bin.resolve("cchc"));
    Ended ended = run(List.of("sh", bin.resolve("cchc").toString(), "check", "x.json"), Map.of(), null, null);
    assertEquals(2, ended.code(), ended.err());
    assertEquals(1, ended.err().lines().count(), ended.err());
    assertTrue(ended.err().contains("mvn"), ended.err());
    assertFalse(ended.err().contains("java.lang"), ended.err());
  }
}
