package io.github.cchc.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must read as a timeframe (thời gian thực hiện), such as "Quý IV/2024" or
 * "Trước ngày 25/01/2024". With {@link #planYear()} set, text without a year ("Quý III") is read
 * in that year; without it, the text must name its year.
 */
@Documented
@Constraint(validatedBy = TimeframeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTimeframe {
  /**
   * The plan year that fills in a missing year; 0, the default, for none.
   *
   * @return the year, or 0
   */
  int planYear() default 0;

  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{io.github.cchc.model.validation.ValidTimeframe.message}";

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
