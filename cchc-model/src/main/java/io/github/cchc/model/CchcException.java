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
}
