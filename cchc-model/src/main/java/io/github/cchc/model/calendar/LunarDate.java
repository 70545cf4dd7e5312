package io.github.cchc.model.calendar;

import io.github.cchc.model.MalformedValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date of the Vietnamese lunisolar calendar (ngày âm lịch): year, month (1–12), whether the month
 * is the leap month (tháng nhuận), and day (1–30).
 *
 * <p>Computed, not looked up: new moons by the method of Meeus (<i>Astronomical Algorithms</i>,
 * ch. 49, truncated series) and the sun's longitude by its low-precision formula (ch. 25), with
 * the rules of the Vietnamese calendar as set out by Hồ Ngọc Đức ("Âm lịch Việt Nam"): a month
 * begins on the local day of its new moon; month 11 contains the winter solstice; in a year of 13
 * months the first month without a major solar term (trung khí) after month 11 is the leap month.
 * Local time is UTC+7 from 1 January 1968 and UTC+8 before, which is why Tết 1968 fell on 29
 * January in Vietnam and on 30 January in China. The calculation is valid for 1900–2100.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class LunarDate implements Comparable<LunarDate> {
  /** The first and last days the calendar is computed for. */
  static final LocalDate MIN = LocalDate.of(1900, 1, 31);
  static final LocalDate MAX = LocalDate.of(2100, 12, 31);
  private static final LocalDate UTC7_FROM = LocalDate.of(1968, 1, 1);
  private static final double SYNODIC_MONTH = 29.530588853;
  private static final double NEW_MOON_1900 = 2415021.076998695;
  private static final long JDN_EPOCH = 2440588;

  private final int year;
  private final int month;
  private final boolean leapMonth;
  private final int day;

  private LunarDate(int year, int month, boolean leapMonth, int day) {
    this.year = year;
    this.month = month;
    this.leapMonth = leapMonth;
    this.day = day;
  }

  /**
   * Obtains the lunar date of a solar date.
   *
   * @param date the solar date, 31 January 1900 to 31 December 2100
   * @return the lunar date, not null
   * @throws MalformedValueException if the date is outside the range computed
   */
  public static LunarDate from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new MalformedValueException("Lunar dates are computed from " + MIN + " to " + MAX + ", not for " + date);
    }
    return fromSolar(date, zone(date));
  }

  /**
   * Obtains a lunar date from its parts, checking that the calendar has it.
   *
   * @param year the lunar year, 1900 to 2100
   * @param month the month, 1 to 12
   * @param leapMonth true for the leap month of that number
   * @param day the day, 1 to 30
   * @return the lunar date, not null
   * @throws MalformedValueException if that year has no such leap month or the month no such day
   */
  public static LunarDate of(int year, int month, boolean leapMonth, int day) {
    LunarDate candidate = new LunarDate(year, month, leapMonth, day);
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 30) {
      throw new MalformedValueException("No lunar date " + candidate);
    }
    LocalDate solar = candidate.solar();
    if (solar == null || !from(solar).equals(candidate)) {
      throw new MalformedValueException("The lunar calendar has no date " + candidate);
    }
    return candidate;
  }

  /**
   * Gets the first day of a lunar year, Tết Nguyên đán.
   *
   * @param year the lunar year, 1900 to 2100
   * @return the solar date of Tết, not null
   */
  public static LocalDate tet(int year) {
    return of(year, 1, false, 1).toLocalDate();
  }

  /**
   * Gets the lunar year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Gets the month number.
   *
   * @return the month, 1 to 12
   */
  public int month() {
    return month;
  }

  /**
   * Checks if the month is a leap month.
   *
   * @return true for tháng nhuận
   */
  public boolean isLeapMonth() {
    return leapMonth;
  }

  /**
   * Gets the day of the month.
   *
   * @return the day, 1 to 30
   */
  public int day() {
    return day;
  }

  /**
   * Converts to the solar date.
   *
   * @return the solar date, not null
   */
  public LocalDate toLocalDate() {
    LocalDate solar = solar();
    if (solar == null) {
      throw new MalformedValueException("The lunar calendar has no date " + this);
    }
    return solar;
  }

  /**
   * Checks if this is the last day of the lunar year, the day before Tết (ngày 30 Tết, or 29 in a
   * short month).
   *
   * @return true if the next day is Tết
   */
  public boolean isLastDayOfYear() {
    LocalDate next = toLocalDate().plusDays(1);
    return !next.isAfter(MAX) && from(next).month == 1 && from(next).day == 1 && !from(next).leapMonth;
  }

  /** Around the change of time zone a lunar date may come from either zone; keep the one that maps back. */
  private LocalDate solar() {
    for (int zone : new int[] {year >= 1968 ? 7 : 8, year >= 1968 ? 8 : 7}) {
      LocalDate candidate = toSolar(zone);
      if (candidate != null && !candidate.isBefore(MIN) && !candidate.isAfter(MAX) && zone(candidate) == zone
          && fromSolar(candidate, zone).equals(this)) {
        return candidate;
      }
    }
    return null;
  }

  private static int zone(LocalDate date) {
    return date.isBefore(UTC7_FROM) ? 8 : 7;
  }

  @Override
  public int compareTo(LunarDate other) {
    return toLocalDate().compareTo(other.toLocalDate());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LunarDate d && year == d.year && month == d.month && leapMonth == d.leapMonth && day == d.day;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 2 + (leapMonth ? 1 : 0)) * 31 + day;
  }

  /** Returns "1/1/2024 âm lịch", with "nhuận" after a leap month. */
  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
  }

  // ------------------------------------------------------------------ the astronomy

  private static long jdn(LocalDate date) {
    return date.toEpochDay() + JDN_EPOCH;
  }

  private static LocalDate date(long jdn) {
    return LocalDate.ofEpochDay(jdn - JDN_EPOCH);
  }

  /** Julian day (fractional, UT) of the k-th new moon after that of 1 January 1900. */
  static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
        - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr) - 0.0004 * Math.sin(dr * 3 * mpr)
        + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr)) - 0.0074 * Math.sin(dr * (m - mpr))
        + 0.0004 * Math.sin(dr * (2 * f + m)) - 0.0004 * Math.sin(dr * (2 * f - m))
        - 0.0006 * Math.sin(dr * (2 * f + mpr)) + 0.0010 * Math.sin(dr * (2 * f - mpr))
        + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd1 + c1 - deltaT;
  }

  /** The sun's apparent longitude, in radians in [0, 2π), at a Julian day. */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
        + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  }

  /** The sun's longitude at the start of a local day, as the index (0–11) of its 30° sector. */
  private static int sunSector(long dayNumber, int zone) {
    return (int) Math.floor(sunLongitude(dayNumber - 0.5 - zone / 24.0) / Math.PI * 6);
  }

  private static long newMoonDay(long k, int zone) {
    return (long) Math.floor(newMoon(k) + 0.5 + zone / 24.0);
  }

  /** The day number on which lunar month 11 (containing the winter solstice) of a solar year begins. */
  private static long month11(int solarYear, int zone) {
    long off = jdn(LocalDate.of(solarYear, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k, zone);
    return sunSector(nm, zone) >= 9 ? newMoonDay(k - 1, zone) : nm;
  }

  /** In a 13-month year, how many months after month 11 the leap month comes. */
  private static int leapMonthOffset(long a11, int zone) {
    long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i, zone), zone);
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k + i, zone), zone);
    } while (arc != last && i < 14);
    return i - 1;
  }

  private static LunarDate fromSolar(LocalDate date, int zone) {
    long dayNumber = jdn(date);
    long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
    long monthStart = newMoonDay(k + 1, zone);
    // The mean-month estimate of k can be one month late; step back until the month has begun.
    for (long j = k; monthStart > dayNumber; j--) {
      monthStart = newMoonDay(j, zone);
    }
    int yy = date.getYear();
    long a11 = month11(yy, zone);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = yy;
      a11 = month11(yy - 1, zone);
    } else {
      lunarYear = yy + 1;
      b11 = month11(yy + 1, zone);
    }
    int day = (int) (dayNumber - monthStart + 1);
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    boolean leap = false;
    int month = diff + 11;
    if (b11 - a11 > 365) {
      int leapDiff = leapMonthOffset(a11, zone);
      if (diff >= leapDiff) {
        month = diff + 10;
        leap = diff == leapDiff;
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(lunarYear, month, leap, day);
  }

  private LocalDate toSolar(int zone) {
    long a11;
    long b11;
    if (month < 11) {
      a11 = month11(year - 1, zone);
      b11 = month11(year, zone);
    } else {
      a11 = month11(year, zone);
      b11 = month11(year + 1, zone);
    }
    long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
    int off = month - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11, zone);
      int leapMonth = leapOff - 2;
      if (leapMonth < 0) {
        leapMonth += 12;
      }
      if (this.leapMonth && month != leapMonth) {
        return null;
      } else if (this.leapMonth || off >= leapOff) {
        off += 1;
      }
    } else if (this.leapMonth) {
      return null;
    }
    return date(newMoonDay(k + off, zone) + day - 1);
  }
}
