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
  private final String vietnamese;

  /**
   * Creates the exception.
   *
   * @param message what is malformed, naming the attribute and quoting the value
   */
  public MalformedValueException(String message) {
    super(message);
    this.attribute = "";
    this.vietnamese = "";
  }

  /**
   * Creates the exception for one attribute of the value, which a document's reader then names by
   * its JSON Pointer ({@code /year} rather than the plan).
   *
   * @param attribute the attribute's JSON property name, not blank
   * @param message what is malformed, naming the attribute and quoting the value
   */
  public MalformedValueException(String attribute, String message) {
    this(attribute, message, "");
  }

  /**
   * Creates the exception for one attribute of the value, said in both of cchc's languages: a
   * value a user's file brings, whose reader shows the message to the user.
   *
   * <p>The attribute may go below the property to the element at fault, as a JSON Pointer relative
   * to the value ({@code tasks/1/completedOn}), so that the reader names the element itself.
   *
   * @param attribute the attribute's JSON property name, or the relative JSON Pointer of the element
   *     at fault (segments escaped as JSON Pointer escapes them), empty for the value as a whole
   * @param message what is malformed, in English
   * @param vietnamese the same in Vietnamese
   */
  public MalformedValueException(String attribute, String message, String vietnamese) {
    super(message);
    this.attribute = java.util.Objects.requireNonNull(attribute, "attribute");
    this.vietnamese = java.util.Objects.requireNonNull(vietnamese, "vietnamese");
  }

  /** Says it in Vietnamese for any locale but English, when the thrower gave the Vietnamese. */
  @Override
  public String getMessage(java.util.Locale locale) {
    return vietnamese.isEmpty() || locale.getLanguage().equals("en") ? getMessage() : vietnamese;
  }

  /**
   * Gets the attribute at fault, when one is.
   *
   * @return the JSON property name of the attribute, or the relative JSON Pointer of the element at
   *     fault, empty when the value as a whole is malformed
   */
  public java.util.Optional<String> getAttribute() {
    return attribute.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(attribute);
  }
}
