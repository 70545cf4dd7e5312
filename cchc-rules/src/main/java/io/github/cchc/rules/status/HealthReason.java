package io.github.cchc.rules.status;

import io.github.cchc.rules.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What led to a plan's health (lý do đánh giá): a stable code, the figures it rests on, and a
 * sentence in the reader's language, rendered when asked for.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class HealthReason {
  /** The reasons health is given for. */
  public enum Code {
    /** Every task counted is completed; facts: {@code tasks}. Counts are {@code Long}s. */
    ALL_TASKS_COMPLETED,
    /** Tasks past their last allowed day; facts: {@code overdue}, {@code due}. */
    TASKS_OVERDUE,
    /** Key targets measured as not met; facts: {@code missed}, and whether the plan year is over. */
    TARGETS_NOT_MET,
    /** The on-time rate below the plan's completion target; facts: {@code rate} (a decimal), {@code target} (text). */
    ON_TIME_RATE_BELOW_TARGET,
    /** Nothing overdue and no key target missed. */
    NOTHING_OVERDUE,
    /**
     * The year-end forecast of the on-time rate falls short of the plan's completion target: at the
     * interval's upper end ({@code ""}), or at its point only ({@code "likely"}); facts: {@code point},
     * {@code lower}, {@code upper} (decimals), {@code target} (text). Only a history gives it.
     */
    FORECAST_BELOW_TARGET
  }

  private final Code code;
  private final String variant;
  private final Map<String, Object> facts;

  private HealthReason(Code code, String variant, Map<String, Object> facts) {
    this.code = code;
    this.variant = variant;
    this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  static HealthReason of(Code code, Map<String, Object> facts) {
    return new HealthReason(code, "", facts);
  }

  /**
   * Obtains a reason, as a status report prints it.
   *
   * @param code the code, not null
   * @param variant the variant, "" or {@code "afterYear"} for {@link Code#TARGETS_NOT_MET}
   * @param facts the figures, by name, none null
   * @return the reason, not null
   */
  public static HealthReason of(Code code, String variant, Map<String, ?> facts) {
    Map<String, Object> copy = new LinkedHashMap<>();
    facts.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    return new HealthReason(Objects.requireNonNull(code, "code"), Objects.requireNonNull(variant, "variant"), copy);
  }

  /**
   * Gets the code.
   *
   * @return the code, not null
   */
  public Code code() {
    return code;
  }

  /**
   * Gets the figures the reason rests on, by name: counts, the rate in percent, the target as
   * canonical text.
   *
   * @return the facts, possibly empty
   */
  public Map<String, Object> facts() {
    return facts;
  }

  /**
   * Gets the variant of the sentence: {@code "afterYear"} for targets missed once the plan year
   * is over, "" otherwise.
   *
   * @return the variant, not null
   */
  public String variant() {
    return variant;
  }

  /**
   * Renders the reason in a language: English for English locales, Vietnamese otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the sentence, not blank
   */
  public String message(Locale locale) {
    String key = "reason." + code.name() + (variant.isEmpty() ? "" : "." + variant);
    return Messages.render(Messages.template(locale, key), facts, locale, name -> Messages.Form.PLAIN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthReason r && code == r.code && variant.equals(r.variant) && facts.equals(r.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, variant, facts);
  }

  /** Returns "TASKS_OVERDUE: 2 of 10 tasks due are overdue", in English, for logs. */
  @Override
  public String toString() {
    return code + ": " + message(Locale.ENGLISH);
  }
}
