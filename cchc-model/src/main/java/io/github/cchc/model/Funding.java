package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The figures a plan's funding section prints (kinh phí thực hiện): where the money comes from
 * ("ngân sách xã năm 2024"), the amounts in đồng, and the days by which estimates are due
 * ("lập dự toán chi tiết trước ngày 15/02/2024"). The section's text stays in {@link Plan#funding()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunding.class)
@JsonDeserialize(as = ImmutableFunding.class)
@JsonPropertyOrder({"sources", "amounts", "estimatesDue"})
public abstract class Funding {
  Funding() {}

  /**
   * Gets the sources, as printed.
   *
   * @return the sources, possibly empty
   */
  public abstract List<String> sources();

  /**
   * Gets the amounts, in đồng ("30.000.000 đồng", "1,5 tỷ đồng" is 1 500 000 000).
   *
   * @return the amounts, each not negative, possibly empty
   */
  public abstract List<BigDecimal> amounts();

  /**
   * Gets the last allowed days for the estimates ("trước ngày 15/02/2024" is 14/02/2024).
   *
   * @return the days, possibly empty
   */
  public abstract List<LocalDate> estimatesDue();

  /**
   * Obtains the figures of a funding section.
   *
   * @param sources the sources as printed, none blank
   * @param amounts the amounts in đồng, none negative
   * @param estimatesDue the last allowed days for the estimates
   * @return the figures, not null
   */
  public static Funding of(List<String> sources, List<BigDecimal> amounts, List<LocalDate> estimatesDue) {
    return ImmutableFunding.builder().addAllSources(sources).addAllAmounts(amounts).addAllEstimatesDue(estimatesDue).build();
  }

  /**
   * Checks if the section prints no figure at all.
   *
   * @return true if there is no source, amount or due day
   */
  public boolean isEmpty() {
    return sources().isEmpty() && amounts().isEmpty() && estimatesDue().isEmpty();
  }

  @Value.Check
  final void check() {
    for (int i = 0; i < sources().size(); i++) {
      Texts.requireNonBlank(sources().get(i), "sources/" + i, "Funding source", "nguồn kinh phí");
    }
    for (int i = 0; i < amounts().size(); i++) {
      BigDecimal a = amounts().get(i);
      if (a.signum() < 0) {
        throw new MalformedValueException("amounts/" + i, "Funding amount must not be negative, was " + a.toPlainString(),
            "kinh phí không được âm, đang là " + a.toPlainString());
      }
    }
  }
}
