package io.github.cchc.model.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * ISO-8601 dates, months and date-times as cchc writes them ("2024-12-31", "2024-12",
 * "2024-12-31T17:30", "…:05", "…:05.25"), read without the JDK's formatter, which costs a
 * microsecond a value; any other form, and any value out of range, goes to the JDK's own
 * {@code parse}, which decides: the result is always the JDK's (IsoTimesTest).
 */
public final class IsoTimes {
  private IsoTimes() {}

  /**
   * Reads a date as {@link LocalDate#parse(CharSequence)} does.
   *
   * @param text the text, not null
   * @return the date
   * @throws DateTimeException if the JDK would refuse it
   */
  public static LocalDate date(String text) {
    if (text.length() == 10 && dateShape(text, 0)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException e) {
        // Out of range: the JDK says so in its own words.
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * Reads a month as {@link YearMonth#parse(CharSequence)} does.
   *
   * @param text the text, not null
   * @return the month
   * @throws DateTimeException if the JDK would refuse it
   */
  public static YearMonth month(String text) {
    if (text.length() == 7 && digit(text, 0) && digit(text, 1) && digit(text, 2) && digit(text, 3) && text.charAt(4) == '-'
        && digit(text, 5) && digit(text, 6)) {
      int month = digits(text, 5, 7);
      if (month >= 1 && month <= 12) {
        return YearMonth.of(digits(text, 0, 4), month);
      }
    }
    return YearMonth.parse(text);
  }

  /**
   * Reads a date-time as {@link LocalDateTime#parse(CharSequence)} does.
   *
   * @param text the text, not null
   * @return the date-time
   * @throws DateTimeException if the JDK would refuse it
   */
  public static LocalDateTime dateTime(String text) {
    int n = text.length();
    if (n >= 16 && dateShape(text, 0) && text.charAt(10) == 'T' && digit(text, 11) && digit(text, 12)
        && text.charAt(13) == ':' && digit(text, 14) && digit(text, 15)) {
      int second = 0;
      int nano = 0;
      boolean shaped = n == 16;
      if (n >= 19 && text.charAt(16) == ':' && digit(text, 17) && digit(text, 18)) {
        second = digits(text, 17, 19);
        shaped = n == 19;
        if (n >= 21 && n <= 29 && text.charAt(19) == '.') {
          shaped = true;
          for (int i = 20; i < 29; i++) {
            if (i < n && !digit(text, i)) {
              shaped = false;
            }
            nano = nano * 10 + (i < n ? text.charAt(i) - '0' : 0);
          }
        }
      }
      if (shaped) {
        try {
          return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
              digits(text, 14, 16), second, nano);
        } catch (DateTimeException e) {
          // Out of range: the JDK says so in its own words.
        }
      }
    }
    return LocalDateTime.parse(text);
  }

  private static boolean dateShape(String s, int at) {
    return digit(s, at) && digit(s, at + 1) && digit(s, at + 2) && digit(s, at + 3) && s.charAt(at + 4) == '-'
        && digit(s, at + 5) && digit(s, at + 6) && s.charAt(at + 7) == '-' && digit(s, at + 8) && digit(s, at + 9);
  }

  private static boolean digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }
}
