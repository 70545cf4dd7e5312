package io.github.cchc.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.cchc.model.text.Jackson2Tokens;

/**
 * The Jackson 2 module of cchc's model (mô-đun Jackson 2), for services still on Jackson 2, such
 * as Spring Boot 3: registered on an {@code ObjectMapper} (in Spring Boot 3, declared as a
 * {@code Module} bean), it reads and writes cchc's values exactly as {@link CchcJson} and the
 * Jackson 3 {@link CchcModule} do, with the same strictness, Unicode NFC and exact numbers; a
 * value cchc refuses fails with a {@code JsonMappingException} whose cause is the
 * {@link JsonFormatException}. Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind}) is
 * an optional dependency that such a service already has.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CchcJackson2Module extends Module {
  // Thread-safe once made; one a module rather than a static, so that each mapper's module owns its own.
  private final JsonFactory json = new JsonFactory();

  /** Creates the module. */
  public CchcJackson2Module() {}

  @Override
  public String getModuleName() {
    return "cchc-model-jackson2";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private JsonDeserializer<Object> reader(Class<?> type) {
    return Jackson2Tokens.deserializer(json, bytes -> CchcJson.readValue(bytes, type), JsonFormatException.class);
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return CchcJson.isValueType(type.getRawClass()) ? Jackson2Tokens.serializer(json, CchcJson::writeValue, JsonFormatException.class) : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        return CchcJson.isValueType(type.getRawClass()) ? reader(type.getRawClass()) : null;
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
        return CchcJson.isValueType(type) ? reader(type) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return CchcJson.isValueType(valueType);
      }
    });
  }
}
