/**
 * Checks plans and derives their status (kiểm tra kế hoạch): findings, the catalog of built-in
 * rules, rule sets, and status as of a date.
 *
 * <p>A {@link io.github.cchc.rules.RuleSet} runs rules over a plan and returns a
 * {@link io.github.cchc.rules.CheckReport} of {@link io.github.cchc.rules.Finding}s. Findings are
 * values: a stable code, a severity, the subject and the JSON Pointer into the plan's JSON
 * document, the facts the rule saw and a message in Vietnamese and English built from those facts.
 * Rule sets are immutable and safe to share between threads; rules hold no state.
 *
 * <p>No method accepts or returns {@code null}.
 */
@CchcStyle
package io.github.cchc.rules;

import io.github.cchc.model.CchcStyle;
