package io.github.cchc.model.validation;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.TextParseException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidDocumentRef}; stateless and safe to share. */
public final class DocumentRefValidator implements ConstraintValidator<ValidDocumentRef, CharSequence> {
  /** Creates the validator. */
  public DocumentRefValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      DocumentRef.parse(value);
      return true;
    } catch (TextParseException e) {
      return false;
    }
  }
}
