package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's main job reads top to bottom: at most 60 lines, and its first ten hold the plan's
 * title, the findings by severity, the health and the three commonest codes.
 */
class MainJobTest {
  /** The arguments bin/main-job gives bin/cchc, read from the script itself. */
  static List<String> mainJobArguments(String... more) throws IOException {
    String script = Files.readString(Path.of("bin", "main-job"), StandardCharsets.UTF_8);
    String command = script.substring(script.indexOf("exec bin/cchc ") + "exec bin/cchc ".length(), script.indexOf("\"$@\""))
        .replace("\\\n", " ");
    List<String> args = new ArrayList<>(List.of(command.trim().split("\\s+")));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void theReadmeRunsTheMainJob() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("\nbin/main-job\n"), "the README's first command is the main job");
  }

  @Test
  void theMainJobFitsAScreenAndSaysWhatIsWrongFirst() throws IOException {
    for (String lang : List.of("vi", "en")) {
      CchcCommandTest.Run run = CchcCommandTest.run(mainJobArguments("--lang", lang).toArray(String[]::new));
      assertEquals(0, run.code(), run.err());
      List<String> lines = run.out().lines().toList();
      assertTrue(lines.size() <= 60, lang + ": " + lines.size() + " lines\n" + run.out());
      String first = String.join("\n", lines.subList(0, 10));
      assertTrue(lines.get(0).contains("Kế hoạch Cải cách hành chính thành phố Hải Phòng năm 2024"), first);
      assertTrue(first.contains(lang.equals("vi") ? "lỗi 5, cảnh báo 7, thông tin 7" : "errors 5, warnings 7, info 7"), first);
      assertTrue(first.contains(lang.equals("vi") ? "chậm tiến độ" : "off track"), first);
      assertTrue(first.contains("INPUT_NOT_GIVEN 3, ITEM_LABEL_DUPLICATE 3, TARGET_CONFLICT 2"), first);
      assertTrue(lines.stream().noneMatch(l -> l.contains("\u001b")), "no escape codes");
    }
  }
}
