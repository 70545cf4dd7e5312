package io.github.cchc.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.model.text.Jackson2Tokens;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The Jackson 2 module of {@code cchc-rules} (mô-đun Jackson 2 của bộ quy tắc), for services still
 * on Jackson 2, such as Spring Boot 3: registered on an {@code ObjectMapper} (in Spring Boot 3,
 * declared as a {@code Module} bean), it writes and reads findings and the report documents
 * ({@link CheckReport}, {@link StatusReport}, {@link DossierReport}, {@link ScoreReport},
 * {@link ImportReport}) exactly as {@link ReportJson} and the Jackson 3 {@link CchcRulesModule} do,
 * messages in Vietnamese unless the module is made for English. Jackson 2 is an optional
 * dependency that such a service already has; the model's values have their own Jackson 2 module
 * in {@code cchc-model}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CchcRulesJackson2Module extends Module {
  // Thread-safe once made; one per module rather than a static, so that each mapper's module owns its own.
  private final JsonFactory json = new JsonFactory();
  private final Locale language;

  /** Creates the module writing Vietnamese. */
  public CchcRulesJackson2Module() {
    this(Locale.forLanguageTag("vi"));
  }

  /**
   * Creates the module writing messages and subject texts in a language.
   *
   * @param language Vietnamese or English, not null
   */
  public CchcRulesJackson2Module(Locale language) {
    this.language = Labels.language(Objects.requireNonNull(language, "language"));
  }

  @Override
  public String getModuleName() {
    return "cchc-rules-jackson2";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Tells the registration of an English module from a Vietnamese one, so that a mapper may hold either. */
  @Override
  public Object getTypeId() {
    return getModuleName() + "/" + language.getLanguage();
  }

  @Override
  public void setupModule(SetupContext context) {
    JsonSerializer<Object> writer = new Writer(json, language);
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return ReportJson.isReportType(type.getRawClass()) ? writer : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        return ReportJson.isReportType(type.getRawClass()) ? new Reader(type.getRawClass(), json) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return ReportJson.isReportType(valueType);
      }
    });
  }

  private static final class Writer extends JsonSerializer<Object> {
    private final JsonFactory factory;
    private final Locale language;

    Writer(JsonFactory factory, Locale language) {
      this.factory = factory;
      this.language = language;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      String text;
      try {
        text = ReportJson.writeReportValue(value, language);
      } catch (JsonFormatException e) {
        throw JsonMappingException.from(gen, e.getMessage(), e);
      }
      Jackson2Tokens.copy(text, factory, gen);
    }
  }

  private static final class Reader extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final JsonFactory factory;

    Reader(Class<?> type, JsonFactory factory) {
      this.type = type;
      this.factory = factory;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = new String(Jackson2Tokens.toBytes(p, factory), StandardCharsets.UTF_8);
      try {
        return ReportJson.readReportValue(text, type);
      } catch (JsonFormatException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
