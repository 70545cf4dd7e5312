/**
 * Checks plans (kiểm tra kế hoạch): findings, the catalog of built-in rules, rule sets, and what a
 * check is given beside the plan.
 *
 * <p>A {@link io.github.cchc.rules.RuleSet} runs rules over a plan and returns a
 * {@link io.github.cchc.rules.CheckReport} of {@link io.github.cchc.rules.Finding}s. Findings are
 * values: a stable code, a severity, the subject and the JSON Pointer into the plan's JSON
 * document, the facts the rule saw and a message in Vietnamese and English built from those facts.
 * A user's {@link io.github.cchc.rules.PlanRule} sees what the built-ins see through its
 * {@link io.github.cchc.rules.RuleContext}: the rows of the task table, the citations, the
 * indicators and the inputs. Rule sets are immutable and safe to share between threads; rules hold
 * no state.
 *
 * <p>The module's other packages: {@code rules.status} derives where a plan stands (the catalog's
 * progress rules judge it, never the reverse), {@code rules.read} reads task tables into plans,
 * {@code rules.stats} measures dossiers, inspections and scorecards.
 *
 * <p><b>Exceptions.</b> Everything {@code cchc-rules} throws on purpose is a
 * {@link io.github.cchc.model.CchcException}, unchecked, the root the model's exceptions share:
 * {@link io.github.cchc.model.MalformedValueException} for a value that cannot be built (a finding
 * code that is not UPPER_SNAKE, a period that ends before it starts), the plain
 * {@code CchcException} for an argument the operation cannot use (an unknown rule code, two plans
 * with one id, a status with no date) and for a user's rule that failed, with its exception as the
 * cause. Each message names the offending value. No method accepts or returns {@code null}; a null
 * argument throws {@link NullPointerException} naming the parameter.
 */
@CchcStyle
package io.github.cchc.rules;

import io.github.cchc.model.CchcStyle;
