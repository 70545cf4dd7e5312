package io.github.cchc.rules.report;

import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.stats.Basis;
import io.github.cchc.rules.stats.DossierClass;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.stats.OnTimeDefinition;
import io.github.cchc.rules.stats.Rate;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The timeliness of a period's dossiers, as a report states it (báo cáo giải quyết hồ sơ): the
 * figures for all dossiers and by group, under the plans' wording and Decision 766, with the
 * findings about dossiers whose dates contradict each other. What {@code ReportJson} writes as
 * {@code cchc.dossiers/1} and reads back.
 *
 * @param from the period's first day, not null
 * @param asOf the period's last day, not null
 * @param all the figures of every dossier, not null
 * @param groups the figures by group (agency, procedure, month), in the order given, not null
 * @param findings the findings, not null
 */
public record DossierReport(LocalDate from, LocalDate asOf, Figures all, Map<String, Figures> groups,
    CheckReport findings) {

  /**
   * The figures of a set of dossiers.
   *
   * @param received dossiers received in the period
   * @param handled dossiers handled (ended) in the period
   * @param pending dossiers received and not yet ended
   * @param planWording the on-time rate as the plans word it: received in the period
   * @param decision766 the on-time rate of Decision 766: handled in the period
   * @param inconsistent dossiers whose dates contradict each other, left out
   */
  public record Figures(long received, long handled, long pending, Rate planWording, Rate decision766,
      long inconsistent) {
    /** Checks the components. */
    public Figures {
      Objects.requireNonNull(planWording, "planWording");
      Objects.requireNonNull(decision766, "decision766");
    }

    /**
     * Obtains the figures of statistics.
     *
     * @param s the statistics, not null
     * @return the figures, not null
     */
    public static Figures of(DossierStatistics s) {
      long pending = s.count(Basis.RECEIVED, DossierClass.PENDING_WITHIN_TIME)
          + s.count(Basis.RECEIVED, DossierClass.PENDING_OVERDUE);
      return new Figures(s.total(Basis.RECEIVED), s.total(Basis.HANDLED), pending,
          s.rate(OnTimeDefinition.PLAN_WORDING), s.rate(OnTimeDefinition.DECISION_766), s.inconsistent());
    }
  }

  /** Checks the components and keeps unmodifiable copies. */
  public DossierReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(all, "all");
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    Objects.requireNonNull(findings, "findings");
  }
}
