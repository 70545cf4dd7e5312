package io.github.cchc.rules.report;

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
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.model.text.Jackson2Tokens;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The Jackson 2 module of {@code cchc-rules} (mô-đun Jackson 2 của bộ quy tắc), for services still
 * on Jackson 2, such as Spring Boot 3: registered on an {@code ObjectMapper} (in Spring Boot 3,
 * declared as a {@code Module} bean), it writes and reads findings and the report documents
 * ({@link CheckReport}, {@link StatusReport}, {@link DossierReport}, {@link ScoreReport},
 * {@link ImportReport}, {@link HistoryReport}, {@link io.github.cchc.rules.status.ProgrammeProgress}) exactly as {@link ReportJson} and the Jackson 3 {@link CchcRulesModule} do,
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
    JsonSerializer<Object> writer = Jackson2Tokens.serializer(json, value -> ReportJson.writeReportValue(value, language),
        JsonFormatException.class);
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return ReportJson.isReportType(type.getRawClass()) ? writer : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        return ReportJson.isReportType(raw) ? Jackson2Tokens.deserializer(json,
            bytes -> ReportJson.readReportValue(new String(bytes, StandardCharsets.UTF_8), raw), JsonFormatException.class) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return ReportJson.isReportType(valueType);
      }
    });
  }
}
