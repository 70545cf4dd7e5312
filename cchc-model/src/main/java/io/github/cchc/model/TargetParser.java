package io.github.cchc.model;

import io.github.cchc.model.text.Folding;
import io.github.cchc.model.text.ScanWords;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantified clauses of a target sentence. Quantities are found on the folded text; the
 * words just before and after each one give its comparison. Clauses end at ';' and at the end of
 * a sentence, so that a sentence
 * stating two targets ("…đạt trên 95%; mức độ hài lòng … đạt 90% trở lên") gives each its own.
 */
final class TargetParser {
  private static final Pattern QUANTITY = Pattern.compile(
      "(\\d{1,9}(?:[.,]\\d{1,4})?) ?(%|phut\\b|ngay\\b|don vi\\b|diem\\b|dot\\b|cuoc\\b|lop\\b|buoi\\b)");
  private static final Pattern BAND_REST = Pattern.compile(" ?den duoi (\\d{1,9}(?:[.,]\\d{1,4})?) ?%");
  private static final Pattern BASELINE = Pattern.compile("so voi (?:cung ky )?(?:nam )?(\\d{4})");
  /** "tăng so với năm 2021"; scans print "tăng" as "ting" and "với" as "véi". */
  private static final Pattern CHANGE_WITHOUT_QUANTITY =
      Pattern.compile("\\b(tang|ting|giam)\\b[^;%\\d]{0,80}?\\bso v[oe]i (?:cung ky )?(?:nam )?(\\d{4})");
  /** "Vượt chỉ tiêu thu ngân sách … được giao", "vượt dự toán": above the plan figure. */
  private static final Pattern ABOVE_PLAN = Pattern.compile("\\b(dat(?: va|,) )?vuot (?:cac )?(?:chi tieu|du toan)\\b");
  private static final List<String> RANK_WORDS =
      List.of("dan dau", "thu hang cao", "xep hang cao", "nhom dau", "nhom cao", "top ", "duy tri xep hang");
  private static final List<String> PLAN_WORDS = List.of("ke hoach", "du toan");
  private static final List<String> RANK_PHRASES = List.of("dan dau", "thu hang cao", "xep hang cao", "thu hang",
      "xep hang", "nhom dau", "nhom cao", "duy tri");
  /** A count whose unit a scan damaged ("02 ddt", "01 lep"): one letter off a unit word of its length. */
  private static final Pattern DAMAGED_COUNT = Pattern.compile("(\\d{1,4}) ([a-z]{3,4})\\b");
  private static final List<String> COUNT_UNITS = List.of("dot", "lop", "buoi", "cuoc", "phut", "ngay", "diem");

  private TargetParser() {}

  static List<Target> parseAll(CharSequence input, Optional<Year> planYear) {
    String s = Texts.requireParseable(input, "Target", "Câu chỉ tiêu");
    // Words with a scan's signs read as letters ("l6p" for "lớp"); figures are left as printed.
    String f = ScanWords.unconfuseWords(Folding.fold(s));
    List<Target> targets = new ArrayList<>();
    int clauseStart = 0;
    while (clauseStart < f.length()) {
      int clauseEnd = clauseEnd(s, clauseStart);
      readClause(input, s, f, clauseStart, clauseEnd, planYear, targets);
      clauseStart = clauseEnd + 1;
    }
    if (targets.isEmpty()) {
      // A rank's words as printed, else as a scan damaged them ("dan dau" printed "dén déu").
      String words = f.contains("dan dau") || f.length() > 400 ? f : ScanWords.repair(Folding.clean(f), RANK_PHRASES);
      for (String word : RANK_WORDS) {
        if (f.contains(word) || words.contains(word)) {
          String position = trimmed(s);
          targets.add(Target.builder().kind(Target.Kind.RANK).unit(Target.Unit.RANK).position(position)
              .text(position).build());
          break;
        }
      }
    }
    return List.copyOf(targets);
  }

  /** A clause ends at ';' or at the end of a sentence: a full stop, a space and a capital. */
  private static int clauseEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ';' || (c == '.' && i + 2 < s.length() && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2)))) {
        return i;
      }
    }
    return s.length();
  }

  private static void readClause(CharSequence input, String s, String f, int start, int end, Optional<Year> planYear,
      List<Target> out) {
    String text = trimmed(s.substring(start, end));
    if (text.isEmpty()) {
      return;
    }
    int before = out.size();
    Matcher q = QUANTITY.matcher(f);
    int from = start;
    while (from < end && q.region(from, end).find()) {
      from = q.end();
      if (q.start() > 0 && (Character.isLetterOrDigit(f.charAt(q.start() - 1)) || f.charAt(q.start() - 1) == '/')) {
        continue;
      }
      BigDecimal amount = number(q.group(1));
      Target.Unit unit = unit(q.group(2), f, q.end(), end);
      String prefix = f.substring(Math.max(start, q.start() - 40), q.start());
      Target.Builder t = Target.builder().text(text).unit(unit).threshold(amount);
      Matcher band = BAND_REST.matcher(f).region(q.end(), end);
      if (prefix.endsWith("tu ") && band.lookingAt()) {
        t.kind(Target.Kind.LEVEL).comparison(Target.Comparison.BAND).upperBound(number(band.group(1)));
        from = band.end();
        out.add(build(t, input, q.start()));
        continue;
      }
      Target.Comparison comparison = comparison(prefix, f.substring(q.end(), Math.min(end, q.end() + 10)), amount, unit);
      Optional<Target.Direction> direction = direction(prefix);
      Matcher baseline = BASELINE.matcher(f).region(q.end(), end);
      if (direction.isPresent()) {
        // "tăng tối thiểu 20%" is a change even where no "so với" names the period it is against.
        t.kind(Target.Kind.CHANGE).direction(direction.get());
        if (baseline.find()) {
          t.baseline(Baseline.of(Year.of(Integer.parseInt(baseline.group(1)))));
        } else {
          planYear.ifPresent(y -> t.baseline(Baseline.previousYearOf(y)));
        }
        if (unit == Target.Unit.PERCENT_OF_PLAN) {
          t.unit(Target.Unit.PERCENT);
        }
      } else {
        t.kind(Target.Kind.LEVEL);
      }
      out.add(build(t.comparison(comparison), input, q.start()));
    }
    if (out.size() == before) {
      damagedCount(input, text, f, start, end, out);
    }
    if (out.size() == before) {
      Matcher change = CHANGE_WITHOUT_QUANTITY.matcher(f).region(start, end);
      if (change.find()) {
        out.add(Target.builder().text(text).kind(Target.Kind.CHANGE).unit(Target.Unit.PERCENT)
            .comparison(Target.Comparison.GREATER_THAN).threshold(BigDecimal.ZERO)
            .direction(change.group(1).equals("giam") ? Target.Direction.DECREASE : Target.Direction.INCREASE)
            .baseline(Baseline.of(Year.of(Integer.parseInt(change.group(2))))).build());
      } else {
        Matcher above = ABOVE_PLAN.matcher(f).region(start, end);
        if (above.find()) {
          // "đạt và vượt dự toán" reaches or exceeds it; "vượt chỉ tiêu" exceeds it.
          out.add(Target.builder().text(text).kind(Target.Kind.LEVEL).unit(Target.Unit.PERCENT_OF_PLAN)
              .comparison(above.group(1) != null ? Target.Comparison.AT_LEAST : Target.Comparison.GREATER_THAN)
              .threshold(BigDecimal.valueOf(100)).build());
        }
      }
    }
  }

  /**
   * A count whose unit word a scan damaged is read only where a comparison is stated before it
   * ("tổ chức ít nhất 02 ddt"): a figure before a word one letter off a unit is otherwise no target.
   */
  private static void damagedCount(CharSequence input, String text, String f, int start, int end, List<Target> out) {
    Matcher m = DAMAGED_COUNT.matcher(f).region(start, end);
    while (m.find()) {
      if (m.start() > 0 && Character.isLetterOrDigit(f.charAt(m.start() - 1))) {
        continue;
      }
      String word = m.group(2);
      String unit = COUNT_UNITS.stream().filter(u -> u.length() == word.length() && substitutions(u, word) == 1)
          .findFirst().orElse(null);
      String prefix = f.substring(Math.max(start, m.start() - 40), m.start());
      Optional<Target.Comparison> stated = unit == null ? Optional.empty()
          : stated(ScanWords.repair(lastWords(Folding.clean(prefix), 4), COMPARISON_WORDS) + " ", "");
      if (stated.isPresent()) {
        BigDecimal amount = number(m.group(1));
        Target.Unit u = unit(unit, f, m.end(), end);
        out.add(build(Target.builder().text(text).kind(Target.Kind.LEVEL).unit(u).threshold(amount)
            .comparison(stated.get()), input, m.start()));
      }
    }
  }

  private static int substitutions(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }

  private static Target build(Target.Builder t, CharSequence input, int at) {
    try {
      return t.build();
    } catch (MalformedValueException e) {
      throw new TextParseException("Cannot read target \"" + Texts.abbreviate(input) + "\": " + e.getMessage(),
          "Không đọc được chỉ tiêu \"" + Texts.abbreviate(input) + "\": " + e.getMessage(Locale.forLanguageTag("vi")), input, at);
    }
  }

  /** The words a comparison is stated in, which a scan's damage ("Téi thiéu", "T4i thidu") is repaired towards. */
  private static final List<String> COMPARISON_WORDS = List.of("toi thieu", "it nhat", "khong duoi", "khong it hon",
      "toi da", "khong qua", "khong vuot qua", "tren", "hon", "vuot", "duoi", "bang", "dung", "dat", "tang", "giam");

  private static Target.Comparison comparison(String prefix, String suffix, BigDecimal amount, Target.Unit unit) {
    Optional<Target.Comparison> stated = stated(prefix, suffix);
    if (stated.isEmpty() && prefix.length() > 1) {
      // Only where no comparison is read as printed: the last words before the figure, repaired.
      stated = stated(ScanWords.repair(lastWords(Folding.clean(prefix), 4), COMPARISON_WORDS) + " ", suffix);
    }
    if (stated.isPresent()) {
      return stated.get();
    }
    boolean all = unit == Target.Unit.PERCENT && amount.compareTo(BigDecimal.valueOf(100)) == 0;
    return all ? Target.Comparison.EQUAL : Target.Comparison.AT_LEAST;
  }

  /** The last words of a phrase: a comparison is stated just before its figure. */
  private static String lastWords(String phrase, int n) {
    if (phrase.isEmpty()) {
      // A figure at the very start of a clause ("02 ddt") has no words before it.
      return phrase;
    }
    int at = phrase.length();
    for (int k = 0; k < n && at > 0; k++) {
      at = phrase.lastIndexOf(' ', at - 1);
      if (at < 0) {
        return phrase;
      }
    }
    return phrase.substring(at + 1);
  }

  private static Optional<Target.Comparison> stated(String prefix, String suffix) {
    String p = prefix.endsWith("dat ") ? prefix.substring(0, prefix.length() - 4) : prefix;
    if (p.endsWith("dat ")) {
      p = p.substring(0, p.length() - 4);
    }
    if (suffix.startsWith(" tro len") || suffix.startsWith(" tro len".substring(1))) {
      return Optional.of(Target.Comparison.AT_LEAST);
    }
    if (p.endsWith("tren ") || p.endsWith("hon ") || p.endsWith("vuot ")) {
      return Optional.of(Target.Comparison.GREATER_THAN);
    }
    if (p.endsWith("toi thieu ") || p.endsWith("it nhat ") || p.endsWith("tu ") || p.endsWith("khong duoi ")
        || p.endsWith("khong it hon ")) {
      return Optional.of(Target.Comparison.AT_LEAST);
    }
    if (p.endsWith("toi da ") || p.endsWith("khong qua ") || p.endsWith("khong vuot qua ")) {
      return Optional.of(Target.Comparison.AT_MOST);
    }
    if (p.endsWith("duoi ")) {
      return Optional.of(Target.Comparison.LESS_THAN);
    }
    if (p.endsWith("bang ") || p.endsWith("dung ")) {
      return Optional.of(Target.Comparison.EQUAL);
    }
    return Optional.empty();
  }

  private static Optional<Target.Direction> direction(String prefix) {
    String p = prefix.strip();
    for (String lead : List.of("toi thieu", "it nhat", "tren", "toi da", "khong qua", "bang", "duoi")) {
      if (p.endsWith(lead)) {
        p = p.substring(0, p.length() - lead.length()).strip();
        break;
      }
    }
    if (p.endsWith("giam")) {
      return Optional.of(Target.Direction.DECREASE);
    }
    if (p.endsWith("tang")) {
      return Optional.of(Target.Direction.INCREASE);
    }
    return Optional.empty();
  }

  private static Target.Unit unit(String word, String f, int after, int end) {
    switch (word) {
      case "%":
        String rest = f.substring(after, Math.min(end, after + 12));
        if (rest.startsWith(" ke hoach") || rest.startsWith(" du toan")) {
          return Target.Unit.PERCENT_OF_PLAN;
        }
        String repaired = " " + ScanWords.repair(Folding.clean(rest), PLAN_WORDS);
        return repaired.startsWith(" ke hoach") || repaired.startsWith(" du toan") ? Target.Unit.PERCENT_OF_PLAN
            : Target.Unit.PERCENT;
      case "phut":
        return Target.Unit.MINUTES;
      case "ngay":
        return Target.Unit.DAYS;
      case "diem":
        return Target.Unit.POINTS;
      default:
        return Target.Unit.COUNT;
    }
  }

  /** Vietnamese writes the decimal separator as a comma; a point is read the same way. */
  private static BigDecimal number(String printed) {
    return new BigDecimal(printed.replace(',', '.'));
  }

  private static String trimmed(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ".;,:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    while (!t.isEmpty() && ";,:".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t;
  }
}
