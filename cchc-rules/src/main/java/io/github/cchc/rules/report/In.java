package io.github.cchc.rules.report;

import io.github.cchc.model.json.JsonFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A node of a report document being read, with its JSON Pointer for every error it meets. */
final class In {
  private final JsonNode node;
  private final String pointer;

  In(JsonNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  String pointer() {
    return pointer;
  }

  JsonNode node() {
    return node;
  }

  private JsonFormatException error(String at, String message) {
    return new JsonFormatException(at, message, null);
  }

  /** An object with only the given properties. */
  In object(String... names) {
    if (!node.isObject()) {
      throw error(pointer, "expected an object, was " + kind(node));
    }
    Set<String> known = Set.of(names);
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw error(pointer + "/" + escape(name), "unknown property \"" + name + "\"");
      }
    }
    return this;
  }

  In get(String name) {
    return opt(name).orElseThrow(() -> error(pointer + "/" + escape(name), "missing required property \"" + name + "\""));
  }

  Optional<In> opt(String name) {
    JsonNode child = node.get(name);
    return child == null || child.isNull() ? Optional.empty() : Optional.of(new In(child, pointer + "/" + escape(name)));
  }

  String text() {
    if (!node.isString()) {
      throw error(pointer, "expected text, was " + kind(node));
    }
    return node.stringValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw error(pointer, "expected true or false, was " + kind(node));
    }
    return node.booleanValue();
  }

  long integer() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error(pointer, "expected a whole number, was " + kind(node));
    }
    return node.longValue();
  }

  int smallInteger() {
    long n = integer();
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw error(pointer, "the number " + n + " is too large");
    }
    return (int) n;
  }

  BigDecimal number() {
    if (!node.isNumber()) {
      throw error(pointer, "expected a number, was " + kind(node));
    }
    return node.decimalValue();
  }

  LocalDate date() {
    String s = text();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error(pointer, "expected a date yyyy-mm-dd, was \"" + s + "\"");
    }
  }

  <E extends Enum<E>> E constant(Class<E> type) {
    String s = text();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw error(pointer, "unknown " + type.getSimpleName() + " \"" + s + "\"");
  }

  List<In> items() {
    if (!node.isArray()) {
      throw error(pointer, "expected an array, was " + kind(node));
    }
    List<In> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new In(node.get(i), pointer + "/" + i));
    }
    return items;
  }

  List<Map.Entry<String, In>> properties() {
    if (!node.isObject()) {
      throw error(pointer, "expected an object, was " + kind(node));
    }
    List<Map.Entry<String, In>> out = new ArrayList<>();
    for (String name : node.propertyNames()) {
      out.add(Map.entry(name, new In(node.get(name), pointer + "/" + escape(name))));
    }
    return out;
  }

  /** The format tag the document must carry. */
  In format(String expected) {
    String found = get("format").text();
    if (!found.equals(expected)) {
      throw error(pointer + "/format", "expected a " + expected + " document, was \"" + found + "\"");
    }
    return this;
  }

  private static String kind(JsonNode n) {
    return n.isObject() ? "an object" : n.isArray() ? "an array" : n.isString() ? "text \"" + abbreviate(n.stringValue()) + "\""
        : n.isBoolean() ? n.toString() : n.isNumber() ? "the number " + n : "null";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
