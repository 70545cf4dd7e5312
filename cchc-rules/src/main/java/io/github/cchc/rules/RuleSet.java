package io.github.cchc.rules;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.Plan;
import io.github.cchc.rules.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

  /** By code, built-in rules first, then users' in the order added. */
  private final Map<String, Entry> entries;
  private final IndicatorCatalog indicators;

  private record Entry(String code, Severity severity, Optional<Severity> override, RuleContext.MessageSource messages,
      PlanRule rule) {}

  private RuleSet(Map<String, Entry> entries, IndicatorCatalog indicators) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.indicators = indicators;
  }

  private RuleSet copy(Map<String, Entry> newEntries) {
    return new RuleSet(newEntries, indicators);
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
    return new RuleSet(Map.of(), IndicatorCatalog.builtIn());
  }

  private static RuleSet builtInSet() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (BuiltInRule r : BuiltInRule.values()) {
      RuleContext.MessageSource source = (locale, variant) ->
          Messages.template(locale, variant.isEmpty() ? r.code() : r.code() + "." + variant);
      entries.put(r.code(), new Entry(r.code(), r.defaultSeverity(), Optional.empty(), source, BuiltInRules.of(r)));
    }
    return new RuleSet(entries, IndicatorCatalog.builtIn());
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
    entries.keySet().stream().filter(c -> !isBuiltIn(c)).forEach(codes::add);
    return List.copyOf(codes);
  }

  /**
   * Returns a copy of this rule set without a rule.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param code the code of the rule to disable, not null
   * @return a rule set without it, not null
   * @throws CchcException if the set has no rule with that code
   */
  public RuleSet without(String code) {
    require(code);
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.remove(code);
    return copy(copy);
  }

  /**
   * Returns a copy of this rule set in which a rule's findings take the given severity.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param code the rule's code, not null
   * @param severity the severity all its findings take, not null
   * @return the re-graded rule set, not null
   * @throws CchcException if the set has no rule with that code
   */
  public RuleSet withSeverity(String code, Severity severity) {
    Entry e = require(code);
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(code, new Entry(code, e.severity(), Optional.of(Objects.requireNonNull(severity, "severity")),
        e.messages(), e.rule()));
    return copy(copy);
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
   * @throws MalformedValueException if the code is not UPPER_SNAKE or a message is blank
   * @throws CchcException if the code is already used
   */
  public RuleSet with(String code, Severity severity, String messageVi, String messageEn, PlanRule rule) {
    Finding.requireCode(code);
    Objects.requireNonNull(severity, "severity");
    if (messageVi.isBlank() || messageEn.isBlank()) {
      throw new MalformedValueException("Rule " + code + " needs a Vietnamese and an English message");
    }
    if (entries.containsKey(code) || isBuiltIn(code)) {
      throw new CchcException("Rule code \"" + code + "\" is already used");
    }
    Objects.requireNonNull(rule, "rule");
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    RuleContext.MessageSource source = (locale, variant) -> locale.getLanguage().equals("en") ? messageEn : messageVi;
    copy.put(code, new Entry(code, severity, Optional.empty(), source, rule));
    return copy(copy);
  }

  /**
   * Returns a copy of this rule set that looks indicators up, and names them in messages, in the
   * given catalog: the built-ins and a user's own.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param catalog the indicators, not null
   * @return a rule set using the catalog, not null
   */
  public RuleSet withIndicators(IndicatorCatalog catalog) {
    return new RuleSet(entries, Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Gets the indicators this rule set looks up.
   *
   * @return the catalog, the built-in one unless another was given
   */
  public IndicatorCatalog indicators() {
    return indicators;
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
   * @throws CchcException if a user's rule throws; its exception is the cause
   */
  public CheckReport check(Plan plan, CheckInputs inputs) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(inputs, "inputs");
    List<Finding> findings = new ArrayList<>();
    for (String code : codes()) {
      Entry e = entries.get(code);
      RuleContext context = new RuleContext(code, e.severity(), e.override(), e.messages(), plan, inputs, indicators,
          findings);
      try {
        e.rule().check(plan, context);
      } catch (RuntimeException failure) {
        throw new CchcException("Rule " + code + " failed on plan \"" + plan.id() + "\": " + failure, failure);
      }
    }
    return CheckReport.of(findings);
  }

  /**
   * Checks many plans as written and rolls their findings up.
   *
   * @param plans the plans, with distinct ids, not null
   * @return the reports by plan id and the counts over all, not null
   * @throws CchcException if two plans share an id
   */
  public Rollup checkAll(Collection<Plan> plans) {
    Objects.requireNonNull(plans, "plans");
    Map<String, CheckReport> reports = new LinkedHashMap<>();
    for (Plan plan : plans) {
      if (reports.put(plan.id(), check(plan)) != null) {
        throw new CchcException("Two plans share the id \"" + plan.id() + "\"");
      }
    }
    return new Rollup(reports);
  }

  private Entry require(String code) {
    Entry e = entries.get(Objects.requireNonNull(code, "code"));
    if (e == null) {
      throw new CchcException("Rule set has no rule \"" + code + "\"; it has " + codes());
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
