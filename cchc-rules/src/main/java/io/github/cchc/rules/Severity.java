package io.github.cchc.rules;

/** How serious a finding is (mức độ), most serious first. */
public enum Severity {
  /** Lỗi: the plan is wrong and should not be signed as it is. */
  ERROR,
  /** Cảnh báo: probably wrong, or a risk to the plan. */
  WARNING,
  /** Thông tin: worth knowing; not necessarily wrong. */
  INFO;

  /**
   * Checks if this severity is at least as serious as another: what a build that fails on
   * warnings fails on.
   *
   * @param floor the least serious severity that counts, not null
   * @return true if this severity is {@code floor} or more serious
   */
  public boolean isAtLeast(Severity floor) {
    return compareTo(floor) <= 0;
  }
}
