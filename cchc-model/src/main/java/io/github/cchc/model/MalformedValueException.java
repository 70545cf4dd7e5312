package io.github.cchc.model;

/**
 * Thrown when a value cannot be built because it would break an invariant of its structure
 * (giá trị không hợp lệ): an empty id, a share above 100%, a negative count, an impossible date,
 * a reference to an agency absent from the directory, a required attribute left unset.
 *
 * <p>Incomplete documents are not malformed: a task without a product is a valid task that the
 * rules report.
 */
public class MalformedValueException extends CchcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is malformed, naming the attribute and quoting the value
   */
  public MalformedValueException(String message) {
    super(message);
  }
}
