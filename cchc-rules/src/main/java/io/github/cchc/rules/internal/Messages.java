package io.github.cchc.rules.internal;

import io.github.cchc.model.CchcException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Renders finding messages from the bundles {@code messages_vi} and {@code messages_en}, filling in named facts. */
public final class Messages {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String BUNDLE = "io.github.cchc.rules.messages";
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Messages() {}

  public static String template(Locale locale, String key) {
    Locale language = locale.getLanguage().equals("en") ? Locale.ENGLISH : VIETNAMESE;
    try {
      return ResourceBundle.getBundle(BUNDLE, language).getString(key);
    } catch (MissingResourceException e) {
      throw new CchcException("cchc-rules has no " + language + " message for \"" + key + "\"", e);
    }
  }

  public static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, VIETNAMESE).containsKey(key);
  }

  /** Replaces each {name} with the fact's text; a name with no fact stays as written. */
  public static String render(String template, Map<String, ?> facts, Locale locale) {
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
      out.append(value == null ? template.substring(open, close + 1) : format(value, locale));
      i = close + 1;
    }
    return out.toString();
  }

  public static String format(Object value, Locale locale) {
    boolean english = locale.getLanguage().equals("en");
    if (value instanceof LocalDate d) {
      return english ? d.toString() : VI_DATE.format(d);
    }
    if (value instanceof BigDecimal b) {
      String plain = b.stripTrailingZeros().toPlainString();
      return english ? plain : plain.replace('.', ',');
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> format(v, locale)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
