package io.github.cchc.model.text;

import java.util.Map;

/**
 * How agency names are compared (so khớp tên cơ quan): ignoring case, diacritics and spacing, with
 * the abbreviations officers write spelled out. The directory's {@code findByName} and the task-table
 * importer both compare names by {@link #key}, so a name the one finds the other reads.
 *
 * <p>The abbreviations, each standing for its words: UBND (Ủy ban nhân dân), HĐND (Hội đồng nhân
 * dân), UBMTTQ (Ủy ban Mặt trận Tổ quốc), VP (Văn phòng), TP (thành phố), TT&amp;TT (Thông tin và
 * Truyền thông), KH&amp;ĐT (Kế hoạch và Đầu tư), KH&amp;CN (Khoa học và Công nghệ), GD&amp;ĐT (Giáo
 * dục và Đào tạo), TN&amp;MT (Tài nguyên và Môi trường), NN&amp;PTNT (Nông nghiệp và Phát triển
 * nông thôn), LĐ-TB&amp;XH and LĐTB&amp;XH (Lao động - Thương binh và Xã hội), VH,TT&amp;DL (Văn
 * hóa, Thể thao và Du lịch), GTVT (Giao thông vận tải), CCHC (cải cách hành chính), TTHC (thủ tục
 * hành chính).
 */
public final class AgencyNames {
  /** The abbreviations officers write, each standing for the words it abbreviates (folded). */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("ubnd", "uy ban nhan dan"),
      Map.entry("hdnd", "hoi dong nhan dan"),
      Map.entry("ubmttq", "uy ban mat tran to quoc"),
      Map.entry("vp", "van phong"),
      Map.entry("tp", "thanh pho"),
      Map.entry("tt&tt", "thong tin va truyen thong"),
      Map.entry("kh&dt", "ke hoach va dau tu"),
      Map.entry("kh&cn", "khoa hoc va cong nghe"),
      Map.entry("gd&dt", "giao duc va dao tao"),
      Map.entry("tn&mt", "tai nguyen va moi truong"),
      Map.entry("nn&ptnt", "nong nghiep va phat trien nong thon"),
      Map.entry("ld-tb&xh", "lao dong - thuong binh va xa hoi"),
      Map.entry("ldtb&xh", "lao dong - thuong binh va xa hoi"),
      Map.entry("vh,tt&dl", "van hoa, the thao va du lich"),
      Map.entry("gtvt", "giao thong van tai"),
      Map.entry("cchc", "cai cach hanh chinh"),
      Map.entry("tthc", "thu tuc hanh chinh"));

  private AgencyNames() {}

  /**
   * Returns the form names are compared in: lower case, no diacritics (composed or decomposed),
   * single spaces, abbreviations written out. A word's trailing comma does not hide an
   * abbreviation, so the key of "A, B" is the keys of A and B joined by ", ".
   *
   * @param name the name as printed, not null
   * @return the key, not null
   */
  public static String key(CharSequence name) {
    StringBuilder out = new StringBuilder(name.length() + 16);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Folding.isSpace(c)) {
        appendWord(out, word);
      } else if (!Folding.isCombiningMark(c)) {
        word.append(Folding.foldChar(c));
      }
    }
    appendWord(out, word);
    return out.toString();
  }

  private static void appendWord(StringBuilder out, StringBuilder word) {
    if (word.length() == 0) {
      return;
    }
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == ',') {
      end--;
    }
    String expanded = ABBREVIATIONS.get(word.substring(0, end));
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(expanded == null ? word : expanded + word.substring(end));
    word.setLength(0);
  }
}
