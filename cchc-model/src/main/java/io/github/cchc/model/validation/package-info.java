/**
 * Bean Validation constraints for a service's own types (ràng buộc kiểm tra dữ liệu): a string
 * that must read as a timeframe, as target sentences or as a document citation, and an agency id
 * that must exist in a directory.
 *
 * <p>The model itself cannot hold a malformed value, so these serve request objects and entities
 * at a service's boundary. Messages are keyed and shipped in
 * {@code ContributorValidationMessages.properties} (English), {@code _en} (English, so that a JVM
 * whose default locale is Vietnamese still answers an English request in English) and {@code _vi}
 * (Vietnamese), which
 * Hibernate Validator merges with the host's own {@code ValidationMessages}; they use no
 * expression language, so {@code ParameterMessageInterpolator} renders them fully. Nothing here
 * configures a validator. A null value is valid: combine with {@code @NotNull} where needed.
 */
package io.github.cchc.model.validation;
