package io.github.cchc.rules.status;

/**
 * Where a plan stands as a whole (tình hình thực hiện kế hoạch). {@link PlanStatus} derives it, and
 * its Javadoc states the derivation.
 */
public enum PlanHealth {
  /** Đúng tiến độ: nothing overdue, no target missed. */
  ON_TRACK,
  /** Có nguy cơ: a task overdue, a target missed while there is still time, or the on-time rate below target. */
  AT_RISK,
  /** Chậm tiến độ: more than a tenth of the tasks due are overdue, or a target missed after its period. */
  OFF_TRACK,
  /** Hoàn thành: every task completed and no target missed. */
  COMPLETED
}
