package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A measured quantity that targets are set on (chỉ số, chỉ tiêu đo lường): "tỷ lệ hồ sơ giải
 * quyết trước và đúng hạn", "mức độ hài lòng". The recurring ones of the plans are built in; users
 * define others with {@link #of}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
@JsonPropertyOrder({"id", "vietnameseName", "englishName", "unit", "direction"})
public abstract class Indicator {
  /** Whether more of the indicator is better. */
  public enum Direction {
    /** Higher is better: rates, satisfaction. */
    HIGHER_IS_BETTER,
    /** Lower is better: waiting time, costs. */
    LOWER_IS_BETTER
  }

  /** Nhiệm vụ trong kế hoạch hoàn thành đúng hạn: tasks of the plan completed on time. */
  public static final Indicator PLAN_TASKS_COMPLETED = builtIn("PLAN_TASKS_COMPLETED",
      "Tỷ lệ nhiệm vụ trong kế hoạch hoàn thành đúng tiến độ", "Plan tasks completed on time");
  /** Nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành: tasks assigned by the Government completed. */
  public static final Indicator GOVERNMENT_TASKS_COMPLETED = builtIn("GOVERNMENT_TASKS_COMPLETED",
      "Tỷ lệ nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao hoàn thành", "Government-assigned tasks completed");
  /** Cơ quan được kiểm tra: agencies inspected. */
  public static final Indicator AGENCIES_INSPECTED = builtIn("AGENCIES_INSPECTED",
      "Tỷ lệ cơ quan, đơn vị được kiểm tra cải cách hành chính", "Agencies inspected");
  /** Hồ sơ được theo dõi trên hệ thống: dossiers tracked on the procedure-handling system. */
  public static final Indicator DOSSIERS_TRACKED = builtIn("DOSSIERS_TRACKED",
      "Tỷ lệ hồ sơ được theo dõi trạng thái trên Hệ thống thông tin giải quyết TTHC", "Dossiers tracked on the system");
  /** Hồ sơ giải quyết trước và đúng hạn: dossiers resolved early or on time. */
  public static final Indicator DOSSIERS_ON_TIME = builtIn("DOSSIERS_ON_TIME",
      "Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn", "Dossiers resolved early or on time");
  /** Mức độ hài lòng: satisfaction of people and businesses. */
  public static final Indicator SATISFACTION = builtIn("SATISFACTION",
      "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC", "Satisfaction of people and businesses");
  /** TTHC cung cấp trực tuyến toàn trình: procedures offered fully online. */
  public static final Indicator PROCEDURES_FULLY_ONLINE = builtIn("PROCEDURES_FULLY_ONLINE",
      "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình", "Procedures offered fully online");
  /** Hồ sơ giải quyết trực tuyến toàn trình: share of dossiers handled fully online. */
  public static final Indicator DOSSIERS_FULLY_ONLINE = builtIn("DOSSIERS_FULLY_ONLINE",
      "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ", "Dossiers handled fully online");
  /** Thanh toán trực tuyến: online payments. */
  public static final Indicator ONLINE_PAYMENTS = builtIn("ONLINE_PAYMENTS",
      "Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán", "Online payments");
  /** Số hóa hồ sơ, kết quả: digitised dossiers and results. */
  public static final Indicator DIGITISED_DOSSIERS = builtIn("DIGITISED_DOSSIERS",
      "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "Digitised dossiers and results");
  /** Giải ngân vốn đầu tư công: budget disbursement against the plan. */
  public static final Indicator BUDGET_DISBURSEMENT = builtIn("BUDGET_DISBURSEMENT",
      "Tỷ lệ giải ngân kế hoạch đầu tư ngân sách nhà nước", "Public investment disbursed",
      Target.Unit.PERCENT_OF_PLAN, Direction.HIGHER_IS_BETTER);
  /** Thời gian chờ: waiting time at the one-stop shop. */
  public static final Indicator WAITING_TIME = builtIn("WAITING_TIME",
      "Thời gian chờ đợi tại bộ phận một cửa", "Waiting time at the one-stop shop",
      Target.Unit.MINUTES, Direction.LOWER_IS_BETTER);

  private static final List<Indicator> BUILT_IN = List.of(PLAN_TASKS_COMPLETED, GOVERNMENT_TASKS_COMPLETED,
      AGENCIES_INSPECTED, DOSSIERS_TRACKED, DOSSIERS_ON_TIME, SATISFACTION, PROCEDURES_FULLY_ONLINE,
      DOSSIERS_FULLY_ONLINE, ONLINE_PAYMENTS, DIGITISED_DOSSIERS, BUDGET_DISBURSEMENT, WAITING_TIME);

  Indicator() {}

  /**
   * Gets the id, UPPER_SNAKE for the built-in ones.
   *
   * @return the id, without whitespace, not empty
   */
  public abstract String id();

  /**
   * Gets the Vietnamese name.
   *
   * @return the name, not blank
   */
  public abstract String vietnameseName();

  /**
   * Gets the English name.
   *
   * @return the name, not blank
   */
  public abstract String englishName();

  /**
   * Gets the unit the indicator is measured in.
   *
   * @return the unit, not null
   */
  public abstract Target.Unit unit();

  /**
   * Gets whether more is better.
   *
   * @return the direction, not null
   */
  public abstract Direction direction();

  /**
   * Obtains a user-defined indicator.
   *
   * @param id the id, not empty
   * @param vietnameseName the Vietnamese name, not blank
   * @param englishName the English name, not blank
   * @param unit the unit, not null
   * @param direction whether more is better, not null
   * @return the indicator, not null
   */
  public static Indicator of(String id, String vietnameseName, String englishName, Target.Unit unit, Direction direction) {
    return ImmutableIndicator.builder().id(id).vietnameseName(vietnameseName).englishName(englishName)
        .unit(unit).direction(direction).build();
  }

  /**
   * Gets the built-in catalog of the recurring indicators of the plans.
   *
   * @return the indicators, not empty
   */
  public static List<Indicator> builtIns() {
    return BUILT_IN;
  }

  /**
   * Finds a built-in indicator by id.
   *
   * @param id the id, not null
   * @return the indicator, empty if no built-in one has that id
   * @see IndicatorCatalog#find(String)
   */
  public static Optional<Indicator> findBuiltIn(String id) {
    return IndicatorCatalog.builtIn().find(id);
  }

  /**
   * Recognises the built-in indicator that a target's wording names unmistakably: "hồ sơ ... trước
   * và đúng hạn" is {@link #DOSSIERS_ON_TIME}, "mức độ hài lòng" is {@link #SATISFACTION}. Case,
   * diacritics and spacing are ignored, so OCR'd text is recognised too. The wordings are the
   * {@linkplain IndicatorCatalog#builtIn() built-in catalog}'s; a catalog with a user's indicators
   * recognises those too.
   *
   * @param wording the words of the target or of its sentence, not null
   * @return the indicator, empty if the wording names none unmistakably
   */
  public static Optional<Indicator> recognise(CharSequence wording) {
    return IndicatorCatalog.builtIn().recognise(wording);
  }

  private static Indicator builtIn(String id, String vietnamese, String english) {
    return builtIn(id, vietnamese, english, Target.Unit.PERCENT, Direction.HIGHER_IS_BETTER);
  }

  private static Indicator builtIn(String id, String vietnamese, String english, Target.Unit unit, Direction direction) {
    return of(id, vietnamese, english, unit, direction);
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "id", "Indicator id", "mã chỉ số");
    Texts.requireNonBlank(vietnameseName(), "vietnameseName", "Indicator Vietnamese name", "tên tiếng Việt của chỉ số");
    Texts.requireNonBlank(englishName(), "englishName", "Indicator English name", "tên tiếng Anh của chỉ số");
  }
}
