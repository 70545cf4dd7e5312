package io.github.cchc.model;

import io.github.cchc.model.text.Folding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads document citations. Number codes are matched on the text as printed (codes keep their
 * Đ); words and dates on the folded text, whose indices are the same. Separators inside a code
 * may be surrounded by any whitespace, line breaks included. Every repetition is bounded or
 * separated by a mandatory char, so matching stays linear.
 */
final class DocumentRefParser {
  private static final String CODE = "\\p{L}[\\p{L}\\p{Nd}&]{0,19}";
  private static final Pattern NUMBER = Pattern.compile(
      "(\\d{1,6})(?:\\s{0,8}/\\s{0,8}(\\d{4}))?\\s{0,8}[/-]\\s{0,8}" + CODE + "(?:\\s{0,8}[/-]\\s{0,8}" + CODE + "){0,4}");
  private static final Pattern STRICT_NUMBER =
      Pattern.compile("\\d{1,6}(?:/\\d{4})?[/-]" + CODE + "(?:[/-]" + CODE + "){0,4}");
  private static final Pattern DATE = Pattern.compile(
      "ngay\\s{0,8}(\\d{1,2})\\s{0,8}/\\s{0,8}(\\d{1,2})\\s{0,8}/\\s{0,8}(\\d{4})"
          + "|ngay\\s{0,8}(\\d{1,2})\\s{1,8}thang\\s{1,8}(\\d{1,2})\\s{1,8}nam\\s{1,8}(\\d{4})");
  /** "số", also as OCR renders it: so, s0, s6, se. */
  private static final Pattern SO = Pattern.compile("s[o06e]\\s{0,8}:?\\s{0,8}");

  /** Type words, folded, longest first so "thong tu lien tich" wins over "thong tu". */
  private static final List<Word> WORDS = words();

  private record Word(String folded, DocumentType type) {}

  private DocumentRefParser() {}

  private static List<Word> words() {
    List<Word> words = new ArrayList<>();
    for (DocumentType t : DocumentType.values()) {
      for (String w : t.words()) {
        words.add(new Word(Folding.fold(w), t));
      }
    }
    words.sort(Comparator.comparingInt((Word w) -> w.folded().length()).reversed());
    return List.copyOf(words);
  }

  static DocumentRef parse(CharSequence input) {
    String s = Texts.requireParseable(input, "Document reference", "Lời dẫn văn bản");
    String f = Folding.fold(s);
    int pos = 0;
    Optional<String> typeWord = Optional.empty();
    DocumentType wordType = null;
    Matcher so = SO.matcher(f);
    boolean leadingSo = so.lookingAt() && f.length() > so.end() && Character.isDigit(f.charAt(so.end()));
    if (leadingSo) {
      pos = so.end();
    } else {
      Word word = wordAt(f, 0);
      if (word != null) {
        typeWord = Optional.of(s.substring(0, word.folded().length()));
        wordType = word.type();
        pos = skipSpaces(f, word.folded().length());
        so.region(pos, f.length());
        if (so.lookingAt() && so.end() < f.length() && Character.isDigit(f.charAt(so.end()))) {
          pos = so.end();
        }
      }
    }
    Optional<String> number = Optional.empty();
    Matcher n = NUMBER.matcher(s).region(pos, s.length());
    if (n.lookingAt() && (pos == 0 || !Character.isLetterOrDigit(s.charAt(pos - 1)))) {
      number = Optional.of(unscanned(strip(n.group()), Optional.ofNullable(wordType)));
      pos = n.end();
    }
    if (typeWord.isEmpty() && number.isEmpty()) {
      throw new TextParseException(
          "Cannot read document reference \"" + Texts.abbreviate(input) + "\": it has neither a type word nor a number code",
          "Không đọc được lời dẫn văn bản \"" + Texts.abbreviate(input) + "\": không có tên loại văn bản, cũng không có số, ký hiệu",
          input,
          0);
    }
    Optional<String> title = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    Matcher d = DATE.matcher(f);
    int datePos = skipSeparators(f, pos);
    d.region(datePos, f.length());
    if (d.lookingAt()) {
      date = Optional.of(date(d, input));
      pos = d.end();
    } else if (number.isEmpty() && d.find()) {
      title = nonBlank(s.substring(pos, d.start()));
      date = Optional.of(date(d, input));
      pos = d.end();
    } else if (number.isEmpty()) {
      title = nonBlank(s.substring(pos));
      pos = s.length();
    }
    if (pos < s.length()) {
      Optional<String> rest = nonBlank(s.substring(skipSeparators(f, pos)));
      if (rest.isPresent()) {
        title = title.isPresent() ? Optional.of(title.get() + " " + rest.get()) : rest;
      }
    }
    DocumentType type = wordType != null ? wordType
        : number.flatMap(DocumentRefParser::typeCode).flatMap(DocumentType::fromCode).orElse(DocumentType.OTHER);
    return DocumentRef.builder().type(type).typeWord(typeWord).number(number).issuedOn(date).title(title)
        .text(Folding.clean(input)).build();
  }

  static List<DocumentRef.Occurrence> findAll(CharSequence input) {
    String s = Folding.nfc(input);
    String f = Folding.fold(s);
    List<DocumentRef.Occurrence> found = new ArrayList<>();
    Matcher n = NUMBER.matcher(s);
    Matcher d = DATE.matcher(f);
    int searchFrom = 0;
    while (searchFrom < s.length() && n.find(searchFrom)) {
      int ns = n.start();
      int ne = n.end();
      searchFrom = ne;
      if (ns > 0 && (Character.isLetterOrDigit(s.charAt(ns - 1)) || s.charAt(ns - 1) == '/')) {
        continue;
      }
      int start = ns;
      Optional<String> typeWord = Optional.empty();
      DocumentType type = null;
      int back = skipSpacesBack(f, ns);
      if (back >= 2 && f.charAt(back - 2) == 's' && "o06e".indexOf(f.charAt(back - 1)) >= 0
          && (back == 2 || !Character.isLetter(f.charAt(back - 3)))) {
        start = back - 2;
        back = skipSpacesBack(f, back - 2);
      } else if (back >= 3 && f.startsWith("so:", back - 3)) {
        start = back - 3;
        back = skipSpacesBack(f, back - 3);
      }
      for (Word w : WORDS) {
        int ws = back - w.folded().length();
        if (ws >= 0 && f.startsWith(w.folded(), ws) && (ws == 0 || !Character.isLetter(f.charAt(ws - 1)))) {
          typeWord = Optional.of(s.substring(ws, back));
          type = w.type();
          start = ws;
          break;
        }
      }
      String number = unscanned(strip(n.group()), Optional.ofNullable(type));
      int end = ne;
      Optional<LocalDate> date = Optional.empty();
      d.region(skipSeparators(f, ne), f.length());
      if (d.lookingAt()) {
        try {
          date = Optional.of(date(d, input));
          end = d.end();
        } catch (TextParseException e) {
          date = Optional.empty();
        }
      }
      if (type == null) {
        type = typeCode(number).flatMap(DocumentType::fromCode).orElse(DocumentType.OTHER);
      }
      found.add(new DocumentRef.Occurrence(
          DocumentRef.builder().type(type).typeWord(typeWord).number(number).issuedOn(date)
              .text(Folding.clean(s.substring(start, end))).build(),
          start,
          end));
      searchFrom = end;
    }
    findLaws(s, f, found);
    found.sort(Comparator.comparingInt(DocumentRef.Occurrence::start));
    return List.copyOf(found);
  }

  /** Laws are cited by name and date: "Luật Tổ chức chính quyền địa phương ngày 19/6/2015". */
  private static void findLaws(String s, String f, List<DocumentRef.Occurrence> found) {
    Matcher d = DATE.matcher(f);
    int from = 0;
    while (true) {
      int at = nextLaw(f, from);
      if (at < 0) {
        return;
      }
      from = at + 5;
      if (s.charAt(at) != 'L' || (at > 0 && Character.isLetter(f.charAt(at - 1))) || inside(found, at)) {
        continue;
      }
      int clauseEnd = clauseEnd(f, at);
      d.region(at, clauseEnd);
      if (!d.find()) {
        continue;
      }
      LocalDate date;
      try {
        date = date(d, s);
      } catch (TextParseException e) {
        continue;
      }
      if (overlapsNumber(found, at, d.end())) {
        continue;
      }
      Optional<String> title = nonBlank(s.substring(at + 4, d.start()));
      found.add(new DocumentRef.Occurrence(
          DocumentRef.builder().type(DocumentType.LAW).typeWord(s.substring(at, at + 4)).title(title)
              .issuedOn(date).text(Folding.clean(s.substring(at, d.end()))).build(),
          at,
          d.end()));
      from = d.end();
    }
  }

  /**
   * The next "luật " from an index, or the word as a scan prints it: four letters, "lu" and one
   * letter or sign for "a" before the "t" ("Ludt", "Luét", "Lu4t").
   */
  private static int nextLaw(String f, int from) {
    for (int at = f.indexOf("lu", from); at >= 0 && at + 5 <= f.length(); at = f.indexOf("lu", at + 1)) {
      if (f.charAt(at + 3) == 't' && f.charAt(at + 4) == ' ' && "adeo43".indexOf(f.charAt(at + 2)) >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static boolean inside(List<DocumentRef.Occurrence> found, int index) {
    return found.stream().anyMatch(o -> o.start() <= index && index < o.end());
  }

  private static boolean overlapsNumber(List<DocumentRef.Occurrence> found, int start, int end) {
    return found.stream().anyMatch(o -> o.start() < end && start < o.end());
  }

  private static int clauseEnd(String f, int from) {
    for (int i = from; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == ';' || c == '\n' || (c == '.' && (i + 1 == f.length() || f.charAt(i + 1) == ' '))) {
        return i;
      }
    }
    return f.length();
  }

  static Optional<DocumentType> wordType(String word) {
    String key = Folding.key(word);
    return WORDS.stream().filter(w -> w.folded().equals(key)).map(Word::type).findFirst();
  }

  private static Word wordAt(String f, int at) {
    for (Word w : WORDS) {
      int end = at + w.folded().length();
      if (f.startsWith(w.folded(), at) && (end == f.length() || !Character.isLetter(f.charAt(end)))) {
        return w;
      }
    }
    return null;
  }

  private static LocalDate date(Matcher d, CharSequence input) {
    int g = d.group(1) != null ? 1 : 4;
    try {
      return LocalDate.of(
          Integer.parseInt(d.group(g + 2)), Integer.parseInt(d.group(g + 1)), Integer.parseInt(d.group(g)));
    } catch (DateTimeException e) {
      throw new TextParseException(
          "Document reference \"" + Texts.abbreviate(input) + "\" has an impossible date: " + e.getMessage(),
          "Lời dẫn văn bản \"" + Texts.abbreviate(input) + "\" có ngày không có thật",
          input,
          d.start());
    }
  }

  static Optional<String> typeCode(String number) {
    int i = serialEnd(number);
    if (number.startsWith("/", i) && number.length() > i + 5 && Character.isDigit(number.charAt(i + 1))) {
      i += 5;
    }
    int codeStart = i + 1;
    int codeEnd = codeStart;
    while (codeEnd < number.length() && number.charAt(codeEnd) != '/' && number.charAt(codeEnd) != '-') {
      codeEnd++;
    }
    return codeStart < codeEnd ? Optional.of(number.substring(codeStart, codeEnd)) : Optional.empty();
  }

  /**
   * The letters scans print for those of type codes, as the code's position reads them: "NO" for
   * "NQ" (or "NĐ"), "NB" and "NP" for "NĐ", "QP" for "QĐ".
   */
  private static final String CODE_SIGNS = "OOBP0";
  private static final String CODE_LETTERS = "QĐĐĐQ";

  /**
   * A number whose type code is no known code but becomes one when letters a scan confuses are
   * read as what they stand for ("76/NO-CP" is "76/NQ-CP"); where two types could be meant, the
   * one the type word names, and with no word, the number as printed.
   */
  static String unscanned(String number, Optional<DocumentType> word) {
    Optional<String> code = typeCode(number);
    if (code.isEmpty() || DocumentType.fromCode(code.get()).isPresent() || code.get().length() > 4) {
      return number;
    }
    java.util.Set<DocumentType> meant = new java.util.LinkedHashSet<>();
    String c = code.get().toUpperCase(java.util.Locale.ROOT);
    for (int i = 0; i < c.length(); i++) {
      for (int k = 0; k < CODE_SIGNS.length(); k++) {
        if (c.charAt(i) == CODE_SIGNS.charAt(k)) {
          String read = c.substring(0, i) + CODE_LETTERS.charAt(k) + c.substring(i + 1);
          DocumentType.fromCode(read).ifPresent(meant::add);
        }
      }
    }
    Optional<DocumentType> type = meant.size() == 1 ? meant.stream().findFirst()
        : word.filter(meant::contains);
    if (type.isEmpty() || type.get().code().isEmpty()) {
      return number;
    }
    int start = number.indexOf(code.get(), serialEnd(number));
    return number.substring(0, start) + type.get().code().get() + number.substring(start + code.get().length());
  }

  static int serialEnd(String number) {
    int i = 0;
    while (i < number.length() && Character.isDigit(number.charAt(i))) {
      i++;
    }
    return i;
  }

  static void requireNumber(String number) {
    if (!STRICT_NUMBER.matcher(number).matches()) {
      throw new MalformedValueException("number",
          "DocumentRef number must look like \"76/NQ-CP\", \"50-KL/TW\" or \"107/2021/NĐ-CP\", was \""
              + Texts.abbreviate(number) + "\"", "số hiệu văn bản phải có dạng \"76/NQ-CP\", \"50-KL/TW\" hoặc \"107/2021/NĐ-CP\", đang là \""
              + Texts.abbreviate(number) + "\"");
    }
  }

  private static String strip(String number) {
    StringBuilder b = new StringBuilder(number.length());
    number.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static Optional<String> nonBlank(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static int skipSpaces(String f, int i) {
    while (i < f.length() && Character.isWhitespace(f.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSeparators(String f, int i) {
    while (i < f.length() && (Character.isWhitespace(f.charAt(i)) || f.charAt(i) == ',')) {
      i++;
    }
    return i;
  }

  private static int skipSpacesBack(String f, int i) {
    while (i > 0 && Character.isWhitespace(f.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
