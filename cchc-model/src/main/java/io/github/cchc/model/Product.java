package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.Folding;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A deliverable of a task (sản phẩm): "Kế hoạch của UBND thành phố", "Báo cáo kết quả thực hiện",
 * "Dữ liệu số hóa được chứa trong Kho quản lý dữ liệu điện tử", as printed, with its kind.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProduct.class)
@JsonDeserialize(as = ImmutableProduct.class)
@JsonPropertyOrder({"text", "kind"})
public abstract class Product {
  /** What sort of deliverable a product is. */
  public enum Kind {
    /** Kế hoạch. */
    PLAN,
    /** Quyết định. */
    DECISION,
    /** Báo cáo, thông báo kết luận. */
    REPORT,
    /** Nghị quyết. */
    RESOLUTION,
    /** Đề án. */
    SCHEME,
    /** Dữ liệu, cơ sở dữ liệu, danh mục, phiếu khảo sát. */
    DATA,
    /** Hội nghị, hội thảo, hội thi, lớp tập huấn, đoàn công tác. */
    EVENT,
    /** Hệ thống, cổng, phần mềm. */
    SYSTEM,
    /** Anything else. */
    OTHER
  }

  /** Keywords and the kind each tells, folded; the first keyword in the text decides. */
  private static final List<Map.Entry<String, Kind>> KEYWORDS = List.of(
      Map.entry("ke hoach", Kind.PLAN), Map.entry("quyet dinh", Kind.DECISION), Map.entry("bao cao", Kind.REPORT),
      Map.entry("thong bao", Kind.REPORT), Map.entry("nghi quyet", Kind.RESOLUTION), Map.entry("de an", Kind.SCHEME),
      Map.entry("du lieu", Kind.DATA), Map.entry("danh muc", Kind.DATA), Map.entry("phieu", Kind.DATA),
      Map.entry("hoi nghi", Kind.EVENT), Map.entry("hoi thao", Kind.EVENT), Map.entry("hoi thi", Kind.EVENT),
      Map.entry("lop ", Kind.EVENT), Map.entry("toa dam", Kind.EVENT), Map.entry("doan ", Kind.EVENT),
      Map.entry("he thong", Kind.SYSTEM), Map.entry("cong ", Kind.SYSTEM), Map.entry("phan mem", Kind.SYSTEM),
      Map.entry("thanh phan", Kind.SYSTEM));

  Product() {}

  /**
   * Gets the product as printed.
   *
   * @return the text, not blank
   */
  @Value.Parameter(order = 1)
  public abstract String text();

  /**
   * Gets the kind of deliverable.
   *
   * @return the kind, not null
   */
  @Value.Parameter(order = 2)
  public abstract Kind kind();

  /**
   * Obtains a product, its kind told by the first keyword of the text ("Kế hoạch …" is a plan;
   * "Hội nghị, hội thảo" an event).
   *
   * @param text the product as printed, not blank
   * @return the product, not null
   */
  public static Product of(String text) {
    return ImmutableProduct.of(text, classify(text));
  }

  /**
   * Obtains a product of a given kind.
   *
   * @param text the product as printed, not blank
   * @param kind the kind, not null
   * @return the product, not null
   */
  public static Product of(String text, Kind kind) {
    return ImmutableProduct.of(text, kind);
  }

  static Kind classify(String text) {
    String key = " " + Folding.key(text) + " ";
    int best = Integer.MAX_VALUE;
    Kind kind = Kind.OTHER;
    for (Map.Entry<String, Kind> k : KEYWORDS) {
      int at = key.indexOf(k.getKey());
      if (at >= 0 && at < best && (at == 0 || !Character.isLetter(key.charAt(at - 1)))) {
        best = at;
        kind = k.getValue();
      }
    }
    return kind;
  }

  @Value.Check
  final Product normalize() {
    Texts.requireNonBlank(text(), "text", "Product text", "nội dung sản phẩm");
    String clean = Folding.clean(text());
    return clean.equals(text()) ? this : ImmutableProduct.of(clean, kind());
  }
}
