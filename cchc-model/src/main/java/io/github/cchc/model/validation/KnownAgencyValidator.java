package io.github.cchc.model.validation;

import io.github.cchc.model.AgencyDirectory;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks {@link KnownAgency} (kiểm tra mã cơ quan); holds only its directory supplier and is safe
 * to share.
 */
public final class KnownAgencyValidator implements ConstraintValidator<KnownAgency, CharSequence> {
  private final Optional<Supplier<AgencyDirectory>> injected;
  private Supplier<AgencyDirectory> directory;

  /** Creates the validator for the reflective default factory: the annotation must name a directory class. */
  public KnownAgencyValidator() {
    this.injected = Optional.empty();
  }

  /**
   * Creates the validator with the service's directory, as Spring's and CDI's validator factories
   * do through {@code @Inject}.
   *
   * @param directory supplies the directory on every check, not null
   */
  @Inject
  public KnownAgencyValidator(Supplier<AgencyDirectory> directory) {
    this.injected = Optional.of(Objects.requireNonNull(directory, "directory"));
  }

  @Override
  public void initialize(KnownAgency annotation) {
    Class<? extends Supplier<AgencyDirectory>> type = annotation.directory();
    if (type == KnownAgency.Injected.class) {
      directory = injected.orElseThrow(() -> new ValidationException("@KnownAgency names no directory class and"
          + " the validator factory injected none: name one with @KnownAgency(directory = …), or let a factory"
          + " that injects (Spring's, CDI's) create KnownAgencyValidator with a Supplier<AgencyDirectory> bean"));
      return;
    }
    try {
      directory = type.getConstructor().newInstance();
    } catch (IllegalAccessException e) {
      throw new ValidationException(inaccessible(type), e);
    } catch (NoSuchMethodException | InstantiationException e) {
      throw new ValidationException("@KnownAgency directory " + type.getName()
          + " must be a concrete class with a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new ValidationException("@KnownAgency directory " + type.getName() + " failed in its constructor: "
          + e.getCause(), e.getCause());
    }
  }

  /** Names what keeps cchc from the class: on the module path, usually a missing {@code exports} or {@code opens}. */
  private static String inaccessible(Class<?> type) {
    Module theirs = type.getModule();
    Module ours = KnownAgencyValidator.class.getModule();
    String pkg = type.getPackageName();
    if (theirs.isNamed() && !theirs.isExported(pkg, ours)) {
      String to = ours.isNamed() ? " to " + ours.getName() : "";
      return "@KnownAgency directory " + type.getName() + ": module " + theirs.getName() + " does not export package "
          + pkg + " to cchc; add `exports " + pkg + to + ";` (or `opens " + pkg + to + ";`) to its module-info.java";
    }
    return "@KnownAgency directory " + type.getName() + " must be public, with a public no-argument constructor"
        + (Modifier.isPublic(type.getModifiers()) ? "" : " (the class is not public)");
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
