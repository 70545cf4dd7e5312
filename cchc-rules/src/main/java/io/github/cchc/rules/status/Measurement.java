package io.github.cchc.rules.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.MalformedValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A measured value of an indicator for a period and scope (số liệu đo lường): a value, or a
 * numerator and denominator whose ratio in percent is the value.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurement.class)
@JsonDeserialize(as = ImmutableMeasurement.class)
@JsonPropertyOrder({"indicatorId", "targetLabel", "scope", "value", "numerator", "denominator", "periodStart",
    "periodEnd", "measuredOn"})
public abstract class Measurement {
  Measurement() {}

  /**
   * Gets the indicator measured.
   *
   * @return the indicator id, empty when the measurement names a target by label instead
   */
  public abstract Optional<String> indicatorId();

  /**
   * Gets the label of the target measured ("II.6").
   *
   * @return the label, empty when the measurement names an indicator instead
   */
  public abstract Optional<String> targetLabel();

  /**
   * Gets the agency the value is for.
   *
   * @return the agency id, empty for the plan's whole jurisdiction
   */
  public abstract Optional<String> scope();

  /**
   * Gets the value as given.
   *
   * @return the value, empty when a numerator and denominator are given
   */
  public abstract Optional<BigDecimal> value();

  /**
   * Gets the numerator of a rate.
   *
   * @return the numerator, present with a denominator
   */
  public abstract Optional<BigDecimal> numerator();

  /**
   * Gets the denominator of a rate.
   *
   * @return the denominator, present with a numerator
   */
  public abstract Optional<BigDecimal> denominator();

  /**
   * Gets the first day of the period measured.
   *
   * @return the day, not null
   */
  public abstract LocalDate periodStart();

  /**
   * Gets the last day of the period measured.
   *
   * @return the day, not null
   */
  public abstract LocalDate periodEnd();

  /**
   * Gets the day the measurement was taken.
   *
   * @return the day, not null
   */
  public abstract LocalDate measuredOn();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the measured value: as given, or numerator over denominator in percent, to 34 digits.
   *
   * @return the value, empty for a rate whose denominator is zero (nothing was measured)
   */
  public Optional<BigDecimal> measuredValue() {
    if (value().isPresent()) {
      return value();
    }
    BigDecimal d = denominator().orElseThrow();
    return d.signum() == 0 ? Optional.empty()
        : Optional.of(numerator().orElseThrow().multiply(BigDecimal.valueOf(100)).divide(d, MathContext.DECIMAL128));
  }

  @Value.Check
  final void check() {
    if (indicatorId().isEmpty() && targetLabel().isEmpty()) {
      throw new MalformedValueException("", "Measurement must name an indicator (indicatorId) or a target (targetLabel)",
          "số đo phải nêu mã chỉ số (indicatorId) hoặc số mục của chỉ tiêu (targetLabel)");
    }
    boolean rate = numerator().isPresent() || denominator().isPresent();
    if (value().isPresent() == rate || numerator().isPresent() != denominator().isPresent()) {
      throw new MalformedValueException("", "Measurement needs either a value or both a numerator and a denominator",
          "số đo phải có hoặc giá trị (value), hoặc cả tử số (numerator) và mẫu số (denominator)");
    }
    numerator().filter(n -> n.signum() < 0).ifPresent(n -> {
      throw new MalformedValueException("numerator", "Measurement numerator must not be negative, was " + n.toPlainString(),
          "tử số không được âm, đang là " + n.toPlainString());
    });
    denominator().filter(n -> n.signum() < 0).ifPresent(n -> {
      throw new MalformedValueException("denominator", "Measurement denominator must not be negative, was " + n.toPlainString(),
          "mẫu số không được âm, đang là " + n.toPlainString());
    });
    if (numerator().isPresent() && numerator().get().compareTo(denominator().get()) > 0) {
      throw new MalformedValueException("numerator", "Measurement numerator " + numerator().get().toPlainString()
          + " exceeds its denominator " + denominator().get().toPlainString(), "tử số " + numerator().get().toPlainString()
          + " lớn hơn mẫu số " + denominator().get().toPlainString());
    }
    if (periodEnd().isBefore(periodStart())) {
      throw new MalformedValueException("periodEnd", "Measurement period ends (" + periodEnd() + ") before it starts ("
          + periodStart() + ")", "kỳ đo kết thúc (" + periodEnd() + ") trước khi bắt đầu (" + periodStart() + ")");
    }
  }

  /** Builds a {@link Measurement}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
