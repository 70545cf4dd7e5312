package io.github.cchc.rules.status;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plan and its amendments (kế hoạch và các lần sửa đổi, bổ sung): the plan as issued, then each
 * later decision that amends it, dated from the day it takes effect and holding what it changed as
 * a {@link PlanDiff}. Status on a date is judged against the revision in force that day.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanRevisions {
  /**
   * One amendment (lần sửa đổi).
   *
   * @param effectiveFrom the first day the amended plan is in force
   * @param decision the amending decision, as cited
   * @param changes what it changed, against the revision before it
   */
  public record Revision(LocalDate effectiveFrom, DocumentRef decision, PlanDiff changes) {
    /** Checks the parts. */
    public Revision {
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(changes, "changes");
    }
  }

  private final Plan original;
  private final List<Revision> revisions;
  // The plan in force from each revision on, parallel to revisions.
  private final List<Plan> plans;

  private PlanRevisions(Plan original, List<Revision> revisions, List<Plan> plans) {
    this.original = original;
    this.revisions = Collections.unmodifiableList(revisions);
    this.plans = Collections.unmodifiableList(plans);
  }

  /**
   * Starts from a plan as issued.
   *
   * @param original the plan, not null
   * @return the plan with no amendment yet
   */
  public static PlanRevisions of(Plan original) {
    return new PlanRevisions(Objects.requireNonNull(original, "original"), List.of(), List.of());
  }

  /**
   * Adds an amendment given as the amended plan.
   *
   * @param effectiveFrom the first day the amended plan is in force, after the previous amendment's
   * @param decision the amending decision, not null
   * @param amended the plan as amended, of the same year, not null
   * @return the plan with this amendment last
   * @throws IllegalArgumentException if the day does not come after the previous amendment's, or the year differs
   */
  public PlanRevisions amend(LocalDate effectiveFrom, DocumentRef decision, Plan amended) {
    Objects.requireNonNull(amended, "amended");
    return amend(effectiveFrom, decision, PlanDiff.between(latest(), amended));
  }

  /**
   * Adds an amendment given as its changes against the latest revision.
   *
   * @param effectiveFrom the first day the amended plan is in force, after the previous amendment's
   * @param decision the amending decision, not null
   * @param changes what the amendment changes, made from the latest revision, not null
   * @return the plan with this amendment last
   * @throws IllegalArgumentException if the day does not come after the previous amendment's, the
   *     changes were not made from the latest revision, or they change the plan's year
   */
  public PlanRevisions amend(LocalDate effectiveFrom, DocumentRef decision, PlanDiff changes) {
    Revision r = new Revision(effectiveFrom, decision, changes);
    if (!revisions.isEmpty() && !effectiveFrom.isAfter(revisions.get(revisions.size() - 1).effectiveFrom())) {
      throw new IllegalArgumentException("an amendment in force from " + effectiveFrom
          + " must come after the previous one, in force from " + revisions.get(revisions.size() - 1).effectiveFrom());
    }
    Plan before = latest();
    if (!changes.olderId().equals(before.id())) {
      throw new IllegalArgumentException("the changes were made from plan " + changes.olderId() + ", not from "
          + before.id() + ", the revision they would amend");
    }
    Plan after = changes.applyTo(before);
    if (!after.year().equals(original.year())) {
      throw new IllegalArgumentException("an amendment cannot move the plan from " + original.year() + " to "
          + after.year());
    }
    List<Revision> rs = new ArrayList<>(revisions);
    rs.add(r);
    List<Plan> ps = new ArrayList<>(plans);
    ps.add(after);
    return new PlanRevisions(original, rs, ps);
  }

  /**
   * Gets the plan as issued.
   *
   * @return the plan, not null
   */
  public Plan original() {
    return original;
  }

  /**
   * Gets the amendments, in the order they took effect.
   *
   * @return the amendments, possibly empty
   */
  public List<Revision> revisions() {
    return revisions;
  }

  /**
   * Gets the plan as last amended.
   *
   * @return the latest revision, the original when there is no amendment
   */
  public Plan latest() {
    return plans.isEmpty() ? original : plans.get(plans.size() - 1);
  }

  /**
   * Gets the revision in force on a day: the last amendment in force from that day or before,
   * otherwise the plan as issued.
   *
   * @param day the day, not null
   * @return the plan in force, not null
   */
  public Plan inForceOn(LocalDate day) {
    int revision = revisionOn(day);
    return revision == 0 ? original : plans.get(revision - 1);
  }

  /**
   * Gets which revision is in force on a day.
   *
   * @param day the day, not null
   * @return 0 for the plan as issued, {@code i} for the {@code i}-th amendment
   */
  public int revisionOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    int revision = 0;
    while (revision < revisions.size() && !revisions.get(revision).effectiveFrom().isAfter(day)) {
      revision++;
    }
    return revision;
  }

  /**
   * Judges progress against the revision in force on its date.
   *
   * @param progress the progress, its task pointers those of that revision, not null
   * @return the status, not null
   */
  public PlanStatus status(ProgressSnapshot progress) {
    return PlanStatus.of(inForceOn(progress.asOf()), progress);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanRevisions r && original.equals(r.original) && revisions.equals(r.revisions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, revisions);
  }

  @Override
  public String toString() {
    return "PlanRevisions[" + original.id() + ", " + revisions.size() + " amendments]";
  }
}
