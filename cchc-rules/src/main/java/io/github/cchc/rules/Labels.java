package io.github.cchc.rules;

import io.github.cchc.rules.internal.Messages;
import java.util.Locale;

/**
 * The words cchc shows a reader for its values (nhãn hiển thị), in Vietnamese or English: enum
 * constants by their names in the bundles ("chậm tiến độ" for {@code OFF_TRACK}, "nghị định" for
 * {@code DECREE}), reform areas and indicators by their names, dates as dd/mm/yyyy in Vietnamese
 * and ISO in English, decimals with a decimal comma in Vietnamese, row labels as said ("sau dòng
 * 35"). Enum constants appear as such only in JSON, never in text for a reader.
 *
 * <p>Any locale other than English reads Vietnamese.
 */
public final class Labels {
  private Labels() {}

  /**
   * Gets the text a reader sees for a value of cchc: an enum constant, a reform area, an
   * indicator, a date, a decimal, a list of those; anything else as its string.
   *
   * @param value the value, not null
   * @param locale the reader's locale, not null
   * @return the text, not null
   */
  public static String of(Object value, Locale locale) {
    return Messages.format(value, locale);
  }

  /**
   * Gets a row label as a reader says it: "57", "3/a)", and "sau dòng 35" or "after row 35" for
   * the unnumbered row after row 35.
   *
   * @param label a row label as {@code TaskRow.label()} gives it, not null
   * @param locale the reader's locale, not null
   * @return the label read, not null
   */
  public static String rowLabel(String label, Locale locale) {
    return Messages.rowLabel(label, locale);
  }

  /**
   * Gets the name of a field of a plan, a key target or a task, as a comparison of two plans shows
   * it: "thời gian thực hiện" or "timeframe" for a task's {@code timeframe}.
   *
   * @param part the part the field belongs to, not null
   * @param field the field's property name in the plan document, not null
   * @param locale the reader's locale, not null
   * @return the name, not null
   * @throws io.github.cchc.model.CchcException if cchc has no name for the field
   */
  public static String fieldName(io.github.cchc.rules.status.PlanDiff.Part part, String field, Locale locale) {
    String prefix = switch (part) {
      case PLAN -> "plan";
      case KEY_TARGET -> "target";
      case TASK -> "task";
    };
    return Messages.template(locale, "diff." + prefix + "." + field);
  }

  /**
   * Gets the language cchc answers a locale in: English for English locales, Vietnamese for any
   * other.
   *
   * @param locale the reader's locale, not null
   * @return {@link Locale#ENGLISH} or Vietnamese
   */
  public static Locale language(Locale locale) {
    return Messages.language(locale);
  }
}
