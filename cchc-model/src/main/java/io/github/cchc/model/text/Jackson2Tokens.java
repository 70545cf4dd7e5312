package io.github.cchc.model.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Function;

/**
 * {@link JsonTokens} for Jackson 2: how cchc's Jackson 2 modules hand one value, numbers exactly as
 * printed, between a host's {@code ObjectMapper} and cchc's own reader and writer. Loaded only
 * where the host brings Jackson 2. Shared with cchc's modules, not an API.
 */
public final class Jackson2Tokens {
  private Jackson2Tokens() {}

  /**
   * Copies the value at the parser's current token, leaving the parser on its last token.
   *
   * @param from the parser, on the value's first token, or on a field name inside an object whose
   *     opening brace was already read
   * @param to the generator
   * @throws IOException as Jackson 2's parser and generator do
   */
  public static void copy(JsonParser from, JsonGenerator to) throws IOException {
    int depth = 0;
    JsonToken t = from.currentToken();
    if (t == JsonToken.FIELD_NAME) {
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
   * @param from the host's parser, as for {@link #copy(JsonParser, JsonGenerator)}
   * @param via the factory whose generator writes the bytes
   * @return the value's JSON
   * @throws IOException as Jackson 2's parser does
   */
  public static byte[] toBytes(JsonParser from, JsonFactory via) throws IOException {
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
   * @param via the factory whose parser reads it
   * @param to the host's generator
   * @throws IOException as Jackson 2's generator does
   */
  public static void copy(String json, JsonFactory via, JsonGenerator to) throws IOException {
    try (JsonParser p = via.createParser(json)) {
      p.nextToken();
      copy(p, to);
    }
  }

  /**
   * A Jackson 2 serializer that writes each value as cchc's own writer gives it; a value cchc
   * refuses fails with a {@code JsonMappingException} whose cause is cchc's exception.
   *
   * @param via the factory whose parser reads what cchc wrote
   * @param write cchc's writer of one value
   * @param refused the exception by which cchc refuses a value ({@code JsonFormatException})
   * @return the serializer
   */
  public static JsonSerializer<Object> serializer(JsonFactory via, Function<Object, String> write,
      Class<? extends RuntimeException> refused) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        String json;
        try {
          json = write.apply(value);
        } catch (RuntimeException e) {
          if (refused.isInstance(e)) {
            throw JsonMappingException.from(gen, e.getMessage(), e);
          }
          throw e;
        }
        copy(json, via, gen);
      }
    };
  }

  /**
   * A Jackson 2 deserializer that hands each value's JSON to cchc's own reader; a value cchc
   * refuses fails with a {@code JsonMappingException} whose cause is cchc's exception.
   *
   * @param via the factory whose generator writes the value's bytes
   * @param read cchc's reader of one value from UTF-8 bytes
   * @param refused the exception by which cchc refuses a value ({@code JsonFormatException})
   * @return the deserializer
   */
  public static JsonDeserializer<Object> deserializer(JsonFactory via, Function<byte[], Object> read,
      Class<? extends RuntimeException> refused) {
    return new JsonDeserializer<>() {
      @Override
      public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        byte[] bytes = toBytes(p, via);
        try {
          return read.apply(bytes);
        } catch (RuntimeException e) {
          if (refused.isInstance(e)) {
            throw JsonMappingException.from(p, e.getMessage(), e);
          }
          throw e;
        }
      }
    };
  }
}
