package io.github.cchc.rules;

/** How serious a finding is (mức độ). */
public enum Severity {
  /** Lỗi: the plan is wrong and should not be signed as it is. */
  ERROR,
  /** Cảnh báo: probably wrong, or a risk to the plan. */
  WARNING,
  /** Thông tin: worth knowing; not necessarily wrong. */
  INFO
}
