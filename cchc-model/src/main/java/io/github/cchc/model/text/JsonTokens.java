package io.github.cchc.model.text;

import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies one JSON value from a parser to a generator token by token, numbers exactly as printed
 * ("9.00" stays "9.00", whatever the host's mapper does with floats): how cchc's Jackson 3 modules
 * hand a value between a host's mapper and cchc's own. Shared with cchc's modules, not an API.
 */
public final class JsonTokens {
  private JsonTokens() {}

  /**
   * Copies the value at the parser's current token, leaving the parser on its last token.
   *
   * @param from the parser, on the value's first token, or on a property name inside an object
   *     whose opening brace was already read (Jackson does that for some buffered values)
   * @param to the generator
   */
  public static void copy(JsonParser from, JsonGenerator to) {
    int depth = 0;
    JsonToken t = from.currentToken();
    if (t == JsonToken.PROPERTY_NAME) {
      to.writeStartObject();
      depth = 1;
    }
    while (t != null) {
      to.copyCurrentEventExact(from);
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
      t = from.nextToken();
    }
  }

  /**
   * Copies the value at a host's parser into UTF-8 bytes, for cchc's own reader.
   *
   * @param from the host's parser, as for {@link #copy}
   * @param via the mapper whose generator writes the bytes
   * @return the value's JSON
   */
  public static byte[] toBytes(JsonParser from, JsonMapper via) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = via.createGenerator(bytes)) {
      copy(from, g);
    }
    return bytes.toByteArray();
  }

  /**
   * Copies a JSON text cchc wrote into a host's generator.
   *
   * @param json the JSON
   * @param via the mapper whose parser reads it
   * @param to the host's generator
   */
  public static void copy(String json, JsonMapper via, JsonGenerator to) {
    try (JsonParser p = via.createParser(json)) {
      p.nextToken();
      copy(p, to);
    }
  }
}
