package example.jpms;

import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.status.ProgressSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a plan and a progress snapshot with the application's own mapper, which finds cchc's
 * modules through the module system's {@code provides}, and prints the plan, its findings and the
 * snapshot as that mapper writes them, one document per line.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Plan plan = mapper.readValue(Files.readString(Path.of(args[0])), Plan.class);
    ProgressSnapshot progress = mapper.readValue(Files.readString(Path.of(args[1])), ProgressSnapshot.class);
    CheckReport report = RuleSet.builtIn().check(plan);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(mapper.writeValueAsString(plan));
    out.println(mapper.writeValueAsString(report));
    out.println(mapper.writeValueAsString(progress));
  }
}
