package io.github.cchc.rules.stats;

import io.github.cchc.model.Dossier;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Dossiers held as columns (bảng hồ sơ theo cột): each moment as nanoseconds from 1970 in one
 * {@code long} array, agencies and procedures interned once and named by index, a row's channel,
 * outcome and flags in one byte. A year of a province's dossiers fits in a few arrays rather than millions of
 * objects, and {@link DossierStatistics#of(DossierTable, DateRange)} counts them in one pass over the
 * arrays. The rows remain {@link Dossier}s to a reader: {@link #get(int)} and {@link #asList()} make
 * each when asked, equal to the dossier that was added.
 *
 * <p>A mergeable value: {@link #plus(DossierTable)} appends one table to another, {@link #empty()}
 * is its identity, and tables built in parts and appended in order equal the table built at once.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DossierTable {
  /** What an absent end is stored as. */
  static final long NONE = Long.MIN_VALUE;
  static final long NANOS_PER_DAY = 86_400_000_000_000L;
  // A row's kind byte: flags in bits 0-3 (bit f for DossierStatistics.Flag f), channel in bits 4-5,
  // outcome in bits 6-7 with NO_OUTCOME, all ones and the statistics' index for pending, for none. One byte rather than three columns: the statistics
  // read all three for every row, and each column is a load from another array.
  static final int FLAG_BITS = 4;
  static final int CHANNEL_SHIFT = 4;
  static final int OUTCOME_SHIFT = 6;
  static final int NO_OUTCOME = 3;
  private static final List<Dossier.Channel> CHANNELS = List.of(Dossier.Channel.values());
  private static final List<Dossier.Outcome> OUTCOMES = List.of(Dossier.Outcome.values());
  private static final DossierTable EMPTY = new Builder().build();

  static {
    if (CHANNELS.size() > 1 << OUTCOME_SHIFT - CHANNEL_SHIFT || OUTCOMES.size() != NO_OUTCOME) {
      throw new AssertionError("A dossier's channel and outcome no longer fit the kind byte: " + CHANNELS + ", " + OUTCOMES);
    }
  }

  private final int size;
  private final String[] ids;
  private final String[] agencies;
  private final int[] agency;
  private final String[] procedures;
  private final int[] procedure;
  private final byte[] kind;
  private final long[] received;
  private final long[] due;
  private final long[] ended;
  // Row i's pauses are pauseFrom/pauseTo[pauseStart[i] .. pauseStart[i + 1]).
  private final int[] pauseStart;
  private final long[] pauseFrom;
  private final long[] pauseTo;

  private DossierTable(Builder b) {
    size = b.size;
    ids = Arrays.copyOf(b.ids, size);
    agencies = b.agencies.toArray(String[]::new);
    agency = Arrays.copyOf(b.agency, size);
    procedures = b.procedures.toArray(String[]::new);
    procedure = Arrays.copyOf(b.procedure, size);
    kind = Arrays.copyOf(b.kind, size);
    received = Arrays.copyOf(b.received, size);
    due = Arrays.copyOf(b.due, size);
    ended = Arrays.copyOf(b.ended, size);
    pauseStart = Arrays.copyOf(b.pauseStart, size + 1);
    pauseFrom = Arrays.copyOf(b.pauseFrom, b.pauses);
    pauseTo = Arrays.copyOf(b.pauseTo, b.pauses);
  }

  /**
   * Obtains the table of no dossier, the identity of {@link #plus}.
   *
   * @return the empty table, not null
   */
  public static DossierTable empty() {
    return EMPTY;
  }

  /**
   * Builds a table from dossiers, in their order.
   *
   * @param dossiers the dossiers, not null
   * @return the table, not null
   */
  public static DossierTable of(Stream<Dossier> dossiers) {
    Builder b = new Builder();
    dossiers.forEach(b::add);
    return b.build();
  }

  /**
   * Gets a collector of dossiers into a table, in encounter order; it may run in parallel.
   *
   * @return the collector, not null
   */
  public static Collector<Dossier, ?, DossierTable> collector() {
    return Collector.of(Builder::new, Builder::add, Builder::addAll, Builder::build);
  }

  /**
   * Gets the number of dossiers.
   *
   * @return the rows, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Gets a row as a dossier, equal to the one that was added.
   *
   * @param row the row, 0 to {@code size() - 1}
   * @return the dossier, not null
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Dossier get(int row) {
    Objects.checkIndex(row, size);
    int flags = flags(row);
    Dossier.Builder d = Dossier.builder().id(ids[row]).procedureCode(procedures[procedure[row]])
        .agencyId(agencies[agency[row]]).channel(CHANNELS.get(channel(row))).received(time(received[row]))
        .due(time(due[row])).fullyOnline((flags & 1) != 0).paidOnline((flags & 2) != 0)
        .electronicResult((flags & 4) != 0).digitised((flags & 8) != 0);
    if (ended[row] != NONE) {
      d.ended(time(ended[row])).outcome(OUTCOMES.get(outcome(row)));
    }
    for (int p = pauseStart[row]; p < pauseStart[row + 1]; p++) {
      d.addPauses(new Dossier.Pause(time(pauseFrom[p]), time(pauseTo[p])));
    }
    return d.build();
  }

  /**
   * Gets the rows as dossiers, each made when read: a view, not a copy.
   *
   * @return the dossiers, in order, unmodifiable
   */
  public List<Dossier> asList() {
    return new AbstractList<>() {
      @Override
      public Dossier get(int index) {
        return DossierTable.this.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * Gets the agencies the dossiers name, each once, in order of first appearance.
   *
   * @return the agency ids, unmodifiable
   */
  public List<String> agencies() {
    return List.of(agencies);
  }

  /**
   * Gets the agency of a row, as its place in {@link #agencies()}.
   *
   * @param row the row, 0 to {@code size() - 1}
   * @return the index of its agency
   */
  public int agencyIndex(int row) {
    return agency[Objects.checkIndex(row, size)];
  }

  /**
   * Appends another table's rows after this one's.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param other the rows to append, not null
   * @return the table of both, not null
   */
  public DossierTable plus(DossierTable other) {
    Builder b = new Builder();
    b.addTable(this);
    b.addTable(other);
    return b.build();
  }

  // --------------------------------------------------------- for DossierStatistics

  String id(int row) {
    return ids[row];
  }

  /** The row's kind byte as an int from 0 to 255: its flags, channel and outcome (see {@link #OUTCOME_SHIFT}). */
  int kind(int row) {
    return kind[row] & 0xFF;
  }

  /** The row's outcome's ordinal, or {@link #NO_OUTCOME}. */
  int outcome(int row) {
    return kind(row) >>> OUTCOME_SHIFT;
  }

  int channel(int row) {
    return kind(row) >>> CHANNEL_SHIFT & (1 << OUTCOME_SHIFT - CHANNEL_SHIFT) - 1;
  }

  /** A dossier's four flags as one set, bit f for {@code DossierStatistics.Flag} f, as the kind byte holds them. */
  static int flagSet(Dossier d) {
    return (d.fullyOnline() ? 1 : 0) | (d.paidOnline() ? 2 : 0) | (d.electronicResult() ? 4 : 0) | (d.digitised() ? 8 : 0);
  }

  int flags(int row) {
    return kind(row) & (1 << FLAG_BITS) - 1;
  }

  /** A dossier's kind byte. */
  private static byte kindOf(Dossier d) {
    int outcome = d.outcome().map(Dossier.Outcome::ordinal).orElse(NO_OUTCOME);
    return (byte) (outcome << OUTCOME_SHIFT | d.channel().ordinal() << CHANNEL_SHIFT | flagSet(d));
  }

  long received(int row) {
    return received[row];
  }

  long due(int row) {
    return due[row];
  }

  long ended(int row) {
    return ended[row];
  }

  int pauseStart(int row) {
    return pauseStart[row];
  }

  long pauseFrom(int pause) {
    return pauseFrom[pause];
  }

  long pauseTo(int pause) {
    return pauseTo[pause];
  }

  static long nanos(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
  }

  static LocalDateTime time(long nanos) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), (int) Math.floorMod(nanos, 1_000_000_000L),
        ZoneOffset.UTC);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DossierTable t) || t.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!ids[i].equals(t.ids[i]) || !agencies[agency[i]].equals(t.agencies[t.agency[i]])
          || !procedures[procedure[i]].equals(t.procedures[t.procedure[i]]) || kind[i] != t.kind[i]
          || received[i] != t.received[i] || due[i] != t.due[i]
          || ended[i] != t.ended[i] || pauseStart[i + 1] - pauseStart[i] != t.pauseStart[i + 1] - t.pauseStart[i]) {
        return false;
      }
      for (int p = 0; p < pauseStart[i + 1] - pauseStart[i]; p++) {
        if (pauseFrom[pauseStart[i] + p] != t.pauseFrom[t.pauseStart[i] + p]
            || pauseTo[pauseStart[i] + p] != t.pauseTo[t.pauseStart[i] + p]) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = size;
    for (int i = 0; i < size; i++) {
      h = 31 * h + ids[i].hashCode();
      h = 31 * h + Long.hashCode(received[i]);
    }
    return h;
  }

  @Override
  public String toString() {
    return "DossierTable[" + size + " dossiers, " + agencies.length + " agencies, " + procedures.length + " procedures]";
  }

  /** Rows as they are added, interning agencies and procedures; grows its arrays by half. */
  private static final class Builder {
    private int size;
    private String[] ids = new String[16];
    private final List<String> agencies = new ArrayList<>();
    private final Map<String, Integer> agencyIndex = new HashMap<>();
    private int[] agency = new int[16];
    private final List<String> procedures = new ArrayList<>();
    private final Map<String, Integer> procedureIndex = new HashMap<>();
    private int[] procedure = new int[16];
    private byte[] kind = new byte[16];
    private long[] received = new long[16];
    private long[] due = new long[16];
    private long[] ended = new long[16];
    private int[] pauseStart = new int[17];
    private int pauses;
    private long[] pauseFrom = new long[4];
    private long[] pauseTo = new long[4];

    private void room() {
      if (size < ids.length) {
        return;
      }
      int n = ids.length + (ids.length >> 1) + 1;
      ids = Arrays.copyOf(ids, n);
      agency = Arrays.copyOf(agency, n);
      procedure = Arrays.copyOf(procedure, n);
      kind = Arrays.copyOf(kind, n);
      received = Arrays.copyOf(received, n);
      due = Arrays.copyOf(due, n);
      ended = Arrays.copyOf(ended, n);
      pauseStart = Arrays.copyOf(pauseStart, n + 1);
    }

    private void pause(long from, long to) {
      if (pauses == pauseFrom.length) {
        pauseFrom = Arrays.copyOf(pauseFrom, pauses * 2);
        pauseTo = Arrays.copyOf(pauseTo, pauses * 2);
      }
      pauseFrom[pauses] = from;
      pauseTo[pauses] = to;
      pauses++;
    }

    private static int intern(String s, List<String> values, Map<String, Integer> index) {
      Integer i = index.get(s);
      if (i == null) {
        i = values.size();
        values.add(s);
        index.put(s, i);
      }
      return i;
    }

    void add(Dossier d) {
      room();
      ids[size] = d.id();
      agency[size] = intern(d.agencyId(), agencies, agencyIndex);
      procedure[size] = intern(d.procedureCode(), procedures, procedureIndex);
      kind[size] = kindOf(d);
      received[size] = nanos(d.received());
      due[size] = nanos(d.due());
      Optional<LocalDateTime> end = d.ended();
      ended[size] = end.isPresent() ? nanos(end.get()) : NONE;
      for (Dossier.Pause p : d.pauses()) {
        pause(nanos(p.from()), nanos(p.to()));
      }
      size++;
      pauseStart[size] = pauses;
    }

    void addTable(DossierTable t) {
      for (int i = 0; i < t.size; i++) {
        room();
        ids[size] = t.ids[i];
        agency[size] = intern(t.agencies[t.agency[i]], agencies, agencyIndex);
        procedure[size] = intern(t.procedures[t.procedure[i]], procedures, procedureIndex);
        kind[size] = t.kind[i];
        received[size] = t.received[i];
        due[size] = t.due[i];
        ended[size] = t.ended[i];
        for (int p = t.pauseStart[i]; p < t.pauseStart[i + 1]; p++) {
          pause(t.pauseFrom[p], t.pauseTo[p]);
        }
        size++;
        pauseStart[size] = pauses;
      }
    }

    Builder addAll(Builder other) {
      addTable(other.build());
      return this;
    }

    DossierTable build() {
      return new DossierTable(this);
    }
  }
}
