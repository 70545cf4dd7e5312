package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.validation.KnownAgency;
import io.github.cchc.model.validation.ValidDocumentRef;
import io.github.cchc.model.validation.ValidTargetSentence;
import io.github.cchc.model.validation.ValidTimeframe;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
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

  private static ValidatorFactory withoutExpressionLanguage() {
    Locale.setDefault(Locale.ROOT);
    return Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
        .buildValidatorFactory();
  }

  private static Set<String> paths(Set<ConstraintViolation<TaskRequest>> violations) {
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
