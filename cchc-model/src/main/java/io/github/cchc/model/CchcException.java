package io.github.cchc.model;

/**
 * The root of the exceptions cchc throws (lỗi cchc). Unchecked, like
 * {@link java.time.DateTimeException}; the subtypes say what went wrong.
 */
public class CchcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the offending value
   */
  public CchcException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the offending value
   * @param cause the underlying failure
   */
  public CchcException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Gets the message in the reader's language. The message of {@link #getMessage()} is English, as
   * Java's are; the subtypes that can say what went wrong in Vietnamese too (a JSON document that
   * is not valid, a value refused where it is built, a text that cannot be read, a year the
   * calendar does not cover) override this.
   *
   * @param locale the reader's locale: Vietnamese for every locale but English, not null
   * @return the message, not null
   */
  public String getMessage(java.util.Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return getMessage();
  }
}
