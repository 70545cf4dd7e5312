package example.jpms.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.examples.BundledPlan;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.TaskProgress;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application launched as `java -p ... -m example.jpms/example.jpms.Main`, as it would be deployed. */
class ModulePathTest {
  @TempDir
  Path dir;

  @Test
  void onTheModulePathTheApplicationsMapperReadsAndWritesCchcsShapes() throws Exception {
    Plan plan = BundledPlan.HAI_PHONG_2024.plan();
    ProgressSnapshot progress = ProgressSnapshot.of(plan.year().atDay(200),
        List.of(TaskProgress.completed("/tasks/0", plan.year().atDay(100)), TaskProgress.open("/tasks/1", 40)));
    Path planFile = Files.writeString(dir.resolve("plan.json"), CchcJson.writePlan(plan));
    Path progressFile = Files.writeString(dir.resolve("progress.json"), CchcJson.write(progress));

    List<String> lines = launch("example.jpms.Main", planFile.toString(), progressFile.toString());
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(CchcJson.readTree(CchcJson.writePlan(plan)), CchcJson.readTree(lines.get(0)));
    assertEquals(CchcJson.readTree(ReportJson.write(RuleSet.builtIn().check(plan), Locale.forLanguageTag("vi"))),
        CchcJson.readTree(lines.get(1)));
    assertEquals(progress, CchcJson.read(lines.get(2), ProgressSnapshot.class));
  }

  @Test
  void aDirectoryClassCchcCannotReachIsNamedWithTheMissingExport() throws Exception {
    List<String> lines = launch("example.jpms.Validate", "hp.snv", "hp.zz");
    assertEquals(List.of("hp.snv: valid", "hp.zz: lead is not the id of an agency of the directory",
        "hidden: @KnownAgency directory example.jpms.hidden.HiddenAgencies: module example.jpms does not export package"
            + " example.jpms.hidden to cchc; add `exports example.jpms.hidden to io.github.cchc.model;`"
            + " (or `opens example.jpms.hidden to io.github.cchc.model;`) to its module-info.java"), lines);
  }

  /** Runs a main class of the application module with `java -p`, returning its output's lines. */
  private static List<String> launch(String mainClass, String... args) throws Exception {
    String modulePath = System.getProperty("application.classes") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("application.modulePath"))).strip();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-p", modulePath, "-m", "example.jpms/" + mainClass));
    command.addAll(List.of(args));
    Process java = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the application ended");
    assertEquals(0, java.exitValue(), out);
    return out.lines().toList();
  }
}
