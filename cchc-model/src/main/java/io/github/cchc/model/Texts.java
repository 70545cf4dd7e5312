package io.github.cchc.model;

import io.github.cchc.model.text.Folding;

/** The bounds and checks the parsers and values share; folding itself is {@link Folding}'s. */
final class Texts {
  /**
   * Parsers refuse longer input up front: no timeframe, target sentence or citation in a real plan
   * comes near it, and a bound keeps every parser linear and cheap on hostile input.
   */
  static final int MAX_PARSE_LENGTH = 10_000;

  private Texts() {}

  static String requireParseable(CharSequence text, String english, String vietnamese) {
    if (text.length() > MAX_PARSE_LENGTH) {
      throw new TextParseException(
          english + " text is " + text.length() + " characters long; at most " + MAX_PARSE_LENGTH
              + " are read: \"" + abbreviate(text) + "\"",
          vietnamese + " dài " + text.length() + " ký tự; chỉ đọc tối đa " + MAX_PARSE_LENGTH + " ký tự: \""
              + abbreviate(text) + "\"",
          text,
          0);
    }
    return Folding.clean(text);
  }

  /** The text for a message: quoted whole when short, its head otherwise. */
  static String abbreviate(CharSequence text) {
    return text.length() <= 120 ? text.toString() : text.subSequence(0, 117) + "...";
  }

  /**
   * Refuses a blank text. The attribute is its JSON property (or its relative JSON Pointer), so that
   * a document's reader names it by its pointer; the two names say which text it is, in English and
   * in Vietnamese.
   */
  static String requireNonBlank(String value, String attribute, String english, String vietnamese) {
    if (value.isBlank()) {
      throw new MalformedValueException(attribute, english + " must not be blank, was \"" + value + "\"",
          vietnamese + " không được để trống");
    }
    return value;
  }
}
