package io.github.cchc.rules;

import io.github.cchc.rules.internal.Messages;
import java.util.Locale;

/**
 * Where the messages of one code come from: the built-in bundles, or a user's two templates. Read
 * when a message is asked for, never before.
 */
interface MessageSource {
  /**
   * Gets a template.
   *
   * @param language Vietnamese or English
   * @param variant "" for the code's own message, else a variant's name
   * @return the template, {name} standing for the fact of that name
   */
  String template(Locale language, String variant);

  /** How the fact of that name is rendered; users' facts render as their types do. */
  default Messages.Form form(String factName) {
    return Messages.Form.PLAIN;
  }

  /** A user's templates, one per language. */
  static MessageSource of(String vietnamese, String english) {
    return (language, variant) -> language.getLanguage().equals("en") ? english : vietnamese;
  }
}
