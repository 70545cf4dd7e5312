package io.github.cchc.rules.read;

import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.TextParseException;
import io.github.cchc.model.Timeframe;
import io.github.cchc.model.text.ScanWords;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values plans print inside sentences: the deadline a measure gives itself, the reporting
 * schedule, the party a responsibility opens with, the reform areas a duty names. Every method
 * takes the text cleaned ({@code Folding.clean}) and the same text folded, char for char, so that
 * what the folded text finds is cut from the printed one.
 */
final class Prose {
  private static final String NUMERAL = "[ivx1]{1,4}\\b";
  private static final Pattern DEADLINE = Pattern.compile("(?:hoan thanh |thuc hien )?(?:"
      + "truoc ngay \\d{1,2} ?[/.-] ?\\d{1,2} ?[/.-] ?\\d{4}"
      + "|trong (?:cac )?quy " + NUMERAL + "(?: ?(?:,|va) ?(?:quy )?" + NUMERAL + "){0,3}(?: ?[/.-] ?\\d{4})?"
      + "|trong thang \\d{1,2}(?: ?[/.-] ?\\d{4})?"
      + "|(?:dinh ky )?hang (?:thang|quy)\\b)");
  private static final Pattern REPORT = Pattern.compile("bao cao(?: [a-z0-9]+){0,7}? (?:(?:dinh ky )?(?:hang )?quy"
      + "(?: (" + NUMERAL + "(?: ?(?:,|va) ?(?:quy )?" + NUMERAL + ")*))?|(6 thang|sau thang)|(nam))(?![a-z])");
  private static final Pattern REPORT_DEADLINE = Pattern.compile(
      "truoc ngay (\\d{1,2})(?: ?/ ?(\\d{1,2})(?: ?/ ?\\d{4})?|(?: cua)? thang cuoi(?: cua)?(?: moi)? quy)");
  private static final Pattern NUMERAL_TOKEN = Pattern.compile("[ivx1]{1,4}");
  /** The words a responsibility's duties start with, where no colon ends the party's name. */
  private static final List<String> DUTY_VERBS = List.of("chu tri", "phoi hop", "tham muu", "trien khai", "thuc hien",
      "co trach nhiem", "chiu trach nhiem", "tich cuc", "chu dong", "xay dung", "theo doi", "huong dan", "bao dam",
      "dam bao", "tap trung", "tiep tuc", "quan tam", "phat huy", "to chuc thuc hien", "kip thoi");
  private static final List<String> REQUESTS = List.of("de nghi ", "giao ", "yeu cau ");
  private static final Map<ReformArea, List<String>> AREA_WORDS = Map.of(
      ReformArea.DIRECTION, List.of("chi dao, dieu hanh", "chi dao dieu hanh"),
      ReformArea.INSTITUTIONS, List.of("cai cach the che"),
      ReformArea.ADMINISTRATIVE_PROCEDURES, List.of("thu tuc hanh chinh", "mot cua"),
      ReformArea.ORGANISATION, List.of("to chuc bo may"),
      ReformArea.CIVIL_SERVICE, List.of("che do cong vu", "doi ngu can bo"),
      ReformArea.PUBLIC_FINANCE, List.of("tai chinh cong"),
      ReformArea.DIGITAL_GOVERNMENT, List.of("chinh quyen dien tu", "chinh quyen so"),
      ReformArea.IMPACT, List.of("tac dong cua cai cach"));

  private static final Pattern AMOUNT =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?) ?(trieu dong|ty dong|dong)\\b");
  private static final Pattern ESTIMATE_DUE = Pattern.compile(
      "truoc ngay (\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4})|trong thang (\\d{1,2}) ?[/.-] ?(\\d{4})");
  private static final Pattern SOURCE = Pattern.compile("\\bnguon |\\btu (?=ngan sach)");

  private static final Pattern BEFORE_DATE =
      Pattern.compile("(?:hoan thanh )?truoc ngay \\d{1,2} ?[/.-] ?\\d{1,2} ?[/.-] ?\\d{4}");

  private Prose() {}

  /** A plan a duty orders its party to issue by a date, and the plan as printed. */
  record OrderedPlan(Timeframe timeframe, String product) {}

  /**
   * The plan a duty orders its party to issue: "Xây dựng, ban hành Kế hoạch cải cách hành chính năm
   * 2023 của xã, thị trấn trước ngày 31/01/2023".
   */
  static Optional<OrderedPlan> planOrdered(String text, String folded, Year year) {
    int plan = folded.indexOf("ke hoach");
    if (plan < 0 || !(folded.contains("ban hanh") || folded.contains("xay dung"))) {
      return Optional.empty();
    }
    Matcher m = BEFORE_DATE.matcher(folded);
    if (!m.find(plan)) {
      return Optional.empty();
    }
    String product = text.substring(plan, m.start()).strip();
    while (!product.isEmpty() && ",;:.".indexOf(product.charAt(product.length() - 1)) >= 0) {
      product = product.substring(0, product.length() - 1).strip();
    }
    try {
      return Optional.of(new OrderedPlan(Timeframe.parse(text.substring(m.start(), m.end()), year),
          Character.toUpperCase(product.charAt(0)) + product.substring(1)));
    } catch (TextParseException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** The amounts a funding paragraph prints, in đồng: "30.000.000 đồng", "1,5 tỷ đồng". */
  static List<BigDecimal> amounts(String folded) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(folded);
    while (m.find()) {
      BigDecimal n = new BigDecimal(m.group(1).replace(".", "").replace(',', '.'));
      BigDecimal scale = switch (m.group(2)) {
        case "trieu dong" -> BigDecimal.valueOf(1_000_000);
        case "ty dong" -> BigDecimal.valueOf(1_000_000_000);
        default -> BigDecimal.ONE;
      };
      out.add(n.multiply(scale).stripTrailingZeros().setScale(0, java.math.RoundingMode.UNNECESSARY));
    }
    return out;
  }

  /**
   * The last allowed days of the estimates a paragraph orders: "lập dự toán … trước ngày
   * 15/02/2024" (the day before), "… gửi Sở Tài chính trong tháng 01/2024" (the month's last day).
   */
  static List<LocalDate> estimatesDue(String folded) {
    List<LocalDate> out = new ArrayList<>();
    if (!folded.contains("du toan") && !folded.contains("du tru")) {
      return out;
    }
    Matcher m = ESTIMATE_DUE.matcher(folded);
    while (m.find()) {
      try {
        out.add(m.group(1) != null
            ? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).minusDays(1)
            : java.time.YearMonth.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4))).atEndOfMonth());
      } catch (DateTimeException e) {
        // No such day: no deadline rather than a wrong one.
      }
    }
    return out;
  }

  /**
   * The sources a funding paragraph names: what follows "nguồn" or "từ ngân sách", to the end of
   * the clause, each of several joined by "và" apart.
   */
  static List<String> sources(String text, String folded) {
    List<String> out = new ArrayList<>();
    Matcher m = SOURCE.matcher(folded);
    int from = 0;
    while (from < folded.length() && m.find(from)) {
      int end = m.end();
      while (end < folded.length() && ".,;(".indexOf(folded.charAt(end)) < 0) {
        end++;
      }
      int start = m.end();
      for (String part : folded.substring(start, end).split(" va ")) {
        int at = folded.indexOf(part, start);
        String printed = text.substring(at, at + part.length()).strip();
        if (!printed.isEmpty()) {
          out.add(printed);
        }
        start = at + part.length();
      }
      from = end;
    }
    return out;
  }

  /** The first deadline a sentence gives itself that reads as a timeframe. */
  static Optional<Timeframe> deadline(String text, String folded, Year year) {
    Matcher m = DEADLINE.matcher(folded);
    while (m.find()) {
      try {
        return Optional.of(Timeframe.parse(text.substring(m.start(), m.end()), year));
      } catch (TextParseException e) {
        // A date that does not exist ("trước ngày 31/6/2024") is no deadline to track; the next may be.
      }
    }
    return Optional.empty();
  }

  /**
   * The reports a paragraph schedules: "báo cáo Quý, báo cáo 6 tháng gửi trước ngày 10 tháng cuối
   * của quý, báo cáo năm gửi trước ngày 10/12". A report named with no deadline takes the next
   * deadline the paragraph prints. Quarters a six-monthly or annual report covers are not also
   * quarterly.
   */
  static List<ReportRequirement> reports(String folded) {
    Set<Integer> quarters = new TreeSet<>();
    boolean quarterly = false;
    int quarterDay = 0;
    Optional<MonthDay> sixMonthly = Optional.empty();
    Optional<MonthDay> annual = Optional.empty();
    List<MatchResult> pending = new ArrayList<>();
    Matcher m = REPORT.matcher(folded);
    int from = 0;
    while (from < folded.length() && m.find(from)) {
      int next = folded.indexOf("bao cao", m.end());
      int segmentEnd = next < 0 ? folded.length() : next;
      pending.add(m.toMatchResult());
      Matcher deadline = REPORT_DEADLINE.matcher(folded).region(m.end(), segmentEnd);
      if (deadline.find()) {
        int day = Integer.parseInt(deadline.group(1));
        Optional<Integer> month = Optional.ofNullable(deadline.group(2)).map(Integer::parseInt);
        for (MatchResult report : pending) {
          try {
            if (report.group(3) != null) {
              annual = Optional.of(MonthDay.of(month.orElse(12), day));
            } else if (report.group(2) != null) {
              sixMonthly = Optional.of(MonthDay.of(month.orElse(6), day));
            } else if (month.isEmpty() && day >= 1 && day <= 31) {
              quarterly = true;
              quarterDay = day;
              if (report.group(1) != null) {
                Matcher numeral = NUMERAL_TOKEN.matcher(report.group(1));
                while (numeral.find()) {
                  quarter(numeral.group()).ifPresent(quarters::add);
                }
              }
            }
          } catch (DateTimeException e) {
            // "trước ngày 31/6" names no day; the report keeps no deadline rather than a wrong one.
          }
        }
        pending.clear();
      }
      from = segmentEnd;
    }
    List<ReportRequirement> out = new ArrayList<>();
    if (quarterly) {
      Set<Integer> which = quarters.isEmpty() ? new TreeSet<>(List.of(1, 2, 3, 4)) : quarters;
      sixMonthly.ifPresent(d -> which.remove(2));
      annual.ifPresent(d -> which.remove(4));
      for (int q : which) {
        out.add(ReportRequirement.beforeDayOfLastMonth(ReportRequirement.Kind.QUARTERLY, q, quarterDay));
      }
    }
    sixMonthly.ifPresent(d -> out.add(ReportRequirement.before(ReportRequirement.Kind.SIX_MONTHLY, 2, d)));
    annual.ifPresent(d -> out.add(ReportRequirement.before(ReportRequirement.Kind.ANNUAL, 4, d)));
    out.sort((a, b) -> Integer.compare(a.quarter(), b.quarter()));
    return out;
  }

  private static Optional<Integer> quarter(String numeral) {
    return switch (numeral.replace('1', 'i')) {
      case "i" -> Optional.of(1);
      case "ii" -> Optional.of(2);
      case "iii" -> Optional.of(3);
      case "iv" -> Optional.of(4);
      default -> Optional.empty();
    };
  }

  /**
   * Where the party's name ends in a responsibility that prints no colon: before the first duty
   * verb ("Các thành viên Ban Chỉ đạo … triển khai …"), or -1.
   */
  static int partyEnd(String folded) {
    int best = -1;
    for (String verb : DUTY_VERBS) {
      int at = folded.indexOf(" " + verb + " ");
      if (at > 3 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** The length of a request word the party follows ("Đề nghị Mặt trận …"), or 0. */
  static int requestLength(String folded) {
    for (String word : REQUESTS) {
      if (folded.startsWith(word)) {
        return word.length();
      }
    }
    // "Đề nghị" as scans print it: "P& nghi", "De nghj" (Đ is printed P, signs stand for letters).
    String[] words = folded.split(" ", 3);
    if (words.length == 3) {
      String two = ScanWords.unconfuse(words[0]) + " " + ScanWords.unconfuse(words[1]);
      String read = two.startsWith("p") ? "d" + two.substring(1) : two;
      if (read.length() <= 9 && Fuzzy.distance(read, "de nghi") <= 1 && read.startsWith("d")) {
        return words[0].length() + words[1].length() + 2;
      }
    }
    return 0;
  }

  /** The reform areas a duty names by their usual wording, in the order of the catalog. */
  static Set<ReformArea> areasNamed(String folded) {
    Set<ReformArea> found = EnumSet.noneOf(ReformArea.class);
    for (Map.Entry<ReformArea, List<String>> e : AREA_WORDS.entrySet()) {
      for (String w : e.getValue()) {
        if (folded.contains(w)) {
          found.add(e.getKey());
        }
      }
    }
    return found;
  }
}
