package io.github.cchc.rules;

import io.github.cchc.model.Citation;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.Plan;
import io.github.cchc.model.TaskRow;
import java.util.List;
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
  private final Optional<FindingCode> builtIn;
  private final MessageSource messages;
  private final Plan plan;
  private final CheckInputs inputs;
  private final IndicatorCatalog indicators;
  private final List<Finding> sink;

  RuleContext(String code, Severity defaultSeverity, Optional<Severity> override, Optional<FindingCode> builtIn,
      MessageSource messages, Plan plan, CheckInputs inputs, IndicatorCatalog indicators, List<Finding> sink) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.override = override;
    this.builtIn = builtIn;
    this.messages = messages;
    this.plan = plan;
    this.inputs = inputs;
    this.indicators = indicators;
    this.sink = sink;
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
   * Reports a finding with the rule's severity; its message is rendered from the rule's templates
   * and these facts when it is read.
   *
   * @param subject what the finding is about, not null
   * @param pointer the JSON Pointer of the offending value in the plan's document, "" for the plan
   * @param facts the facts the message names, not null
   */
  public void report(Subject subject, String pointer, Map<String, ?> facts) {
    report(defaultSeverity, subject, pointer, facts);
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
    Objects.requireNonNull(severity, "severity");
    sink.add(Finding.of(code, override.orElse(severity), subject, pointer, facts, messages));
  }

  /** A built-in rule's finding, with its typed facts. */
  void report(Subject subject, String pointer, Facts facts) {
    report(defaultSeverity, subject, pointer, "", facts);
  }

  /** A built-in rule's finding with a severity for this case. */
  void report(Severity severity, Subject subject, String pointer, Facts facts) {
    report(severity, subject, pointer, "", facts);
  }

  /** A built-in rule's finding with a severity for this case, or a variant of its message. */
  void report(Severity severity, Subject subject, String pointer, String variant, Facts facts) {
    Objects.requireNonNull(severity, "severity");
    if (builtIn.isEmpty()) {
      throw new io.github.cchc.model.CchcException("Rule " + code + " is a user's rule and reports with a map of facts");
    }
    sink.add(Finding.of(builtIn.get(), override.orElse(severity), subject, pointer, variant, facts, messages));
  }

  /**
   * Gets the rows of the plan's task table, parents before sub-rows, each with its pointer, label
   * and what it inherits from its parent; built once per plan and shared by every rule.
   *
   * @return the rows, in document order, possibly empty
   * @see Plan#rows()
   */
  public List<TaskRow> rows() {
    return plan.rows();
  }

  /**
   * Gets the rows completeness concerns: leaf rows the source printed legibly.
   *
   * @return the counted rows, in document order, possibly empty
   * @see Plan#countedRows()
   */
  public List<TaskRow> leaves() {
    return plan.countedRows();
  }

  /**
   * Gets the documents cited in the plan's texts, each with the pointer of its text.
   *
   * @return the citations, in document order, possibly empty
   * @see Plan#citations()
   */
  public List<Citation> citations() {
    return plan.citations();
  }

  /**
   * Gets the indicators of the rule set: to look a target's indicator up by id and name it.
   *
   * @return the catalog, not null
   */
  public IndicatorCatalog indicators() {
    return indicators;
  }
}
