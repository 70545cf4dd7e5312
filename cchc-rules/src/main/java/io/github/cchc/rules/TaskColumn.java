package io.github.cchc.rules;

import java.util.List;
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
  private static final List<String> NUMBER_WORDS = List.of("tt", "stt", "sott", "sothutu", "thutu", "so");

  private final String header;

  TaskColumn(String header) {
    this.header = header;
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
   * Recognises a header cell, ignoring case, diacritics and punctuation: "Thời gian thực hiện/
   * hoàn thành", "THOI GIAN", "Cơ quan thực hiện" and "Nội dung" are all recognised.
   *
   * @param cell the text of the header cell, not null
   * @return the column, empty if the text names none of the six
   */
  public static Optional<TaskColumn> fromHeader(String cell) {
    String k = NOT_WORD.matcher(PartyReader.key(cell.length() > 200 ? cell.substring(0, 200) : cell))
        .replaceAll(" ").strip();
    // Order matters: "thời gian thực hiện" names the timeframe although "thực hiện" names the leads.
    if (NUMBER_WORDS.contains(k.replace(" ", ""))) {
      return Optional.of(NUMBER);
    } else if (startsWithAny(k, "thoi gian", "thoi han", "tien do", "thoi diem")) {
      return Optional.of(TIMEFRAME);
    } else if (k.contains("phoi hop")) {
      return Optional.of(COORDINATORS);
    } else if (k.contains("chu tri") || startsWithAny(k, "co quan thuc hien", "don vi thuc hien", "co quan don vi thuc hien")) {
      return Optional.of(LEADS);
    } else if (startsWithAny(k, "san pham", "ket qua")) {
      return Optional.of(PRODUCTS);
    } else if (startsWithAny(k, "noi dung", "nhiem vu", "ten nhiem vu", "cong viec", "ten cong viec")) {
      return Optional.of(CONTENT);
    }
    return Optional.empty();
  }

  private static boolean startsWithAny(String key, String... prefixes) {
    for (String p : prefixes) {
      if (key.equals(p) || key.startsWith(p + " ")) {
        return true;
      }
    }
    return false;
  }
}
