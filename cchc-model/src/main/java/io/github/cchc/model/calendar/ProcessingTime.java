package io.github.cchc.model.calendar;

import io.github.cchc.model.MalformedValueException;
import java.util.Objects;

/**
 * How long a procedure may take (thời hạn giải quyết): mostly in working days ("15 ngày làm
 * việc"), sometimes in days, hours or months.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ProcessingTime {
  /** The units processing times are set in. */
  public enum Unit {
    /** Ngày làm việc. */
    WORKING_DAYS,
    /** Ngày (calendar days). */
    DAYS,
    /** Giờ (working or not, as the procedure says: counted as elapsed hours). */
    HOURS,
    /** Tháng. */
    MONTHS
  }

  private final long amount;
  private final Unit unit;

  private ProcessingTime(long amount, Unit unit) {
    if (amount < 0 || amount > 100_000) {
      throw new MalformedValueException("Processing time must be 0 to 100000 " + unit + ", was " + amount);
    }
    this.amount = amount;
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * Obtains a processing time.
   *
   * @param amount how many units, 0 to 100,000
   * @param unit the unit, not null
   * @return the processing time, not null
   */
  public static ProcessingTime of(long amount, Unit unit) {
    return new ProcessingTime(amount, unit);
  }

  /**
   * Obtains a processing time in working days.
   *
   * @param days how many working days, 0 to 100,000
   * @return the processing time, not null
   */
  public static ProcessingTime ofWorkingDays(long days) {
    return new ProcessingTime(days, Unit.WORKING_DAYS);
  }

  /**
   * Gets the amount.
   *
   * @return the number of units
   */
  public long amount() {
    return amount;
  }

  /**
   * Gets the unit.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessingTime p && amount == p.amount && unit == p.unit;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount) * 31 + unit.hashCode();
  }

  @Override
  public String toString() {
    return amount + " " + unit;
  }
}
