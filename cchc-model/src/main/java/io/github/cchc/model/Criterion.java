package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A node of a scorecard's tree (tiêu chí, tiêu chí thành phần): its maximum, achieved and
 * deducted points as printed, any of which may be absent. The figures are kept even where they
 * do not add up; checking them is the rules' work.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
@JsonPropertyOrder({"code", "name", "maximum", "achieved", "deducted", "change", "children"})
public abstract class Criterion {
  Criterion() {}

  /**
   * Gets the code as printed ("1", "1.2", "II.3").
   *
   * @return the code, empty if none is printed
   */
  public abstract Optional<String> code();

  /**
   * Gets the name as printed.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the maximum points (điểm tối đa).
   *
   * @return the maximum, not negative, empty if not printed
   */
  public abstract Optional<BigDecimal> maximum();

  /**
   * Gets the points achieved (điểm đạt được).
   *
   * @return the points, not negative, empty if not printed
   */
  public abstract Optional<BigDecimal> achieved();

  /**
   * Gets the points deducted as printed (điểm bị trừ), which should equal maximum − achieved.
   *
   * @return the points, not negative, empty if not printed
   */
  public abstract Optional<BigDecimal> deducted();

  /**
   * Gets the change of the achieved points against the previous year as printed ("Tăng (+), giảm
   * (−) so với năm trước"), with its sign.
   *
   * @return the change, empty if not printed
   */
  public abstract Optional<BigDecimal> change();

  /**
   * Gets the sub-criteria.
   *
   * @return the children, empty for a leaf
   */
  public abstract List<Criterion> children();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets this criterion and all below it, depth first.
   *
   * @return the criteria, starting with this one
   */
  public Stream<Criterion> flatten() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Criterion::flatten));
  }

  @Value.Check
  final void check() {
    Texts.requireNonBlank(name(), "name", "Criterion name", "tên tiêu chí");
    code().ifPresent(c -> Texts.requireNonBlank(c, "code", "Criterion code", "mã tiêu chí"));
    checkPoints("maximum", maximum(), "điểm tối đa");
    checkPoints("achieved", achieved(), "điểm đạt được");
    checkPoints("deducted", deducted(), "điểm bị trừ");
  }

  private void checkPoints(String attribute, Optional<BigDecimal> points, String vietnamese) {
    points.filter(p -> p.signum() < 0).ifPresent(p -> {
      throw new MalformedValueException(attribute, "Criterion \"" + Texts.abbreviate(name()) + "\" " + attribute
          + " must not be negative, was " + p.toPlainString(), "Tiêu chí \"" + Texts.abbreviate(name()) + "\": "
          + vietnamese + " không được âm, đang là " + p.toPlainString());
    });
  }

  /** Builds a {@link Criterion}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
