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
 * The annotated string must be the id of an agency (mã cơ quan) of a directory. The directory
 * comes from one of two places:
 *
 * <ul>
 *   <li>the service's own {@code ConstraintValidatorFactory}: Spring's and CDI's create
 *       {@link KnownAgencyValidator} through its {@code @Inject} constructor, handing it the
 *       service's {@code Supplier<AgencyDirectory>} bean; {@link #directory()} is then left out;
 *   <li>{@link #directory()}, a class with a public no-argument constructor that supplies it, made
 *       by reflection where no factory injects one (on the module path, its package must be
 *       exported or opened to {@code io.github.cchc.model}).
 * </ul>
 *
 * A class named here wins over an injected supplier. The validator asks the supplier on every
 * check, so a directory that changes over time is followed.
 */
@Documented
@Constraint(validatedBy = KnownAgencyValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownAgency {
  /**
   * The class that supplies the directory; by default the directory injected into the validator.
   *
   * @return the supplier class
   */
  Class<? extends Supplier<AgencyDirectory>> directory() default Injected.class;

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

  /** Names no class: the directory is the one the validator factory injected (danh bạ được tiêm vào). */
  interface Injected extends Supplier<AgencyDirectory> {}
}
