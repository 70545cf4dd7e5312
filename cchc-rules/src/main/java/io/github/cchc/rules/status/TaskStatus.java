package io.github.cchc.rules.status;

/**
 * Where a task stands on a date (tình trạng nhiệm vụ), from its timeframe and its progress.
 */
public enum TaskStatus {
  /** Hoàn thành đúng hạn: completed on or before its last allowed day. */
  COMPLETED_ON_TIME,
  /** Hoàn thành quá hạn: completed after its last allowed day. */
  COMPLETED_LATE,
  /** Quá hạn: past its last allowed day and not completed. */
  OVERDUE,
  /** Sắp đến hạn: not completed, and its last allowed day is within the due-soon window. */
  DUE_SOON,
  /** Chưa đến hạn: not completed and not yet near its last allowed day. */
  NOT_YET_DUE,
  /** Không có hạn cố định: set by another authority, or no readable timeframe; not completed. */
  NO_FIXED_DEADLINE;

  /**
   * Checks if the status is a completion.
   *
   * @return true for the two completed statuses
   */
  public boolean isCompleted() {
    return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
  }
}
