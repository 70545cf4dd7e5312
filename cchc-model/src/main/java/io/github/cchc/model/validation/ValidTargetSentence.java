package io.github.cchc.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must state at least one target (chỉ tiêu) that
 * {@link io.github.cchc.model.Target#parseAll(CharSequence)} reads, such as "Tỷ lệ hồ sơ … đạt
 * trên 95%".
 */
@Documented
@Constraint(validatedBy = TargetSentenceValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTargetSentence {
  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{io.github.cchc.model.validation.ValidTargetSentence.message}";

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
