package io.github.cchc.examples;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Corrections a person decided, applied to a plan after reading it (hiệu đính): where a scan left
 * something no reader can tell (an appendix whose columns ran together), the person's reading of
 * it. A JSON array of JSON Patch operations (RFC 6902: {@code add}, {@code replace}, {@code
 * remove}), each with a {@code reason} saying why a person had to decide, so that every
 * correction is on record beside the text it corrects.
 */
final class Corrections {
  private Corrections() {}

  /**
   * Applies corrections to a plan.
   *
   * @param plan the plan as read
   * @param json the corrections, a JSON array of operations
   * @return the corrected plan
   * @throws Failure naming the operation and its path, if an operation is malformed, lacks its
   *     reason, or points nowhere; the caller names the file
   */
  static Plan apply(Plan plan, String json) {
    JsonNode ops = CchcJson.readTree(json);
    if (!ops.isArray()) {
      throw Failure.of("error.corrections.array");
    }
    JsonNode tree = CchcJson.readTree(CchcJson.writePlan(plan));
    for (int i = 0; i < ops.size(); i++) {
      JsonNode op = ops.get(i);
      String at = "/" + i;
      String kind = text(op, "op", at);
      String path = text(op, "path", at);
      text(op, "reason", at);
      List<String> tokens = tokens(path, at);
      if (tokens.isEmpty()) {
        throw Failure.of("error.corrections.whole", "at", at);
      }
      JsonNode parent = tree;
      for (String t : tokens.subList(0, tokens.size() - 1)) {
        parent = child(parent, t, at, path);
      }
      String last = tokens.get(tokens.size() - 1);
      switch (kind) {
        case "add", "replace" -> set(parent, last, value(op, at), kind.equals("add"), at, path);
        case "remove" -> remove(parent, last, at, path);
        default -> throw Failure.of("error.corrections.op", "at", at, "op", kind);
      }
    }
    try {
      return CchcJson.readPlan(CchcJson.writeTree(tree));
    } catch (CchcException e) {
      throw Failure.correctedPlan(e);
    }
  }

  private static String text(JsonNode op, String name, String at) {
    JsonNode v = op.get(name);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw Failure.of("error.corrections.missing", "at", at, "name", name);
    }
    return v.asString();
  }

  private static JsonNode value(JsonNode op, String at) {
    JsonNode v = op.get("value");
    if (v == null) {
      throw Failure.of("error.corrections.value", "at", at);
    }
    return v;
  }

  private static List<String> tokens(String pointer, String at) {
    if (!pointer.startsWith("/")) {
      throw Failure.of("error.corrections.pointer", "at", at, "path", pointer);
    }
    List<String> out = new ArrayList<>();
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static JsonNode child(JsonNode node, String token, String at, String path) {
    JsonNode next = node.isArray() ? node.get(index(node, token, false, at, path)) : node.get(token);
    if (next == null) {
      throw Failure.of("error.corrections.nowhere", "at", at, "path", path);
    }
    return next;
  }

  private static int index(JsonNode array, String token, boolean add, String at, String path) {
    if (add && token.equals("-")) {
      return array.size();
    }
    try {
      int i = Integer.parseInt(token);
      if (i >= 0 && i < array.size() + (add ? 1 : 0)) {
        return i;
      }
    } catch (NumberFormatException e) {
      // Not an index: reported below with the path.
    }
    throw Failure.of("error.corrections.element", "at", at, "path", path);
  }

  private static void set(JsonNode parent, String token, JsonNode value, boolean add, String at, String path) {
    if (parent instanceof ObjectNode o) {
      if (!add && !o.has(token)) {
        throw Failure.of("error.corrections.nowhere", "at", at, "path", path);
      }
      o.set(token, value);
    } else if (parent instanceof ArrayNode a) {
      int i = index(a, token, add, at, path);
      if (add) {
        a.insert(i, value);
      } else {
        a.set(i, value);
      }
    } else {
      throw Failure.of("error.corrections.inside", "at", at, "path", path);
    }
  }

  private static void remove(JsonNode parent, String token, String at, String path) {
    if (parent instanceof ObjectNode o && o.has(token)) {
      o.remove(token);
    } else if (parent instanceof ArrayNode a) {
      a.remove(index(a, token, false, at, path));
    } else {
      throw Failure.of("error.corrections.nowhere", "at", at, "path", path);
    }
  }
}
