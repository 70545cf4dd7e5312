package io.github.cchc.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The part of JSON Schema (draft 2020-12) the report schema uses, checked: type, enum, const,
 * pattern, minimum, properties, required, additionalProperties (false or a schema), items, $ref to
 * $defs, oneOf. Enough to hold written documents to the shipped schema.
 */
final class SchemaCheck {
  private final JsonNode root;

  SchemaCheck(JsonNode root) {
    this.root = root;
  }

  List<String> errors(JsonNode instance, String def) {
    List<String> errors = new ArrayList<>();
    check(instance, root.get("$defs").get(def), "", errors);
    return errors;
  }

  private void check(JsonNode v, JsonNode schema, String at, List<String> errors) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").stringValue();
      check(v, root.get("$defs").get(ref.substring("#/$defs/".length())), at, errors);
      return;
    }
    if (schema.has("oneOf")) {
      int matching = 0;
      for (JsonNode alternative : schema.get("oneOf")) {
        List<String> e = new ArrayList<>();
        check(v, alternative, at, e);
        matching += e.isEmpty() ? 1 : 0;
      }
      if (matching != 1) {
        errors.add(at + ": matches " + matching + " alternatives");
      }
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(v)) {
      errors.add(at + ": is " + v + ", not " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(v);
      }
      if (!found) {
        errors.add(at + ": " + v + " is none of " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      JsonNode types = schema.get("type");
      List<String> allowed = new ArrayList<>();
      if (types.isArray()) {
        types.forEach(t -> allowed.add(t.stringValue()));
      } else {
        allowed.add(types.stringValue());
      }
      boolean ok = allowed.stream().anyMatch(type -> switch (type) {
        case "object" -> v.isObject();
        case "array" -> v.isArray();
        case "string" -> v.isString();
        case "integer" -> v.isIntegralNumber();
        case "number" -> v.isNumber();
        case "boolean" -> v.isBoolean();
        case "null" -> v.isNull();
        default -> false;
      });
      if (!ok) {
        errors.add(at + ": is not of type " + types + ": " + v);
        return;
      }
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").stringValue()).matcher(v.stringValue()).find()) {
      errors.add(at + ": \"" + v.stringValue() + "\" does not match " + schema.get("pattern"));
    }
    if (schema.has("minimum") && v.isNumber() && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      errors.add(at + ": " + v + " is below " + schema.get("minimum"));
    }
    if (v.isObject()) {
      JsonNode properties = schema.get("properties");
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!v.has(r.stringValue())) {
            errors.add(at + ": lacks " + r.stringValue());
          }
        }
      }
      JsonNode additional = schema.get("additionalProperties");
      for (String name : v.propertyNames()) {
        if (properties != null && properties.has(name)) {
          check(v.get(name), properties.get(name), at + "/" + name, errors);
        } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
          errors.add(at + ": has no property \"" + name + "\" in the schema");
        } else if (additional != null && additional.isObject()) {
          check(v.get(name), additional, at + "/" + name, errors);
        }
      }
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        check(v.get(i), schema.get("items"), at + "/" + i, errors);
      }
    }
  }
}
