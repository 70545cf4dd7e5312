package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.Folding;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A row of a plan's task table (nhiệm vụ, Danh mục nhiệm vụ): number, content, lead (chủ trì) and
 * coordinating (phối hợp) agencies, timeframe, products (sản phẩm), the targets stated in it and
 * its sub-rows.
 *
 * <p>A task holds what the document prints, gaps included: no product, no number, a timeframe
 * that cannot be read (kept in {@link #unreadTimeframe()}). The rules report those. The number is
 * kept as printed: "1", "a)", or "-" for a bulleted sub-row ("- Thành phố"); sub-rows follow the
 * Vietnamese letter order a b c d đ e g h i k l m n. A parent row whose cells are empty is
 * complete when its sub-rows are.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
@JsonPropertyOrder({"number", "content", "area", "leads", "coordinators", "timeframe", "unreadTimeframe",
    "products", "targets", "subtasks", "illegible"})
public abstract class Task {
  Task() {}

  /**
   * Gets the row number as printed ("57", "a)", "-").
   *
   * @return the number, empty for an unnumbered row
   */
  public abstract Optional<String> number();

  /**
   * Gets the content (nội dung công việc) as printed.
   *
   * @return the content, blank only for an illegible row
   */
  public abstract String content();

  /**
   * Gets the reform area the row is listed under.
   *
   * @return the area, empty if the table does not group rows by area
   */
  public abstract Optional<ReformArea> area();

  /**
   * Gets the lead agencies or groups (cơ quan chủ trì).
   *
   * @return the leads, empty if the row names none
   */
  public abstract List<Party> leads();

  /**
   * Gets the coordinating agencies or groups (cơ quan phối hợp).
   *
   * @return the coordinators, empty if the row names none
   */
  public abstract List<Party> coordinators();

  /**
   * Gets the timeframe, read with the plan's year.
   *
   * @return the timeframe, empty if the row has none or it cannot be read
   */
  public abstract Optional<Timeframe> timeframe();

  /**
   * Gets the timeframe text where it cannot be read as a timeframe, kept as printed.
   *
   * @return the text, empty if the row has no timeframe or it was read
   */
  public abstract Optional<String> unreadTimeframe();

  /**
   * Gets the products (sản phẩm).
   *
   * @return the products, empty if the row names none
   */
  public abstract List<Product> products();

  /**
   * Gets the targets the row states ("Tối thiểu 80% hồ sơ …").
   *
   * @return the targets, possibly empty
   */
  public abstract List<Target> targets();

  /**
   * Gets the sub-rows.
   *
   * @return the sub-rows, empty for a leaf row
   */
  public abstract List<Task> subtasks();

  /**
   * Checks if the source marks the row as illegible (OCR).
   *
   * @return true if the row could not be read in the source
   */
  @Value.Default
  public boolean illegible() {
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

  /**
   * Checks if the row has no sub-rows.
   *
   * @return true for a leaf row
   */
  public boolean isLeaf() {
    return subtasks().isEmpty();
  }

  /**
   * Gets this row and all rows below it, depth first in document order.
   *
   * @return the rows, starting with this one
   */
  public Stream<Task> flatten() {
    return Stream.concat(Stream.of(this), subtasks().stream().flatMap(Task::flatten));
  }

  /**
   * Gets the parties named anywhere in this row, leads then coordinators.
   *
   * @return the parties, possibly empty
   */
  public Stream<Party> parties() {
    return Stream.concat(leads().stream(), coordinators().stream());
  }

  /**
   * Returns a copy of this task with the timeframe altered.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param newTimeframe the timeframe, not null
   * @return a task like this one with the timeframe and no unread timeframe text, not null
   */
  public Task withTimeframe(Timeframe newTimeframe) {
    return builder().from(this).timeframe(newTimeframe).unreadTimeframe(Optional.empty()).build();
  }

  @Value.Check
  final Task normalize() {
    number().ifPresent(n -> Texts.requireNonBlank(n, "number", "Task number", "số thứ tự nhiệm vụ"));
    if (!illegible() && content().isBlank()) {
      throw new MalformedValueException("content", "Task " + number().map(n -> "\"" + n + "\" ").orElse("")
          + "content must not be blank unless the row is marked illegible", "Nhiệm vụ "
          + number().map(n -> "\"" + n + "\" ").orElse("") + "không được để trống nội dung, trừ khi dòng được đánh dấu không đọc được");
    }
    if (timeframe().isPresent() && unreadTimeframe().isPresent()) {
      throw new MalformedValueException("unreadTimeframe", "Task " + number().orElse("") + " has both a timeframe (\""
          + timeframe().get().text() + "\") and an unread timeframe (\"" + unreadTimeframe().get() + "\")", "Nhiệm vụ "
          + number().orElse("") + " có cả thời gian đã đọc (\"" + timeframe().get().text() + "\") và thời gian chưa đọc được (\""
          + unreadTimeframe().get() + "\")");
    }
    unreadTimeframe().ifPresent(u -> Texts.requireNonBlank(u, "unreadTimeframe", "Task unread timeframe",
        "thời gian chưa đọc được của nhiệm vụ"));
    String content = Folding.clean(content());
    Optional<String> number = number().map(Folding::clean);
    Optional<String> unread = unreadTimeframe().map(Folding::clean);
    if (!content.equals(content()) || !number.equals(number()) || !unread.equals(unreadTimeframe())) {
      return builder().from(this).content(content).number(number).unreadTimeframe(unread).build();
    }
    return this;
  }

  /** Builds a {@link Task}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}

    /**
     * Sets the timeframe from its text as printed, read with the plan year; text that cannot be
     * read is kept as the unread timeframe, blank text sets neither.
     *
     * @param text the timeframe as printed, not null
     * @param planYear the plan's year, not null
     * @return this builder, not null
     */
    public Builder timeframeText(String text, java.time.Year planYear) {
      return timeframeText(text, planYear, unread -> { });
    }

    /**
     * Sets the timeframe from its text as printed, as {@link #timeframeText(String, java.time.Year)}
     * does, and tells why text that cannot be read was kept unread: the one place where a timeframe
     * is parsed or its text kept.
     *
     * @param text the timeframe as printed, not null
     * @param planYear the plan's year, not null
     * @param unread told the reason when the text cannot be read, not null
     * @return this builder, not null
     */
    public Builder timeframeText(String text, java.time.Year planYear, Consumer<? super TextParseException> unread) {
      if (text.isBlank()) {
        timeframe(Optional.empty());
        unreadTimeframe(Optional.empty());
        return this;
      }
      try {
        timeframe(Timeframe.parse(text, planYear));
        unreadTimeframe(Optional.empty());
      } catch (TextParseException e) {
        timeframe(Optional.empty());
        unreadTimeframe(text);
        unread.accept(e);
      }
      return this;
    }
  }
}
