package io.github.cchc.model.validation;

import io.github.cchc.model.AgencyDirectory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

/** Checks {@link KnownAgency}; holds only its directory supplier and is safe to share. */
public final class KnownAgencyValidator implements ConstraintValidator<KnownAgency, CharSequence> {
  private Supplier<AgencyDirectory> directory;

  /** Creates the validator; the validator factory initialises it. */
  public KnownAgencyValidator() {}

  @Override
  public void initialize(KnownAgency annotation) {
    Class<? extends Supplier<AgencyDirectory>> type = annotation.directory();
    try {
      directory = type.getConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new ValidationException("@KnownAgency directory " + type.getName()
          + " must be a class with a public no-argument constructor", e);
    }
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    AgencyDirectory current = directory.get();
    if (current == null) {
      throw new ValidationException("@KnownAgency directory supplier " + directory.getClass().getName() + " returned null");
    }
    return current.contains(value.toString());
  }
}
