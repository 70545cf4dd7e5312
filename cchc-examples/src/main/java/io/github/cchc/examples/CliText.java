package io.github.cchc.examples;

import io.github.cchc.rules.Labels;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's and the tour's own texts, from the bundles {@code cli_vi} and {@code cli_en}:
 * where their headings come from, and where their error messages will.
 */
final class CliText {
  private CliText() {}

  /** The text of a key in the reader's language, each {name} replaced by its value. */
  static String of(Locale locale, String key, Object... namesAndValues) {
    String template = ResourceBundle.getBundle("io.github.cchc.examples.cli", Labels.language(locale)).getString(key);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      template = template.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return template;
  }
}
