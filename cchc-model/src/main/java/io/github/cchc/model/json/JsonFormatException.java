package io.github.cchc.model.json;

import io.github.cchc.model.CchcException;

/**
 * Thrown when a JSON document is not a valid cchc document (JSON không hợp lệ): it is not JSON,
 * breaks a read limit, has an unknown or missing property, a value of the wrong type, or a value
 * the model rejects. The message and {@link #getPointer()} name where.
 */
public class JsonFormatException extends CchcException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the offending value, "" for the whole document
   * @param message what is wrong, naming the value
   * @param cause the underlying failure, may be null
   */
  public JsonFormatException(String pointer, String message, Throwable cause) {
    super((pointer.isEmpty() ? "At the document root" : "At " + pointer) + ": " + message, cause);
    this.pointer = pointer;
  }

  /**
   * Gets the JSON Pointer of the offending value ("/tasks/56/timeframe").
   *
   * @return the pointer, "" for the whole document
   */
  public String getPointer() {
    return pointer;
  }
}
