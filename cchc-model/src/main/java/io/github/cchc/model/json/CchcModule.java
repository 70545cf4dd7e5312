package io.github.cchc.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.cchc.model.text.JsonTokens;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * The Jackson 3 module of cchc's model (mô-đun Jackson của mô hình): registered on any
 * {@code JsonMapper}, by hand or through {@code findAndAddModules()}, it makes that mapper read
 * and write cchc's values exactly as {@link CchcJson} does: the same shapes, plans, directories
 * and scorecards as their tagged documents, and, on reading, the same strictness (unknown and
 * duplicate properties, wrong types, values the model refuses), Unicode NFC and limits, failing
 * with a {@code DatabindException} whose cause is the {@link JsonFormatException}.
 *
 * <p>Only cchc's own types are touched: a host's types, strings, numbers and collections are
 * read and written as the host's mapper is configured. The findings and reports of
 * {@code cchc-rules} have a module of their own there.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CchcModule extends JacksonModule {
  /** Creates the module; {@code findAndAddModules()} does, through {@code META-INF/services}. */
  public CchcModule() {}

  @Override
  public String getModuleName() {
    return "cchc-model";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Serializers() {
      @Override
      public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
          JsonFormat.Value formatOverrides) {
        return CchcJson.isValueType(type.getRawClass()) ? Writer.INSTANCE : null;
      }

      @Override
      public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
          JsonFormat.Value formatOverrides) {
        return CchcJson.isValueType(type.getRawClass()) ? Writer.INSTANCE : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier beanDesc) {
        return CchcJson.isValueType(type.getRawClass()) ? new Reader(type.getRawClass()) : null;
      }

      @Override
      public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier beanDesc) {
        return CchcJson.isValueType(type.getRawClass()) ? new Reader(type.getRawClass()) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return CchcJson.isValueType(valueType);
      }
    });
  }

  /** Writes a value as {@link CchcJson} does, its tokens copied into the host's generator. */
  private static final class Writer extends ValueSerializer<Object> {
    static final Writer INSTANCE = new Writer();

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      String json;
      try {
        json = CchcJson.writeValue(value);
      } catch (JsonFormatException e) {
        throw DatabindException.from(gen, e.getMessage(), e);
      }
      JsonTokens.copy(json, CchcJson.mapper(), gen);
    }
  }

  /** Reads a value as {@link CchcJson} does, from the tokens of the host's parser copied exactly. */
  private static final class Reader extends ValueDeserializer<Object> {
    private final Class<?> type;

    Reader(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      byte[] json = JsonTokens.toBytes(p, CchcJson.mapper());
      try {
        return CchcJson.readValue(json, type);
      } catch (JsonFormatException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }
  }
}
