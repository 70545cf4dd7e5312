package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import io.github.cchc.model.Task;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.read.Block;
import io.github.cchc.rules.read.DocumentBlocks;
import io.github.cchc.rules.read.PlanReader;
import io.github.cchc.rules.read.PlanReading;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A plan reaches users as a Word file or a PDF as often as as text: seed 002's text, made into a
 * .docx (its Roman, decimal and dash lists as Word numbers them, its table as a Word table) and into
 * a PDF (its text layer wrapped to the page, the table's cells wrapped in their columns and running
 * over page breaks, a running header and page numbers), reads to the plan its text reads to.
 */
class DocumentFilesTest {
  private static final Path SEED = Path.of("cchc-examples", "data", "hai-phong-2024.txt");
  /** A font with Vietnamese letters: Debian's fonts-dejavu-core, which .ci/run installs where it is missing. */
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,4})\\. (.+)$");
  private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2})\\. (.+)$");
  private static final Pattern DASH = Pattern.compile("^- (.+)$");

  @TempDir
  Path dir;

  private static Plan fromText() throws IOException {
    return PlanReader.builder().build().read(Files.readString(SEED, StandardCharsets.UTF_8)).plan().orElseThrow();
  }

  @Test
  void aWordFileWithWordsOwnNumberingReadsToThePlanItsTextReadsTo() throws IOException {
    Path docx = dir.resolve("ke-hoach.docx");
    int numbered = writeDocx(Block.ofText(Files.readString(SEED, StandardCharsets.UTF_8)), docx);
    assertTrue(numbered > 40, "Word numbers the lists, not the text: " + numbered + " paragraphs numbered");
    PlanReading reading = PlanReader.builder().build().read(docx);
    assertEquals(fromText(), reading.plan().orElseThrow(() -> new AssertionError(reading.report().findings())));
    keep(docx);
  }

  /** With -Dcchc.documents.keep=DIR the files made here are kept there (.ci/run reads them with the command line). */
  private static void keep(Path file) throws IOException {
    String dir = System.getProperty("cchc.documents.keep", "");
    if (!dir.isEmpty()) {
      Files.createDirectories(Path.of(dir));
      Files.copy(file, Path.of(dir).resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aPdfWithATextLayerReadsToThePlanItsTextReadsTo() throws IOException {
    assertTrue(Files.isRegularFile(FONT), FONT + " is missing: install Debian's fonts-dejavu-core (.ci/run does)");
    Path pdf = dir.resolve("ke-hoach.pdf");
    int pages = writePdf(Block.ofText(Files.readString(SEED, StandardCharsets.UTF_8)), pdf);
    assertTrue(pages >= 4, pages + " pages");
    PlanReading reading = PlanReader.builder().build().read(pdf);
    Plan read = reading.plan().orElseThrow(() -> new AssertionError(reading.report().findings()));
    Plan expected = fromText();
    assertEquals(expected.allTasks().map(Task::content).toList(), read.allTasks().map(Task::content).toList());
    assertEquals(expected, read);
    keep(pdf);
  }

  @Test
  void aPdfWithNoTextLayerIsAScanAndSaysSo() throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(PDRectangle.A4));
      document.save(pdf.toFile());
    }
    PlanReading reading = PlanReader.builder().build().read(pdf);
    assertTrue(reading.plan().isEmpty());
    assertEquals(List.of("READ_NO_TEXT_LAYER"), reading.report().findings().stream().map(Finding::code).toList());
    assertEquals("Tệp PDF \"scan.pdf\" không có lớp chữ (là bản quét): cần nhận dạng chữ (OCR) rồi mới đọc được",
        reading.report().findings().get(0).message());
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedNamingIt() throws IOException {
    Path fake = dir.resolve("ke-hoach.pdf");
    Files.writeString(fake, "not a pdf");
    IllegalArgumentException pdf = assertThrows(IllegalArgumentException.class, () -> PlanReader.builder().build().read(fake));
    assertEquals(fake + ": not a PDF document", pdf.getMessage());
    Path docx = dir.resolve("ke-hoach.docx");
    Files.writeString(docx, "not a docx");
    IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> DocumentBlocks.read(docx));
    assertTrue(word.getMessage().startsWith(docx + ": not a .docx document"), word.getMessage());
    IllegalArgumentException odt = assertThrows(IllegalArgumentException.class, () -> DocumentBlocks.read(dir.resolve("a.odt")));
    assertTrue(odt.getMessage().endsWith("use .txt (UTF-8), .docx or .pdf"), odt.getMessage());
  }

  @Test
  void aWordCellMergedDownTheRowsIsRepeatedInEachRow() throws IOException {
    Path docx = dir.resolve("merged.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      XWPFTable table = document.createTable(2, 3);
      String[][] cells = {{"1", "Rà soát thủ tục", "Văn phòng"}, {"2", "Công khai thủ tục", ""}};
      for (int r = 0; r < 2; r++) {
        for (int c = 0; c < 3; c++) {
          table.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      table.getRow(0).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
      document.write(out);
    }
    List<Block> blocks = DocumentBlocks.read(docx);
    assertEquals(List.of(List.of("1", "Rà soát thủ tục", "Văn phòng"), List.of("2", "Công khai thủ tục", "Văn phòng")),
        blocks.get(0).rows());
  }

  /** Writes the blocks as Word would hold them; returns how many paragraphs Word numbers. */
  private static int writeDocx(List<Block> blocks, Path file) throws IOException {
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      BigInteger list = numbering(document);
      int roman = 0;
      int decimal = 0;
      int numbered = 0;
      for (Block b : blocks) {
        if (b.kind() == Block.Kind.TABLE) {
          int columns = b.rows().stream().mapToInt(List::size).max().orElse(1);
          XWPFTable table = document.createTable(b.rows().size(), columns);
          for (int r = 0; r < b.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns; c++) {
              List<String> cells = b.rows().get(r);
              row.getCell(c).setText(c < cells.size() ? cells.get(c) : "");
            }
          }
          continue;
        }
        XWPFParagraph p = document.createParagraph();
        String text = b.text();
        Matcher m;
        // Word numbers a list where its count is what the text prints; elsewhere the officer typed it.
        if ((m = ROMAN.matcher(text)).matches() && m.group(1).equals(roman(roman + 1))) {
          roman++;
          decimal = 0;
          number(p, list, 0);
          text = m.group(2);
          numbered++;
        } else if ((m = DECIMAL.matcher(text)).matches() && Integer.parseInt(m.group(1)) == decimal + 1) {
          decimal++;
          number(p, list, 1);
          text = m.group(2);
          numbered++;
        } else if ((m = DASH.matcher(text)).matches()) {
          number(p, list, 2);
          text = m.group(1);
          numbered++;
        }
        p.createRun().setText(text);
      }
      document.write(out);
      return numbered;
    }
  }

  private static BigInteger numbering(XWPFDocument document) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ONE);
    String[][] levels = {{"upperRoman", "%1."}, {"decimal", "%2."}, {"bullet", "-"}};
    for (int l = 0; l < levels.length; l++) {
      CTLvl lvl = definition.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(l));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[l][0]));
      lvl.addNewLvlText().setVal(levels[l][1]);
    }
    XWPFNumbering numbering = document.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
    return numbering.addNum(abstractId);
  }

  private static void number(XWPFParagraph p, BigInteger list, int level) {
    p.setNumID(list);
    p.setNumILvl(BigInteger.valueOf(level));
  }

  private static String roman(int n) {
    return new String[] {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}[Math.min(n, 10)];
  }

  /** Writes the blocks as a PDF with a text layer; returns its pages. */
  private static int writePdf(List<Block> blocks, Path file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, FONT.toFile());
      Pages pages = new Pages(document, font);
      for (Block b : blocks) {
        if (b.kind() == Block.Kind.PARAGRAPH) {
          pages.block(wrap(b.text(), font, 10, 495), 50, 10, 12, 6);
          continue;
        }
        float[] widths = {22, 165, 75, 85, 65, 83};
        for (List<String> row : b.rows()) {
          if (row.stream().skip(1).allMatch(String::isBlank)) {
            // A section row ("I. Chỉ đạo điều hành …"): one cell merged across the table.
            pages.block(wrap(row.get(0), font, 7, 495 - 8), 54, 7, 8.4f, 8);
            continue;
          }
          List<List<String>> cells = new ArrayList<>();
          int height = 1;
          for (int c = 0; c < widths.length; c++) {
            List<String> wrapped = c < row.size() && !row.get(c).isBlank() ? wrap(row.get(c), font, 7, widths[c] - 8) : List.of();
            cells.add(wrapped);
            height = Math.max(height, wrapped.size());
          }
          pages.room(height * 8.4f + 8);
          float x = 50;
          for (int c = 0; c < widths.length; c++) {
            float y = pages.y;
            for (String line : cells.get(c)) {
              pages.show(line, x + 4, 7, y);
              y -= 8.4f;
            }
            x += widths[c];
          }
          pages.y -= height * 8.4f + 8;
        }
        pages.y -= 6;
      }
      pages.close();
      document.save(file.toFile());
      return document.getNumberOfPages();
    }
  }

  private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The page being written: a running header on top, its number at the foot. */
  private static final class Pages {
    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private int number;
    float y;

    Pages(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      next();
    }

    void room(float height) throws IOException {
      if (y - height < 60) {
        next();
      }
    }

    /** Lines one below the other on one page, then a gap. */
    void block(List<String> lines, float x, float size, float leading, float gap) throws IOException {
      room(lines.size() * leading + gap);
      for (String line : lines) {
        show(line, x, size, y);
        y -= leading;
      }
      y -= gap;
    }

    void show(String text, float x, float size, float at) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, at);
      stream.showText(text);
      stream.endText();
    }

    private void next() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      number++;
      show("CÔNG BÁO ĐIỆN TỬ", 250, 8, 815);
      show(Integer.toString(number), 290, 9, 30);
      y = 780;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
