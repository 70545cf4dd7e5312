package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A unit's result on a national index for a year (bộ chỉ số, kết quả chỉ số): PAR Index, SIPAS,
 * PAPI and others, as a tree of criteria with the figures as printed, and the rank ("1/63") and
 * group where given.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
@JsonPropertyOrder({"index", "subject", "year", "precision", "criteria", "totalChange", "rank", "rankOutOf", "group"})
public abstract class Scorecard {
  /** The national indices units are scored on. */
  public enum Index {
    /** Chỉ số cải cách hành chính, by the Ministry of Home Affairs; 100 points. */
    PAR_INDEX,
    /** Chỉ số hài lòng về sự phục vụ hành chính: satisfaction over five components. */
    SIPAS,
    /** Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh: eight dimensions, 0–10 each. */
    PAPI,
    /** Chỉ số năng lực cạnh tranh cấp tỉnh. */
    PCI,
    /** Chỉ số chuyển đổi số. */
    DTI,
    /** Chỉ số sẵn sàng ứng dụng công nghệ thông tin. */
    ICT_INDEX,
    /** Any other index. */
    OTHER
  }

  Scorecard() {}

  /**
   * Gets the index.
   *
   * @return the index, not null
   */
  public abstract Index index();

  /**
   * Gets the unit scored.
   *
   * @return the subject, not null
   */
  public abstract Party subject();

  /**
   * Gets the year scored.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Gets the top-level criteria.
   *
   * @return the criteria, possibly empty
   */
  public abstract List<Criterion> criteria();

  /**
   * Gets the rank ("1" of "1/63").
   *
   * @return the rank, at least 1, empty if not given
   */
  public abstract Optional<Integer> rank();

  /**
   * Gets the number of decimals the scorecard states its figures are rounded to, when it states
   * one; otherwise each check works at the finest precision printed among the figures it compares.
   *
   * @return the decimals, 0 to 6, empty if the scorecard states none
   */
  public abstract Optional<Integer> precision();

  /**
   * Gets the change of the total score against the previous year as printed, with its sign.
   *
   * @return the change, empty if not printed
   */
  public abstract Optional<BigDecimal> totalChange();

  /**
   * Gets how many units were ranked ("63" of "1/63").
   *
   * @return the number ranked, empty if not given
   */
  public abstract Optional<Integer> rankOutOf();

  /**
   * Gets the group as printed ("A", "nhóm cao nhất").
   *
   * @return the group, empty if not given
   */
  public abstract Optional<String> group();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    rank().filter(r -> r < 1).ifPresent(r -> {
      throw new MalformedValueException("rank", "Scorecard rank must be at least 1, was " + r,
          "thứ hạng của bảng điểm phải từ 1 trở lên, đang là " + r);
    });
    rankOutOf().filter(r -> r < 1).ifPresent(r -> {
      throw new MalformedValueException("rankOutOf", "Scorecard rankOutOf must be at least 1, was " + r,
          "số đơn vị được xếp hạng phải từ 1 trở lên, đang là " + r);
    });
    if (rank().isPresent() && rankOutOf().isPresent() && rank().get() > rankOutOf().get()) {
      throw new MalformedValueException("rank", "Scorecard rank " + rank().get() + " is beyond the " + rankOutOf().get()
          + " ranked", "thứ hạng " + rank().get() + " vượt quá số " + rankOutOf().get() + " đơn vị được xếp hạng");
    }
    group().ifPresent(g -> Texts.requireNonBlank(g, "group", "Scorecard group", "nhóm của bảng điểm"));
    precision().filter(p -> p < 0 || p > 6).ifPresent(p -> {
      throw new MalformedValueException("precision", "Scorecard precision must be 0 to 6 decimals, was " + p,
          "số chữ số thập phân phải từ 0 đến 6, đang là " + p);
    });
  }

  /** Builds a {@link Scorecard}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
