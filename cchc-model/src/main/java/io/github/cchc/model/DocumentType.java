package io.github.cchc.model;

import io.github.cchc.model.text.Folding;
import java.util.List;
import java.util.Optional;

/**
 * The type of a legal or administrative document (loại văn bản), with the word that names it in
 * prose and the abbreviation its number code carries ("NQ" in "76/NQ-CP").
 */
public enum DocumentType {
  /** Luật, Bộ luật: a law; usually cited by title and date, without a number. */
  LAW(List.of("Bộ luật", "Luật"), Optional.empty()),
  /** Pháp lệnh: an ordinance. */
  ORDINANCE(List.of("Pháp lệnh"), Optional.of("PL")),
  /** Nghị quyết: a resolution. */
  RESOLUTION(List.of("Nghị quyết"), Optional.of("NQ")),
  /** Nghị định: a decree. */
  DECREE(List.of("Nghị định"), Optional.of("NĐ")),
  /** Quyết định: a decision. */
  DECISION(List.of("Quyết định"), Optional.of("QĐ")),
  /** Chỉ thị: a directive. */
  DIRECTIVE(List.of("Chỉ thị"), Optional.of("CT")),
  /** Thông tư liên tịch: a joint circular. */
  JOINT_CIRCULAR(List.of("Thông tư liên tịch"), Optional.of("TTLT")),
  /** Thông tư: a circular. */
  CIRCULAR(List.of("Thông tư"), Optional.of("TT")),
  /** Kế hoạch: a plan. */
  PLAN(List.of("Kế hoạch"), Optional.of("KH")),
  /** Kết luận: a conclusion (of a party body). */
  CONCLUSION(List.of("Kết luận"), Optional.of("KL")),
  /** Chương trình: a programme. */
  PROGRAMME(List.of("Chương trình"), Optional.of("CTr")),
  /** Đề án: a scheme. */
  SCHEME(List.of("Đề án"), Optional.of("ĐA")),
  /** Hướng dẫn: guidance. */
  GUIDANCE(List.of("Hướng dẫn"), Optional.of("HD")),
  /** Thông báo: a notice. */
  NOTICE(List.of("Thông báo"), Optional.of("TB")),
  /** Báo cáo: a report. */
  REPORT(List.of("Báo cáo"), Optional.of("BC")),
  /** Công văn: an official letter; its number carries the issuing unit, not a type code. */
  OFFICIAL_LETTER(List.of("Công văn"), Optional.empty()),
  /** Any other document. */
  OTHER(List.of(), Optional.empty());

  private final List<String> words;
  private final Optional<String> code;

  DocumentType(List<String> words, Optional<String> code) {
    this.words = words;
    this.code = code;
  }

  /**
   * Gets the words that name this type in prose, longest first where one contains another.
   *
   * @return the words, empty for {@link #OTHER}
   */
  public List<String> words() {
    return words;
  }

  /**
   * Gets the abbreviation that number codes of this type carry ("QĐ").
   *
   * @return the code, empty for types cited without one
   */
  public Optional<String> code() {
    return code;
  }

  /**
   * Finds the type whose code abbreviation is given, ignoring case and diacritics ("ND" and "NĐ"
   * are decrees). OCR noise such as "NO" or "QP" matches no type.
   *
   * @param abbreviation the abbreviation as printed, not null
   * @return the type, empty if no type has that code
   */
  public static Optional<DocumentType> fromCode(String abbreviation) {
    String key = Folding.key(abbreviation);
    for (DocumentType t : values()) {
      if (t.code.isPresent() && Folding.key(t.code.get()).equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
