package io.github.cchc.model;

/** Ids of agencies, groups and plans: stable keys, so no blanks and no whitespace. */
final class Ids {
  private static final int MAX_LENGTH = 200;

  private Ids() {}

  static String require(String id, String attribute) {
    if (id.isEmpty() || id.length() > MAX_LENGTH || id.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new MalformedValueException("",
          attribute + " must be 1 to " + MAX_LENGTH + " characters without whitespace, was \"" + Texts.abbreviate(id) + "\"",
          attribute + ": mã phải dài 1 đến " + MAX_LENGTH + " ký tự, không có khoảng trắng; đang là \"" + Texts.abbreviate(id)
              + "\"");
    }
    return id;
  }
}
