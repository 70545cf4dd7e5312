package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.Scorecard;
import io.github.cchc.rules.internal.Messages;
import io.github.cchc.rules.read.TaskColumn;
import io.github.cchc.rules.stats.DossierClass;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.TaskStatus;
import io.github.cchc.testing.CchcArbitraries;
import io.github.cchc.testing.Languages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every text a reader sees comes from the bundles in the reader's language: every message of every
 * code renders from generated facts with no placeholder left; every text of the bundles, with the
 * values cchc itself words (row labels, enum constants, keywords), reads as Vietnamese in Vietnamese
 * and holds no Vietnamese word outside quoted printed text in English.
 */
class MessagesLanguageTest {
  private static final Locale VI = Messages.VIETNAMESE;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
  /** The allowlist holds acronyms and names only; a new entry is a decision, made here. */
  private static final int ALLOWLIST_SIZE = 14;

  @Test
  void theAllowlistHoldsOnlyAcronymsAndNamesAndItsSizeIsPinned() {
    assertEquals(ALLOWLIST_SIZE, Languages.allowlist().size(), Languages.allowlist().toString());
    for (String entry : Languages.allowlist()) {
      boolean acronym = entry.equals(entry.toUpperCase(Locale.ROOT)) && !entry.contains(" ");
      boolean name = Character.isUpperCase(entry.charAt(0));
      assertTrue(acronym || name, "neither an acronym nor a proper name: " + entry);
    }
  }

  @Test
  void everyTextOfTheBundlesReadsInItsLanguage() {
    List<String> wrong = new ArrayList<>();
    for (Locale language : List.of(VI, Locale.ENGLISH)) {
      ResourceBundle bundle = ResourceBundle.getBundle("io.github.cchc.rules.messages", language);
      for (String key : Collections.list(bundle.getKeys())) {
        for (String text : renderings(key, language)) {
          List<String> words = language == VI ? Languages.notVietnamese(text) : Languages.vietnameseInEnglish(text);
          if (!words.isEmpty()) {
            wrong.add(language + " " + key + " " + words + ": " + text);
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void everyEnumConstantAReaderSeesHasItsNameInBothLanguages() {
    List<Enum<?>> constants = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(TaskStatus.class, PlanHealth.class, io.github.cchc.model.Target.Outcome.class,
        Severity.class, Subject.Kind.class, DocumentType.class, ReportRequirement.Kind.class, Scorecard.Index.class,
        TaskColumn.class, DossierClass.Inconsistency.class)) {
      constants.addAll(List.of(type.getEnumConstants()));
    }
    for (Enum<?> c : constants) {
      String vi = Labels.of(c, VI);
      String en = Labels.of(c, Locale.ENGLISH);
      assertFalse(vi.isBlank() || en.isBlank(), c.toString());
      assertFalse(vi.contains("_") || en.contains("_"), "a constant's name, not a word: " + c);
    }
  }

  /** The key's text with its placeholders filled by values cchc words itself, or by a neutral mark. */
  private static List<String> renderings(String key, Locale language) {
    String template = Messages.template(language, key);
    List<String> out = new ArrayList<>();
    out.add(fill(template, language, "after 35"));
    out.add(fill(template, language, "57"));
    return out;
  }

  private static String fill(String template, Locale language, String rowLabel) {
    java.util.Map<String, Object> facts = new java.util.HashMap<>();
    java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      String name = m.group().substring(1, m.group().length() - 1);
      facts.put(name, "§");
    }
    facts.replaceAll((name, v) -> switch (name) {
      case "task", "after" -> rowLabel;
      case "area" -> ReformArea.IMPACT;
      case "report" -> ReportRequirement.Kind.SIX_MONTHLY;
      case "wordType", "codeType" -> DocumentType.DECREE;
      case "index" -> Scorecard.Index.PAR_INDEX;
      case "column" -> TaskColumn.TIMEFRAME;
      case "expected" -> List.of(TaskColumn.values());
      case "problem" -> DossierClass.Inconsistency.PAUSE_OUTSIDE_OPEN_TIME;
      case "indicator" -> Indicator.DOSSIERS_ON_TIME;
      case "field" -> "achieved";
      case "method" -> "mean";
      case "input" -> "subordinatePlans";
      default -> "§";
    });
    return Messages.render(template, facts, language, name -> switch (name) {
      case "task", "after" -> Messages.Form.ROW_LABEL;
      case "field", "method", "input" -> Messages.Form.KEYWORD;
      default -> Messages.Form.PLAIN;
    });
  }

  @Property(tries = 300)
  void everyCodeRendersFromGeneratedFactsWithNoPlaceholderLeft(@ForAll("findings") Finding finding) {
    for (Locale language : List.of(VI, Locale.ENGLISH, Locale.GERMAN)) {
      String message = finding.message(language);
      assertFalse(message.isBlank(), finding.code());
      assertFalse(PLACEHOLDER.matcher(message).find(), finding.code() + " " + language + ": " + message);
    }
    assertEquals(finding.message(VI), finding.message(Locale.GERMAN), "an unsupported language reads Vietnamese");
    assertEquals(finding.message(VI), finding.message(), "Vietnamese is the default");
  }

  @Provide
  Arbitrary<Finding> findings() {
    return Arbitraries.of(FindingCode.values()).flatMap(code -> Arbitraries.of(RuleCatalogTest.variants(code))
        .flatMap(variant -> facts(code.facts(variant)).map(facts ->
            Finding.of(code, code.defaultSeverity(), Subject.plan(), "", variant, facts))));
  }

  /** The facts are made fresh for each try from generated values: a Facts is a one-use builder. */
  @SuppressWarnings("unchecked")
  private static Arbitrary<Facts> facts(List<Fact<?>> declared) {
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (Fact<?> fact : declared) {
      values.add((Arbitrary<Object>) value(fact));
    }
    return Combinators.combine(values).as(generated -> {
      Facts facts = Facts.none();
      for (int i = 0; i < declared.size(); i++) {
        facts.and((Fact<Object>) declared.get(i), generated.get(i));
      }
      return facts;
    });
  }

  private static Arbitrary<?> value(Fact<?> fact) {
    if (fact == Fact.COLUMN) {
      return Arbitraries.of(TaskColumn.class);
    }
    if (fact == Fact.PROBLEM) {
      return Arbitraries.of(DossierClass.Inconsistency.class);
    }
    if (fact == Fact.EXPECTED) {
      return Arbitraries.of(TaskColumn.class).list().ofMinSize(1).ofMaxSize(6).map(l -> List.<Enum<?>>copyOf(l));
    }
    if (fact == Fact.MISSING) {
      return Arbitraries.integers().between(1, 99).map(String::valueOf).list().ofMinSize(1).ofMaxSize(5);
    }
    if (fact == Fact.INDICATOR) {
      return Arbitraries.oneOf(Arbitraries.of(Indicator.builtIns()), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    }
    if (fact == Fact.FIELD) {
      return Arbitraries.of("maximum", "achieved", "deducted");
    }
    if (fact == Fact.METHOD) {
      return Arbitraries.of("sum", "mean");
    }
    if (fact == Fact.INPUT) {
      return Arbitraries.of("progress", "measurements", "submissions", "subordinatePlans");
    }
    if (fact == Fact.TASK || fact == Fact.AFTER) {
      return Arbitraries.oneOf(Arbitraries.integers().between(1, 200).map(String::valueOf),
          Arbitraries.integers().between(1, 200).map(n -> "after " + n), Arbitraries.just("after header"));
    }
    Class<?> type = fact.type();
    if (type == LocalDate.class) {
      return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }
    if (type == BigDecimal.class) {
      return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(2);
    }
    if (type == Integer.class) {
      return Arbitraries.integers().between(0, 10_000);
    }
    if (type == Long.class) {
      return Arbitraries.longs().between(0, 1_000_000);
    }
    if (type == Year.class) {
      return Arbitraries.integers().between(2000, 2040).map(Year::of);
    }
    if (type.isEnum()) {
      return Arbitraries.of(type.getEnumConstants());
    }
    return CchcArbitraries.vietnameseText();
  }
}
