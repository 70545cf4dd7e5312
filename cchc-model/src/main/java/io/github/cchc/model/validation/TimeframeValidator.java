package io.github.cchc.model.validation;

import io.github.cchc.model.TextParseException;
import io.github.cchc.model.Timeframe;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

/** Checks {@link ValidTimeframe}; stateless after initialisation and safe to share. */
public final class TimeframeValidator implements ConstraintValidator<ValidTimeframe, CharSequence> {
  private int planYear;

  /** Creates the validator; the validator factory initialises it. */
  public TimeframeValidator() {}

  @Override
  public void initialize(ValidTimeframe annotation) {
    planYear = annotation.planYear();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      if (planYear == 0) {
        Timeframe.parse(value);
      } else {
        Timeframe.parse(value, Year.of(planYear));
      }
      return true;
    } catch (TextParseException e) {
      return false;
    }
  }
}
