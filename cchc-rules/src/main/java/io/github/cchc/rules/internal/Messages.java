package io.github.cchc.rules.internal;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.ReformArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bundles {@code messages_vi} and {@code messages_en} and how values read in them: the one place
 * where cchc-rules turns findings, labels and enum constants into a reader's language.
 *
 * <p>Vietnamese and English are supported; any other locale reads Vietnamese, the default.
 */
public final class Messages {
  /** Vietnamese, the default language. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String BUNDLE = "io.github.cchc.rules.messages";
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String AFTER = "after ";

  /** How a fact's value reads, beyond its type. */
  public enum Form {
    /** As its type reads. */
    PLAIN,
    /** A row label: "after 35" reads "sau dòng 35" or "after row 35". */
    ROW_LABEL,
    /** A word of a closed list, read from the bundle key {@code <fact>.<value>}. */
    KEYWORD
  }

  private Messages() {}

  /**
   * Gets the language a locale reads in: English for English locales, Vietnamese for any other.
   *
   * @param locale the locale, not null
   * @return {@link Locale#ENGLISH} or {@link #VIETNAMESE}
   */
  public static Locale language(Locale locale) {
    return locale.getLanguage().equals("en") ? Locale.ENGLISH : VIETNAMESE;
  }

  /**
   * Gets a text of the bundles.
   *
   * @param locale the reader's locale, not null
   * @param key the key, not null
   * @return the text, not null
   * @throws CchcException if the bundle lacks the key: a defect the catalog tests catch
   */
  public static String template(Locale locale, String key) {
    Locale language = language(locale);
    try {
      return ResourceBundle.getBundle(BUNDLE, language).getString(key);
    } catch (MissingResourceException e) {
      throw new CchcException("cchc-rules has no " + language + " message for \"" + key + "\"", e);
    }
  }

  /**
   * Checks if the Vietnamese bundle has a key.
   *
   * @param key the key, not null
   * @return whether it has
   */
  public static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, VIETNAMESE).containsKey(key);
  }

  /**
   * Replaces each {name} of a template with the fact's value as the language reads it; a name with
   * no fact stays as written.
   *
   * @param template the template, not null
   * @param facts the facts by name, not null
   * @param locale the reader's locale, not null
   * @param forms how each fact reads, by name, not null
   * @return the text, not null
   */
  public static String render(String template, Map<String, ?> facts, Locale locale, Function<String, Form> forms) {
    Locale language = language(locale);
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      Object value = facts.get(name);
      out.append(value == null ? template.substring(open, close + 1) : format(name, value, language, forms.apply(name)));
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * Reads one value in a language: dates as dd/mm/yyyy in Vietnamese and ISO in English, decimals
   * with a decimal comma in Vietnamese, reform areas and indicators by their names, other enum
   * constants by the bundle key {@code enum.<Type>.<CONSTANT>}, lists joined by commas.
   *
   * @param value the value, not null
   * @param locale the reader's locale, not null
   * @return the text, not null
   */
  public static String format(Object value, Locale locale) {
    return format("", value, language(locale), Form.PLAIN);
  }

  private static String format(String name, Object value, Locale language, Form form) {
    boolean english = language.equals(Locale.ENGLISH);
    if (form == Form.ROW_LABEL && value instanceof String label) {
      return rowLabel(label, language);
    }
    if (form == Form.KEYWORD) {
      return template(language, name + "." + value);
    }
    if (value instanceof LocalDate d) {
      return english ? d.toString() : VI_DATE.format(d);
    }
    if (value instanceof BigDecimal b) {
      String plain = b.stripTrailingZeros().toPlainString();
      return english ? plain : plain.replace('.', ',');
    }
    if (value instanceof ReformArea a) {
      return english ? a.englishName() : a.vietnameseName();
    }
    if (value instanceof Indicator ind) {
      return english ? ind.englishName() : ind.vietnameseName();
    }
    if (value instanceof Enum<?> e) {
      return enumName(e, language);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> format(name, v, language, form)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  /**
   * Reads an enum constant by its bundle key {@code enum.<Type>.<CONSTANT>}, the type named as
   * written in Java ("ReportRequirement.Kind").
   *
   * @param constant the constant, not null
   * @param locale the reader's locale, not null
   * @return the name, not blank
   */
  public static String enumName(Enum<?> constant, Locale locale) {
    String type = constant.getDeclaringClass().getName();
    type = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    return template(locale, "enum." + type + "." + constant.name());
  }

  /**
   * Reads a row label as a reader says it: the printed number as it is ("57", "3/a)"); "after 35",
   * an unnumbered row below row 35, as "sau dòng 35" or "after row 35"; "after header" as the row
   * below the header row.
   *
   * @param label the label, as {@code TaskRow.label()} gives it, not null
   * @param locale the reader's locale, not null
   * @return the label read, not null
   */
  public static String rowLabel(String label, Locale locale) {
    if (!label.startsWith(AFTER)) {
      return label;
    }
    String rest = label.substring(AFTER.length());
    return rest.equals("header") ? template(locale, "label.afterHeader")
        : template(locale, "label.after").replace("{row}", rest);
  }
}
