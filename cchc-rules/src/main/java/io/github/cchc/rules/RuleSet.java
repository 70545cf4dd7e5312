package io.github.cchc.rules;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.Plan;
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
 * with severities re-graded by code, plus users' own rules. It also grades the findings of the
 * importer and the statistics: every {@link FindingCode} can be re-graded or disabled here.
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

  /** A code: built in (with a rule only for {@link FindingCode.Family#CHECK}), or a user's rule. */
  private record Entry(String code, Severity severity, Optional<Severity> override, Optional<FindingCode> builtIn,
      MessageSource messages, Optional<PlanRule> rule) {}

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
    for (FindingCode c : FindingCode.values()) {
      entries.put(c.code(), new Entry(c.code(), c.defaultSeverity(), Optional.empty(), Optional.of(c), c.messages(),
          BuiltInRules.of(c)));
    }
    return new RuleSet(entries, IndicatorCatalog.builtIn());
  }

  /**
   * Gets the codes in this set: of the rules it runs, and of the importer's and the statistics'
   * findings it grades.
   *
   * @return the codes, built-in ones in catalog order, then users' in the order added
   */
  public List<String> codes() {
    return List.copyOf(entries.keySet());
  }

  /**
   * Grades a finding of a built-in code as this set says: the severity it takes, or none when the
   * set has disabled the code.
   *
   * @param code the code, not null
   * @param reported the severity the finding is reported with, its code's default or one chosen
   *     for the case, not null
   * @return the set's severity for the code if re-graded, else {@code reported}; empty if disabled
   */
  public Optional<Severity> grade(FindingCode code, Severity reported) {
    Objects.requireNonNull(reported, "reported");
    Entry e = entries.get(code.code());
    return e == null ? Optional.empty() : Optional.of(e.override().orElse(reported));
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
        e.builtIn(), e.messages(), e.rule()));
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
    copy.put(code, new Entry(code, severity, Optional.empty(), Optional.empty(), MessageSource.of(messageVi, messageEn),
        Optional.of(rule)));
    return copy(copy);
  }

  /**
   * Returns a copy of this rule set whose findings take their messages through the given
   * decoration of each code's source: the seam a test counts renderings through.
   */
  RuleSet withMessages(java.util.function.UnaryOperator<MessageSource> decoration) {
    Map<String, Entry> copy = new LinkedHashMap<>();
    entries.forEach((code, e) -> copy.put(code, new Entry(e.code(), e.severity(), e.override(), e.builtIn(),
        decoration.apply(e.messages()), e.rule())));
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
    RuleContext[] rowRules = null;
    for (Entry e : entries.values()) {
      if (e.rule().isEmpty()) {
        continue;
      }
      String code = e.code();
      RuleContext context = new RuleContext(code, e.severity(), e.override(), e.builtIn(), e.messages(), plan, inputs,
          indicators, findings);
      if (e.rule().get() instanceof BuiltInRules.RowRule row) {
        if (rowRules == null) {
          rowRules = new RuleContext[FindingCode.values().length];
        }
        rowRules[row.code().ordinal()] = context;
        continue;
      }
      try {
        e.rule().get().check(plan, context);
      } catch (RuntimeException failure) {
        throw new CchcException("Rule " + code + " failed on plan \"" + plan.id() + "\": " + failure, failure);
      }
    }
    if (rowRules != null) {
      try {
        BuiltInRules.rowPass(plan, rowRules);
      } catch (RuntimeException failure) {
        throw new CchcException("The row rules failed on plan \"" + plan.id() + "\": " + failure, failure);
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
    return FindingCode.find(code).isPresent();
  }
}
