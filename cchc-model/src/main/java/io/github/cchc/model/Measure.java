package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.Folding;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A measure of the plan's body (giải pháp): a lettered paragraph of "Nhiệm vụ, giải pháp" under a
 * reform area, with no lead agency, timeframe or product; unlike a {@link Task} of the appendix.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
@JsonPropertyOrder({"area", "label", "text", "timeframe"})
public abstract class Measure {
  Measure() {}

  /**
   * Gets the reform area the measure is listed under.
   *
   * @return the area, not null
   */
  public abstract ReformArea area();

  /**
   * Gets the measure's place in the plan's outline ("III.4.d", "II.1.b-2": section, item, letter,
   * dash), as {@code PlanReader} labels it, or the letter as printed ("a)") where only that is known.
   *
   * @return the label, empty if the paragraph has none
   */
  public abstract Optional<String> label();

  /**
   * Gets the paragraph as printed.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Gets the deadline the measure carries in its own text ("…, hoàn thành trước ngày 30/6/2026");
   * such a measure is tracked like a task.
   *
   * @return the timeframe, empty if the text gives none
   */
  public abstract Optional<Timeframe> timeframe();

  /**
   * Returns a copy of this measure with the deadline its text gives.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param deadline the timeframe, not null
   * @return a measure like this one with the timeframe, not null
   */
  public Measure withTimeframe(Timeframe deadline) {
    return ImmutableMeasure.builder().from(this).timeframe(deadline).build();
  }

  /**
   * Obtains a measure.
   *
   * @param area the area, not null
   * @param label the label as printed, empty if none
   * @param text the paragraph, not blank
   * @return the measure, not null
   */
  public static Measure of(ReformArea area, Optional<String> label, String text) {
    return ImmutableMeasure.builder().area(area).label(label).text(text).build();
  }

  @Value.Check
  final Measure normalize() {
    Texts.requireNonBlank(text(), "text", "Measure text", "nội dung giải pháp");
    label().ifPresent(l -> Texts.requireNonBlank(l, "label", "Measure label", "số mục của giải pháp"));
    String clean = Folding.clean(text());
    return clean.equals(text()) ? this : ImmutableMeasure.builder().from(this).text(clean).build();
  }
}
