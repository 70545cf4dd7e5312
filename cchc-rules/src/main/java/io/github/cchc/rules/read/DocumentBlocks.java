package io.github.cchc.rules.read;

import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The blocks of a document file (khối của tệp văn bản), by its kind: UTF-8 text ({@code .txt}),
 * Word ({@code .docx}, with Apache POI) and PDF with a text layer ({@code .pdf}, with Apache
 * PDFBox). POI and PDFBox are optional dependencies of cchc-rules: a service that reads only text
 * pulls neither, and one that reads a Word or PDF file without the library is told which to add.
 *
 * <p>Where the blocks' lines come from: a text file's lines; a Word document's paragraphs and
 * tables, counted from 1 (a table is one); a PDF's text lines, counted through its pages without
 * running headers and page numbers.
 */
public final class DocumentBlocks {
  private DocumentBlocks() {}

  /** A kind of document file cchc reads. */
  public enum Kind {
    /** Plain UTF-8 text; tab-separated lines are table rows. */
    TEXT(".txt", "", ""),
    /** A Word document. */
    WORD(".docx", "org.apache.poi.xwpf.usermodel.XWPFDocument", "Apache POI (org.apache.poi:poi-ooxml)"),
    /** A PDF with a text layer. */
    PDF(".pdf", "org.apache.pdfbox.Loader", "Apache PDFBox (org.apache.pdfbox:pdfbox)");

    private final String extension;
    private final String probe;
    private final String library;

    Kind(String extension, String probe, String library) {
      this.extension = extension;
      this.probe = probe;
      this.library = library;
    }

    /**
     * Gets the file name extension, with its dot.
     *
     * @return the extension, not null
     */
    public String extension() {
      return extension;
    }

    /**
     * Finds the kind a file name's extension names, ignoring case.
     *
     * @param fileName the file name, not null
     * @return the kind, empty for an extension cchc does not read
     */
    public static Optional<Kind> ofFileName(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        if (lower.endsWith(k.extension)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Reads a file's blocks, by its extension.
   *
   * @param file the file, not null
   * @return the blocks in order; empty for a PDF with no text layer (a scan)
   * @throws IllegalArgumentException if the extension is none cchc reads, or the file is not of
   *     the kind its extension names (not UTF-8, not a .docx, not a PDF), naming the file
   * @throws LibraryMissingException if the file needs POI or PDFBox and it is absent
   * @throws UncheckedIOException if reading fails
   */
  public static List<Block> read(Path file) {
    return readFile(file).orElse(List.of());
  }

  /** A file's blocks by its extension, or empty for a PDF with no text layer: {@link PlanReader} tells the two apart. */
  static Optional<List<Block>> readFile(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Kind kind = Kind.ofFileName(name).orElseThrow(() -> new IllegalArgumentException(
        file + ": cannot read a plan from this kind of file; use .txt (UTF-8), .docx or .pdf"));
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, kind, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the blocks of a document of a kind from a stream, which is not closed.
   *
   * @param in the document's bytes, not null
   * @param kind its kind, not null
   * @param name the name to give in messages (a file name), not null
   * @return the blocks in order, or empty for a PDF with no text layer (a scan, which needs OCR first)
   * @throws IllegalArgumentException if the bytes are not a document of that kind, naming it
   * @throws LibraryMissingException if the kind needs POI or PDFBox and it is absent
   * @throws UncheckedIOException if reading fails
   */
  public static Optional<List<Block>> read(InputStream in, Kind kind, String name) {
    try {
      switch (kind) {
        case TEXT:
          return Optional.of(Block.ofText(utf8(in.readAllBytes(), name)));
        case WORD:
          requireLibrary(kind);
          return Optional.of(WordBlocks.read(in, name));
        default:
          requireLibrary(kind);
          return PdfBlocks.read(in, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String utf8(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + ": not UTF-8 text; save it as UTF-8", e);
    }
  }

  private static void requireLibrary(Kind kind) {
    try {
      Class.forName(kind.probe, false, DocumentBlocks.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new LibraryMissingException(kind, e);
    }
  }

  /**
   * Thrown when a document needs a library the host did not bring (thiếu thư viện): the message
   * names the library and the kind of file.
   */
  public static final class LibraryMissingException extends CchcException {
    private static final long serialVersionUID = 1L;

    LibraryMissingException(Kind kind, Throwable cause) {
      super("Reading " + kind.extension + " files needs " + kind.library + " on the class or module path "
          + "(as a module it must be resolved, e.g. required by the application); add it as a dependency", cause);
    }
  }
}
