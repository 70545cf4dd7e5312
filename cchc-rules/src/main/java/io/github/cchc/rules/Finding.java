package io.github.cchc.rules;

import io.github.cchc.model.MalformedValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something a rule found in a plan (phát hiện): a stable code, a severity, the subject, the JSON
 * Pointer of the offending value in the plan's JSON document, the facts the rule saw (expected and
 * actual values, dates, the text as printed) and a message built from them in Vietnamese and
 * English.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Finding {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  private final String code;
  private final Severity severity;
  private final Subject subject;
  private final String pointer;
  private final Map<String, Object> facts;
  private final String messageVi;
  private final String messageEn;

  private Finding(String code, Severity severity, Subject subject, String pointer, Map<String, Object> facts,
      String messageVi, String messageEn) {
    this.code = code;
    this.severity = severity;
    this.subject = subject;
    this.pointer = pointer;
    this.facts = facts;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /**
   * Obtains a finding.
   *
   * @param code the rule code, UPPER_SNAKE
   * @param severity the severity, not null
   * @param subject the subject, not null
   * @param pointer the JSON Pointer into the plan's document, "" for the whole plan
   * @param facts the facts, in the order the message names them; values are text, numbers, dates
   * @param messageVi the message in Vietnamese, not blank
   * @param messageEn the message in English, not blank
   * @return the finding, not null
   * @throws MalformedValueException if the code is not UPPER_SNAKE, the pointer does not start with
   *     "/" or a message is blank
   */
  public static Finding of(String code, Severity severity, Subject subject, String pointer, Map<String, ?> facts,
      String messageVi, String messageEn) {
    requireCode(code);
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new MalformedValueException("Finding pointer must be a JSON Pointer, was \"" + pointer + "\"");
    }
    if (messageVi.isBlank() || messageEn.isBlank()) {
      throw new MalformedValueException("Finding " + code + " needs a Vietnamese and an English message");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    facts.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    return new Finding(code, Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(subject, "subject"),
        pointer, Collections.unmodifiableMap(copy), messageVi, messageEn);
  }

  /** A rule's code as findings carry it: UPPER_SNAKE. */
  static String requireCode(String code) {
    if (!CODE.matcher(code).matches()) {
      throw new MalformedValueException("Finding code must be UPPER_SNAKE, was \"" + code + "\"");
    }
    return code;
  }

  /**
   * Gets the rule code ("TASK_NO_PRODUCT").
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the severity.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets the subject.
   *
   * @return the subject, not null
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Gets the JSON Pointer of the offending value in the plan's JSON document ("/tasks/56/timeframe").
   * For the findings of an import it points into the table read as a JSON array of rows of cells,
   * counting from 0: "/11/2" is cell C12.
   *
   * @return the pointer, "" for the whole plan
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the facts the rule saw, in the order the message names them.
   *
   * @return the facts, possibly empty
   */
  public Map<String, Object> facts() {
    return facts;
  }

  /**
   * Gets the message in Vietnamese, the default language.
   *
   * @return the message, not blank
   */
  public String message() {
    return messageVi;
  }

  /**
   * Gets the message in a language: English for English locales, Vietnamese otherwise.
   *
   * @param locale the locale, not null
   * @return the message, not blank
   */
  public String message(Locale locale) {
    return locale.getLanguage().equals("en") ? messageEn : messageVi;
  }

  /**
   * Returns a copy of this finding with another severity.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param newSeverity the severity, not null
   * @return a finding like this one, not null
   */
  public Finding withSeverity(Severity newSeverity) {
    return newSeverity == severity ? this
        : new Finding(code, newSeverity, subject, pointer, facts, messageVi, messageEn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && code.equals(f.code) && severity == f.severity && subject.equals(f.subject)
        && pointer.equals(f.pointer) && facts.equals(f.facts) && messageVi.equals(f.messageVi)
        && messageEn.equals(f.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, subject, pointer, facts);
  }

  /** Returns "ERROR TASK_NO_PRODUCT task 27 /tasks/30: message". */
  @Override
  public String toString() {
    return severity + " " + code + " " + subject + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + messageEn;
  }
}
