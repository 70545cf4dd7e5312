package io.github.cchc.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must read as a document citation (văn bản), such as "Nghị quyết số
 * 76/NQ-CP ngày 15/7/2021".
 */
@Documented
@Constraint(validatedBy = DocumentRefValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidDocumentRef {
  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{io.github.cchc.model.validation.ValidDocumentRef.message}";

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
