package io.github.cchc.rules.stats;

import io.github.cchc.model.Dossier;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Where a dossier stands on a date (phân loại hồ sơ): resolved early, on time or late, or still
 * pending within or past its time.
 *
 * <p>Time the dossier waited for its applicant (its pauses, up to the moment judged) is added to its
 * due moment, since it does not count against the agency. A dossier ended early when it ended on a
 * day before its due day, on time when it ended on its due day by its due moment, late after it.
 */
public enum DossierClass {
  /** Trước hạn. */
  EARLY,
  /** Đúng hạn. */
  ON_TIME,
  /** Quá hạn. */
  LATE,
  /** Đang giải quyết, trong hạn. */
  PENDING_WITHIN_TIME,
  /** Đang giải quyết, quá hạn. */
  PENDING_OVERDUE;

  /**
   * Checks if the class is an ended dossier.
   *
   * @return true for early, on time and late
   */
  public boolean isEnded() {
    return this == EARLY || this == ON_TIME || this == LATE;
  }

  /**
   * Classifies a dossier as of a moment; an end after that moment is not yet known.
   *
   * @param dossier the dossier, not null
   * @param asOf the moment judged, not null
   * @return the class, empty if the dossier's dates contradict each other (see {@link #inconsistency})
   */
  public static Optional<DossierClass> classify(Dossier dossier, LocalDateTime asOf) {
    if (inconsistency(dossier).isPresent() || dossier.received().isAfter(asOf)) {
      return Optional.empty();
    }
    return Optional.of(classifyConsistent(dossier, asOf));
  }

  /**
   * Classifies a dossier whose dates were found consistent and which was received by {@code asOf};
   * statistics call it once per dossier, so it neither checks again nor wraps its answer.
   */
  static DossierClass classifyConsistent(Dossier dossier, LocalDateTime asOf) {
    Optional<LocalDateTime> ended = dossier.ended().filter(e -> !e.isAfter(asOf));
    LocalDateTime until = ended.orElse(asOf);
    Duration paused = Duration.ZERO;
    for (Dossier.Pause p : dossier.pauses()) {
      LocalDateTime to = p.to().isAfter(until) ? until : p.to();
      if (to.isAfter(p.from())) {
        paused = paused.plus(Duration.between(p.from(), to));
      }
    }
    LocalDateTime due = paused.isZero() ? dossier.due() : dossier.due().plus(paused);
    if (ended.isPresent()) {
      LocalDateTime end = ended.get();
      if (end.isAfter(due)) {
        return LATE;
      }
      return end.toLocalDate().isBefore(due.toLocalDate()) ? EARLY : ON_TIME;
    }
    return asOf.isAfter(due) ? PENDING_OVERDUE : PENDING_WITHIN_TIME;
  }

  /** What can contradict itself in a dossier's dates (ngày tháng mâu thuẫn). */
  public enum Inconsistency {
    /** Due before it was received. */
    DUE_BEFORE_RECEIVED,
    /** Ended before it was received. */
    ENDED_BEFORE_RECEIVED,
    /** A pause outside the time the dossier was open. */
    PAUSE_OUTSIDE_OPEN_TIME
  }

  /**
   * Tells what is contradictory in a dossier's dates: due before received, ended before received,
   * a pause outside the time the dossier was open.
   *
   * @param dossier the dossier, not null
   * @return the contradiction, the first found; empty if the dates are consistent
   */
  public static Optional<Inconsistency> inconsistency(Dossier dossier) {
    if (dossier.due().isBefore(dossier.received())) {
      return Optional.of(Inconsistency.DUE_BEFORE_RECEIVED);
    }
    if (dossier.ended().filter(e -> e.isBefore(dossier.received())).isPresent()) {
      return Optional.of(Inconsistency.ENDED_BEFORE_RECEIVED);
    }
    for (Dossier.Pause p : dossier.pauses()) {
      if (p.from().isBefore(dossier.received()) || dossier.ended().filter(e -> p.to().isAfter(e)).isPresent()) {
        return Optional.of(Inconsistency.PAUSE_OUTSIDE_OPEN_TIME);
      }
    }
    return Optional.empty();
  }
}
