package io.github.cchc.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees besides the plan and where it reports (ngữ cảnh kiểm tra): the inputs of the
 * check and a sink for findings that fills in the rule's code, severity and messages. A context
 * belongs to one run of one rule on one plan.
 */
public final class RuleContext {
  private final String code;
  private final Severity defaultSeverity;
  private final Optional<Severity> override;
  private final MessageSource messages;
  private final CheckInputs inputs;
  private final List<Finding> sink;
  private final Rows.Memo rows;

  /** Where the messages of a rule come from: the built-in bundles, or a user's two templates. */
  interface MessageSource {
    String template(Locale locale, String variant);
  }

  RuleContext(String code, Severity defaultSeverity, Optional<Severity> override, MessageSource messages,
      CheckInputs inputs, List<Finding> sink, Rows.Memo rows) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.override = override;
    this.messages = messages;
    this.inputs = inputs;
    this.sink = sink;
    this.rows = rows;
  }

  /**
   * Gets the inputs of the check beside the plan.
   *
   * @return the inputs, not null
   */
  public CheckInputs inputs() {
    return inputs;
  }

  /**
   * Gets the code of the rule being run.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Reports a finding with the rule's severity.
   *
   * @param subject what the finding is about, not null
   * @param pointer the JSON Pointer of the offending value in the plan's document, "" for the plan
   * @param facts the facts the message names, not null
   */
  public void report(Subject subject, String pointer, Map<String, ?> facts) {
    report(defaultSeverity, subject, pointer, "", facts);
  }

  /**
   * Reports a finding with a severity the rule chooses for this case; a rule set that re-grades
   * the code still overrides it.
   *
   * @param severity the severity for this case, not null
   * @param subject what the finding is about, not null
   * @param pointer the JSON Pointer of the offending value in the plan's document, "" for the plan
   * @param facts the facts the message names, not null
   */
  public void report(Severity severity, Subject subject, String pointer, Map<String, ?> facts) {
    report(severity, subject, pointer, "", facts);
  }

  /** The rows of the plan being checked, shared with the other rules of this check. */
  List<Rows.Row> rows() {
    return rows.all();
  }

  /** The leaf rows of the plan being checked that the source printed legibly. */
  List<Rows.Row> leaves() {
    return rows.leaves();
  }

  /** The documents cited in the texts of the plan being checked. */
  List<Rows.Citation> citations() {
    return rows.citations();
  }

  void report(Severity severity, Subject subject, String pointer, String variant, Map<String, ?> facts) {
    Objects.requireNonNull(severity, "severity");
    String vi = Messages.render(messages.template(Messages.VIETNAMESE, variant), facts, Messages.VIETNAMESE);
    String en = Messages.render(messages.template(Locale.ENGLISH, variant), facts, Locale.ENGLISH);
    sink.add(Finding.of(code, override.orElse(severity), subject, pointer, facts, vi, en));
  }
}
