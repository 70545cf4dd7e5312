package io.github.cchc.rules.stats;

/** Which dossiers a period counts (cơ sở tính): by the day received, the day ended, or all handled in it. */
public enum Basis {
  /** Dossiers received in the period ("hồ sơ tiếp nhận trong năm"). */
  RECEIVED,
  /** Dossiers whose processing ended in the period. */
  ENDED,
  /** Dossiers handled in the period: received by its end and not ended before its start (Decision 766). */
  HANDLED
}
