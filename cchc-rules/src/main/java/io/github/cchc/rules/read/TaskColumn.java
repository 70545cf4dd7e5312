package io.github.cchc.rules.read;

import io.github.cchc.model.text.AgencyNames;
import io.github.cchc.model.text.ScanWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column of a plan's task table (cột của bảng danh mục nhiệm vụ): the six that plans print, in
 * whatever order and wording a table gives them.
 */
public enum TaskColumn {
  /** TT, STT: the row's printed number. */
  NUMBER("TT"),
  /** Nội dung công việc, Nhiệm vụ: what is to be done. */
  CONTENT("Nội dung công việc"),
  /** Cơ quan chủ trì, Cơ quan thực hiện: the lead agencies. */
  LEADS("Cơ quan chủ trì"),
  /** Cơ quan phối hợp: the coordinating agencies. */
  COORDINATORS("Cơ quan phối hợp"),
  /** Thời gian thực hiện/hoàn thành, Thời gian, Thời hạn: the timeframe. */
  TIMEFRAME("Thời gian thực hiện/hoàn thành"),
  /** Sản phẩm, Kết quả: the products. */
  PRODUCTS("Sản phẩm");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
  /**
   * The wordings each column's header is printed in, folded. A header must be one of them whole: a
   * task's content that starts "Nhiệm vụ …" or a product "Kết quả …" is not a header.
   */
  private static final Map<String, TaskColumn> WORDINGS = wordings(Map.of(
      NUMBER, List.of("tt", "stt", "s t t", "so tt", "so thu tu", "thu tu", "so"),
      CONTENT, List.of("noi dung", "noi dung cong viec", "noi dung nhiem vu", "nhiem vu", "ten nhiem vu", "cong viec",
          "nhiem vu cong viec", "noi dung cong viec nhiem vu", "nhiem vu giai phap", "ten cong viec"),
      LEADS, List.of("chu tri", "co quan chu tri", "don vi chu tri", "co quan don vi chu tri", "co quan thuc hien",
          "don vi thuc hien", "co quan don vi thuc hien", "co quan chu tri thuc hien", "don vi chu tri thuc hien",
          "co quan don vi chu tri thuc hien"),
      COORDINATORS, List.of("phoi hop", "co quan phoi hop", "don vi phoi hop", "co quan don vi phoi hop",
          "co quan phoi hop thuc hien", "don vi phoi hop thuc hien"),
      TIMEFRAME, List.of("thoi gian", "thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian thuc hien hoan thanh",
          "thoi han", "thoi han hoan thanh", "thoi han thuc hien", "tien do", "tien do thuc hien", "tien do hoan thanh",
          "thoi diem hoan thanh"),
      PRODUCTS, List.of("san pham", "san pham dau ra", "san pham du kien", "ket qua", "ket qua san pham",
          "san pham ket qua", "ket qua dau ra", "hinh thuc san pham")));

  private final String header;

  TaskColumn(String header) {
    this.header = header;
  }

  private static Map<String, TaskColumn> wordings(Map<TaskColumn, List<String>> byColumn) {
    Map<String, TaskColumn> all = new HashMap<>();
    byColumn.forEach((column, words) -> words.forEach(w -> all.put(w, column)));
    return Map.copyOf(all);
  }

  /**
   * Gets the header plans usually print for the column.
   *
   * @return the header, not blank
   */
  public String header() {
    return header;
  }

  /**
   * Recognises a header cell, ignoring case, diacritics, punctuation and remarks in brackets:
   * "Thời gian thực hiện/ hoàn thành", "THOI GIAN", "Cơ quan thực hiện", "Nội dung" and "Sản phẩm
   * (dự kiến)" are all recognised; officers' abbreviations ("CCHC", "UBND") are spelled out as
   * agency names are. The words must be one of a column's usual wordings whole, as printed or as
   * a scan damaged them (within {@link ScanWords}' repair).
   *
   * @param cell the text of the header cell, not null
   * @return the column, empty if the text names none of the six
   */
  public static Optional<TaskColumn> fromHeader(String cell) {
    if (cell.length() > 200) {
      return Optional.empty();
    }
    String k = NOT_WORD.matcher(AgencyNames.key(REMARK.matcher(cell).replaceAll(" "))).replaceAll(" ").strip();
    TaskColumn exact = WORDINGS.get(k);
    if (exact != null || k.length() < 5 || k.length() > 60) {
      return Optional.ofNullable(exact);
    }
    // A scan's damage ("Noi dung cong vi¢c", "Thoi glan"): a wording whole, as damaged; the length
    // tells most cells from every wording before any edit is counted.
    for (String w : REPAIRABLE) {
      if (Math.abs(w.length() - k.length()) <= 2 && ScanWords.matches(k, w)) {
        return Optional.of(WORDINGS.get(w));
      }
    }
    return Optional.empty();
  }

  /** The wordings of five letters or more, which a repair may reach: "tt" and "so" are too short to guess. */
  private static final List<String> REPAIRABLE = WORDINGS.keySet().stream().filter(w -> w.length() >= 5).sorted().toList();
}
