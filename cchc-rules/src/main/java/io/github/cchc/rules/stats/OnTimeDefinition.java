package io.github.cchc.rules.stats;

import io.github.cchc.model.Dossier;
import io.github.cchc.model.MalformedValueException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an on-time rate counts (định nghĩa tỷ lệ đúng hạn), as data: which dossiers a period takes
 * (the {@link Basis}), which classes count above the line and which below, and which outcomes are
 * left out altogether. Dossiers are judged on the period's last day.
 *
 * <p>Two are built in. {@link #PLAN_WORDING}, the plans' "tỷ lệ hồ sơ … tiếp nhận trong năm được
 * giải quyết trước và đúng hạn": dossiers received in the period, those ended early or on time
 * over those whose processing ended; pending ones are reported beside it, not in it.
 * {@link #DECISION_766}, the national scoring of Decision 766/QĐ-TTg (2022): dossiers handled in
 * the period, ended early or on time plus pending within time, over all of them. Both leave
 * withdrawn dossiers out and count rejected ones by when they were ended.
 *
 * @param name a short name for reports, not blank
 * @param basis which dossiers the period takes, not null
 * @param numerator the classes above the line, a subset of the denominator's
 * @param denominator the classes below the line, not empty
 * @param excluded outcomes whose dossiers are left out, not null
 */
public record OnTimeDefinition(String name, Basis basis, Set<DossierClass> numerator, Set<DossierClass> denominator,
    Set<Dossier.Outcome> excluded) {
  /** The plans' wording: received in the period; early or on time over ended. */
  public static final OnTimeDefinition PLAN_WORDING = new OnTimeDefinition("plan wording", Basis.RECEIVED,
      EnumSet.of(DossierClass.EARLY, DossierClass.ON_TIME),
      EnumSet.of(DossierClass.EARLY, DossierClass.ON_TIME, DossierClass.LATE), EnumSet.of(Dossier.Outcome.WITHDRAWN));

  /** Decision 766/QĐ-TTg: handled in the period; early, on time or pending within time over all. */
  public static final OnTimeDefinition DECISION_766 = new OnTimeDefinition("Decision 766", Basis.HANDLED,
      EnumSet.of(DossierClass.EARLY, DossierClass.ON_TIME, DossierClass.PENDING_WITHIN_TIME),
      EnumSet.allOf(DossierClass.class), EnumSet.of(Dossier.Outcome.WITHDRAWN));

  /** Checks that the numerator lies within the denominator. */
  public OnTimeDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    numerator = Set.copyOf(numerator);
    denominator = Set.copyOf(denominator);
    excluded = Set.copyOf(excluded);
    if (denominator.isEmpty() || !denominator.containsAll(numerator)) {
      throw new MalformedValueException("On-time definition \"" + name + "\" counts " + numerator
          + " above the line; they must all be among the classes below it, " + denominator);
    }
  }
}
