package io.github.cchc.rules.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.model.text.JsonTokens;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.json.JsonMapper;
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
 * The Jackson 3 module of {@code cchc-rules} (mô-đun Jackson của bộ quy tắc): registered on any
 * {@code JsonMapper}, by hand or through {@code findAndAddModules()}, it writes and reads findings
 * and the report documents ({@link CheckReport}, {@link StatusReport}, {@link DossierReport},
 * {@link ScoreReport}, {@link ImportReport}, {@link HistoryReport}, {@link io.github.cchc.rules.status.ProgrammeProgress}) exactly as {@link ReportJson} does, and a single
 * {@link Finding} as the findings documents hold it, with messages in one language: Vietnamese
 * unless the module is made for another. A service returning findings from a controller answers
 * with cchc's shapes. The model's values have their own module in {@code cchc-model}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CchcRulesModule extends JacksonModule {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Locale language;

  /** Creates the module writing Vietnamese; {@code findAndAddModules()} does, through {@code META-INF/services}. */
  public CchcRulesModule() {
    this(Locale.forLanguageTag("vi"));
  }

  /**
   * Creates the module writing messages and subject texts in a language.
   *
   * @param language Vietnamese or English, not null
   */
  public CchcRulesModule(Locale language) {
    this.language = Labels.language(Objects.requireNonNull(language, "language"));
  }

  @Override
  public String getModuleName() {
    return "cchc-rules";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Tells the registration of an English module from a Vietnamese one, so that a mapper may hold either. */
  @Override
  public Object getRegistrationId() {
    return getModuleName() + "/" + language.getLanguage();
  }

  @Override
  public void setupModule(SetupContext context) {
    ValueSerializer<Object> writer = new Writer(language);
    context.addSerializers(new Serializers() {
      @Override
      public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
          JsonFormat.Value formatOverrides) {
        return ReportJson.isReportType(type.getRawClass()) ? writer : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier beanDesc) {
        return ReportJson.isReportType(type.getRawClass()) ? new Reader(type.getRawClass()) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return ReportJson.isReportType(valueType);
      }
    });
  }

  private static final class Writer extends ValueSerializer<Object> {
    private final Locale language;

    Writer(Locale language) {
      this.language = language;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      String json;
      try {
        json = ReportJson.writeReportValue(value, language);
      } catch (JsonFormatException e) {
        throw DatabindException.from(gen, e.getMessage(), e);
      }
      JsonTokens.copy(json, JSON, gen);
    }
  }

  private static final class Reader extends ValueDeserializer<Object> {
    private final Class<?> type;

    Reader(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      String json = new String(JsonTokens.toBytes(p, JSON), StandardCharsets.UTF_8);
      try {
        return ReportJson.readReportValue(json, type);
      } catch (JsonFormatException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }
  }
}
