package io.github.cchc.model.json;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.MalformedValueException;
import io.github.cchc.model.json.JsonFormatException.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what Jackson reports into a {@link JsonFormatException} in the reader's terms: the pointer
 * taken from the parser's context or the binding's path, the problem classified, the value quoted
 * from the document, never Jackson's own wording, type names or features.
 */
final class JsonErrors {
  /** How Immutables reports unset required attributes: "… required attributes are not set [content]". */
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]{1,500})\\]");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.{0,200}?)\"");
  private static final Pattern TOKEN = Pattern.compile("(?:Non-standard token|Unrecognized token|Unexpected character \\() ?'(.{1,60}?)'");
  private static final int VALUE_LENGTH = 60;

  private JsonErrors() {}

  /** Nesting 100,000 deep has a pointer as deep: the first levels say where, the rest is elided. */
  private static String shallow(String pointer) {
    int cut = -1;
    for (int i = 0, slashes = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '/' && ++slashes == 9) {
        cut = i;
        break;
      }
    }
    return cut < 0 ? pointer : pointer.substring(0, cut) + "/…";
  }

  /** A failure while the bytes are parsed: the pointer is where the parser stood. */
  static JsonFormatException parsing(JacksonException e, JsonParser reading) {
    TokenStreamLocation at = e.getLocation();
    long row = at == null ? 0 : Math.max(0, at.getLineNr());
    long column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    JsonParser parser = e.processor() instanceof JsonParser p ? p : reading;
    TokenStreamContext context = parser == null ? null : parser.streamReadContext();
    String pointer = context == null ? "" : context.pathAsPointer().toString();
    if (e instanceof StreamConstraintsException) {
      if (message.contains("nesting depth")) {
        return new JsonFormatException(Problem.TOO_DEEP, shallow(enclosing(context)), "", Long.toString(CchcJson.MAX_NESTING_DEPTH),
            0, row, column, e);
      }
      if (message.startsWith("Number value length")) {
        return new JsonFormatException(Problem.TOO_LONG_NUMBER, pointer, "", Long.toString(CchcJson.MAX_NUMBER_LENGTH), 0,
            row, column, e);
      }
      if (message.startsWith("Document length")) {
        return new JsonFormatException(Problem.TOO_LARGE, "", "", Long.toString(CchcJson.MAX_DOCUMENT_LENGTH), 0, row,
            column, e);
      }
      return new JsonFormatException(Problem.TOO_LONG_TEXT, pointer, "", Long.toString(CchcJson.MAX_STRING_LENGTH), 0, row,
          column, e);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return new JsonFormatException(Problem.ENDS_EARLY, pointer, "", "", 0, row, column, e);
    }
    if (message.startsWith("Invalid UTF-8")) {
      return new JsonFormatException(Problem.NOT_UTF8, pointer, "", "", 0, row, column, e);
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return new JsonFormatException(Problem.DUPLICATE_PROPERTY, enclosing(context), duplicate.group(1), "", 0, row, column, e);
    }
    if (message.startsWith("Trailing token")) {
      return new JsonFormatException(Problem.TRAILING, "", token(parser), "", 0, row, column, e);
    }
    Matcher token = TOKEN.matcher(message);
    String value = token.find() ? token.group(1) : token(parser);
    return new JsonFormatException(Problem.SYNTAX, pointer, value, "", 0, row, column, e);
  }

  /** The object or array a failure is in: a duplicate key belongs to its object, not to the key. */
  private static String enclosing(TokenStreamContext context) {
    if (context == null) {
      return "";
    }
    TokenStreamContext parent = context.getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  private static String token(JsonParser parser) {
    if (parser == null || parser.currentToken() == null) {
      return "";
    }
    JsonToken t = parser.currentToken();
    return t.asString() != null ? t.asString() : abbreviate(parser.getString());
  }

  /** A failure while the tree is bound to the model: the pointer is the binding's path. */
  static JsonFormatException binding(JacksonException e, JsonNode tree) {
    String pointer = pointer(e.getPath());
    Throwable cause = e.getCause();
    if (e instanceof UnrecognizedPropertyException u) {
      return new JsonFormatException(Problem.UNKNOWN_PROPERTY, pointer, u.getPropertyName(), "", 0, 0, 0, e);
    }
    if (cause instanceof NullPointerException npe && npe.getMessage() != null && !npe.getMessage().contains(" ")) {
      return new JsonFormatException(Problem.MISSING_PROPERTY, pointer + "/" + escape(npe.getMessage()), npe.getMessage(), "",
          0, 0, 0, e);
    }
    for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof CchcException c) {
        return model(c, pointer, e);
      }
    }
    JsonNode node = tree.at(JsonPointer.compile(pointer));
    String value = show(node);
    if (e instanceof InvalidFormatException f) {
      return new JsonFormatException(Problem.INVALID_VALUE, pointer, value, expected(f.getTargetType()), 0, 0, 0, e);
    }
    if (e instanceof MismatchedInputException m) {
      Class<?> target = m.getTargetType();
      boolean dated = target != null && target.getName().startsWith("java.time.");
      boolean rightType = dated && (target == java.time.Year.class ? node.isIntegralNumber() : node.isString());
      if (node.isMissingNode() || node.isNull()) {
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        return new JsonFormatException(Problem.MISSING_PROPERTY, pointer, name, "", 0, 0, 0, e);
      }
      return new JsonFormatException(rightType ? Problem.INVALID_VALUE : Problem.WRONG_TYPE, pointer, value,
          expected(target), 0, 0, 0, e);
    }
    return new JsonFormatException(Problem.INVALID_VALUE, pointer, value, "type.value", 0, 0, 0, e);
  }

  /** A value the model refused while it was built: an unset required attribute or a broken invariant. */
  static JsonFormatException model(CchcException c, String pointer, Throwable e) {
    Matcher missing = MISSING.matcher(c.getMessage());
    if (missing.find()) {
      List<String> names = List.of(missing.group(1).split(",\\s*"));
      return new JsonFormatException(Problem.MISSING_PROPERTY, names.size() == 1 ? pointer + "/" + escape(names.get(0)) : pointer,
          String.join("\", \"", names), "", 0, 0, 0, e);
    }
    String at = c instanceof MalformedValueException m && m.getAttribute().isPresent()
        ? pointer + "/" + m.getAttribute().get() : pointer;
    // The model's exception is the cause, so that its message is said in the reader's language.
    return new JsonFormatException(Problem.MALFORMED, at, "", "", 0, 0, 0, c);
  }

  /** The bundle key of what a property of a Java type takes, in words a user of the format knows. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "type.value";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "type.array";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "type.text";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class
        || type == Short.class || type == short.class) {
      return "type.integer";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
      return "type.number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "type.boolean";
    }
    if (type.isEnum()) {
      StringBuilder values = new StringBuilder("type.enum:");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        values.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
      }
      return values.toString();
    }
    if (type == java.time.LocalDate.class) {
      return "type.date";
    }
    if (type == java.time.LocalDateTime.class) {
      return "type.datetime";
    }
    if (type == java.time.YearMonth.class) {
      return "type.yearmonth";
    }
    if (type == java.time.MonthDay.class) {
      return "type.monthday";
    }
    if (type == java.time.Year.class) {
      return "type.year";
    }
    if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
      return "type.object";
    }
    return "type.value";
  }

  /** A value as the document prints it: scalars as JSON, lists and objects by their brackets. */
  static String show(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "";
    }
    if (node.isArray()) {
      return "[…]";
    }
    if (node.isObject()) {
      return "{…}";
    }
    return abbreviate(node.toString());
  }

  static String pointer(List<JacksonException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        b.append('/').append(escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= VALUE_LENGTH ? line : line.substring(0, VALUE_LENGTH - 1) + "…";
  }
}
