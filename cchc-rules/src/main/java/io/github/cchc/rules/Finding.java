package io.github.cchc.rules;

import io.github.cchc.model.MalformedValueException;
import io.github.cchc.rules.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something cchc found (phát hiện): a stable code, a severity, the subject, the JSON Pointer of the
 * offending value in the document read, and the facts seen (expected and actual values, dates, the
 * text as printed). Its message is rendered from the facts when asked for, in the reader's language;
 * a finding that is never read costs no text.
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
  private final String variant;
  private final MessageSource messages;

  private Finding(String code, Severity severity, Subject subject, String pointer, Map<String, Object> facts,
      String variant, MessageSource messages) {
    this.code = code;
    this.severity = severity;
    this.subject = subject;
    this.pointer = pointer;
    this.facts = facts;
    this.variant = variant;
    this.messages = messages;
  }

  /**
   * Obtains a finding of a user's own, with its message templates.
   *
   * @param code the code, UPPER_SNAKE
   * @param severity the severity, not null
   * @param subject the subject, not null
   * @param pointer the JSON Pointer into the document, "" for the whole document
   * @param facts the facts, in the order the message names them; values are text, numbers, dates
   * @param messageVi the message in Vietnamese, not blank; {name} stands for the fact of that name
   * @param messageEn the message in English, not blank
   * @return the finding, not null
   * @throws MalformedValueException if the code is not UPPER_SNAKE, the pointer does not start with
   *     "/" or a message is blank
   */
  public static Finding of(String code, Severity severity, Subject subject, String pointer, Map<String, ?> facts,
      String messageVi, String messageEn) {
    if (messageVi.isBlank() || messageEn.isBlank()) {
      throw new MalformedValueException("Finding " + code + " needs a Vietnamese and an English message");
    }
    return of(code, severity, subject, pointer, copy(facts), "", MessageSource.of(messageVi, messageEn));
  }

  /**
   * Obtains a finding of a built-in code with its declared facts; its message is rendered from the
   * bundles when read. The importer and the statistics report this way, after their
   * {@link RuleSet#grade rule set} has graded the code.
   *
   * @param code the code, not null
   * @param severity the severity, not null
   * @param subject the subject, not null
   * @param pointer the JSON Pointer into the document, "" for the whole document
   * @param variant the variant of the message, "" for the code's own
   * @param facts the facts the code (or its variant) declares, no more and no fewer; kept in the
   *     order the code declares them
   * @return the finding, not null
   * @throws io.github.cchc.model.CchcException if the facts are not those the code declares
   */
  public static Finding of(FindingCode code, Severity severity, Subject subject, String pointer, String variant,
      Facts facts) {
    return of(code, severity, subject, pointer, variant, facts, code.messages());
  }

  /** A finding of a built-in code whose messages come from the given source. */
  static Finding of(FindingCode code, Severity severity, Subject subject, String pointer, String variant, Facts facts,
      MessageSource messages) {
    List<Fact<?>> declared = code.facts(variant);
    Object[] values = new Object[declared.size()];
    boolean complete = facts.size() == declared.size();
    for (int i = 0; i < values.length && complete; i++) {
      int at = facts.indexOf(declared.get(i).name());
      complete = at >= 0;
      values[i] = complete ? facts.value(at) : null;
    }
    if (!complete) {
      throw new io.github.cchc.model.CchcException("Finding " + code + (variant.isEmpty() ? "" : "." + variant)
          + " takes the facts " + declared + ", was given " + facts.names());
    }
    // A built-in code is UPPER_SNAKE by construction: only the pointer is checked.
    return new Finding(code.name(), Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(subject, "subject"),
        requirePointer(pointer), new FactMap(declared, values), Objects.requireNonNull(variant, "variant"), messages);
  }

  /** A user's finding whose messages come from the given source, rendered when read. */
  static Finding of(String code, Severity severity, Subject subject, String pointer, Map<String, ?> facts,
      MessageSource messages) {
    return of(code, severity, subject, pointer, copy(facts), "", messages);
  }

  private static Finding of(String code, Severity severity, Subject subject, String pointer, Map<String, Object> facts,
      String variant, MessageSource messages) {
    requireCode(code);
    return new Finding(code, Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(subject, "subject"),
        requirePointer(pointer), Collections.unmodifiableMap(facts), variant, messages);
  }

  private static String requirePointer(String pointer) {
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new MalformedValueException("Finding pointer must be a JSON Pointer, was \"" + pointer + "\"");
    }
    return pointer;
  }

  private static Map<String, Object> copy(Map<String, ?> facts) {
    Map<String, Object> copy = new LinkedHashMap<>();
    facts.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    return copy;
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
   * Gets the variant of the message the finding reads in ("noIssueDate" for a plan that prints no
   * issue date), "" for the code's own message.
   *
   * @return the variant, not null
   */
  public String variant() {
    return variant;
  }

  /**
   * Gets the message in Vietnamese, the default language.
   *
   * @return the message, not blank
   */
  public String message() {
    return message(Messages.VIETNAMESE);
  }

  /**
   * Renders the message in a language: English for English locales, Vietnamese for every other
   * (Vietnamese and English are the languages cchc speaks).
   *
   * @param locale the reader's locale, not null
   * @return the message, not blank
   */
  public String message(Locale locale) {
    Locale language = Messages.language(locale);
    return Messages.render(messages.template(language, variant), facts, language, messages::form);
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
        : new Finding(code, newSeverity, subject, pointer, facts, variant, messages);
  }

  /**
   * Returns a copy of this finding placed elsewhere: a caller that knows more of where the subject
   * lies, such as the line of a file, puts that in front of the property's pointer.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param newPointer the JSON Pointer, empty for the whole document, not null
   * @return a finding like this one, not null
   */
  public Finding withPointer(String newPointer) {
    Objects.requireNonNull(newPointer, "newPointer");
    return newPointer.equals(pointer) ? this
        : new Finding(code, severity, subject, newPointer, facts, variant, messages);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && code.equals(f.code) && severity == f.severity && subject.equals(f.subject)
        && pointer.equals(f.pointer) && facts.equals(f.facts) && variant.equals(f.variant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, subject, pointer, facts);
  }

  /** Returns "ERROR TASK_NO_PRODUCT task 27 /tasks/30: message", in English, for logs. */
  @Override
  public String toString() {
    return severity + " " + code + " " + subject + " " + (pointer.isEmpty() ? "/" : pointer) + ": "
        + message(Locale.ENGLISH);
  }
}
