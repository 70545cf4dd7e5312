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
