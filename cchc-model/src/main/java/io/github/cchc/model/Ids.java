package io.github.cchc.model;

/** Ids of agencies, groups and plans: stable keys, so no blanks and no whitespace. */
final class Ids {
  private static final int MAX_LENGTH = 200;

  private Ids() {}

  /**
   * Whether no char of an id is white space or a control, told char by char rather than by a
   * stream of code points (a twentieth of reading a large plan): every white-space and control
   * code point is in the Basic Multilingual Plane, so a surrogate is never one (IdsTest).
   */
  static boolean withoutBlanks(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /** Refuses an id that is not one; the attribute and the two names are as {@link Texts#requireNonBlank}'s. */
  static String require(String id, String attribute, String english, String vietnamese) {
    if (id.isEmpty() || id.length() > MAX_LENGTH || !withoutBlanks(id)) {
      throw new MalformedValueException(attribute,
          english + " must be 1 to " + MAX_LENGTH + " characters without whitespace, was \"" + Texts.abbreviate(id) + "\"",
          vietnamese + " phải dài 1 đến " + MAX_LENGTH + " ký tự, không có khoảng trắng; đang là \"" + Texts.abbreviate(id)
              + "\"");
    }
    return id;
  }
}
