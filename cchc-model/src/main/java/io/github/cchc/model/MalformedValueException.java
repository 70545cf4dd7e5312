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

  private final String attribute;

  /**
   * Creates the exception.
   *
   * @param message what is malformed, naming the attribute and quoting the value
   */
  public MalformedValueException(String message) {
    super(message);
    this.attribute = "";
  }

  /**
   * Creates the exception for one attribute of the value, which a document's reader then names by
   * its JSON Pointer ({@code /year} rather than the plan).
   *
   * @param attribute the attribute's JSON property name, not blank
   * @param message what is malformed, naming the attribute and quoting the value
   */
  public MalformedValueException(String attribute, String message) {
    super(message);
    this.attribute = java.util.Objects.requireNonNull(attribute, "attribute");
  }

  /**
   * Gets the attribute at fault, when one is.
   *
   * @return the JSON property name of the attribute, empty when the value as a whole is malformed
   */
  public java.util.Optional<String> getAttribute() {
    return attribute.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(attribute);
  }
}
