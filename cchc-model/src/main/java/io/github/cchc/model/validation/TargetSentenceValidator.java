package io.github.cchc.model.validation;

import io.github.cchc.model.Target;
import io.github.cchc.model.TextParseException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidTargetSentence}; stateless and safe to share. */
public final class TargetSentenceValidator implements ConstraintValidator<ValidTargetSentence, CharSequence> {
  /** Creates the validator. */
  public TargetSentenceValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      return !Target.parseAll(value).isEmpty();
    } catch (TextParseException e) {
      return false;
    }
  }
}
