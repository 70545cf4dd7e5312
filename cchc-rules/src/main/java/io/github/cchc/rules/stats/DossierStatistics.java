package io.github.cchc.rules.stats;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Target;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.Facts;
import io.github.cchc.rules.Fact;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.TargetEvaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Timeliness statistics of dossiers for a period (thống kê hồ sơ): counts by basis, outcome and
 * class, by channel, and of the flags the national scoring counts, from which on-time rates follow
 * by an {@link OnTimeDefinition}.
 *
 * <p>A mergeable aggregate: {@link #empty} is the identity of {@link #merge}, which is associative
 * and commutative, so statistics can be built in parallel, per agency and month, and combined —
 * also as the combiner of a distributed engine. {@link #collector} builds them from a stream
 * without holding the dossiers. Dossiers are judged on the period's last day. Dossiers whose dates
 * contradict each other are not counted in any class; they are counted apart and the first
 * {@value #LISTED} by id are kept for {@link #findings()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DossierStatistics {
  /** How many inconsistent dossiers are listed by id; all are counted. */
  public static final int LISTED = 20;

  private static final int CLASSES = DossierClass.values().length;
  private static final int OUTCOMES = Dossier.Outcome.values().length + 1;
  private static final int PENDING = Dossier.Outcome.values().length;
  private static final int EARLY = DossierClass.EARLY.ordinal();
  private static final int ON_TIME = DossierClass.ON_TIME.ordinal();
  private static final int LATE = DossierClass.LATE.ordinal();
  private static final int PENDING_WITHIN_TIME = DossierClass.PENDING_WITHIN_TIME.ordinal();
  private static final int PENDING_OVERDUE = DossierClass.PENDING_OVERDUE.ordinal();
  private static final int RECEIVED = Basis.RECEIVED.ordinal();
  private static final int ENDED = Basis.ENDED.ordinal();
  private static final int HANDLED = Basis.HANDLED.ordinal();
  private static final int BASES = Basis.values().length;
  private static final int FLAG_BITS = DossierTable.FLAG_BITS;

  /** The flags counted among dossiers received in the period. */
  public enum Flag {
    /** Handled fully online. */
    FULLY_ONLINE,
    /** Fees paid online. */
    PAID_ONLINE,
    /** Result issued electronically. */
    ELECTRONIC_RESULT,
    /** Digitised. */
    DIGITISED
  }

  private final DateRange period;
  private final long[] counts;
  private final long[] channels;
  private final long[] flags;
  private final long inconsistent;
  private final SortedMap<String, DossierClass.Inconsistency> listed;

  private DossierStatistics(DateRange period, long[] counts, long[] channels, long[] flags, long inconsistent,
      SortedMap<String, DossierClass.Inconsistency> listed) {
    this.period = period;
    this.counts = counts;
    this.channels = channels;
    this.flags = flags;
    this.inconsistent = inconsistent;
    this.listed = listed;
  }

  /**
   * Obtains the statistics of no dossier for a period, the identity of {@link #merge}.
   *
   * @param period the period, not null
   * @return the empty statistics, not null
   */
  public static DossierStatistics empty(DateRange period) {
    return new DossierStatistics(Objects.requireNonNull(period, "period"), new long[Basis.values().length * OUTCOMES * CLASSES],
        new long[Dossier.Channel.values().length], new long[Flag.values().length], 0, Collections.emptySortedMap());
  }

  /**
   * Builds statistics from dossiers, reading each once.
   *
   * @param dossiers the dossiers, not null
   * @param period the period, not null
   * @return the statistics, not null
   */
  public static DossierStatistics of(Stream<Dossier> dossiers, DateRange period) {
    return dossiers.collect(collector(period));
  }

  /**
   * Gets a collector of statistics for a period; it may run in parallel.
   *
   * @param period the period, not null
   * @return the collector, not null
   */
  public static Collector<Dossier, ?, DossierStatistics> collector(DateRange period) {
    return Collector.of(() -> new Accumulator(period), Accumulator::add, Accumulator::combine, Accumulator::finish);
  }

  /**
   * Builds statistics per group: per agency, per procedure, or any key.
   *
   * @param <K> the key type
   * @param dossiers the dossiers, not null
   * @param period the period, not null
   * @param key the group of a dossier, not null
   * @return the statistics of each group met, in order of first appearance
   */
  public static <K> Map<K, DossierStatistics> groupBy(Stream<Dossier> dossiers, DateRange period, Function<Dossier, K> key) {
    Map<K, Accumulator> groups = new LinkedHashMap<>();
    dossiers.forEach(d -> groups.computeIfAbsent(key.apply(d), k -> new Accumulator(period)).add(d));
    Map<K, DossierStatistics> out = new LinkedHashMap<>();
    groups.forEach((k, a) -> out.put(k, a.finish()));
    return out;
  }

  /**
   * Builds statistics from a table of dossiers, reading its columns once: the same statistics as
   * {@link #of(Stream, DateRange)} over the table's rows.
   *
   * @param table the dossiers, not null
   * @param period the period, not null
   * @return the statistics, not null
   */
  public static DossierStatistics of(DossierTable table, DateRange period) {
    Accumulator a = new Accumulator(period);
    Accumulator.addAll(table, new Accumulator[] {a}, row -> 0);
    return a.finish();
  }

  /**
   * Builds statistics per group of a table's rows, the group of each row given as a number from 0:
   * the fastest way to count by agency ({@link DossierTable#agencyIndex}), by month, or by both.
   *
   * @param table the dossiers, not null
   * @param period the period, not null
   * @param groupOfRow the group of each row, 0 to {@code groups - 1}, not null
   * @param groups the number of groups, not negative
   * @return the statistics of each group, by its number; empty statistics for a group with no row
   * @throws IndexOutOfBoundsException if a row's group is outside 0 to {@code groups - 1}
   */
  public static List<DossierStatistics> groupBy(DossierTable table, DateRange period, IntUnaryOperator groupOfRow,
      int groups) {
    Accumulator[] accumulators = new Accumulator[groups];
    for (int g = 0; g < groups; g++) {
      accumulators[g] = new Accumulator(period);
    }
    Accumulator.addAll(table, accumulators, groupOfRow);
    List<DossierStatistics> out = new ArrayList<>(groups);
    for (Accumulator a : accumulators) {
      out.add(a.finish());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Builds statistics for each month of a year; a dossier counts in every month it concerns
   * (received, open, or ended in it).
   *
   * @param dossiers the dossiers, not null
   * @param year the year, not null
   * @return the statistics of the twelve months, in order
   */
  public static SortedMap<YearMonth, DossierStatistics> byMonth(Stream<Dossier> dossiers, Year year) {
    SortedMap<YearMonth, DateRange> months = new TreeMap<>();
    for (int m = 1; m <= 12; m++) {
      months.put(year.atMonth(m), DateRange.of(year.atMonth(m)));
    }
    return byPeriods(dossiers, months);
  }

  /**
   * Builds statistics for each quarter of a year; a dossier counts in every quarter it concerns.
   *
   * @param dossiers the dossiers, not null
   * @param year the year, not null
   * @return the statistics of the four quarters, keyed 1 to 4
   */
  public static SortedMap<Integer, DossierStatistics> byQuarter(Stream<Dossier> dossiers, Year year) {
    SortedMap<Integer, DateRange> quarters = new TreeMap<>();
    for (int q = 1; q <= 4; q++) {
      quarters.put(q, DateRange.ofQuarter(year, q));
    }
    return byPeriods(dossiers, quarters);
  }

  /** Offers each dossier to every period; a period's accumulator ignores the dossiers that do not concern it. */
  private static <K> SortedMap<K, DossierStatistics> byPeriods(Stream<Dossier> dossiers, SortedMap<K, DateRange> periods) {
    SortedMap<K, Accumulator> accumulators = new TreeMap<>();
    periods.forEach((k, p) -> accumulators.put(k, new Accumulator(p)));
    dossiers.forEach(d -> accumulators.values().forEach(a -> a.add(d)));
    SortedMap<K, DossierStatistics> out = new TreeMap<>();
    accumulators.forEach((k, a) -> out.put(k, a.finish()));
    return out;
  }

  /**
   * Returns these statistics with one more dossier.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param dossier the dossier, not null
   * @return the statistics, not null
   */
  public DossierStatistics plus(Dossier dossier) {
    Accumulator a = new Accumulator(this);
    a.add(dossier);
    return a.finish();
  }

  /**
   * Combines two sets of statistics of the same period.
   *
   * @param other the other statistics, of the same period, not null
   * @return the combined statistics, not null
   * @throws CchcException if the periods differ
   */
  public DossierStatistics merge(DossierStatistics other) {
    Accumulator a = new Accumulator(this);
    a.combine(new Accumulator(other));
    return a.finish();
  }

  /**
   * Gets the period.
   *
   * @return the period, not null
   */
  public DateRange period() {
    return period;
  }

  /**
   * Counts dossiers of a class under a basis, all outcomes together (withdrawn included).
   *
   * @param basis the basis, not null
   * @param dossierClass the class, not null
   * @return the count
   */
  public long count(Basis basis, DossierClass dossierClass) {
    long n = 0;
    for (int o = 0; o < OUTCOMES; o++) {
      n += counts[index(basis, o, dossierClass)];
    }
    return n;
  }

  /**
   * Counts ended dossiers of an outcome and class under a basis.
   *
   * @param basis the basis, not null
   * @param outcome the outcome, not null
   * @param dossierClass the class, one of the ended classes
   * @return the count
   */
  public long count(Basis basis, Dossier.Outcome outcome, DossierClass dossierClass) {
    return counts[index(basis, outcome.ordinal(), dossierClass)];
  }

  /**
   * Counts the dossiers of a basis, every class.
   *
   * @param basis the basis, not null
   * @return the count
   */
  public long total(Basis basis) {
    long n = 0;
    for (DossierClass c : DossierClass.values()) {
      n += count(basis, c);
    }
    return n;
  }

  /**
   * Counts dossiers received in the period by a channel.
   *
   * @param channel the channel, not null
   * @return the count
   */
  public long received(Dossier.Channel channel) {
    return channels[channel.ordinal()];
  }

  /**
   * Counts dossiers received in the period with a flag set.
   *
   * @param flag the flag, not null
   * @return the count
   */
  public long flagged(Flag flag) {
    return flags[flag.ordinal()];
  }

  /**
   * Counts dossiers whose dates contradict each other, left out of every class.
   *
   * @return the count
   */
  public long inconsistent() {
    return inconsistent;
  }

  /**
   * Gets the on-time rate by a definition.
   *
   * @param definition the definition, not null
   * @return the rate, not null
   */
  public Rate rate(OnTimeDefinition definition) {
    long numerator = 0;
    long denominator = 0;
    for (DossierClass c : DossierClass.values()) {
      for (int o = 0; o < OUTCOMES; o++) {
        if (o < PENDING && definition.excluded().contains(Dossier.Outcome.values()[o])) {
          continue;
        }
        long n = counts[index(definition.basis(), o, c)];
        if (definition.denominator().contains(c)) {
          denominator += n;
        }
        if (definition.numerator().contains(c)) {
          numerator += n;
        }
      }
    }
    return new Rate(numerator, denominator);
  }

  /**
   * Gets the share of dossiers received in the period through a channel.
   *
   * @param channel the channel, not null
   * @return the rate, not null
   */
  public Rate channelRate(Dossier.Channel channel) {
    return new Rate(received(channel), Arrays.stream(channels).sum());
  }

  /**
   * Gets the share of dossiers received in the period with a flag set.
   *
   * @param flag the flag, not null
   * @return the rate, not null
   */
  public Rate flagRate(Flag flag) {
    return new Rate(flagged(flag), Arrays.stream(channels).sum());
  }

  /**
   * Gets the on-time rate as a measurement of an indicator, for target evaluation.
   *
   * @param definition the definition, not null
   * @param indicatorId the indicator measured, not null
   * @param scope the agency measured, empty for a plan's whole jurisdiction
   * @return the measurement, not null
   */
  public Measurement measurement(OnTimeDefinition definition, String indicatorId, Optional<String> scope) {
    Rate rate = rate(definition);
    return Measurement.builder().indicatorId(indicatorId).scope(scope).numerator(BigDecimal.valueOf(rate.numerator()))
        .denominator(BigDecimal.valueOf(rate.denominator())).periodStart(period.start()).periodEnd(period.end())
        .measuredOn(period.end()).build();
  }

  /**
   * Evaluates a plan's dossier target ("đạt trên 95%") against the on-time rate by a definition.
   *
   * @param target the target, not null
   * @param definition the definition, not null
   * @return the evaluation; no data when no dossier counts below the line
   */
  public TargetEvaluation evaluate(Target target, OnTimeDefinition definition) {
    return TargetEvaluation.of(target, Optional.of(measurement(definition, target.indicatorId().orElse(Indicator.DOSSIERS_ON_TIME.id()),
        Optional.empty())));
  }

  /**
   * Gets a finding DOSSIER_DATES_INCONSISTENT for each inconsistent dossier listed, its pointer the
   * property at fault ({@code /due}, {@code /ended} or {@code /pauses}), and one more counting the
   * rest when there were over {@value #LISTED}.
   *
   * @return the findings, by dossier id
   */
  public List<Finding> findings() {
    return findings(RuleSet.builtIn());
  }

  /**
   * Gets the findings as a rule set grades them: DOSSIER_DATES_INCONSISTENT for each inconsistent
   * dossier listed, and one more counting the rest when there were over {@value #LISTED}; none if
   * the set disables the code.
   *
   * @param rules the rule set, not null
   * @return the findings, by dossier id
   */
  public List<Finding> findings(RuleSet rules) {
    FindingCode code = FindingCode.DOSSIER_DATES_INCONSISTENT;
    Optional<Severity> severity = rules.grade(code, code.defaultSeverity());
    if (severity.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    listed.forEach((id, why) -> out.add(Finding.of(code, severity.get(), Subject.of(Subject.Kind.DOSSIER, id),
        pointerOf(why), "",
        Facts.of(Fact.DOSSIER, id).and(Fact.PROBLEM, why))));
    if (inconsistent > listed.size()) {
      long more = inconsistent - listed.size();
      out.add(Finding.of(code, severity.get(), Subject.of(Subject.Kind.DOSSIER, "+" + more), "", "more",
          Facts.of(Fact.MORE, more)));
    }
    return out;
  }

  /** The property of a dossier that contradicts its receipt; a caller that knows the dossier's line puts it in front. */
  private static String pointerOf(DossierClass.Inconsistency why) {
    return switch (why) {
      case DUE_BEFORE_RECEIVED -> "/due";
      case ENDED_BEFORE_RECEIVED -> "/ended";
      case PAUSE_OUTSIDE_OPEN_TIME -> "/pauses";
    };
  }

  private static int index(Basis basis, int outcome, DossierClass c) {
    return (basis.ordinal() * OUTCOMES + outcome) * CLASSES + c.ordinal();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DossierStatistics s && period.equals(s.period) && Arrays.equals(counts, s.counts)
        && Arrays.equals(channels, s.channels) && Arrays.equals(flags, s.flags) && inconsistent == s.inconsistent
        && listed.equals(s.listed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, Arrays.hashCode(counts), Arrays.hashCode(channels), inconsistent);
  }

  @Override
  public String toString() {
    return "DossierStatistics" + period + " received " + Arrays.stream(channels).sum() + ", handled " + total(Basis.HANDLED)
        + ", inconsistent " + inconsistent;
  }

  /** The mutable side of a collector; never escapes. */
  private static final class Accumulator {
    private final DateRange period;
    private final LocalDateTime asOf;
    // The period and the moment judged as a table holds them: epoch days, nanoseconds.
    private final long periodFrom;
    private final long periodUntil;
    private final long asOfNanos;
    // One counter a row for its classes and one for its channel and flags, spread over the bases,
    // channels and flags when finished (two increments a row where there were five). bySets: by the
    // set of bases the row counts on (bit b is Basis b), outcome and class; byChannelAndFlags: rows
    // received in the period, by channel and set of four flags (bit f is Flag f, as a table's byte
    // holds them).
    private final long[] bySets = new long[(1 << BASES) * OUTCOMES * CLASSES];
    private final long[] byChannelAndFlags;
    // Counts already settled, from statistics this accumulator started from.
    private final long[] counts;
    private final long[] channels;
    private final long[] flags;
    private long inconsistent;
    // The first inconsistent dossiers by id, in order: a sorted array of LISTED, not a TreeMap,
    // whose rebalancing was an eighth of the table's aggregation in JFR.
    private final String[] listedIds = new String[LISTED];
    private final DossierClass.Inconsistency[] listedProblems = new DossierClass.Inconsistency[LISTED];
    private int listedCount;

    Accumulator(DateRange period) {
      this(empty(period));
    }

    Accumulator(DossierStatistics s) {
      this.period = s.period;
      this.asOf = s.period.end().atTime(LocalTime.MAX);
      this.periodFrom = s.period.start().toEpochDay() * DossierTable.NANOS_PER_DAY;
      this.periodUntil = (s.period.end().toEpochDay() + 1) * DossierTable.NANOS_PER_DAY;
      this.asOfNanos = DossierTable.nanos(asOf);
      this.counts = s.counts.clone();
      this.channels = s.channels.clone();
      this.flags = s.flags.clone();
      this.byChannelAndFlags = new long[channels.length << FLAG_BITS];
      this.inconsistent = s.inconsistent;
      s.listed.forEach(this::list);
    }

    void add(Dossier d) {
      LocalDate receivedOn = d.received().toLocalDate();
      Optional<LocalDateTime> endedAt = d.ended();
      boolean received = period.contains(receivedOn);
      boolean ended = endedAt.isPresent() && period.contains(endedAt.get().toLocalDate());
      boolean handled = !receivedOn.isAfter(period.end())
          && (endedAt.isEmpty() || !endedAt.get().toLocalDate().isBefore(period.start()));
      if (!received && !ended && !handled) {
        return;
      }
      Optional<DossierClass.Inconsistency> problem = DossierClass.inconsistency(d);
      if (problem.isPresent()) {
        inconsistent++;
        list(d.id(), problem.get());
        return;
      }
      // Counted dossiers were received by the period's end, so they all have a class.
      DossierClass c = DossierClass.classifyConsistent(d, asOf);
      int outcome = c.isEnded() ? d.outcome().orElseThrow().ordinal() : PENDING;
      count(received, ended, handled, outcome, c.ordinal(), d.channel().ordinal(), DossierTable.flagSet(d));
    }

    private void count(boolean received, boolean ended, boolean handled, int outcome, int c, int channel, int flagSet) {
      int set = (received ? 1 << RECEIVED : 0) | (ended ? 1 << ENDED : 0) | (handled ? 1 << HANDLED : 0);
      bySets[(set * OUTCOMES + outcome) * CLASSES + c]++;
      if (received) {
        byChannelAndFlags[channel << FLAG_BITS | flagSet]++;
      }
    }

    /**
     * The same as {@link #add(Dossier)} for each row of a table, on its columns, into the accumulator
     * of its group. Every group judges the same period, so the period is read once into locals and
     * the rows are counted in two arrays for all groups, handed to each group at the end: per row
     * there is then no accumulator to load and no field of one to read again.
     */
    static void addAll(DossierTable t, Accumulator[] groups, IntUnaryOperator groupOfRow) {
      int n = groups.length;
      int size = t.size();
      if (n == 0) {
        if (size > 0) {
          Objects.checkIndex(groupOfRow.applyAsInt(0), 0);
        }
        return;
      }
      Accumulator any = groups[0];
      long periodFrom = any.periodFrom;
      long periodUntil = any.periodUntil;
      long asOfNanos = any.asOfNanos;
      int setsPerGroup = any.bySets.length;
      int channelsPerGroup = any.byChannelAndFlags.length;
      long[] bySets = new long[n * setsPerGroup];
      long[] byChannelAndFlags = new long[n * channelsPerGroup];
      // Row i's pauses end where row i + 1's begin: one load a row.
      int nextPause = t.pauseStart(0);
      for (int i = 0; i < size; i++) {
        int g = Objects.checkIndex(groupOfRow.applyAsInt(i), n);
        long rec = t.received(i);
        long end = t.ended(i);
        int firstPause = nextPause;
        nextPause = t.pauseStart(i + 1);
        boolean hasEnd = end != DossierTable.NONE;
        // The period's days as moments: from its first midnight to the midnight after its last day.
        // Non-short-circuit operators: each row's bases are a few comparisons, not a chain of branches.
        boolean received = rec >= periodFrom & rec < periodUntil;
        boolean ended = hasEnd & end >= periodFrom & end < periodUntil;
        boolean handled = rec < periodUntil & (!hasEnd | end >= periodFrom);
        if (!(received | ended | handled)) {
          continue;
        }
        long due = t.due(i);
        boolean endKnown = hasEnd & end <= asOfNanos;
        long dueEffective = due;
        // Contradictory dates and pauses are rare: one test sends a row to where they are looked at.
        if (due < rec | hasEnd & end < rec | firstPause != nextPause) {
          if (due < rec || hasEnd && end < rec || pauseOutside(t, firstPause, nextPause, rec, end)) {
            groups[g].inconsistent(t, i);
            continue;
          }
          long until = endKnown ? end : asOfNanos;
          for (int p = firstPause; p < nextPause; p++) {
            long to = Math.min(t.pauseTo(p), until);
            if (to > t.pauseFrom(p)) {
              dueEffective += to - t.pauseFrom(p);
            }
          }
        }
        int c;
        if (endKnown) {
          // Early, on time or late without a branch: which of the three a dossier is follows no pattern a
          // processor can predict, and the branches of the same test took a quarter of the table's time.
          // Each test is the sign bit of a difference, which cannot overflow between moments of 1995 to
          // 2100. Ended on a day before the due day is before the midnight that starts it; moments from
          // 1995 on are positive, so the remainder is the time of day without floorMod's sign correction.
          long dueDay = dueEffective - dueEffective % DossierTable.NANOS_PER_DAY;
          int late = (int) ((dueEffective - end) >>> 63);
          int early = (int) ((end - dueDay) >>> 63);
          c = ON_TIME + late * (LATE - ON_TIME) + early * (EARLY - ON_TIME);
        } else {
          c = asOfNanos > dueEffective ? PENDING_OVERDUE : PENDING_WITHIN_TIME;
        }
        // An ended row has an outcome, and the kind byte's outcome bits are PENDING for one that has none.
        int kind = t.kind(i);
        int outcome = endKnown ? kind >>> DossierTable.OUTCOME_SHIFT : PENDING;
        int set = (received ? 1 << RECEIVED : 0) | (ended ? 1 << ENDED : 0) | (handled ? 1 << HANDLED : 0);
        bySets[g * setsPerGroup + (set * OUTCOMES + outcome) * CLASSES + c]++;
        if (received) {
          // The kind byte's low bits are the channel and the flags, as byChannelAndFlags is indexed.
          byChannelAndFlags[g * channelsPerGroup + (kind & (1 << DossierTable.OUTCOME_SHIFT) - 1)]++;
        }
      }
      for (int g = 0; g < n; g++) {
        Accumulator a = groups[g];
        for (int k = 0; k < setsPerGroup; k++) {
          a.bySets[k] += bySets[g * setsPerGroup + k];
        }
        for (int k = 0; k < channelsPerGroup; k++) {
          a.byChannelAndFlags[k] += byChannelAndFlags[g * channelsPerGroup + k];
        }
      }
    }

    private static boolean pauseOutside(DossierTable t, int firstPause, int endPause, long rec, long end) {
      for (int p = firstPause; p < endPause; p++) {
        if (t.pauseFrom(p) < rec || end != DossierTable.NONE && t.pauseTo(p) > end) {
          return true;
        }
      }
      return false;
    }

    /** A row whose dates contradict each other, counted apart as {@link DossierClass#inconsistency} tells. */
    private void inconsistent(DossierTable t, int i) {
      long rec = t.received(i);
      long end = t.ended(i);
      DossierClass.Inconsistency problem = t.due(i) < rec ? DossierClass.Inconsistency.DUE_BEFORE_RECEIVED
          : end != DossierTable.NONE && end < rec ? DossierClass.Inconsistency.ENDED_BEFORE_RECEIVED
          : DossierClass.Inconsistency.PAUSE_OUTSIDE_OPEN_TIME;
      inconsistent++;
      list(t.id(i), problem);
    }

    /**
     * Keeps the first {@value #LISTED} inconsistent dossiers by id: an id after the last of a full
     * list is not put at all, as a table with many such rows would otherwise put and drop each one.
     */
    private void list(String id, DossierClass.Inconsistency problem) {
      if (listedCount == LISTED && id.compareTo(listedIds[LISTED - 1]) > 0) {
        return;
      }
      int at = Arrays.binarySearch(listedIds, 0, listedCount, id);
      if (at >= 0) {
        // The same id again: the later row wins, as it would in a map.
        listedProblems[at] = problem;
        return;
      }
      at = -at - 1;
      // A full list drops its last to make room.
      int moved = Math.min(listedCount, LISTED - 1) - at;
      System.arraycopy(listedIds, at, listedIds, at + 1, moved);
      System.arraycopy(listedProblems, at, listedProblems, at + 1, moved);
      listedIds[at] = id;
      listedProblems[at] = problem;
      listedCount = Math.min(listedCount + 1, LISTED);
    }

    Accumulator combine(Accumulator other) {
      if (!period.equals(other.period)) {
        throw new CchcException("Cannot merge statistics of " + period + " with those of " + other.period);
      }
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
      for (int i = 0; i < channels.length; i++) {
        channels[i] += other.channels[i];
      }
      for (int i = 0; i < flags.length; i++) {
        flags[i] += other.flags[i];
      }
      for (int i = 0; i < bySets.length; i++) {
        bySets[i] += other.bySets[i];
      }
      for (int i = 0; i < byChannelAndFlags.length; i++) {
        byChannelAndFlags[i] += other.byChannelAndFlags[i];
      }
      inconsistent += other.inconsistent;
      for (int i = 0; i < other.listedCount; i++) {
        list(other.listedIds[i], other.listedProblems[i]);
      }
      return this;
    }

    DossierStatistics finish() {
      long[] allCounts = counts.clone();
      int perBasis = OUTCOMES * CLASSES;
      for (int set = 1; set < 1 << BASES; set++) {
        for (int basis = 0; basis < BASES; basis++) {
          if ((set >> basis & 1) != 0) {
            for (int k = 0; k < perBasis; k++) {
              allCounts[basis * perBasis + k] += bySets[set * perBasis + k];
            }
          }
        }
      }
      long[] allChannels = channels.clone();
      long[] allFlags = flags.clone();
      for (int i = 0; i < byChannelAndFlags.length; i++) {
        long n = byChannelAndFlags[i];
        allChannels[i >> FLAG_BITS] += n;
        for (int f = 0; f < allFlags.length; f++) {
          allFlags[f] += (i >> f & 1) * n;
        }
      }
      SortedMap<String, DossierClass.Inconsistency> listed = new TreeMap<>();
      for (int i = 0; i < listedCount; i++) {
        listed.put(listedIds[i], listedProblems[i]);
      }
      return new DossierStatistics(period, allCounts, allChannels, allFlags, inconsistent,
          Collections.unmodifiableSortedMap(listed));
    }
  }
}
