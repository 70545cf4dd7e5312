package io.github.cchc.model;

import io.github.cchc.model.text.Folding;

/**
 * A reform area (lĩnh vực cải cách hành chính): the six areas of the national master programme
 * 2021–2030 (Nghị quyết 76/NQ-CP) and the two that plans add.
 */
public enum ReformArea {
  /** Công tác chỉ đạo, điều hành (kiểm tra, tuyên truyền). */
  DIRECTION("Công tác chỉ đạo, điều hành", "Direction, inspection and communication"),
  /** Cải cách thể chế. */
  INSTITUTIONS("Cải cách thể chế", "Institutional reform"),
  /** Cải cách thủ tục hành chính, một cửa, một cửa liên thông. */
  ADMINISTRATIVE_PROCEDURES("Cải cách thủ tục hành chính", "Administrative procedure reform"),
  /** Cải cách tổ chức bộ máy. */
  ORGANISATION("Cải cách tổ chức bộ máy", "Reform of the organisation of the apparatus"),
  /** Cải cách chế độ công vụ; xây dựng và nâng cao chất lượng đội ngũ CBCCVC. */
  CIVIL_SERVICE("Cải cách chế độ công vụ", "Civil service reform"),
  /** Cải cách tài chính công. */
  PUBLIC_FINANCE("Cải cách tài chính công", "Public finance reform"),
  /** Xây dựng và phát triển chính quyền điện tử, chính quyền số. */
  DIGITAL_GOVERNMENT("Xây dựng và phát triển chính quyền điện tử, chính quyền số", "E-government and digital government"),
  /** Đánh giá tác động của cải cách hành chính. */
  IMPACT("Đánh giá tác động của cải cách hành chính", "Impact of reform");

  /** Words that name each area in section headings, folded; the first area whose word appears wins. */
  private static final java.util.List<java.util.Map.Entry<String, String>> HEADING_WORDS = java.util.List.of(
      java.util.Map.entry("tac dong", "IMPACT"), java.util.Map.entry("the che", "INSTITUTIONS"),
      java.util.Map.entry("thu tuc hanh chinh", "ADMINISTRATIVE_PROCEDURES"), java.util.Map.entry("mot cua", "ADMINISTRATIVE_PROCEDURES"),
      java.util.Map.entry("to chuc bo may", "ORGANISATION"), java.util.Map.entry("cong vu", "CIVIL_SERVICE"),
      java.util.Map.entry("doi ngu", "CIVIL_SERVICE"), java.util.Map.entry("tai chinh cong", "PUBLIC_FINANCE"),
      java.util.Map.entry("chinh quyen dien tu", "DIGITAL_GOVERNMENT"), java.util.Map.entry("chinh quyen so", "DIGITAL_GOVERNMENT"),
      java.util.Map.entry("hien dai hoa", "DIGITAL_GOVERNMENT"), java.util.Map.entry("chi dao", "DIRECTION"),
      java.util.Map.entry("kiem tra", "DIRECTION"), java.util.Map.entry("tuyen truyen", "DIRECTION"));

  private final String vietnameseName;
  private final String englishName;

  ReformArea(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * Gets the Vietnamese name as plans print it.
   *
   * @return the name, not null
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Finds the area a section heading names ("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền",
   * "III. Cải cách thủ tục hành chính", "VII. Xây dựng Chính quyền điện tử"), with or without
   * diacritics.
   *
   * @param heading the heading as printed, not null
   * @return the area, empty if the heading names none
   */
  public static java.util.Optional<ReformArea> fromHeading(CharSequence heading) {
    String key = Folding.key(heading.length() > 500 ? heading.subSequence(0, 500) : heading);
    for (java.util.Map.Entry<String, String> w : HEADING_WORDS) {
      if (key.contains(w.getKey())) {
        return java.util.Optional.of(valueOf(w.getValue()));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Gets the English name.
   *
   * @return the name, not null
   */
  public String englishName() {
    return englishName;
  }
}
