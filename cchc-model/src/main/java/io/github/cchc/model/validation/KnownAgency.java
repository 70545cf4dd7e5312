package io.github.cchc.model.validation;

import io.github.cchc.model.AgencyDirectory;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * The annotated string must be the id of an agency (cơ quan) of a directory. The directory comes
 * from {@link #directory()}, a class with a public no-argument constructor that supplies it; the
 * validator asks it on every check, so a supplier may return a directory that changes over time.
 */
@Documented
@Constraint(validatedBy = KnownAgencyValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownAgency {
  /**
   * The class that supplies the directory.
   *
   * @return the supplier class
   */
  Class<? extends Supplier<AgencyDirectory>> directory();

  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{io.github.cchc.model.validation.KnownAgency.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
