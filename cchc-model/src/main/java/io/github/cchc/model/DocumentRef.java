package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.Folding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A citation of a document (văn bản): "Nghị quyết số 76/NQ-CP ngày 15/7/2021", "Luật Tổ chức
 * chính quyền địa phương ngày 19/6/2015", "Kết luận số 50-KL/TW", "Số: 4791 /QĐ-UBND".
 *
 * <p>The type word and the number code are kept as printed, so that a citation whose word and
 * code disagree ("Nghị quyết số 117/NĐ-CP") can be reported rather than lost: {@link #type()}
 * follows the word, {@link #codeType()} the code. A type code a scan damaged is read as the code
 * it stands for ("76/NO-CP" as "76/NQ-CP"; where two could be meant, the type word decides), the
 * printed citation kept in {@link #text()}; OCR noise that stands for no code is kept and gives
 * no code type. The printed {@link #text()} is kept beside the structure and is not part of
 * equality.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentRef.class)
@JsonDeserialize(as = ImmutableDocumentRef.class)
@JsonPropertyOrder({"text", "type", "typeWord", "number", "issuedOn", "title"})
public abstract class DocumentRef {
  DocumentRef() {}

  /**
   * Gets the type, from the type word where one is printed, else from the number code.
   *
   * @return the type, {@link DocumentType#OTHER} when neither tells
   */
  public abstract DocumentType type();

  /**
   * Gets the word that names the type, as printed ("Nghị quyết").
   *
   * @return the word, empty when the citation has none ("Số: 4791 /QĐ-UBND")
   */
  public abstract Optional<String> typeWord();

  /**
   * Gets the number with its code, spaces removed ("4791/QĐ-UBND", "50-KL/TW",
   * "107/2021/NĐ-CP", "3152/SNV-CCHC&amp;PC").
   *
   * @return the number, empty for a citation without one (most laws)
   */
  public abstract Optional<String> number();

  /**
   * Gets the date of issue.
   *
   * @return the date, empty if the citation gives none
   */
  public abstract Optional<LocalDate> issuedOn();

  /**
   * Gets the title or description that follows the citation, as printed ("của Chính phủ ban hành
   * Chương trình tổng thể …"), or for a law its name ("Tổ chức chính quyền địa phương").
   *
   * @return the title, empty if none was read
   */
  public abstract Optional<String> title();

  /**
   * Gets the citation as printed, or its canonical text when built from parts.
   *
   * @return the text, not blank
   */
  @Value.Default
  @Value.Auxiliary
  public String text() {
    return toCanonicalText();
  }

  /**
   * Obtains a reference from its parts.
   *
   * @param type the type, not null
   * @param number the number with its code ("76/NQ-CP"), empty if none
   * @param issuedOn the date of issue, empty if none
   * @return the reference, with the type's usual word and canonical text, not null
   */
  public static DocumentRef of(DocumentType type, Optional<String> number, Optional<LocalDate> issuedOn) {
    return builder()
        .type(type)
        .typeWord(type.words().isEmpty() ? Optional.empty() : Optional.of(type.words().get(type.words().size() - 1)))
        .number(number)
        .issuedOn(issuedOn)
        .build();
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
   * Reads one citation ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ …", "Số: 4791
   * /QĐ-UBND", "Luật Tổ chức Chính phủ ngày 19/6/2015"), with or without diacritics. Text after
   * the number and date is kept as the title.
   *
   * @param text the citation as printed, not null
   * @return the reference, keeping {@code text}, not null
   * @throws TextParseException if the text has neither a type word nor a number code
   */
  public static DocumentRef parse(CharSequence text) {
    return DocumentRefParser.parse(text);
  }

  /**
   * Finds every citation in a text with its offsets, also where a line break splits it
   * ("468/QĐ-\n\nTTg"). Citations are found by their number code, or for laws by "Luật …" followed
   * by a date in the same clause; titles are not read. Offsets are into the text in Unicode NFC,
   * which is the text as given whenever it is NFC already (as all text cchc produces is).
   *
   * @param text the text, not null
   * @return the citations in order of position, possibly empty
   */
  public static List<Occurrence> findAll(CharSequence text) {
    return DocumentRefParser.findAll(text);
  }

  /**
   * Gets the type that the number code names ("NQ" in "76/NQ-CP").
   *
   * @return the code's type, empty if there is no number, the code names no type (official
   *     letters: "3152/SNV-CCHC&amp;PC") or it is OCR noise that stands for no code
   */
  public Optional<DocumentType> codeType() {
    return number().flatMap(DocumentRefParser::typeCode).flatMap(DocumentType::fromCode);
  }

  /**
   * Checks if the type word and the number code agree. A citation lacking either agrees.
   *
   * @return false only if both name a type and the types differ
   */
  public boolean isTypeConsistent() {
    return typeWord().isEmpty() || codeType().map(t -> t == type()).orElse(true);
  }

  /**
   * Gets the serial part of the number ("76" in "76/NQ-CP").
   *
   * @return the serial, empty if there is no number
   */
  public Optional<String> serial() {
    return number().map(n -> n.substring(0, DocumentRefParser.serialEnd(n)));
  }

  /**
   * Gets the canonical text, which {@link #parse(CharSequence)} reads back to an equal reference.
   *
   * @return the canonical text, not null
   */
  public String toCanonicalText() {
    StringBuilder s = new StringBuilder();
    typeWord().ifPresent(s::append);
    if (number().isPresent()) {
      s.append(s.length() == 0 ? "Số " : " số ").append(number().get());
    } else {
      title().ifPresent(t -> s.append(' ').append(t));
    }
    issuedOn().ifPresent(d -> s.append(" ngày ").append(d.getDayOfMonth()).append('/')
        .append(d.getMonthValue()).append('/').append(d.getYear()));
    if (number().isPresent()) {
      title().ifPresent(t -> s.append(' ').append(t));
    }
    return s.toString().strip();
  }

  @Value.Check
  final DocumentRef normalize() {
    if (typeWord().isEmpty() && number().isEmpty()) {
      throw new MalformedValueException("", "DocumentRef needs a type word or a number, was \"" + text() + "\"",
          "văn bản được dẫn phải có loại văn bản hoặc số hiệu, đang là \"" + text() + "\"");
    }
    typeWord().ifPresent(w -> Texts.requireNonBlank(w, "typeWord", "Cited document type word", "tên loại văn bản được dẫn"));
    title().ifPresent(t -> Texts.requireNonBlank(t, "title", "Cited document title", "trích yếu văn bản được dẫn"));
    if (number().isPresent()) {
      DocumentRefParser.requireNumber(number().get());
    }
    typeWord().flatMap(DocumentRefParser::wordType).filter(t -> t != type()).ifPresent(t -> {
      throw new MalformedValueException("type", "DocumentRef type " + type() + " contradicts its type word \""
          + typeWord().get() + "\", which names " + t, "loại văn bản " + vietnamese(type()) + " (" + type()
          + ") trái với chữ \"" + typeWord().get() + "\", vốn chỉ " + vietnamese(t));
    });
    Texts.requireNonBlank(text(), "text", "Cited document text", "lời dẫn văn bản");
    String cleanText = Folding.clean(text());
    Optional<String> cleanTitle = title().map(Folding::clean);
    if (!cleanText.equals(text()) || !cleanTitle.equals(title())) {
      return builder().from(this).text(cleanText).title(cleanTitle).build();
    }
    return this;
  }

  /**
   * A citation found in a longer text, with its place: {@code text.substring(start, end)} is the
   * citation as printed.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Occurrence {
    private final DocumentRef ref;
    private final int start;
    private final int end;

    Occurrence(DocumentRef ref, int start, int end) {
      this.ref = Objects.requireNonNull(ref, "ref");
      this.start = start;
      this.end = end;
    }

    /**
     * Gets the citation.
     *
     * @return the reference, not null
     */
    public DocumentRef ref() {
      return ref;
    }

    /**
     * Gets where the citation starts in the text searched.
     *
     * @return the index of its first char
     */
    public int start() {
      return start;
    }

    /**
     * Gets where the citation ends in the text searched.
     *
     * @return the index after its last char
     */
    public int end() {
      return end;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Occurrence other && ref.equals(other.ref) && start == other.start && end == other.end;
    }

    @Override
    public int hashCode() {
      return Objects.hash(ref, start, end);
    }

    @Override
    public String toString() {
      return "[" + start + "," + end + ") " + ref.text();
    }
  }

  private static String vietnamese(DocumentType type) {
    return type.words().isEmpty() ? "loại khác" : "\"" + type.words().get(type.words().size() - 1) + "\"";
  }

  /** Builds a {@link DocumentRef}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutableDocumentRef.Builder {
    Builder() {}
  }
}
