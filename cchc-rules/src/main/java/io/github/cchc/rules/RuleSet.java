package io.github.cchc.rules;

import io.github.cchc.model.Plan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A selection of rules to run on plans (bộ quy tắc): the built-in catalog, less any disabled,
 * with severities re-graded by code, plus users' own rules.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builtIn()
 *     .withSeverity("TASK_NO_COORDINATOR", Severity.WARNING)
 *     .without("TASK_ILLEGIBLE")
 *     .with("TASK_CONTENT_TOO_SHORT", Severity.INFO, "Nội dung nhiệm vụ {number} quá ngắn",
 *         "Task {number} says too little", (plan, ctx) -> ...);
 * CheckReport report = rules.check(plan);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; one rule set may check many plans at once.
 */
public final class RuleSet {
  private static final RuleSet BUILT_IN = builtInSet();

  private final Map<String, Entry> entries;

  private record Entry(String code, Severity severity, Optional<Severity> override, RuleContext.MessageSource messages,
      PlanRule rule) {}

  private RuleSet(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Obtains the built-in catalog, every rule with its default severity.
   *
   * @return the rule set, not null
   */
  public static RuleSet builtIn() {
    return BUILT_IN;
  }

  /**
   * Obtains a rule set with no rules, to add one's own to.
   *
   * @return the empty rule set, not null
   */
  public static RuleSet empty() {
    return new RuleSet(Map.of());
  }

  private static RuleSet builtInSet() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (BuiltInRule r : BuiltInRule.values()) {
      RuleContext.MessageSource source = (locale, variant) ->
          Messages.template(locale, variant.isEmpty() ? r.code() : r.code() + "." + variant);
      entries.put(r.code(), new Entry(r.code(), r.defaultSeverity(), Optional.empty(), source, BuiltInRules.of(r)));
    }
    return new RuleSet(Map.copyOf(entries));
  }

  /**
   * Gets the codes of the rules in this set.
   *
   * @return the codes, built-in ones in catalog order, then users' in the order added
   */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (BuiltInRule r : BuiltInRule.values()) {
      if (entries.containsKey(r.code())) {
        codes.add(r.code());
      }
    }
    entries.keySet().stream().filter(c -> !isBuiltIn(c)).sorted().forEach(codes::add);
    return List.copyOf(codes);
  }

  /**
   * Returns a copy of this rule set without a rule.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param code the code of the rule to disable, not null
   * @return a rule set without it, not null
   * @throws IllegalArgumentException if the set has no rule with that code
   */
  public RuleSet without(String code) {
    require(code);
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.remove(code);
    return new RuleSet(Map.copyOf(copy));
  }

  /**
   * Returns a copy of this rule set in which a rule's findings take the given severity.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param code the rule's code, not null
   * @param severity the severity all its findings take, not null
   * @return the re-graded rule set, not null
   * @throws IllegalArgumentException if the set has no rule with that code
   */
  public RuleSet withSeverity(String code, Severity severity) {
    Entry e = require(code);
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(code, new Entry(code, e.severity(), Optional.of(Objects.requireNonNull(severity, "severity")),
        e.messages(), e.rule()));
    return new RuleSet(Map.copyOf(copy));
  }

  /**
   * Returns a copy of this rule set with a user's rule added.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param code the rule's code, UPPER_SNAKE, not one already in the set
   * @param severity the severity of its findings, not null
   * @param messageVi the Vietnamese message template; {name} is replaced by the fact of that name
   * @param messageEn the English message template
   * @param rule the rule, stateless, not null
   * @return a rule set with the rule, not null
   * @throws IllegalArgumentException if the code is malformed or already used
   */
  public RuleSet with(String code, Severity severity, String messageVi, String messageEn, PlanRule rule) {
    Finding.of(code, severity, Subject.plan(), "", Map.of(), messageVi, messageEn);
    if (entries.containsKey(code) || isBuiltIn(code)) {
      throw new IllegalArgumentException("Rule code \"" + code + "\" is already used");
    }
    Objects.requireNonNull(rule, "rule");
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    RuleContext.MessageSource source = (locale, variant) -> locale.getLanguage().equals("en") ? messageEn : messageVi;
    copy.put(code, new Entry(code, severity, Optional.empty(), source, rule));
    return new RuleSet(Map.copyOf(copy));
  }

  /**
   * Checks a plan as written.
   *
   * @param plan the plan, not null
   * @return the report, not null
   */
  public CheckReport check(Plan plan) {
    return check(plan, CheckInputs.none());
  }

  /**
   * Checks a plan with what is known beside it: a date, progress, measurements, reports sent and
   * subordinate plans.
   *
   * @param plan the plan, not null
   * @param inputs the inputs, not null
   * @return the report, not null
   * @throws IllegalStateException if a user's rule throws; its exception is the cause
   */
  public CheckReport check(Plan plan, CheckInputs inputs) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(inputs, "inputs");
    List<Finding> findings = new ArrayList<>();
    Rows.Memo rows = new Rows.Memo(plan);
    for (String code : codes()) {
      Entry e = entries.get(code);
      RuleContext context = new RuleContext(code, e.severity(), e.override(), e.messages(), inputs, findings, rows);
      try {
        e.rule().check(plan, context);
      } catch (RuntimeException failure) {
        throw new IllegalStateException("Rule " + code + " failed on plan \"" + plan.id() + "\": " + failure, failure);
      }
    }
    return CheckReport.of(findings);
  }

  /**
   * Checks many plans as written and rolls their findings up.
   *
   * @param plans the plans, with distinct ids, not null
   * @return the reports by plan id and the counts over all, not null
   * @throws IllegalArgumentException if two plans share an id
   */
  public Rollup checkAll(Collection<Plan> plans) {
    Objects.requireNonNull(plans, "plans");
    Map<String, CheckReport> reports = new LinkedHashMap<>();
    for (Plan plan : plans) {
      if (reports.put(plan.id(), check(plan)) != null) {
        throw new IllegalArgumentException("Two plans share the id \"" + plan.id() + "\"");
      }
    }
    return new Rollup(reports);
  }

  private Entry require(String code) {
    Entry e = entries.get(Objects.requireNonNull(code, "code"));
    if (e == null) {
      throw new IllegalArgumentException("Rule set has no rule \"" + code + "\"; it has " + codes());
    }
    return e;
  }

  private static boolean isBuiltIn(String code) {
    for (BuiltInRule r : BuiltInRule.values()) {
      if (r.code().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
