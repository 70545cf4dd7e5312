package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.Folding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A key target (chỉ tiêu): a quantity with a comparison, as the plans state them: "trên 95%",
 * "tối thiểu 30%", "90% trở lên", "tối đa 30 phút", "100%", "từ 70% đến dưới 100%", "giảm tối
 * thiểu 10% so với năm 2021", "duy trì trong nhóm các địa phương dẫn đầu".
 *
 * <p>The words carry the comparison and this type keeps it exactly: "trên" is strictly greater,
 * "tối thiểu", "ít nhất", "trở lên" and a bare figure are at least, a bare 100% is all. A share
 * ({@link Unit#PERCENT}) lies between 0 and 100; a percent of a plan figure may exceed 100.
 * {@link #parseAll(CharSequence)} reads the quantified clauses of a sentence; the indicator and the
 * scope are set when a plan is encoded, since free text cannot name them reliably. The printed
 * {@link #text()} is kept beside the structure and is not part of equality.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
@JsonPropertyOrder({"label", "text", "indicatorId", "kind", "comparison", "threshold", "upperBound", "unit",
    "direction", "baseline", "position", "timeframe", "scope"})
public abstract class Target {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What is compared. */
  public enum Kind {
    /** The level reached: "đạt trên 95%". */
    LEVEL,
    /** A change against a baseline year: "giảm tối thiểu 10% so với năm 2021". */
    CHANGE,
    /** A rank or group position, not a number: "trong nhóm các địa phương dẫn đầu". */
    RANK
  }

  /** How the measured value is compared with the threshold. */
  public enum Comparison {
    /** Trên, cao hơn: strictly greater. */
    GREATER_THAN,
    /** Tối thiểu, ít nhất, từ … trở lên, a bare figure: at least. */
    AT_LEAST,
    /** Tối đa, không quá: at most. */
    AT_MOST,
    /** Dưới: strictly less. */
    LESS_THAN,
    /** Bằng, a bare 100%: exactly. */
    EQUAL,
    /** Từ … đến dưới …: at least the threshold and below the upper bound. */
    BAND
  }

  /** The unit of a threshold. */
  public enum Unit {
    /** A share, 0 to 100 percent: of dossiers, procedures, agencies, tasks, people. */
    PERCENT,
    /** A percent of a plan figure, which may exceed 100 ("95% kế hoạch"). */
    PERCENT_OF_PLAN,
    /** Minutes (waiting time). */
    MINUTES,
    /** Days. */
    DAYS,
    /** A count of units, procedures or events. */
    COUNT,
    /** Points of a scorecard. */
    POINTS,
    /** A rank or group position. */
    RANK
  }

  /** The direction of a change target. */
  public enum Direction {
    /** Tăng. */
    INCREASE,
    /** Giảm. */
    DECREASE
  }

  /**
   * The outcome of judging a target (kết quả đánh giá chỉ tiêu): by {@link #evaluate} against a
   * value, or against measurements by the status of {@code cchc-rules}.
   */
  public enum Outcome {
    /** Đạt: the value meets the target. */
    MET,
    /** Không đạt: the value does not meet the target. */
    NOT_MET,
    /**
     * Chưa có số liệu: no value to judge by: no measurement, a rate of nothing (zero denominator),
     * or a change whose baseline has no value.
     */
    NO_DATA,
    /** Không định lượng: a rank or qualitative target, which no number decides. */
    NOT_MEASURABLE
  }

  Target() {}

  /**
   * Gets the number of the statement in the plan ("II.6", "28").
   *
   * @return the label, empty if none was given
   */
  public abstract Optional<String> label();

  /**
   * Gets the sentence or clause as printed, or the canonical text when built from parts.
   *
   * @return the text, not blank
   */
  @Value.Default
  @Value.Auxiliary
  public String text() {
    return toCanonicalText();
  }

  /**
   * Gets the id of the indicator measured.
   *
   * @return the indicator id, empty until the plan's encoder names it
   */
  public abstract Optional<String> indicatorId();

  /**
   * Gets what is compared.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the comparison; for a rank target, {@link Comparison#EQUAL}.
   *
   * @return the comparison, not null
   */
  @Value.Default
  public Comparison comparison() {
    return Comparison.EQUAL;
  }

  /**
   * Gets the threshold; for a band its lower, inclusive bound.
   *
   * @return the threshold, empty only for rank targets
   */
  public abstract Optional<BigDecimal> threshold();

  /**
   * Gets the upper, exclusive bound of a band.
   *
   * @return the bound, present only for {@link Comparison#BAND}
   */
  public abstract Optional<BigDecimal> upperBound();

  /**
   * Gets the unit of the threshold.
   *
   * @return the unit, not null
   */
  public abstract Unit unit();

  /**
   * Gets the direction of a change target.
   *
   * @return the direction, present only for {@link Kind#CHANGE}
   */
  public abstract Optional<Direction> direction();

  /**
   * Gets what a change target is measured against.
   *
   * @return the baseline, present only for {@link Kind#CHANGE}; absent for a change that names no
   *     period when it was read without its plan's year
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Gets the position a rank target aims at, as printed ("trong nhóm các địa phương dẫn đầu").
   *
   * @return the position, present only for {@link Kind#RANK}
   */
  public abstract Optional<String> position();

  /**
   * Gets the deadline the sentence gives the target itself ("…, hoàn thành trong Quý IV").
   *
   * @return the timeframe, empty if the sentence gives none
   */
  public abstract Optional<Timeframe> timeframe();

  /**
   * Gets the agencies the target applies to.
   *
   * @return the parties, empty for the plan's whole jurisdiction
   */
  public abstract List<Party> scope();

  /**
   * Obtains a level target ("trên 95%").
   *
   * @param comparison the comparison, not {@link Comparison#BAND}
   * @param threshold the threshold, not null
   * @param unit the unit, not null
   * @return the target, not null
   */
  public static Target of(Comparison comparison, BigDecimal threshold, Unit unit) {
    return builder().kind(Kind.LEVEL).comparison(comparison).threshold(threshold).unit(unit).build();
  }

  /**
   * Obtains a band target ("từ 70% đến dưới 100%").
   *
   * @param lowerInclusive the lower bound, included
   * @param upperExclusive the upper bound, excluded, above the lower
   * @param unit the unit, not null
   * @return the target, not null
   */
  public static Target band(BigDecimal lowerInclusive, BigDecimal upperExclusive, Unit unit) {
    return builder().kind(Kind.LEVEL).comparison(Comparison.BAND).threshold(lowerInclusive)
        .upperBound(upperExclusive).unit(unit).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every quantified clause of a sentence: "Tỷ lệ hồ sơ … đạt trên 95%; mức độ hài lòng …
   * đạt 90% trở lên" gives two targets. A sentence that only aims at a rank or group ("… trong
   * nhóm các địa phương dẫn đầu", "… đạt thứ hạng cao nhất") gives one rank target. Each target's
   * text is its clause as printed.
   *
   * @param sentence the sentence as printed, with or without diacritics, not null
   * @return the targets in order of position, empty if the sentence states none
   * @throws TextParseException if the sentence is longer than the parsers read
   */
  public static List<Target> parseAll(CharSequence sentence) {
    return TargetParser.parseAll(sentence, Optional.empty());
  }

  /**
   * Reads every quantified clause of a sentence of a plan for the given year, as
   * {@link #parseAll(CharSequence)} does; a change that names no period ("tăng tối thiểu 20%") is
   * measured against the year before the plan's ({@link Baseline.Basis#PREVIOUS_YEAR}).
   *
   * @param sentence the sentence as printed, with or without diacritics, not null
   * @param planYear the year of the plan the sentence is in, not null
   * @return the targets in order of position, empty if the sentence states none
   * @throws TextParseException if the sentence is longer than the parsers read
   */
  public static List<Target> parseAll(CharSequence sentence, Year planYear) {
    return TargetParser.parseAll(sentence, Optional.of(planYear));
  }

  /**
   * Evaluates a measured value against this target, following the comparison exactly: 95% does
   * not meet "trên 95%" and does meet "tối thiểu 95%". For a change target the value is compared
   * with the baseline's value: in percent of it for {@link Unit#PERCENT}, in units otherwise.
   *
   * @param value the measured value, not null
   * @return the outcome, {@link Outcome#NOT_MEASURABLE} for ranks, {@link Outcome#NO_DATA} for
   *     changes whose baseline has no value
   */
  public Outcome evaluate(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (kind() == Kind.RANK) {
      return Outcome.NOT_MEASURABLE;
    }
    BigDecimal measured = value;
    if (kind() == Kind.CHANGE) {
      Optional<BigDecimal> base = baseline().flatMap(Baseline::value);
      if (base.isEmpty() || (unit() == Unit.PERCENT && base.get().signum() == 0)) {
        return Outcome.NO_DATA;
      }
      BigDecimal change = direction().orElseThrow() == Direction.INCREASE
          ? value.subtract(base.get()) : base.get().subtract(value);
      measured = unit() == Unit.PERCENT
          ? change.multiply(HUNDRED).divide(base.get(), MathContext.DECIMAL128) : change;
    }
    BigDecimal t = threshold().orElseThrow();
    int c = measured.compareTo(t);
    boolean met = switch (comparison()) {
      case GREATER_THAN -> c > 0;
      case AT_LEAST -> c >= 0;
      case AT_MOST -> c <= 0;
      case LESS_THAN -> c < 0;
      case EQUAL -> c == 0;
      case BAND -> c >= 0 && measured.compareTo(upperBound().orElseThrow()) < 0;
    };
    return met ? Outcome.MET : Outcome.NOT_MET;
  }

  /**
   * Returns a copy of this target measuring the given indicator.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param indicator the indicator, not null
   * @return a target like this one for the indicator, not null
   */
  public Target withIndicator(Indicator indicator) {
    return builder().from(this).indicatorId(indicator.id()).build();
  }

  /**
   * Returns a copy of this target with the statement number altered.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param newLabel the number of the statement ("II.6"), not blank
   * @return a target like this one with the label, not null
   */
  public Target withLabel(String newLabel) {
    return builder().from(this).label(newLabel).build();
  }

  /**
   * Gets the canonical Vietnamese text of the comparison and quantity, which
   * {@link #parseAll(CharSequence)} reads back to this structure (without label, indicator, scope
   * or baseline value, which text does not carry).
   *
   * @return the canonical text, not null
   */
  public String toCanonicalText() {
    if (kind() == Kind.RANK) {
      return position().orElse("trong nhóm dẫn đầu");
    }
    String quantity = quantity(threshold().orElse(BigDecimal.ZERO));
    String phrase = switch (comparison()) {
      case GREATER_THAN -> "trên " + quantity;
      case AT_LEAST -> "tối thiểu " + quantity;
      case AT_MOST -> "tối đa " + quantity;
      case LESS_THAN -> "dưới " + quantity;
      case EQUAL -> "bằng " + quantity;
      case BAND -> "từ " + quantity + " đến dưới " + quantity(upperBound().orElse(BigDecimal.ZERO));
    };
    if (kind() == Kind.CHANGE) {
      String verb = direction().orElse(Direction.INCREASE) == Direction.INCREASE ? "tăng " : "giảm ";
      return verb + phrase + " so với năm " + baseline().map(Baseline::year).map(Object::toString).orElse("?");
    }
    return phrase;
  }

  private String quantity(BigDecimal amount) {
    String number = amount.stripTrailingZeros().toPlainString().replace('.', ',');
    return switch (unit()) {
      case PERCENT -> number + "%";
      case PERCENT_OF_PLAN -> number + "% kế hoạch";
      case MINUTES -> number + " phút";
      case DAYS -> number + " ngày";
      case COUNT -> number + " đơn vị";
      case POINTS -> number + " điểm";
      case RANK -> "hạng " + number;
    };
  }

  @Value.Check
  final Target normalize() {
    Texts.requireNonBlank(text(), "text", "Target text", "nội dung chỉ tiêu");
    label().ifPresent(l -> Texts.requireNonBlank(l, "label", "Target label", "số mục của chỉ tiêu"));
    indicatorId().ifPresent(i -> Ids.require(i, "indicatorId", "Target indicator id", "mã chỉ số của chỉ tiêu"));
    if (kind() == Kind.RANK) {
      if (threshold().isPresent() || upperBound().isPresent() || direction().isPresent() || baseline().isPresent()) {
        throw new MalformedValueException("", where() + " is a rank target and must have no threshold, bound, direction or baseline",
            vi() + " là chỉ tiêu xếp hạng nên không có ngưỡng, cận trên, chiều thay đổi hay mốc so sánh");
      }
      if (position().isEmpty()) {
        throw new MalformedValueException("position", where() + " is a rank target and must name its position",
            vi() + " là chỉ tiêu xếp hạng nên phải nêu thứ hạng");
      }
      if (unit() != Unit.RANK || comparison() != Comparison.EQUAL) {
        throw new MalformedValueException("", where() + " is a rank target; its unit must be RANK and its comparison EQUAL",
            vi() + " là chỉ tiêu xếp hạng nên đơn vị phải là hạng (RANK) và phép so sánh là bằng (EQUAL)");
      }
    } else {
      BigDecimal t = threshold().orElseThrow(() -> new MalformedValueException("threshold", where() + " has no threshold",
          vi() + " không có ngưỡng"));
      if (unit() == Unit.RANK) {
        throw new MalformedValueException("unit", where() + " has unit RANK but kind " + kind(),
            vi() + " có đơn vị hạng (RANK) nhưng là chỉ tiêu " + vietnamese(kind()) + " (" + kind()
                + "), không phải chỉ tiêu xếp hạng");
      }
      if (position().isPresent()) {
        throw new MalformedValueException("position", where() + " is not a rank target and must not name a position",
            vi() + " không phải chỉ tiêu xếp hạng nên không nêu thứ hạng");
      }
      checkAmount("threshold", t);
      if (comparison() == Comparison.BAND) {
        BigDecimal upper = upperBound().orElseThrow(() -> new MalformedValueException("upperBound",
            where() + " is a band without an upper bound", vi() + " là một khoảng nhưng không có cận trên"));
        checkAmount("upperBound", upper);
        if (upper.compareTo(t) <= 0) {
          throw new MalformedValueException("upperBound", where() + " band upper bound " + upper.toPlainString()
              + " is not above its lower bound " + t.toPlainString(), vi() + ": cận trên " + upper.toPlainString()
              + " không lớn hơn cận dưới " + t.toPlainString());
        }
      } else if (upperBound().isPresent()) {
        throw new MalformedValueException("upperBound", where() + " has an upper bound but its comparison is " + comparison(),
            vi() + " có cận trên nhưng phép so sánh là " + vietnamese(comparison()) + " (" + comparison()
                + "), không phải khoảng từ … đến dưới … (BAND)");
      }
      // A change read without its plan's year may lack a baseline: it names no period to take one from.
      boolean change = kind() == Kind.CHANGE;
      if (change != direction().isPresent() || (!change && baseline().isPresent())) {
        throw new MalformedValueException("direction", where() + (change
            ? " is a change target and needs a direction"
            : " is a level target and must have no direction or baseline"), vi() + (change
            ? " là chỉ tiêu thay đổi nên phải nêu chiều tăng hay giảm"
            : " là chỉ tiêu mức nên không có chiều thay đổi hay mốc so sánh"));
      }
    }
    Optional<String> cleanPosition = position().map(Folding::clean);
    String cleanText = Folding.clean(text());
    Optional<BigDecimal> cleanThreshold = threshold().map(Target::canonical);
    Optional<BigDecimal> cleanUpper = upperBound().map(Target::canonical);
    if (!cleanText.equals(text()) || !cleanPosition.equals(position())
        || !cleanThreshold.equals(threshold()) || !cleanUpper.equals(upperBound())) {
      return builder().from(this).text(cleanText).position(cleanPosition).threshold(cleanThreshold)
          .upperBound(cleanUpper).build();
    }
    return this;
  }

  /** One representation per number, so that 95, 95.0 and 9.5E+1 are equal thresholds. */
  private static BigDecimal canonical(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  // The target as messages name it, made only when one is thrown: most targets read are valid.
  private String where() {
    return "Target \"" + Texts.abbreviate(text()) + "\"";
  }

  private String vi() {
    return "Chỉ tiêu \"" + Texts.abbreviate(text()) + "\"";
  }

  // Messages say a kind or comparison in words first, then as the document spells it, so that the
  // reader both understands the fault and finds the value to correct.
  private static String vietnamese(Kind kind) {
    return switch (kind) {
      case LEVEL -> "mức đạt";
      case CHANGE -> "thay đổi so với năm gốc";
      case RANK -> "xếp hạng";
    };
  }

  private static String vietnamese(Comparison comparison) {
    return switch (comparison) {
      case GREATER_THAN -> "trên";
      case AT_LEAST -> "tối thiểu";
      case AT_MOST -> "tối đa";
      case LESS_THAN -> "dưới";
      case EQUAL -> "bằng";
      case BAND -> "từ … đến dưới …";
    };
  }

  private static String english(String attribute) {
    return attribute.equals("upperBound") ? "upper bound" : "threshold";
  }

  private static String vietnamese(String attribute) {
    return attribute.equals("upperBound") ? "cận trên" : "ngưỡng";
  }

  private void checkAmount(String attribute, BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new MalformedValueException(attribute, where() + " " + english(attribute) + " must not be negative, was "
          + amount.toPlainString(), vi() + ": " + vietnamese(attribute) + " không được âm, đang là " + amount.toPlainString());
    }
    if (unit() == Unit.PERCENT && kind() == Kind.LEVEL && amount.compareTo(HUNDRED) > 0) {
      throw new MalformedValueException(attribute, where() + " " + english(attribute) + " is a share and must be 0 to 100%, was "
          + amount.toPlainString() + "%", vi() + ": " + vietnamese(attribute) + " là tỷ lệ nên phải từ 0 đến 100%, đang là "
          + amount.toPlainString() + "%");
    }
    if ((unit() == Unit.COUNT || unit() == Unit.DAYS) && amount.stripTrailingZeros().scale() > 0) {
      boolean days = unit() == Unit.DAYS;
      throw new MalformedValueException(attribute, where() + " " + english(attribute) + " counts whole "
          + (days ? "days" : "units") + " and must be an integer, was " + amount.toPlainString(), vi() + ": " + vietnamese(attribute) + " đếm số "
          + (days ? "ngày" : "đơn vị") + " nên phải là số nguyên, đang là " + amount.toPlainString());
    }
  }

  /** Builds a {@link Target}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
