package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A plan's order that other bodies issue their own plans (yêu cầu xây dựng kế hoạch): the
 * departments and districts "trước ngày 25/01/2024", the communes "trước ngày 31/01/2024".
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCascadeRequirement.class)
@JsonDeserialize(as = ImmutableCascadeRequirement.class)
@JsonPropertyOrder({"parties", "timeframe", "product"})
public abstract class CascadeRequirement {
  CascadeRequirement() {}

  /**
   * Gets who must issue a plan.
   *
   * @return the parties, not empty
   */
  public abstract List<Party> parties();

  /**
   * Gets by when.
   *
   * @return the timeframe, not null
   */
  public abstract Timeframe timeframe();

  /**
   * Gets what they must issue, as printed ("Kế hoạch của UBND các xã, phường, thị trấn").
   *
   * @return the product, not blank
   */
  public abstract String product();

  /**
   * Obtains a cascade requirement.
   *
   * @param parties who must issue a plan, not empty
   * @param timeframe by when, not null
   * @param product what they must issue, not blank
   * @return the requirement, not null
   */
  public static CascadeRequirement of(List<Party> parties, Timeframe timeframe, String product) {
    return ImmutableCascadeRequirement.builder().addAllParties(parties).timeframe(timeframe).product(product).build();
  }

  @Value.Check
  final void check() {
    if (parties().isEmpty()) {
      throw new MalformedValueException("", "CascadeRequirement must name at least one party",
          "yêu cầu ban hành kế hoạch cấp dưới phải nêu ít nhất một cơ quan");
    }
    Texts.requireNonBlank(product(), "product", "Cascade requirement product", "sản phẩm cấp dưới phải ban hành");
  }
}
