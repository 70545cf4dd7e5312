package io.github.cchc.model.json;

import io.github.cchc.model.CchcException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;

/**
 * Thrown when a JSON document is not a valid cchc document (JSON không hợp lệ): it is not JSON,
 * breaks a read limit, has an unknown or missing property, a value of the wrong type, or a value
 * the model rejects. {@link #getPointer()} names where, {@link #getProblem()} what, {@link
 * #getValue()} the offending value; {@link #getMessage(Locale)} says it in Vietnamese or English,
 * in one line and in the reader's words, never in the JSON library's.
 */
public class JsonFormatException extends CchcException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "io.github.cchc.model.json.errors";

  /** What is wrong with the document (lỗi gì). */
  public enum Problem {
    /** A character or word that is not JSON where it stands ({@code NaN}, a stray comma). */
    SYNTAX,
    /** The document ends before its values are closed. */
    ENDS_EARLY,
    /** The bytes are not UTF-8. */
    NOT_UTF8,
    /** The document holds nothing. */
    EMPTY,
    /** More content follows the document's one value. */
    TRAILING,
    /** Objects and arrays nest deeper than {@link CchcJson#MAX_NESTING_DEPTH}. */
    TOO_DEEP,
    /** A string is longer than {@link CchcJson#MAX_STRING_LENGTH} chars. */
    TOO_LONG_TEXT,
    /** A number has more than {@link CchcJson#MAX_NUMBER_LENGTH} digits. */
    TOO_LONG_NUMBER,
    /** The document is larger than {@link CchcJson#MAX_DOCUMENT_LENGTH} bytes. */
    TOO_LARGE,
    /** An object names a property twice. */
    DUPLICATE_PROPERTY,
    /** A property the format does not have. */
    UNKNOWN_PROPERTY,
    /** A required property missing or null. */
    MISSING_PROPERTY,
    /** A value of another JSON type than the property's (a number where a list belongs). */
    WRONG_TYPE,
    /** A value of the right type that does not read ("2024-02-30" for a date). */
    INVALID_VALUE,
    /** Another format tag than the document's. */
    WRONG_FORMAT,
    /** A value the model refuses: it would break an invariant of its structure. */
    MALFORMED
  }

  private final String pointer;
  private final Problem problem;
  private final String value;
  private final String detail;
  private final long line;
  private final long row;
  private final long column;

  /**
   * Creates the exception for a value the model refuses, the message saying why.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the offending value, "" for the whole document
   * @param message what is wrong, naming the value
   * @param cause the underlying failure, may be null
   */
  public JsonFormatException(String pointer, String message, Throwable cause) {
    this(Problem.MALFORMED, pointer, "", Objects.requireNonNull(message, "message"), 0, 0, 0, cause);
  }

  JsonFormatException(Problem problem, String pointer, String value, String detail, long line, long row, long column,
      Throwable cause) {
    super(render(Locale.ENGLISH, problem, pointer, value, detail, line, row, column, cause), cause);
    this.problem = problem;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = value;
    this.detail = detail;
    this.line = line;
    this.row = row;
    this.column = column;
  }

  /**
   * Gets the same failure as a larger document that holds the failing one sees it: its JSON Pointer
   * prefixed by where that document stands in the larger one, without a line and column, which
   * were the inner document's.
   *
   * @param prefix the JSON Pointer of the inner document in the outer one, such as {@code "/original"}
   * @return the failure, not null
   */
  public JsonFormatException within(String prefix) {
    return new JsonFormatException(problem, Objects.requireNonNull(prefix, "prefix") + pointer, value, detail, 0, 0, 0,
        getCause());
  }

  /** The same failure on a line of a JSON lines file. */
  JsonFormatException onLine(long number) {
    // A line is parsed as a document of one line: its row is the file's line.
    return new JsonFormatException(problem, pointer, value, detail, number, row > 0 ? number : 0, column, getCause());
  }

  /**
   * Gets the JSON Pointer of the offending value ("/tasks/56/timeframe").
   *
   * @return the pointer, "" for the whole document
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Gets what is wrong.
   *
   * @return the problem, not null
   */
  public Problem getProblem() {
    return problem;
  }

  /**
   * Gets the offending value as the document prints it, abbreviated: {@code 7}, {@code "2024"},
   * the name of a property, the character out of place.
   *
   * @return the value, empty when the problem has none (an empty document)
   */
  public Optional<String> getValue() {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Gets the line of a JSON lines file the failure is on.
   *
   * @return the line, counted from 1; empty for a document read whole
   */
  public OptionalLong getLine() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  @Override
  public String getMessage(Locale locale) {
    return render(locale, problem, pointer, value, detail, line, row, column, getCause());
  }

  private static String render(Locale locale, Problem problem, String pointer, String value, String detail, long line,
      long row, long column, Throwable cause) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE,
        locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    String where = pointer.isEmpty() ? texts.getString("at.document") : texts.getString("at").replace("{pointer}", pointer);
    if (line > 0) {
      String onLine = texts.getString("line").replace("{line}", Long.toString(line));
      where = pointer.isEmpty() ? onLine.replaceFirst(",\\s*$", "") : onLine + where;
    }
    String expected = detail;
    if (problem == Problem.MALFORMED && detail.isEmpty() && cause instanceof CchcException c) {
      String reason = c.getMessage(locale).replace('\n', ' ');
      expected = reason.length() <= 400 ? reason : reason.substring(0, 399) + "…";
    } else if (problem.name().startsWith("TOO_")) {
      expected = java.text.NumberFormat.getIntegerInstance(texts.getLocale()).format(Long.parseLong(detail));
    } else if (detail.startsWith("type.enum:")) {
      expected = texts.getString("type.enum").replace("{values}", detail.substring("type.enum:".length()));
    } else if (detail.startsWith("type.") && texts.containsKey(detail)) {
      expected = texts.getString(detail);
    }
    // A variant where the general wording would not fit: several names, or no place in the text.
    String key = problem == Problem.MISSING_PROPERTY && value.contains("\", \"") ? problem.name() + ".many"
        : row == 0 && texts.containsKey(problem.name() + ".nowhere") ? problem.name() + ".nowhere" : problem.name();
    String what = texts.getString(key)
        .replace("{value}", value)
        .replace("{expected}", expected)
        .replace("{row}", Long.toString(row))
        .replace("{column}", Long.toString(column));
    return where + ": " + what;
  }
}
