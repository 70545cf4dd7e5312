package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.validation.KnownAgency;
import io.github.cchc.model.validation.ValidDocumentRef;
import io.github.cchc.model.validation.ValidTargetSentence;
import io.github.cchc.model.validation.ValidTimeframe;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The constraints on a service's own request type, checked by Hibernate Validator. */
class ValidationTest {
  /** A directory supplier as a service would write one. */
  public static final class Directory implements Supplier<AgencyDirectory> {
    @Override
    public AgencyDirectory get() {
      return AgencyDirectoryTest.haiPhong();
    }
  }

  /** A request object with getter accessors, which Hibernate Validator reads. */
  static final class TaskRequest {
    private final String timeframe;
    private final String timeframeWithoutYear;
    private final String target;
    private final String basis;
    private final String lead;

    TaskRequest(String timeframe, String timeframeWithoutYear, String target, String basis, String lead) {
      this.timeframe = timeframe;
      this.timeframeWithoutYear = timeframeWithoutYear;
      this.target = target;
      this.basis = basis;
      this.lead = lead;
    }

    @ValidTimeframe
    public String getTimeframe() {
      return timeframe;
    }

    @ValidTimeframe(planYear = 2022)
    public String getTimeframeWithoutYear() {
      return timeframeWithoutYear;
    }

    @ValidTargetSentence
    public String getTarget() {
      return target;
    }

    @ValidDocumentRef
    public String getBasis() {
      return basis;
    }

    @KnownAgency(directory = Directory.class)
    public String getLead() {
      return lead;
    }
  }

  private static final TaskRequest GOOD = new TaskRequest("Quý IV/2024", "Quy III", "đạt trên 95%",
      "Nghị quyết số 76/NQ-CP ngày 15/7/2021", "hp.snv");
  private static final TaskRequest BAD = new TaskRequest("Quý III", "sớm", "tăng cường kỷ cương", "của Chính phủ", "zz");

  @Test
  void acceptsValidValuesAndNulls() {
    try (ValidatorFactory factory = withoutExpressionLanguage()) {
      assertEquals(Set.of(), factory.getValidator().validate(GOOD));
      assertEquals(Set.of(), factory.getValidator().validate(new TaskRequest(null, null, null, null, null)));
    }
  }

  @Test
  void reportsEachPropertyWithAnEnglishMessageWithoutExpressionLanguage() {
    try (ValidatorFactory factory = withoutExpressionLanguage()) {
      Set<ConstraintViolation<TaskRequest>> violations = factory.getValidator().validate(BAD);
      assertEquals(Set.of("timeframe", "timeframeWithoutYear", "target", "basis", "lead"), paths(violations));
      ConstraintViolation<TaskRequest> lead = byPath(violations, "lead");
      assertEquals("zz", lead.getInvalidValue());
      assertEquals("is not the id of an agency of the directory", lead.getMessage());
      assertTrue(byPath(violations, "timeframe").getMessage().startsWith("is not a timeframe"));
    }
  }

  @Test
  void givesVietnameseMessagesForTheVietnameseLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("vi"));
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<TaskRequest>> violations = validator.validate(BAD);
      assertEquals("không phải mã của cơ quan nào trong danh bạ", byPath(violations, "lead").getMessage());
      assertTrue(byPath(violations, "target").getMessage().startsWith("không nêu chỉ tiêu"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** A request whose directory is the one the validator factory injects, as in a Spring or CDI service. */
  static final class InjectedRequest {
    private final String lead;

    InjectedRequest(String lead) {
      this.lead = lead;
    }

    @KnownAgency
    public String getLead() {
      return lead;
    }
  }

  @Test
  void answersEachRequestInItsLanguageWhateverTheJvmsDefault() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("vi-VN"));
    try {
      for (Locale asked : List.of(Locale.ENGLISH, Locale.US, Locale.forLanguageTag("vi"))) {
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
            .locales(Set.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))).localeResolver(context -> asked)
            .buildValidatorFactory()) {
          String message = byPath(factory.getValidator().validate(BAD), "lead").getMessage();
          assertEquals(asked.getLanguage().equals("vi") ? "không phải mã của cơ quan nào trong danh bạ"
              : "is not the id of an agency of the directory", message, asked.toString());
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aValidatorFactoryThatInjectsGivesTheDirectory() {
    Supplier<AgencyDirectory> directory = AgencyDirectoryTest::haiPhong;
    // What Spring's and CDI's factories do: the @Inject constructor, with the service's bean.
    ConstraintValidatorFactory injecting = new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        try {
          for (Constructor<?> c : key.getConstructors()) {
            if (c.isAnnotationPresent(Inject.class)) {
              return key.cast(c.newInstance(directory));
            }
          }
          return key.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {}
    };
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure().constraintValidatorFactory(injecting)
        .buildValidatorFactory()) {
      assertEquals(Set.of(), factory.getValidator().validate(new InjectedRequest("hp.snv")));
      assertEquals(Set.of("lead"), paths(factory.getValidator().validate(new InjectedRequest("zz"))));
      assertEquals(Set.of(), factory.getValidator().validate(GOOD), "a class the annotation names still counts");
      assertEquals(Set.of("lead"), paths(factory.getValidator().validate(new TaskRequest(null, null, null, null, "zz"))));
    }
  }

  @Test
  void withNeitherAClassNorAnInjectedDirectoryTheErrorSaysWhatToDo() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> factory.getValidator().validate(new InjectedRequest("hp.snv")));
      String message = messages(e);
      assertTrue(message.contains("@KnownAgency names no directory class") && message.contains("Supplier<AgencyDirectory>"), message);
    }
  }

  @Test
  void everyBundleHasEveryMessage() throws Exception {
    List<Set<String>> keys = new java.util.ArrayList<>();
    for (String suffix : List.of("", "_en", "_vi")) {
      java.util.Properties bundle = new java.util.Properties();
      try (var in = KnownAgency.class.getResourceAsStream("/ContributorValidationMessages" + suffix + ".properties")) {
        bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      keys.add(bundle.stringPropertyNames());
    }
    assertEquals(4, keys.get(0).size(), keys.get(0).toString());
    assertEquals(keys.get(0), keys.get(1));
    assertEquals(keys.get(0), keys.get(2));
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private static ValidatorFactory withoutExpressionLanguage() {
    Locale.setDefault(Locale.ROOT);
    return Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
        .buildValidatorFactory();
  }

  private static <T> Set<String> paths(Set<ConstraintViolation<T>> violations) {
    Set<String> paths = new java.util.HashSet<>();
    violations.forEach(v -> paths.add(v.getPropertyPath().toString()));
    return paths;
  }

  private static ConstraintViolation<TaskRequest> byPath(Set<ConstraintViolation<TaskRequest>> violations, String path) {
    List<ConstraintViolation<TaskRequest>> found =
        violations.stream().filter(v -> v.getPropertyPath().toString().equals(path)).toList();
    assertEquals(1, found.size(), path);
    return found.get(0);
  }
}
