/**
 * Measurements that plans set targets on (số liệu đo lường): dossier timeliness statistics and
 * their on-time rates, inspection coverage, and checks and comparisons of scorecards (PAR Index,
 * SIPAS, PAPI).
 *
 * <p>Statistics are immutable, mergeable aggregates: built from a stream without holding the
 * dossiers, combined in any grouping and order. No method accepts or returns {@code null}.
 */
@CchcStyle
package io.github.cchc.rules.stats;

import io.github.cchc.model.CchcStyle;

