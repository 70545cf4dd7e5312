package io.github.cchc.rules;

import io.github.cchc.model.Plan;

/**
 * A check over a plan (quy tắc kiểm tra), the one interface a user implements to add a rule. A
 * rule reports what it finds through the context and keeps no state, so a rule set can run it on
 * many plans from many threads.
 */
@FunctionalInterface
public interface PlanRule {
  /**
   * Checks a plan.
   *
   * @param plan the plan, not null
   * @param context where to report findings, and the inputs beside the plan, not null
   */
  void check(Plan plan, RuleContext context);
}
