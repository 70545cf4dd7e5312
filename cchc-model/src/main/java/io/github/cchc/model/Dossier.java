package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One application for an administrative procedure at a one-stop shop (hồ sơ thủ tục hành chính):
 * when it was received, when it is due (ngày hẹn trả), and once processing ended, when and how
 * (resolved, rejected, withdrawn); the pauses while the applicant supplemented the file, which do
 * not count against the agency; the channel and the flags the national scoring counts.
 *
 * <p>Times are local times in Vietnam. In JSON a date alone is accepted: for {@code received} it
 * means the start of that day, for {@code due} and {@code ended} its end. Dates that contradict
 * each other (ended before received) are kept: the statistics report them rather than count them.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossier.class)
@JsonDeserialize(as = ImmutableDossier.class)
@JsonPropertyOrder({"id", "procedureCode", "agencyId", "channel", "received", "due", "ended", "outcome", "pauses",
    "fullyOnline", "paidOnline", "electronicResult", "digitised"})
public abstract class Dossier {
  /** How a dossier was submitted. */
  public enum Channel {
    /** Trực tiếp. */
    IN_PERSON,
    /** Trực tuyến. */
    ONLINE,
    /** Qua dịch vụ bưu chính. */
    POST
  }

  /** How processing ended. */
  public enum Outcome {
    /** Đã giải quyết: a result was issued. */
    RESOLVED,
    /** Từ chối: refused. */
    REJECTED,
    /** Rút hồ sơ: withdrawn by the applicant. */
    WITHDRAWN
  }

  Dossier() {}

  /**
   * Gets the dossier's code.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Gets the procedure's code.
   *
   * @return the code, not blank
   */
  public abstract String procedureCode();

  /**
   * Gets the handling agency's id.
   *
   * @return the id, not blank
   */
  public abstract String agencyId();

  /**
   * Gets the channel.
   *
   * @return the channel, not null
   */
  public abstract Channel channel();

  /**
   * Gets when it was received.
   *
   * @return the moment, not null
   */
  @JsonDeserialize(using = DossierTimes.StartOfDay.class)
  public abstract LocalDateTime received();

  /**
   * Gets when it is due (the appointment date).
   *
   * @return the moment, not null
   */
  @JsonDeserialize(using = DossierTimes.EndOfDay.class)
  public abstract LocalDateTime due();

  /**
   * Gets when processing ended.
   *
   * @return the moment, empty while it is pending
   */
  @JsonDeserialize(contentUsing = DossierTimes.EndOfDay.class)
  public abstract Optional<LocalDateTime> ended();

  /**
   * Gets how processing ended.
   *
   * @return the outcome, present exactly when {@link #ended()} is
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Gets the pauses while the applicant supplemented the file.
   *
   * @return the pauses, possibly empty
   */
  public abstract List<Pause> pauses();

  /**
   * Checks if the dossier was handled fully online (trực tuyến toàn trình).
   *
   * @return the flag
   */
  @Value.Default
  public boolean fullyOnline() {
    return false;
  }

  /**
   * Checks if fees were paid online.
   *
   * @return the flag
   */
  @Value.Default
  public boolean paidOnline() {
    return false;
  }

  /**
   * Checks if the result was issued electronically.
   *
   * @return the flag
   */
  @Value.Default
  public boolean electronicResult() {
    return false;
  }

  /**
   * Checks if the dossier and result were digitised (số hóa).
   *
   * @return the flag
   */
  @Value.Default
  public boolean digitised() {
    return false;
  }

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
    Texts.requireNonBlank(id(), "id", "Dossier id", "mã hồ sơ");
    // The names quote the id, so they are made only for a dossier refused: dossiers come by the hundred thousand.
    if (procedureCode().isBlank() || agencyId().isBlank()) {
      Texts.requireNonBlank(procedureCode(), "procedureCode", "Dossier \"" + id() + "\" procedure code",
          "mã thủ tục của hồ sơ \"" + id() + "\"");
      Texts.requireNonBlank(agencyId(), "agencyId", "Dossier \"" + id() + "\" agency id",
          "mã cơ quan của hồ sơ \"" + id() + "\"");
    }
    requireSupported("received", received());
    requireSupported("due", due());
    ended().ifPresent(e -> requireSupported("ended", e));
    if (ended().isPresent() != outcome().isPresent()) {
      throw new MalformedValueException(ended().isPresent() ? "outcome" : "ended", "Dossier \"" + id()
          + "\" must have both an end and an outcome, or neither; has "
          + (ended().isPresent() ? "an end without outcome" : "an outcome without end"), "Hồ sơ \"" + id()
          + "\" phải có cả ngày kết thúc và kết quả, hoặc không có cả hai; đang có "
          + (ended().isPresent() ? "ngày kết thúc mà không có kết quả" : "kết quả mà không có ngày kết thúc"));
    }
  }

  private void requireSupported(String attribute, LocalDateTime time) {
    if (time.getYear() < Plan.FIRST_YEAR.getValue() || time.getYear() > Plan.LAST_YEAR.getValue()) {
      throw new MalformedValueException(attribute, "Dossier \"" + id() + "\" " + attribute + " " + time + " is outside "
          + Plan.FIRST_YEAR + " to " + Plan.LAST_YEAR, "Hồ sơ \"" + id() + "\": thời điểm " + time + " nằm ngoài các năm "
          + Plan.FIRST_YEAR + " đến " + Plan.LAST_YEAR);
    }
  }

  /** Builds a {@link Dossier}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }

  /**
   * A stretch of time a dossier waited for its applicant (tạm dừng để bổ sung hồ sơ).
   *
   * @param from when the pause began, not null
   * @param to when it ended, not before {@code from}
   */
  public record Pause(
      @com.fasterxml.jackson.annotation.JsonProperty("from") LocalDateTime from,
      @com.fasterxml.jackson.annotation.JsonProperty("to") LocalDateTime to) {
    /** Checks the pause's order. */
    public Pause {
      java.util.Objects.requireNonNull(from, "from");
      java.util.Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new MalformedValueException("", "Dossier pause ends (" + to + ") before it begins (" + from + ")",
            "lần tạm dừng kết thúc (" + to + ") trước khi bắt đầu (" + from + ")");
      }
    }

    /**
     * Gets how long the pause lasted.
     *
     * @return the duration, not negative
     */
    public java.time.Duration duration() {
      return java.time.Duration.between(from, to);
    }
  }
}
