package io.github.cchc.model;

/**
 * Thrown when Vietnamese text (a timeframe, a target sentence, a document citation) cannot be read
 * (không đọc được văn bản). Like {@link java.time.format.DateTimeParseException}, it carries the
 * text as given and the index where reading failed.
 */
public class TextParseException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String parsedText;
  private final int errorIndex;
  private final String vietnamese;

  /**
   * Creates the exception.
   *
   * @param message what could not be read; the text is quoted in it
   * @param parsedText the text as given, not null
   * @param errorIndex the index in {@code parsedText} where reading failed, 0 when the whole text
   *     was refused
   */
  public TextParseException(String message, CharSequence parsedText, int errorIndex) {
    this(message, "", parsedText, errorIndex);
  }

  /**
   * Creates the exception, said in both of cchc's languages.
   *
   * @param message what could not be read, in English; the text is quoted in it
   * @param vietnamese the same in Vietnamese, empty to say it in English only
   * @param parsedText the text as given, not null
   * @param errorIndex the index in {@code parsedText} where reading failed, 0 when the whole text
   *     was refused
   */
  public TextParseException(String message, String vietnamese, CharSequence parsedText, int errorIndex) {
    super(message);
    this.vietnamese = java.util.Objects.requireNonNull(vietnamese, "vietnamese");
    this.parsedText = parsedText.toString();
    this.errorIndex = errorIndex;
  }

  /** Says it in Vietnamese for any locale but English, when the thrower gave the Vietnamese. */
  @Override
  public String getMessage(java.util.Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return vietnamese.isEmpty() || locale.getLanguage().equals("en") ? getMessage() : vietnamese;
  }

  /**
   * Gets the text that could not be read.
   *
   * @return the text as given, not null
   */
  public String getParsedText() {
    return parsedText;
  }

  /**
   * Gets the index in the text where reading failed.
   *
   * @return the index, 0 when the whole text was refused
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
