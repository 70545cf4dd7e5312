package io.github.cchc.model;

import io.github.cchc.model.text.IsoTimes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The JSON form of a timeframe: its kind, its text as printed, and the fields of its kind, e.g.
 * {@code {"kind":"QUARTERS","text":"Quý III, IV/ 2024","year":2024,"quarters":[3,4]}}.
 */
final class TimeframeJson {
  private TimeframeJson() {}

  static final class Writer extends ValueSerializer<Timeframe> {
    @Override
    public void serialize(Timeframe value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      writeBody(value, gen, true);
      gen.writeEndObject();
    }

    private static void writeBody(Timeframe value, JsonGenerator gen, boolean withText) {
      gen.writeStringProperty("kind", value.kind().name());
      if (withText) {
        gen.writeStringProperty("text", value.text());
      }
      if (value instanceof Timeframe.InMonth m) {
        gen.writeStringProperty("month", m.month().toString());
      } else if (value instanceof Timeframe.Before b) {
        gen.writeStringProperty("exclusiveDeadline", b.exclusiveDeadline().toString());
      } else if (value instanceof Timeframe.InQuarters q) {
        gen.writeNumberProperty("year", q.year().getValue());
        gen.writeName("quarters");
        gen.writeStartArray();
        for (int quarter : q.quarters()) {
          gen.writeNumber(quarter);
        }
        gen.writeEndArray();
      } else if (value instanceof Timeframe.Between r) {
        gen.writeName("from");
        gen.writeStartObject();
        writeBody(r.from(), gen, false);
        gen.writeEndObject();
        gen.writeName("to");
        gen.writeStartObject();
        writeBody(r.to(), gen, false);
        gen.writeEndObject();
      } else if (value instanceof Timeframe.WholeYear y) {
        gen.writeNumberProperty("year", y.year().getValue());
      } else if (value instanceof Timeframe.Recurring r) {
        gen.writeStringProperty("frequency", r.frequency().name());
        gen.writeNumberProperty("year", r.year().getValue());
      } else if (value instanceof Timeframe.SetByAuthority a) {
        gen.writeStringProperty("basis", a.basis());
        gen.writeName("authorities");
        gen.writeStartArray();
        for (String authority : a.authorities()) {
          gen.writeString(authority);
        }
        gen.writeEndArray();
      }
    }
  }

  static final class Reader extends ValueDeserializer<Timeframe> {
    @Override
    public Timeframe deserialize(JsonParser p, DeserializationContext ctxt) {
      // CchcJson's streaming read sets this attribute (under Timeframe.class): a document it cannot read is read again
      // from its tree, whose reader below words the error, so this one only has to refuse what it does not take.
      if (ctxt.getAttribute(Timeframe.class) != null && p.currentToken() == JsonToken.START_OBJECT) {
        try {
          return stream(p, true);
        } catch (MalformedValueException | DateTimeException | IllegalArgumentException e) {
          throw refused(p);
        }
      }
      JsonNode node = ctxt.readTree(p);
      return read(node, ctxt, true);
    }

    /** The properties a timeframe's JSON may have, one bit each. */
    private static final int KIND = 1;
    private static final int TEXT = 1 << 1;
    private static final int MONTH = 1 << 2;
    private static final int DEADLINE = 1 << 3;
    private static final int YEAR = 1 << 4;
    private static final int QUARTERS = 1 << 5;
    private static final int FROM = 1 << 6;
    private static final int TO = 1 << 7;
    private static final int FREQUENCY = 1 << 8;
    private static final int BASIS = 1 << 9;
    private static final int AUTHORITIES = 1 << 10;

    /** The properties of a kind, as the tree read's allowed names list them. */
    private static int properties(Timeframe.Kind kind) {
      return KIND | TEXT | switch (kind) {
        case MONTH -> MONTH;
        case BEFORE -> DEADLINE;
        case QUARTERS -> YEAR | QUARTERS;
        case BETWEEN -> FROM | TO;
        case YEAR -> YEAR;
        case RECURRING -> FREQUENCY | YEAR;
        case SET_BY_AUTHORITY -> BASIS | AUTHORITIES;
      };
    }

    /**
     * Reads a timeframe from its tokens, the parser at its opening brace: the same value as the tree
     * read gives, or a refusal for anything that read would not take as it is (a missing, unknown,
     * repeated, null or mistyped property, a kind or value it refuses), never a value it would not give.
     */
    private static Timeframe stream(JsonParser p, boolean withText) {
      String kind = null;
      String text = null;
      String month = null;
      String deadline = null;
      String frequency = null;
      String basis = null;
      int year = 0;
      List<Integer> quarters = null;
      List<String> authorities = null;
      Timeframe from = null;
      Timeframe to = null;
      int seen = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        int bit = t != JsonToken.PROPERTY_NAME ? 0 : switch (p.currentName()) {
          case "kind" -> KIND;
          case "text" -> TEXT;
          case "month" -> MONTH;
          case "exclusiveDeadline" -> DEADLINE;
          case "year" -> YEAR;
          case "quarters" -> QUARTERS;
          case "from" -> FROM;
          case "to" -> TO;
          case "frequency" -> FREQUENCY;
          case "basis" -> BASIS;
          case "authorities" -> AUTHORITIES;
          default -> 0;
        };
        if (bit == 0 || (seen & bit) != 0) {
          throw refused(p);
        }
        seen |= bit;
        JsonToken value = p.nextToken();
        switch (bit) {
          case KIND -> kind = text(p, value);
          case TEXT -> text = text(p, value);
          case MONTH -> month = text(p, value);
          case DEADLINE -> deadline = text(p, value);
          case YEAR -> year = integer(p, value, Year.MIN_VALUE, Year.MAX_VALUE);
          case QUARTERS -> quarters = integers(p, value);
          case FROM -> from = nested(p, value);
          case TO -> to = nested(p, value);
          case FREQUENCY -> frequency = text(p, value);
          case BASIS -> basis = text(p, value);
          default -> authorities = texts(p, value);
        }
      }
      if (kind == null) {
        throw refused(p);
      }
      Timeframe.Kind k = Timeframe.Kind.valueOf(kind);
      if (seen != (withText ? properties(k) : properties(k) & ~TEXT)) {
        throw refused(p);
      }
      Timeframe structure = switch (k) {
        case MONTH -> Timeframe.ofMonth(IsoTimes.month(month));
        case BEFORE -> Timeframe.before(IsoTimes.date(deadline));
        case QUARTERS -> Timeframe.ofQuarters(Year.of(year), quarters);
        case BETWEEN -> Timeframe.between(from, to);
        case YEAR -> Timeframe.ofYear(Year.of(year));
        case RECURRING -> Timeframe.recurring(Timeframe.Frequency.valueOf(frequency.toUpperCase(Locale.ROOT)
            .equals(frequency) ? frequency : "?"), Year.of(year));
        case SET_BY_AUTHORITY -> Timeframe.setBy(basis, authorities);
      };
      return withText ? structure.withText(text) : structure;
    }

    private static Timeframe nested(JsonParser p, JsonToken value) {
      if (value != JsonToken.START_OBJECT) {
        throw refused(p);
      }
      return stream(p, false);
    }

    private static String text(JsonParser p, JsonToken value) {
      if (value != JsonToken.VALUE_STRING) {
        throw refused(p);
      }
      return p.getString();
    }

    private static int integer(JsonParser p, JsonToken value, int min, int max) {
      if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
          || p.getIntValue() < min || p.getIntValue() > max) {
        throw refused(p);
      }
      return p.getIntValue();
    }

    private static List<Integer> integers(JsonParser p, JsonToken value) {
      if (value != JsonToken.START_ARRAY) {
        throw refused(p);
      }
      List<Integer> values = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        // A cut document ends with no token: refused as a mistyped element.
        values.add(integer(p, t, Integer.MIN_VALUE, Integer.MAX_VALUE));
      }
      return values;
    }

    private static List<String> texts(JsonParser p, JsonToken value) {
      if (value != JsonToken.START_ARRAY) {
        throw refused(p);
      }
      List<String> values = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        values.add(text(p, t));
      }
      return values;
    }

    /** Not read from the tokens: the tree read that follows says why. */
    private static MismatchedInputException refused(JsonParser p) {
      return MismatchedInputException.from(p, Timeframe.class, "a timeframe the streaming read leaves to the tree read");
    }

    private static Timeframe read(JsonNode node, DeserializationContext ctxt, boolean withText) {
      if (!node.isObject()) {
        throw mismatch(ctxt, null, Timeframe.class, "a timeframe must be a JSON object, was " + describe(node));
      }
      String kindName = string(node, "kind", ctxt);
      Timeframe.Kind kind;
      try {
        kind = Timeframe.Kind.valueOf(kindName);
      } catch (IllegalArgumentException e) {
        throw invalid(ctxt, "kind", kindName, Timeframe.Kind.class, "unknown timeframe kind \"" + kindName + "\"");
      }
      Set<String> allowed = switch (kind) {
        case MONTH -> Set.of("kind", "text", "month");
        case BEFORE -> Set.of("kind", "text", "exclusiveDeadline");
        case QUARTERS -> Set.of("kind", "text", "year", "quarters");
        case BETWEEN -> Set.of("kind", "text", "from", "to");
        case YEAR -> Set.of("kind", "text", "year");
        case RECURRING -> Set.of("kind", "text", "frequency", "year");
        case SET_BY_AUTHORITY -> Set.of("kind", "text", "basis", "authorities");
      };
      for (String name : node.propertyNames()) {
        if (!allowed.contains(name) || (!withText && name.equals("text"))) {
          // from() puts the property's name on the path itself.
          throw UnrecognizedPropertyException.from(ctxt.getParser(), Timeframe.class, name, List.copyOf(allowed));
        }
      }
      try {
        Timeframe structure = switch (kind) {
          case MONTH -> Timeframe.ofMonth(parse(node, "month", ctxt, IsoTimes::month));
          case BEFORE -> Timeframe.before(parse(node, "exclusiveDeadline", ctxt, IsoTimes::date));
          case QUARTERS -> Timeframe.ofQuarters(year(node, ctxt), ints(node, "quarters", ctxt));
          case BETWEEN -> Timeframe.between(
              nested(node, "from", ctxt), nested(node, "to", ctxt));
          case YEAR -> Timeframe.ofYear(year(node, ctxt));
          case RECURRING -> Timeframe.recurring(frequency(node, ctxt), year(node, ctxt));
          case SET_BY_AUTHORITY -> Timeframe.setBy(string(node, "basis", ctxt), strings(node, "authorities", ctxt));
        };
        return withText ? structure.withText(string(node, "text", ctxt)) : structure;
      } catch (MalformedValueException e) {
        throw DatabindException.from(ctxt, e.getMessage(), e);
      }
    }

    private static Timeframe nested(JsonNode node, String name, DeserializationContext ctxt) {
      JsonNode child = require(node, name, ctxt);
      try {
        return read(child, ctxt, false);
      } catch (JacksonException e) {
        throw e.prependPath(new JacksonException.Reference(null, name));
      }
    }

    private interface TextReader<T> {
      T read(String text);
    }

    private static <T> T parse(JsonNode node, String name, DeserializationContext ctxt, TextReader<T> reader) {
      String text = string(node, name, ctxt);
      try {
        return reader.read(text);
      } catch (DateTimeException e) {
        throw invalid(ctxt, name, text, name.equals("month") ? YearMonth.class : LocalDate.class,
            "\"" + text + "\" is not a valid ISO-8601 value for " + name);
      }
    }

    private static Year year(JsonNode node, DeserializationContext ctxt) {
      JsonNode value = require(node, "year", ctxt);
      if (!value.isIntegralNumber() || !value.canConvertToInt()
          || value.intValue() < Year.MIN_VALUE || value.intValue() > Year.MAX_VALUE) {
        throw mismatch(ctxt, "year", Year.class, "year must be an integer year, was " + describe(value));
      }
      return Year.of(value.intValue());
    }

    private static Timeframe.Frequency frequency(JsonNode node, DeserializationContext ctxt) {
      String name = string(node, "frequency", ctxt);
      try {
        return Timeframe.Frequency.valueOf(name.toUpperCase(Locale.ROOT).equals(name) ? name : "?");
      } catch (IllegalArgumentException e) {
        throw invalid(ctxt, "frequency", name, Timeframe.Frequency.class, "unknown frequency \"" + name + "\"");
      }
    }

    private static List<Integer> ints(JsonNode node, String name, DeserializationContext ctxt) {
      JsonNode array = require(node, name, ctxt);
      if (!array.isArray()) {
        throw mismatch(ctxt, name, List.class, name + " must be an array of integers, was " + describe(array));
      }
      List<Integer> values = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        if (!element.isIntegralNumber() || !element.canConvertToInt()) {
          throw at(MismatchedInputException.from(ctxt.getParser(), Integer.class, "must be an integer, was "
              + describe(element)), name, i);
        }
        values.add(element.intValue());
      }
      return values;
    }

    private static List<String> strings(JsonNode node, String name, DeserializationContext ctxt) {
      JsonNode array = require(node, name, ctxt);
      if (!array.isArray()) {
        throw mismatch(ctxt, name, List.class, name + " must be an array of strings, was " + describe(array));
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        if (!element.isString()) {
          throw at(MismatchedInputException.from(ctxt.getParser(), String.class, "must be a string, was "
              + describe(element)), name, i);
        }
        values.add(element.stringValue());
      }
      return values;
    }

    private static String string(JsonNode node, String name, DeserializationContext ctxt) {
      JsonNode value = require(node, name, ctxt);
      if (!value.isString()) {
        throw mismatch(ctxt, name, String.class, name + " must be a string, was " + describe(value));
      }
      return value.stringValue();
    }

    private static JsonNode require(JsonNode node, String name, DeserializationContext ctxt) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        throw mismatch(ctxt, name, String.class, "missing required property \"" + name + "\"");
      }
      return value;
    }

    private static String describe(JsonNode node) {
      String text = node.toString();
      return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + Texts.abbreviate(text);
    }

    // Jackson's own exception types carry what was expected, so that the reader names the problem in its terms.
    private static DatabindException mismatch(DeserializationContext ctxt, String property, Class<?> expected,
        String message) {
      return at(MismatchedInputException.from(ctxt.getParser(), expected, message), property, -1);
    }

    private static DatabindException invalid(DeserializationContext ctxt, String property, String value, Class<?> type,
        String message) {
      return at(InvalidFormatException.from(ctxt.getParser(), message, value, type), property, -1);
    }

    private static DatabindException at(DatabindException e, String property, int index) {
      if (index >= 0) {
        e.prependPath(new JacksonException.Reference(null, index));
      }
      if (property != null) {
        e.prependPath(new JacksonException.Reference(null, property));
      }
      return e;
    }
  }
}
