package io.github.cchc.model;

import io.github.cchc.model.text.Folding;
import io.github.cchc.model.text.ScanWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads timeframe text. Works on the folded text (lower case, no diacritics, one char per char of
 * the original), so the same patterns serve clean and OCR'd documents and offsets map back to the
 * original for the parts kept as printed. Every pattern is anchored and free of nested unbounded
 * quantifiers, and input length is bounded before matching.
 */
final class TimeframeParser {
  private static final String LEAD = "(?:(?:hoan thanh|thuc hien|trien khai) )?";
  private static final Pattern MONTH =
      Pattern.compile(LEAD + "(?:trong )?thang ?(\\d{1,2})(?: ?[/.-] ?| nam )(\\d{4})|" + LEAD + "(?:trong )?thang ?(\\d{1,2})");
  private static final Pattern BEFORE = Pattern.compile(
      LEAD + "(?:truoc|cham nhat|cham nhat la) ngay ?(\\d{1,2}) ?[/.-] ?(\\d{1,2})(?: ?[/.-] ?(\\d{4}))?|"
          + LEAD + "(?:truoc|cham nhat|cham nhat la) ngay ?(\\d{1,2}) thang (\\d{1,2})(?: nam (\\d{4}))?");
  private static final String NUMERAL = "(?:[iv1]{1,4}|[234])";
  private static final Pattern QUARTERS = Pattern.compile(
      LEAD + "(?:trong )?(?:cac )?quy ?(" + NUMERAL + "(?: ?(?:,|va) ?(?:quy )?" + NUMERAL + "){0,3})"
          + "(?: ?[/.-] ?(\\d{4})| nam (\\d{4}))?");
  private static final Pattern NUMERAL_TOKEN = Pattern.compile(NUMERAL);
  /** "năm" as OCR renders it in these documents: nam, nim, ndm; "cả" as ca or cé. */
  private static final String NAM = "n(?:a|i|d)m";
  private static final Pattern YEAR =
      Pattern.compile(LEAD + "(?:(?:ca|ce|trong|suot) " + NAM + "|nam)(?: ?(\\d{4}))?");
  private static final Pattern RECURRING = Pattern.compile(
      LEAD + "(?:dinh ky )?(?:hang|hang|moi) (thang|quy|" + NAM + ")(?: (?:trong )?nam (\\d{4}))?|"
          + LEAD + "(thuong xuyen|lien tuc)(?: (?:trong )?nam (\\d{4}))?");

  /** The words the forms above are made of, which a scan's damage is repaired towards. */
  private static final List<String> WORDS = List.of("truoc ngay", "cham nhat", "ca nam", "trong nam", "suot nam",
      "hang nam", "hang thang", "hang quy", "moi nam", "trong thang", "hoan thanh", "thuc hien", "trien khai", "dinh ky",
      "thuong xuyen", "lien tuc", "truoc", "trong", "thang", "ngay", "quy", "den", "va", "tu", "cac");

  private TimeframeParser() {}

  static Timeframe parse(CharSequence input, Optional<Year> planYear) {
    String original = Texts.requireParseable(input, "Timeframe", "Lời ghi thời gian");
    String text = stripTrailingPunctuation(original);
    String folded = Folding.fold(text);
    try {
      Timeframe result;
      try {
        result = read(text, folded, planYear, input);
      } catch (TextParseException unread) {
        // A scan's damage ("truee ngay", "Candm") is repaired only where the text as printed does not read.
        String repaired = ScanWords.repair(Folding.clean(folded), WORDS);
        if (repaired.equals(Folding.clean(folded)) || repaired.startsWith("theo ")) {
          throw unread;
        }
        result = read(text, repaired, planYear, input);
      }
      return result.withText(original);
    } catch (DateTimeException | MalformedValueException e) {
      // java.time says why only in English; the model says it in both languages.
      String why = e instanceof MalformedValueException m ? ": " + m.getMessage(Locale.forLanguageTag("vi")) : "";
      throw new TextParseException(
          "Timeframe \"" + Texts.abbreviate(input) + "\" names an impossible date or period: " + e.getMessage(),
          "Thời gian \"" + Texts.abbreviate(input) + "\" nêu một ngày hoặc một kỳ không có" + why,
          input,
          0);
    }
  }

  private static String stripTrailingPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".;:,".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  private static Timeframe read(String text, String folded, Optional<Year> planYear, CharSequence input) {
    if (folded.isEmpty()) {
      throw unreadable(input, "it is empty", "văn bản trống");
    }
    if (folded.startsWith("theo ")) {
      return authority(text, folded);
    }
    int between = folded.indexOf(" den ");
    if (between > 0) {
      String left = folded.substring(0, between);
      int leftStart = left.startsWith("tu ") ? 3 : 0;
      Optional<Timeframe> from = atom(left.substring(leftStart), planYear, input);
      Optional<Timeframe> to = atom(folded.substring(between + 5), planYear, input);
      if (from.isPresent() && to.isPresent()) {
        return Timeframe.between(from.get(), to.get());
      }
      throw unreadable(input, "one side of \"đến\" is not a month, quarter or year",
          "một vế của \"đến\" không phải là tháng, quý hay năm");
    }
    Optional<Timeframe> single = atom(folded, planYear, input);
    if (single.isPresent()) {
      return single.get();
    }
    int and = folded.indexOf(" va quy ");
    if (and > 0) {
      return quartersOfTwoYears(folded.substring(0, and), folded.substring(and + 4), planYear, input);
    }
    Matcher m = BEFORE.matcher(folded);
    if (m.matches()) {
      int g = m.group(1) != null ? 1 : 4;
      Year y = yearOrPlan(m.group(g + 2), planYear, input);
      return Timeframe.before(LocalDate.of(y.getValue(), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g))));
    }
    m = RECURRING.matcher(folded);
    if (m.matches()) {
      if (m.group(1) != null) {
        Timeframe.Frequency frequency = switch (m.group(1)) {
          case "thang" -> Timeframe.Frequency.MONTHLY;
          case "quy" -> Timeframe.Frequency.QUARTERLY;
          default -> Timeframe.Frequency.YEARLY;
        };
        return Timeframe.recurring(frequency, yearOrPlan(m.group(2), planYear, input));
      }
      return Timeframe.recurring(Timeframe.Frequency.CONTINUOUS, yearOrPlan(m.group(4), planYear, input));
    }
    throw unreadable(input, "it is not a known form of timeframe", "đây không phải một cách ghi thời gian đã biết");
  }

  /** A month, quarters or a year; the parts a range is made of. */
  private static Optional<Timeframe> atom(String folded, Optional<Year> planYear, CharSequence input) {
    Matcher m = MONTH.matcher(folded);
    if (m.matches()) {
      if (m.group(1) != null) {
        return Optional.of(Timeframe.ofMonth(YearMonth.of(year(m.group(2)), Integer.parseInt(m.group(1)))));
      }
      Year y = yearOrPlan(null, planYear, input);
      return Optional.of(Timeframe.ofMonth(y.atMonth(Integer.parseInt(m.group(3)))));
    }
    m = QUARTERS.matcher(folded);
    if (m.matches()) {
      String printedYear = m.group(2) != null ? m.group(2) : m.group(3);
      List<Integer> quarters = new ArrayList<>();
      Matcher numeral = NUMERAL_TOKEN.matcher(m.group(1));
      while (numeral.find()) {
        quarters.add(quarter(numeral.group(), input));
      }
      return Optional.of(Timeframe.ofQuarters(yearOrPlan(printedYear, planYear, input), quarters));
    }
    m = YEAR.matcher(folded);
    if (m.matches()) {
      return Optional.of(Timeframe.ofYear(yearOrPlan(m.group(1), planYear, input)));
    }
    return Optional.empty();
  }

  /**
   * "Quý IV/2024 và Quý I/2025": quarters of one year are those quarters; quarters running on into
   * the next year are the span from the first to the last.
   */
  private static Timeframe quartersOfTwoYears(String left, String right, Optional<Year> planYear, CharSequence input) {
    Optional<Timeframe> a = atom(left, planYear, input);
    Optional<Timeframe> b = atom(right, planYear, input);
    if (a.isEmpty() || b.isEmpty() || !(a.get() instanceof Timeframe.InQuarters first)
        || !(b.get() instanceof Timeframe.InQuarters second)) {
      throw unreadable(input, "one side of \"và\" is not a quarter", "một vế của \"và\" không phải là quý");
    }
    if (first.year().equals(second.year())) {
      List<Integer> all = new ArrayList<>(first.quarters());
      second.quarters().stream().filter(q -> !all.contains(q)).forEach(all::add);
      return Timeframe.ofQuarters(first.year(), all.stream().sorted().toList());
    }
    int last = first.quarters().get(first.quarters().size() - 1);
    boolean follows = second.year().equals(first.year().plusYears(1)) && last == 4 && second.quarters().get(0) == 1;
    if (!follows) {
      throw unreadable(input, "its quarters of two years do not follow each other",
          "các quý của hai năm không liền nhau");
    }
    return Timeframe.between(first, second);
  }

  private static Timeframe authority(String text, String folded) {
    int of = folded.indexOf(" cua ");
    if (of < 0) {
      return Timeframe.setBy(text.substring(5), List.of());
    }
    String basis = text.substring(5, of);
    List<String> authorities = new ArrayList<>();
    for (String part : text.substring(of + 5).split(",")) {
      if (!part.isBlank()) {
        authorities.add(part.strip());
      }
    }
    return Timeframe.setBy(basis.isBlank() ? text.substring(5) : basis, authorities);
  }

  /** Roman numerals, where OCR renders the letter I as the digit 1, or the arabic 2, 3, 4. */
  private static int quarter(String numeral, CharSequence input) {
    switch (numeral.replace('1', 'i')) {
      case "i":
        return 1;
      case "ii":
      case "2":
        return 2;
      case "iii":
      case "3":
        return 3;
      case "iv":
      case "4":
        return 4;
      default:
        throw unreadable(input, "\"" + numeral + "\" is not a quarter numeral I to IV",
            "\"" + numeral + "\" không phải số quý từ \"I\" đến \"IV\"");
    }
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  private static Year yearOrPlan(String printedYear, Optional<Year> planYear, CharSequence input) {
    if (printedYear != null) {
      return Year.of(year(printedYear));
    }
    return planYear.orElseThrow(() -> unreadable(input, "it names no year and no plan year was given",
        "không nêu năm, và năm của kế hoạch chưa được cho biết"));
  }

  private static TextParseException unreadable(CharSequence input, String why, String vietnamese) {
    return new TextParseException("Cannot read timeframe \"" + Texts.abbreviate(input) + "\": " + why,
        "Không đọc được thời gian \"" + Texts.abbreviate(input) + "\": " + vietnamese, input, 0);
  }
}
