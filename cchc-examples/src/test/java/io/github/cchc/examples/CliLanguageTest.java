package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.testing.Languages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The command line's own texts read in their language, both bundles have the same keys, and the
 * text output of every subcommand holds no enum constant a reader would have to decode.
 */
class CliLanguageTest {
  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle("io.github.cchc.examples.cli", Locale.forLanguageTag(language));
  }

  @Test
  void theCliTextsReadInTheirLanguageAndMatchKeyForKey() {
    List<String> wrong = new ArrayList<>();
    ResourceBundle vi = bundle("vi");
    ResourceBundle en = bundle("en");
    assertEquals(new java.util.TreeSet<>(vi.keySet()), new java.util.TreeSet<>(en.keySet()));
    for (String key : Collections.list(vi.getKeys())) {
      String text = typed(vi.getString(key).replaceAll("\\{[a-zA-Z]+}", "§"));
      if (!Languages.notVietnamese(text).isEmpty()) {
        wrong.add("vi " + key + " " + Languages.notVietnamese(text));
      }
      String english = en.getString(key).replaceAll("\\{[a-zA-Z]+}", "§");
      if (!Languages.vietnameseInEnglish(english).isEmpty()) {
        wrong.add("en " + key + " " + Languages.vietnameseInEnglish(english));
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /**
   * Every command, option and parameter has its Vietnamese help, which reads as Vietnamese outside
   * what the user types and the names of formats and JSON objects; English keeps the annotations.
   */
  @Test
  void theUsageHelpSpeaksTheReadersLanguage() {
    java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
    picocli.CommandLine vi = Cchc.commandLine(none, none).setResourceBundle(Cchc.help(Locale.forLanguageTag("vi")));
    picocli.CommandLine en = Cchc.commandLine(none, none).setResourceBundle(Cchc.help(Locale.ENGLISH));
    List<String> untranslated = new ArrayList<>();
    List<String> notVietnamese = new ArrayList<>();
    List<picocli.CommandLine> vis = new ArrayList<>(List.of(vi));
    vis.addAll(vi.getSubcommands().values());
    List<picocli.CommandLine> ens = new ArrayList<>(List.of(en));
    ens.addAll(en.getSubcommands().values());
    for (int c = 0; c < vis.size(); c++) {
      picocli.CommandLine.Model.CommandSpec v = vis.get(c).getCommandSpec();
      picocli.CommandLine.Model.CommandSpec e = ens.get(c).getCommandSpec();
      List<String[]> pairs = new ArrayList<>();
      pairs.add(new String[] {v.qualifiedName(), String.join(" ", v.usageMessage().description()),
          String.join(" ", e.usageMessage().description())});
      for (int i = 0; i < v.args().size(); i++) {
        picocli.CommandLine.Model.ArgSpec arg = v.args().get(i);
        String name = arg instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
        pairs.add(new String[] {v.qualifiedName() + " " + name, String.join(" ", arg.description()),
            String.join(" ", e.args().get(i).description())});
      }
      for (String[] p : pairs) {
        if (p[1].equals(p[2])) {
          untranslated.add(p[0] + ": " + p[2]);
        }
        // The values an option takes are typed as they are, and so are the commands named after "lệnh".
        String words = typed(p[1].replaceAll(FORMATS, " ").replaceAll("lệnh [a-z]+", " ")).replaceAll("\\([^)]*\\)", " ")
            .replaceAll("\\b(text|json|error|warning|info|never|vi|en|agency|month|procedure|CENTRAL|PROVINCE|DISTRICT"
                + "|COMMUNE)\\b", " ");
        if (!Languages.notVietnamese(words).isEmpty()) {
          notVietnamese.add(p[0] + " " + Languages.notVietnamese(words) + ": " + p[1]);
        }
      }
    }
    assertTrue(untranslated.isEmpty(), "help without Vietnamese:\n" + String.join("\n", untranslated));
    assertTrue(notVietnamese.isEmpty(), String.join("\n", notVietnamese));
    String help = CchcCommandTest.run("status", "--help").out();
    assertTrue(help.startsWith("Cách dùng: cchc status") && help.contains("Ngày đánh giá (yyyy-mm-dd)."), help);
    String english = CchcCommandTest.run("status", "--help", "--lang", "en").out();
    assertTrue(english.startsWith("Usage: cchc status") && english.contains("The date to judge as of"), english);
  }

  /** Names of formats and of the JSON objects a file holds, written as they are in any language. */
  private static final String FORMATS =
      "\\bcchc\\.[a-z]+/\\d\\b|\\b(JSON Patch|JSON lines|ProgressSnapshot|ReportSubmission|Measurement|Programme|HTML|Word"
          + "|yyyy-mm-dd)\\b";

  /**
   * What the user types is no language: options ({@code --year}), commands ({@code cchc check}),
   * file extensions ({@code .xlsx}), JSON Pointers ({@code /path}) and quoted values are left out
   * of the Vietnamese check, as printed text is.
   */
  private static String typed(String text) {
    return text.replaceAll("\"[^\"]*\"", " ").replaceAll("--[a-z-]+", " ").replaceAll("\\bcchc( [a-z]+)?", " ")
        .replaceAll("\\.[a-z]{3,4}\\b", " ").replaceAll("/[a-z]+", " ");
  }

  @Test
  void textOutputShowsWordsNotConstants() {
    String plan = CchcCommandTest.PLAN;
    for (String lang : List.of("vi", "en")) {
      for (String[] args : List.of(new String[] {"check", plan}, new String[] {"status", plan, "--progress",
          CchcCommandTest.PROGRESS, "--as-of", "2024-06-30"}, new String[] {"score",
          CchcCommandTest.DATA.resolve("par-index-2023.synthetic.json").toString(), "--previous",
          CchcCommandTest.DATA.resolve("par-index-2022.synthetic.json").toString()}, new String[] {"dossiers",
          CchcCommandTest.DATA.resolve("dossiers-2024.synthetic.jsonl").toString(), "--as-of", "2024-12-31"})) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--lang", lang, "--fail-on", "never"));
        String out = CchcCommandTest.run(all.toArray(String[]::new)).out();
        for (String constant : List.of("OFF_TRACK", "AT_RISK", "ON_TRACK", "NOT_YET_DUE", "COMPLETED_ON_TIME", "NOT_MET",
            "NO_DATA", "DIGITAL_GOVERNMENT", "PAR_INDEX", "WARNING", "ERROR ", "QUARTERLY", "DECREE")) {
          assertTrue(!out.contains(constant), args[0] + " --lang " + lang + " shows " + constant + ":\n" + out);
        }
      }
    }
  }

  @Test
  void theTourSpeaksTheReadersLanguage() throws java.io.IOException {
    for (String lang : List.of("vi", "en")) {
      Locale locale = Locale.forLanguageTag(lang);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
      io.github.cchc.model.Plan plan = BundledPlan.HAI_PHONG_2024.plan();
      PlanTour.describe(plan, locale, out);
      PlanTour.check(plan, locale, out);
      PlanTour.status(plan, locale, out);
      PlanTour.roundTrip(plan, null, locale, out);
      String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
      for (String constant : List.of("OFF_TRACK", "AT_RISK", "QUARTERLY", "SIX_MONTHLY", "DIRECTION", "INSTITUTIONS",
          "RANK", "LEVEL", "WARNING", "INFO ")) {
        assertTrue(!text.contains(constant), "the tour in " + lang + " shows " + constant);
      }
      assertTrue(text.contains(lang.equals("vi") ? "đọc lại bằng nhau: có" : "reads back equal: true"), text);
    }
  }
}
