package io.github.cchc.rules.read;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Funding;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.Measure;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.TextParseException;
import io.github.cchc.model.Timeframe;
import io.github.cchc.model.text.Folding;
import io.github.cchc.model.text.ScanWords;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Fact;
import io.github.cchc.rules.Facts;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.Subject;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's published text (đọc kế hoạch từ văn bản ban hành) into a {@link Plan}, with a
 * {@code READ_*} finding, naming its line, for everything that could not be read as it stands.
 *
 * <p>The document is read as administrative documents are laid out (Nghị định 30/2020/NĐ-CP): the
 * header (issuing body, "Số: 4791/QĐ-UBND", place and date), the issuing decision if there is
 * one, the title, the legal bases ("Căn cứ …", "Thực hiện …", "Theo đề nghị …"), then the body's
 * sections, recognised by their wording and not their position: purposes and requirements,
 * targets, measures by reform area (with, under an area, "a) Chỉ tiêu" and "b) Nhiệm vụ" lists
 * where district and commune plans use them), funding, organisation (general duties, each party's
 * responsibility, the reporting schedule) and the appendix task table, read by
 * {@link TaskTableImporter}. The outline is Roman numerals, numbers, bracketed letters, dashes and
 * "+". Every comparison ignores case and diacritics, so text whose diacritics were stripped reads
 * the same.
 *
 * <p>A measure or target whose sentence gives its own deadline ("hoàn thành trước ngày …",
 * "trong Quý I", "hằng tháng") keeps it. Targets are labelled by their place in the outline
 * ("II.6", "II.3.a-2"); a change that names no period ("tăng tối thiểu 20%") is measured against
 * the year before the plan's.
 *
 * <pre>{@code
 * PlanReading reading = PlanReader.builder().directory(directory).build().read(text);
 * reading.report().findings().forEach(f -> System.out.println(f.message()));
 * Plan plan = reading.plan().orElseThrow();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanReader {
  /** "năm 2024", as scans print "năm" too: nam, nim, ndm, narn, and joined to the word before it. */
  private static final Pattern YEAR = Pattern.compile("n[aid](?:m|rn) (\\d{4})\\b");
  /** "ngày 20 tháng 12 năm 2021", as scans print it too: "tháng J2ném 2021". */
  private static final Pattern DATE = Pattern.compile("ngay ?(\\d{1,2}) thang ?(\\d{1,2}) ?n[aeid]m (\\d{4})");
  private static final Pattern NUMBER_LINE = Pattern.compile("^s[o6]\\s?:");
  private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";
  /**
   * A clause that names no indicator takes its sentence's only where the sentence is short: a long
   * paragraph names many things ("Chỉ số hài lòng" among its aims) its figure is not about.
   */
  private static final int SHORT = 400;
  /** Headings of the documents a plan is not: a report, a submission, a notice, a letter. */
  private static final java.util.Set<String> OTHER_TYPES =
      java.util.Set.of("bao cao", "to trinh", "thong bao", "cong van", "chi thi", "nghi quyet", "huong dan", "de an");

  private final AgencyDirectory directory;
  private final Optional<Year> year;
  private final Optional<AgencyLevel> level;
  private final Optional<String> id;
  private final IndicatorCatalog indicators;
  private final RuleSet rules;
  private final Map<String, List<Party>> aliases;

  private PlanReader(Builder b) {
    this.directory = b.directory;
    this.year = b.year;
    this.level = b.level;
    this.id = b.id;
    this.indicators = b.indicators;
    this.rules = b.rules;
    this.aliases = Map.copyOf(b.aliases);
  }

  /**
   * Starts a builder: no directory, the year and tier read from the document, the built-in
   * indicators and rules.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a plan from plain text ({@link Block#ofText}).
   *
   * @param text the document's text, not null
   * @return the plan and the findings, not null
   */
  public PlanReading read(CharSequence text) {
    return read(Block.ofText(text));
  }

  /**
   * Reads a plan from the blocks of a document.
   *
   * @param blocks the paragraphs and tables in document order, not null
   * @return the plan and the findings, not null
   */
  public PlanReading read(List<Block> blocks) {
    return new Reading(List.copyOf(blocks)).run();
  }

  /**
   * Reads a plan from a document file: UTF-8 text, Word or PDF, by its extension (see {@link
   * DocumentBlocks}). A PDF with no text layer (a scan) gives {@code READ_NO_TEXT_LAYER} and no plan.
   *
   * @param file the file, not null
   * @return the plan and the findings, not null
   * @throws IllegalArgumentException if the file is of a kind cchc does not read, or not of the
   *     kind its extension names, naming the file
   * @throws DocumentBlocks.LibraryMissingException if the file needs POI or PDFBox and it is absent
   * @throws java.io.UncheckedIOException if reading fails
   */
  public PlanReading read(java.nio.file.Path file) {
    Optional<List<Block>> blocks = DocumentBlocks.readFile(file);
    if (blocks.isEmpty()) {
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      List<Finding> none = new ArrayList<>();
      rules.grade(FindingCode.READ_NO_TEXT_LAYER, FindingCode.READ_NO_TEXT_LAYER.defaultSeverity()).ifPresent(severity ->
          none.add(Finding.of(FindingCode.READ_NO_TEXT_LAYER, severity, Subject.plan(), "", "", Facts.of(Fact.NAME, name))));
      return new PlanReading(Optional.empty(), CheckReport.of(none));
    }
    return read(blocks.get());
  }

  /** The part of a plan a section heading names. */
  private enum Part {
    NONE,
    PURPOSES,
    PURPOSES_AND_TARGETS,
    TARGETS,
    TARGETS_AND_MEASURES,
    MEASURES,
    FUNDING,
    ORGANISATION,
    REPORTING,
    APPENDIX,
    UNKNOWN
  }

  private static Part classify(String folded) {
    boolean purposes = has(folded, "muc dich") || has(folded, "yeu cau");
    boolean targets = has(folded, "chi tieu") || has(folded, "muc tieu");
    boolean measures = has(folded, "nhiem vu") || has(folded, "giai phap");
    if (has(folded, "kinh phi")) {
      return Part.FUNDING;
    }
    if (has(folded, "to chuc thuc hien")) {
      return Part.ORGANISATION;
    }
    String start = folded.length() > 12 ? folded.substring(0, 12) : folded;
    if (has(start, "phu luc") || has(start, "danh muc")) {
      return Part.APPENDIX;
    }
    if (has(folded, "bao cao") && !targets && !measures && !purposes) {
      return Part.REPORTING;
    }
    if (targets && measures) {
      return Part.TARGETS_AND_MEASURES;
    }
    if (purposes) {
      return targets ? Part.PURPOSES_AND_TARGETS : Part.PURPOSES;
    }
    if (targets) {
      return Part.TARGETS;
    }
    return measures ? Part.MEASURES : Part.UNKNOWN;
  }

  /** A heading's word, as printed or as a scan damaged it ("MUC PiCH, YEU CAU"). */
  private static boolean has(String folded, String word) {
    // "chi tiết" (details) is one edit from "chỉ tiêu" (targets): a heading naming details names no targets.
    return folded.contains(word)
        || folded.length() <= 100 && !(word.endsWith("tieu") && folded.contains("chi tiet")) && Fuzzy.contains(folded, word);
  }

  /** The heads of an area's lists: its targets, its measures. */
  private static final List<String> LIST_HEADS = List.of("chi tieu", "muc tieu", "nhiem vu", "giai phap");

  /** The words of the reform areas' headings, as ReformArea reads them and as scans damage them. */
  private static final List<Map.Entry<String, ReformArea>> AREA_WORDS = List.of(
      Map.entry("tac dong", ReformArea.IMPACT), Map.entry("the che", ReformArea.INSTITUTIONS),
      Map.entry("thu tuc hanh chinh", ReformArea.ADMINISTRATIVE_PROCEDURES), Map.entry("mot cua", ReformArea.ADMINISTRATIVE_PROCEDURES),
      Map.entry("to chuc bo may", ReformArea.ORGANISATION), Map.entry("bo may hanh chinh", ReformArea.ORGANISATION),
      Map.entry("che do cong vu", ReformArea.CIVIL_SERVICE), Map.entry("doi ngu can bo", ReformArea.CIVIL_SERVICE),
      Map.entry("can bo, cong chuc, vien chuc", ReformArea.CIVIL_SERVICE), Map.entry("tai chinh cong", ReformArea.PUBLIC_FINANCE),
      Map.entry("chinh quyen dien tu", ReformArea.DIGITAL_GOVERNMENT), Map.entry("chinh quyen so", ReformArea.DIGITAL_GOVERNMENT),
      Map.entry("chi dao, dieu hanh", ReformArea.DIRECTION));

  /** The area a heading names: as ReformArea reads it, else the nearest area wording within a scan's damage. */
  static Optional<ReformArea> areaOf(String heading) {
    Optional<ReformArea> exact = ReformArea.fromHeading(heading);
    if (exact.isPresent() || heading.length() > 120) {
      return exact;
    }
    return nearest(Folding.key(heading), (d, w) -> d <= (w.length() + 1) / 5, 1);
  }

  /** The area whose wording is fewest edits per letter from a stretch of the heading, among those it accepts. */
  private static Optional<ReformArea> nearest(String folded, java.util.function.BiPredicate<Integer, String> accepts,
      double share) {
    ReformArea best = null;
    double bestShare = share;
    for (Map.Entry<String, ReformArea> w : AREA_WORDS) {
      int d = Fuzzy.distance(folded, w.getKey());
      double s = (double) d / w.getKey().length();
      if (accepts.test(d, w.getKey()) && s < bestShare) {
        best = w.getValue();
        bestShare = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The area a table's section row names: as {@link #areaOf}, else, since a section row of a task
   * table can name nothing but an area, the nearest area wording where two fifths of it or less is damaged
   * (of wordings long enough for a share to mean something: two edits make "tổ chức" of "thể chế").
   */
  static Optional<ReformArea> nearestArea(String heading) {
    Optional<ReformArea> area = areaOf(heading);
    if (area.isPresent() || heading.length() > 120) {
      return area;
    }
    return nearest(Folding.key(heading), (d, w) -> w.length() >= 10, 0.4 + 1e-9);
  }

  /** One reading: the state of a walk through one document's blocks. */
  private final class Reading {
    private final List<Block> blocks;
    private final String[] texts;
    private final String[] folded;
    private final Outline[] outlines;
    private final List<Finding> findings = new ArrayList<>();

    private final List<String> issuerLines = new ArrayList<>();
    private final List<String> headerLines = new ArrayList<>();
    private final Map<String, DocumentRef> legalBases = new LinkedHashMap<>();
    private Optional<String> numberLine = Optional.empty();
    private Optional<LocalDate> issued = Optional.empty();
    private Optional<String> subject = Optional.empty();
    private String documentWord = "Kế hoạch";
    private boolean planHeading;
    private Optional<String> otherType = Optional.empty();
    private Optional<String> decisionSubject = Optional.empty();

    private final List<String> purposes = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<String> funding = new ArrayList<>();
    private final List<String> generalDuties = new ArrayList<>();
    private final List<Responsibility> responsibilities = new ArrayList<>();
    private final List<List<String>> appendix = new ArrayList<>();
    /** The appendix's paragraphs line by line, for a table whose columns a scan ran together. */
    private final List<ScannedTable.Line> appendixLines = new ArrayList<>();
    private boolean appendixTable;
    private final Map<Integer, ReportRequirement> reports = new TreeMap<>();

    private Year planYear = Year.of(2000);
    private TaskTableImporter importer;

    Reading(List<Block> blocks) {
      this.blocks = blocks;
      int n = blocks.size();
      texts = new String[n];
      folded = new String[n];
      outlines = new Outline[n];
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        texts[i] = b.kind() == Block.Kind.PARAGRAPH ? Folding.clean(b.text()) : "";
        // Words are looked for with a scan's signs read as the letters they stand for ("c4ch", "s6").
        folded[i] = ScanWords.unconfuseWords(Folding.fold(texts[i]));
        outlines[i] = Outline.of(texts[i]);
      }
    }

    PlanReading run() {
      Outline.Level sectionLevel = sectionLevel();
      int bodyStart = bodyStart(sectionLevel);
      readFront(bodyStart);
      Optional<String> title = subject.map(s -> documentWord + " " + s);
      String titleFolded = Folding.fold(title.orElse(""));
      String titleWords = ScanWords.unconfuseWords(titleFolded);
      boolean reform = titleWords.contains("cai cach hanh chinh") || titleWords.contains("cchc")
          || titleWords.length() <= 300 && Fuzzy.contains(titleWords, "cai cach hanh chinh");
      if (!reform || bodyStart >= blocks.size() || otherType.isPresent() && !planHeading) {
        String shown = otherType.filter(o -> !planHeading).or(() -> title).or(() -> firstParagraph()).orElse("");
        return failed(FindingCode.READ_NOT_A_PLAN, Facts.of(Fact.TEXT, abbreviate(shown)));
      }
      Optional<Year> printedYear = lastYear(titleFolded).or(() -> decisionSubject.flatMap(d -> lastYear(Folding.fold(d))));
      Optional<Year> y = year.or(() -> printedYear);
      if (y.isEmpty()) {
        return failed(FindingCode.READ_NO_YEAR, Facts.of(Fact.TEXT, title.get()));
      }
      planYear = y.get();
      String issuerName = issuerName();
      Optional<AgencyLevel> tier = level.or(() -> levelOf(titleFolded));
      if (tier.isEmpty()) {
        return failed(FindingCode.READ_LEVEL_UNKNOWN, Facts.of(Fact.NAME, issuerName.isEmpty() ? title.get() : issuerName));
      }
      importer = importer();
      readBody(bodyStart, sectionLevel);
      List<Task> tasks = List.of();
      Optional<ScannedTable> scanned = appendixTable ? Optional.empty() : ScannedTable.read(appendixLines);
      if (scanned.isPresent()) {
        tasks = scannedTasks(scanned.get());
      } else if (!appendix.isEmpty()) {
        TaskImport imported = importer.read(appendix);
        tasks = imported.tasks();
        findings.addAll(imported.report().findings());
      }
      Plan plan = build(title.get(), tier.get(), issuerName, tasks);
      return new PlanReading(Optional.of(plan), CheckReport.of(findings));
    }

    private PlanReading failed(FindingCode code, Facts facts) {
      add(code, Subject.plan(), facts);
      return new PlanReading(Optional.empty(), CheckReport.of(findings));
    }

    private Optional<String> firstParagraph() {
      for (String t : texts) {
        if (!t.isEmpty()) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }

    // ---------------------------------------------------------------- front matter

    /** Sections are Roman-numbered; plans without Roman numerals number them in arabic, in capitals. */
    private Outline.Level sectionLevel() {
      for (int i = 0; i < outlines.length; i++) {
        if (outlines[i].level() == Outline.Level.ROMAN && classify(outlines[i].folded()) != Part.UNKNOWN) {
          return Outline.Level.ROMAN;
        }
      }
      return Outline.Level.NUMBER;
    }

    private int bodyStart(Outline.Level sectionLevel) {
      for (int i = 0; i < outlines.length; i++) {
        Outline o = outlines[i];
        if (o.level() == sectionLevel && classify(o.folded()) != Part.UNKNOWN
            && (sectionLevel == Outline.Level.ROMAN || Block.isUpperCase(o.body()))) {
          return i;
        }
      }
      return blocks.size();
    }

    private void readFront(int bodyStart) {
      boolean beforeNumber = true;
      for (int i = 0; i < bodyStart; i++) {
        String t = texts[i];
        String f = folded[i];
        if (t.isEmpty()) {
          continue;
        }
        int motto = mottoStart(f);
        if (motto == 0) {
          continue;
        }
        if (NUMBER_LINE.matcher(f).find()) {
          if (numberLine.isEmpty()) {
            numberLine = Optional.of(t);
            headerLines.add(t);
          }
          beforeNumber = false;
        }
        Matcher date = DATE.matcher(figures(f));
        if (issued.isEmpty() && t.length() < 120 && date.find()) {
          issued = date(date);
          if (issued.isPresent()) {
            if (!headerLines.contains(t)) {
              headerLines.add(t);
            }
          }
        }
        // Two columns scanned as one line: the issuer's, then the motto's.
        String left = motto > 0 ? t.substring(0, motto).strip() : t;
        if (beforeNumber && Block.isUpperCase(left)) {
          issuerLines.add(left);
        }
        if (OTHER_TYPES.contains(f) && otherType.isEmpty()) {
          otherType = Optional.of(t);
        }
        if (f.equals("ke hoach") && i + 1 < bodyStart && subject.isEmpty()) {
          planHeading = true;
          subject = Optional.of(texts[i + 1]);
          documentWord = sentenceCase(t);
        } else if (f.startsWith("ke hoach ") && f.contains("cai cach hanh chinh") && t.length() < 200 && subject.isEmpty()) {
          subject = Optional.of(t.substring("Kế hoạch ".length()).strip());
          documentWord = sentenceCase(t.substring(0, "Kế hoạch".length()));
        } else if (f.length() <= 12 && Fuzzy.contains(f, "quyet dinh") && i + 1 < bodyStart && decisionSubject.isEmpty()) {
          decisionSubject = Optional.of(texts[i + 1]);
        } else if (isAttachmentLine(f)) {
          headerLines.add(t);
        } else if (!NUMBER_LINE.matcher(f).find() && (f.startsWith("can cu") || f.startsWith("thuc hien")
            || f.startsWith("theo de nghi") || f.startsWith("xet de nghi") || !beforeNumber && !Block.isUpperCase(t))) {
          // "Căn cứ …", "Thực hiện …", "Theo đề nghị …": and where a scan mangled those words, any
          // paragraph of the preamble that cites a document.
          for (DocumentRef.Occurrence o : DocumentRef.findAll(t)) {
            legalBases.putIfAbsent(refKey(o.ref()), o.ref());
          }
        }
      }
      if (subject.isEmpty() && otherType.isEmpty()) {
        // A scan may lose the header and the word "KẾ HOẠCH": the subject line stands alone.
        for (int i = 0; i < bodyStart; i++) {
          String f = folded[i];
          if (f.contains("cai cach hanh chinh") && YEAR.matcher(f).find() && texts[i].length() < 200
              && !f.startsWith("can cu") && !f.startsWith("thuc hien") && !f.startsWith("ban hanh")
              && !f.startsWith("dieu ")) {
            subject = Optional.of(texts[i]);
            break;
          }
        }
      }
    }

    private int mottoStart(String f) {
      for (String motto : List.of("cong hoa xa h", "doc lap", "dpoc lap", "tu do - hanh", "tu do-hanh")) {
        int at = f.indexOf(motto);
        if (at >= 0) {
          return at;
        }
      }
      return -1;
    }

    private Optional<LocalDate> date(Matcher m) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }

    private Optional<Year> lastYear(String f) {
      // A scan joins "năm" to the word before it ("Quangnam 2026") and prints it "n4m": the title's words unconfused.
      Matcher m = YEAR.matcher(ScanWords.unconfuseWords(f));
      Optional<Year> found = Optional.empty();
      while (m.find()) {
        int y = Integer.parseInt(m.group(1));
        if (y >= 1995 && y <= 2100) {
          found = Optional.of(Year.of(y));
        }
      }
      return found;
    }

    /**
     * The issuing body is the last name in the header's capitals: a commune's header prints its
     * district or province above it. A name cut over two lines ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HẢI
     * PHÒNG") is joined.
     */
    private String issuerName() {
      List<String> names = new ArrayList<>();
      for (String line : issuerLines) {
        String f = Folding.fold(line);
        boolean startsBody = f.startsWith("uy ban") || f.startsWith("ubnd") || f.startsWith("so ")
            || f.startsWith("phong ") || f.startsWith("van phong") || f.startsWith("ban ");
        if (names.isEmpty() || startsBody && !Folding.fold(names.get(names.size() - 1)).equals("uy ban nhan dan")) {
          names.add(line);
        } else {
          names.set(names.size() - 1, names.get(names.size() - 1) + " " + line);
        }
      }
      return names.isEmpty() ? "" : sentenceCase(names.get(names.size() - 1));
    }

    private List<String> parentNames() {
      return issuerLines.size() > 1 ? issuerLines.subList(0, issuerLines.size() - 1) : List.of();
    }

    /**
     * The tier from the issuer's wording, or the title's where the header is lost; a city is a
     * province unless a province is printed above it.
     */
    private Optional<AgencyLevel> levelOf(String titleFolded) {
      String issuer = Folding.fold(issuerName());
      Optional<AgencyLevel> fromIssuer = tierWord(issuer, true);
      if (fromIssuer.isPresent()) {
        return fromIssuer;
      }
      if (!issuer.isEmpty() && (issuer.startsWith("so ") || issuer.startsWith("ban ") || issuer.startsWith("phong "))) {
        for (String parent : parentNames()) {
          Optional<AgencyLevel> p = tierWord(Folding.fold(parent), true);
          if (p.isPresent()) {
            return p;
          }
        }
      }
      return issuer.isEmpty() ? tierWord(titleFolded, false) : Optional.empty();
    }

    private Optional<AgencyLevel> tierWord(String f, boolean issuer) {
      String s = " " + f + " ";
      if (issuer && !(f.startsWith("uy ban nhan dan") || f.startsWith("ubnd"))) {
        return Optional.empty();
      }
      if (s.contains(" thi xa ") || s.contains(" huyen ") || s.contains(" quan ")) {
        return Optional.of(AgencyLevel.DISTRICT);
      }
      if (s.contains(" xa ") || s.contains(" phuong ") || s.contains(" thi tran ")) {
        return Optional.of(AgencyLevel.COMMUNE);
      }
      if (s.contains(" tinh ")) {
        return Optional.of(AgencyLevel.PROVINCE);
      }
      if (s.contains(" thanh pho ")) {
        for (String parent : parentNames()) {
          if ((" " + Folding.fold(parent) + " ").contains(" tinh ")) {
            return Optional.of(AgencyLevel.DISTRICT);
          }
        }
        return Optional.of(AgencyLevel.PROVINCE);
      }
      return Optional.empty();
    }

    // ---------------------------------------------------------------- the body

    private Part part = Part.NONE;
    private Part subPart = Part.NONE;
    private Outline.Level subLevel = Outline.Level.NONE;
    private Optional<ReformArea> area = Optional.empty();
    private Outline.Level areaLevel = Outline.Level.NONE;
    private boolean targetList;
    private Outline.Level listLevel = Outline.Level.NONE;
    private String roman = "";
    private String number = "";
    private String letter = "";
    private int dash;
    private final Map<String, Integer> letterLines = new HashMap<>();
    private OpenResponsibility open;
    private int organisationMode;
    private Outline.Level organisationLevel = Outline.Level.NONE;
    private int unknownStart = -1;
    private int unknownParagraphs;

    private void readBody(int start, Outline.Level sectionLevel) {
      boolean signature = false;
      for (int i = start; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b.kind() == Block.Kind.TABLE) {
          appendix.addAll(b.rows());
          appendixTable = true;
          continue;
        }
        String t = texts[i];
        String f = folded[i];
        Outline o = outlines[i];
        if (t.isEmpty()) {
          continue;
        }
        scanReports(f);
        boolean section = o.level() == sectionLevel && (sectionLevel == Outline.Level.ROMAN || Block.isUpperCase(o.body()))
            && (classify(o.folded()) != Part.UNKNOWN || sectionLevel == Outline.Level.ROMAN && Block.isUpperCase(o.body()));
        boolean appendixHeading = o.level() == Outline.Level.NONE && Block.isUpperCase(t) && classify(f) == Part.APPENDIX;
        if (Fuzzy.contains(f.length() > 10 ? f.substring(0, 10) : f, "noi nhan") || f.startsWith("tm.") || f.startsWith("kt.")
            || f.startsWith("tm ")) {
          signature = true;
          continue;
        }
        if (signature && !section && !appendixHeading && !isAttachmentLine(f)) {
          continue;
        }
        signature = false;
        if (isAttachmentLine(f)) {
          headerLines.add(t);
          continue;
        }
        if (part == Part.APPENDIX) {
          // The table's own section rows ("VI. Cải cách tài chính công") are rows, not the plan's sections.
          appendix.add(List.of(t));
          keepLines(b);
          continue;
        }
        if (appendixHeading) {
          closeSection();
          part = Part.APPENDIX;
          appendix.add(List.of(t));
          keepLines(b);
          continue;
        }
        if (section) {
          closeSection();
          part = classify(o.folded());
          roman = o.label();
          number = "";
          letter = "";
          dash = 0;
          if (part == Part.UNKNOWN) {
            unknownStart = i;
            unknownParagraphs = 0;
          }
          continue;
        }
        if (f.startsWith("tren day la ")) {
          continue;
        }
        trackOutline(i, o);
        switch (part) {
          case PURPOSES -> purpose(i, o);
          case PURPOSES_AND_TARGETS -> purposeOrTarget(i, o);
          case TARGETS -> {
            if (!isHeading(i)) {
              readTargets(i, o.level() == Outline.Level.NONE ? texts[i] : o.body(), false);
            }
          }
          case MEASURES, TARGETS_AND_MEASURES -> measure(i, o);
          case FUNDING -> funding.add(t);
          case ORGANISATION -> organisation(i, o);
          case REPORTING -> generalDuties.add(t);
          case UNKNOWN -> unknownParagraphs++;
          default -> add(FindingCode.READ_UNREAD_TEXT, line(i), Facts.of(Fact.TEXT, abbreviate(t)));
        }
      }
      closeSection();
    }

    private void closeSection() {
      closeResponsibility();
      if (part == Part.UNKNOWN && unknownStart >= 0) {
        add(FindingCode.READ_UNKNOWN_SECTION, line(unknownStart),
            Facts.of(Fact.TEXT, abbreviate(texts[unknownStart])).and(Fact.PARAGRAPHS, unknownParagraphs));
        unknownStart = -1;
      }
      subPart = Part.NONE;
      subLevel = Outline.Level.NONE;
      area = Optional.empty();
      areaLevel = Outline.Level.NONE;
      targetList = false;
      listLevel = Outline.Level.NONE;
      organisationMode = 0;
      organisationLevel = Outline.Level.NONE;
    }

    /** Keeps the outline path the labels are made of, and reports a letter repeated in its list. */
    private void trackOutline(int i, Outline o) {
      switch (o.level()) {
        case NUMBER -> {
          number = o.label();
          letter = "";
          dash = 0;
        }
        case LETTER -> {
          String printed = o.label();
          if (printed.equals("¢")) {
            // A scan prints "đ)" as "d)": a "d)" repeated stood for "đ)", and the letter after it is "e)".
            String previous = letter.equals("d") && letterLines.containsKey(roman + "." + number + ".d#2") ? "đ" : letter;
            int before = previous.isEmpty() ? -1 : LETTERS.indexOf(previous);
            printed = before >= 0 && before + 1 < LETTERS.length() ? String.valueOf(LETTERS.charAt(before + 1)) : "c";
          }
          letter = printed;
          dash = 0;
          Integer first = letterLines.putIfAbsent(roman + "." + number + "." + letter, blocks.get(i).line());
          if (first != null) {
            letterLines.putIfAbsent(roman + "." + number + "." + letter + "#2", blocks.get(i).line());
            add(FindingCode.READ_DUPLICATE_LABEL, line(i), Facts.of(Fact.LABEL, letter + ")").and(Fact.FIRST_LINE, first));
          }
        }
        case DASH -> dash++;
        default -> {
          // A paragraph with no marker, or a "+", continues the item above it.
        }
      }
      // Leaving a level closes what was opened under it.
      if (o.level() != Outline.Level.NONE && o.level().compareTo(Outline.Level.DASH) < 0) {
        if (areaLevel != Outline.Level.NONE && o.level().compareTo(areaLevel) <= 0) {
          area = Optional.empty();
          areaLevel = Outline.Level.NONE;
          targetList = false;
          listLevel = Outline.Level.NONE;
        }
        if (listLevel != Outline.Level.NONE && o.level().compareTo(listLevel) <= 0) {
          targetList = false;
          listLevel = Outline.Level.NONE;
        }
        if (subLevel != Outline.Level.NONE && o.level().compareTo(subLevel) <= 0) {
          subPart = Part.NONE;
          subLevel = Outline.Level.NONE;
        }
      }
    }

    private String label() {
      StringBuilder s = new StringBuilder(roman);
      if (!number.isEmpty()) {
        s.append(s.length() > 0 ? "." : "").append(number);
      }
      if (!letter.isEmpty()) {
        s.append(s.length() > 0 ? "." : "").append(letter);
      }
      if (dash > 0) {
        s.append('-').append(dash);
      }
      return s.toString();
    }

    /** A heading: a short numbered or lettered line that does not end a sentence, with items under it. */
    private boolean isHeading(int i) {
      Outline o = outlines[i];
      if (o.level() != Outline.Level.NUMBER && o.level() != Outline.Level.LETTER) {
        return false;
      }
      String body = o.body().strip();
      if (body.length() > 120 || body.endsWith(".") || body.endsWith(";")) {
        return false;
      }
      int next = nextParagraph(i);
      return next < 0 || outlines[next].level() == Outline.Level.NONE && part == Part.FUNDING
          || outlines[next].level().compareTo(o.level()) > 0 || body.length() < 60 && !body.endsWith(":");
    }

    private int nextParagraph(int i) {
      for (int j = i + 1; j < blocks.size(); j++) {
        if (!texts[j].isEmpty()) {
          return j;
        }
      }
      return -1;
    }

    private void purpose(int i, Outline o) {
      if (isHeading(i)) {
        return;
      }
      String body = o.level() == Outline.Level.NONE ? texts[i] : o.body();
      purposes.add(body);
      // A purpose that states a figure ("hoàn thành 100% nhiệm vụ …") states a target too.
      readTargets(i, body, true);
    }

    private void purposeOrTarget(int i, Outline o) {
      if (isHeading(i)) {
        Part p = classify(o.folded());
        if (p == Part.PURPOSES || p == Part.TARGETS || p == Part.PURPOSES_AND_TARGETS) {
          subPart = p == Part.PURPOSES_AND_TARGETS ? Part.PURPOSES : p;
          subLevel = o.level();
        }
        return;
      }
      if (subPart == Part.TARGETS) {
        readTargets(i, o.level() == Outline.Level.NONE ? texts[i] : o.body(), false);
      } else {
        purpose(i, o);
      }
    }

    private void measure(int i, Outline o) {
      String f = o.folded();
      if (listHead(i, o)) {
        return;
      }
      if (isHeading(i)) {
        Optional<ReformArea> named = areaOf(o.body());
        if (named.isPresent() && (area.isEmpty() || o.level().compareTo(areaLevel) <= 0)) {
          area = named;
          areaLevel = o.level();
          targetList = false;
          listLevel = Outline.Level.NONE;
        }
        return;
      }
      String body = o.level() == Outline.Level.NONE ? texts[i] : o.body();
      if (targetList) {
        readTargets(i, body, false);
        return;
      }
      if (area.isEmpty()) {
        add(FindingCode.READ_UNREAD_TEXT, line(i), Facts.of(Fact.TEXT, abbreviate(texts[i])));
        return;
      }
      if (o.level() == Outline.Level.NONE && !measures.isEmpty() && measures.get(measures.size() - 1).area() == area.get()) {
        // A paragraph with no marker is the rest of the item above it, printed as a paragraph of its own.
        Measure last = measures.remove(measures.size() - 1);
        Measure joined = Measure.of(last.area(), last.label(), last.text() + "\n" + body);
        Optional<Timeframe> due = last.timeframe().or(() -> Prose.deadline(body, Folding.fold(body), planYear));
        measures.add(due.map(joined::withTimeframe).orElse(joined));
        return;
      }
      addMeasure(Optional.of(label()).filter(l -> !l.isEmpty()), body);
      if (part == Part.TARGETS_AND_MEASURES) {
        readTargets(i, body, true);
      }
    }

    /**
     * "a) Chỉ tiêu" and "b) Nhiệm vụ" open an area's lists of targets and of measures; what follows
     * a colon on the same line ("a) Chỉ tiêu: 100% văn bản …") is the list's only item.
     */
    private boolean listHead(int i, Outline o) {
      if (o.level() != Outline.Level.NUMBER && o.level() != Outline.Level.LETTER) {
        return false;
      }
      String body = o.body();
      int colon = body.indexOf(':');
      String printed = Folding.fold(colon >= 0 ? body.substring(0, colon) : body).strip();
      // "Chỉ tiêu" as scans print it too ("Chl tieii"): the head's words repaired towards the four heads.
      String head = printed.length() <= 40 ? ScanWords.repair(Folding.clean(printed), LIST_HEADS) : printed;
      // A short lettered head three edits from "Chỉ tiêu" is that head: nothing else is so short there.
      boolean damagedTargets = printed.length() <= 12 && colon < 0 && o.level() == Outline.Level.LETTER
          && Fuzzy.distance(printed.replace(" ", ""), "chitieu") <= 3 && printed.replace(" ", "").length() <= 10;
      boolean targetsHead = head.startsWith("chi tieu") || head.startsWith("muc tieu") || damagedTargets;
      boolean measuresHead = head.startsWith("nhiem vu") || head.startsWith("giai phap");
      if (!(targetsHead || measuresHead) || head.length() > 40 || colon < 0 && !isHeading(i)) {
        return false;
      }
      targetList = targetsHead;
      listLevel = o.level();
      String rest = colon >= 0 ? body.substring(colon + 1).strip() : "";
      if (!rest.isEmpty()) {
        if (targetsHead) {
          readTargets(i, rest, false);
        } else if (area.isPresent()) {
          addMeasure(Optional.of(label()).filter(l -> !l.isEmpty()), rest);
        }
      }
      return true;
    }

    private void addMeasure(Optional<String> label, String body) {
      Measure m = Measure.of(area.orElseThrow(), label, body);
      Optional<Timeframe> due = Prose.deadline(body, Folding.fold(body), planYear);
      measures.add(due.map(m::withTimeframe).orElse(m));
    }

    private void readTargets(int i, String body, boolean quiet) {
      List<Target> parsed;
      try {
        parsed = Target.parseAll(body, planYear);
      } catch (TextParseException e) {
        add(FindingCode.READ_UNREADABLE_TARGET, line(i), Facts.of(Fact.TEXT, abbreviate(body)));
        return;
      }
      if (parsed.isEmpty() || quiet && parsed.stream().allMatch(t -> t.kind() == Target.Kind.RANK)) {
        if (!quiet) {
          add(FindingCode.READ_TARGET_NOT_QUANTIFIED, line(i), Facts.of(Fact.TEXT, abbreviate(body)));
        }
        return;
      }
      Optional<Timeframe> due = Prose.deadline(body, Folding.fold(body), planYear);
      String label = label();
      for (Target t : parsed) {
        if (quiet && t.kind() == Target.Kind.RANK) {
          continue;
        }
        Target named = t.kind() == Target.Kind.RANK ? t
            : indicators.recognise(t.text()).or(() -> body.length() < SHORT ? indicators.recognise(body) : Optional.empty())
                .map(t::withIndicator).orElse(t);
        Target labelled = label.isEmpty() ? named : named.withLabel(label);
        targets.add(due.map(d -> Target.builder().from(labelled).timeframe(d).build()).orElse(labelled));
      }
    }

    // ---------------------------------------------------------------- organisation

    private static final int ANY = 0;
    private static final int GENERAL = 1;
    private static final int SPECIFIC = 2;

    private void organisation(int i, Outline o) {
      String f = o.folded();
      boolean heading = isHeading(i);
      // The specific first: a scan's "trách nhiệm cụ thể" is within reach of "trách nhiệm chung".
      if (heading && (has(f, "phan cong") || f.startsWith("trach nhiem cu the") || f.startsWith("trach nhiem cua"))) {
        closeResponsibility();
        organisationMode = SPECIFIC;
        organisationLevel = o.level();
        return;
      }
      if (heading && (has(f, "trach nhiem chung") && !f.contains("cu the") || f.startsWith("nhiem vu chung"))) {
        closeResponsibility();
        organisationMode = GENERAL;
        organisationLevel = o.level();
        return;
      }
      if (organisationLevel != Outline.Level.NONE && o.level() != Outline.Level.NONE
          && o.level().compareTo(organisationLevel) <= 0) {
        closeResponsibility();
        organisationMode = ANY;
        organisationLevel = Outline.Level.NONE;
      }
      String body = o.level() == Outline.Level.NONE ? texts[i] : o.body();
      // A paragraph with no marker belongs to a party only when the party's duties are printed below it.
      if (open != null && (o.level() == Outline.Level.NONE ? open.duties.isEmpty() || !open.inline
          : o.level().compareTo(open.level) > 0)) {
        open.duties.add(body);
        return;
      }
      closeResponsibility();
      if (organisationMode == GENERAL || f.startsWith("trong qua trinh")) {
        generalDuties.add(texts[i]);
        return;
      }
      Optional<String[]> party = o.level() == Outline.Level.NONE ? Optional.empty() : party(i, o, heading);
      if (party.isEmpty()) {
        generalDuties.add(texts[i]);
        return;
      }
      open = new OpenResponsibility(i, o.level(), labelOf(o), party.get()[0]);
      if (!party.get()[1].isBlank()) {
        open.duties.add(party.get()[1].strip());
        open.inline = true;
      }
    }

    private String labelOf(Outline o) {
      return switch (o.level()) {
        case NUMBER -> o.label() + ".";
        case LETTER -> letter + ")";
        default -> o.label();
      };
    }

    /** The party a responsibility opens with, and the rest of its paragraph. */
    private Optional<String[]> party(int i, Outline o, boolean heading) {
      String body = o.body();
      String f = o.folded();
      int colon = body.indexOf(':');
      if (colon > 0 && colon <= 250) {
        String before = body.substring(0, colon);
        int words = before.split(" ").length;
        boolean verb = Prose.partyEnd(Folding.fold(before)) >= 0;
        if (words <= 40 && (organisationMode == SPECIFIC || !verb && words <= 15)) {
          return Optional.of(new String[] {request(before), body.substring(colon + 1)});
        }
      }
      if (heading) {
        return Optional.of(new String[] {request(body), ""});
      }
      if (organisationMode == SPECIFIC) {
        int end = Prose.partyEnd(f);
        if (end > 0) {
          return Optional.of(new String[] {request(body.substring(0, end)), body});
        }
      }
      return Optional.empty();
    }

    /** "Đề nghị Mặt trận …" asks the Front: the party is what follows the request. */
    private String request(String name) {
      String n = name.strip();
      int skip = Prose.requestLength(Folding.fold(n));
      n = n.substring(skip).strip();
      while (!n.isEmpty() && ",;:.".indexOf(n.charAt(n.length() - 1)) >= 0) {
        n = n.substring(0, n.length() - 1).strip();
      }
      return n.isEmpty() ? name.strip() : Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private void closeResponsibility() {
      if (open == null) {
        return;
      }
      OpenResponsibility r = open;
      open = null;
      Party party = resolve(r.block, r.name);
      Set<ReformArea> areas = Prose.areasNamed(Folding.fold(String.join(" ", r.duties)));
      responsibilities.add(Responsibility.of(party, List.copyOf(areas), r.duties).withLabel(r.label));
      for (String duty : r.duties) {
        Prose.planOrdered(duty, Folding.fold(duty), planYear)
            .ifPresent(p -> proseCascade.add(CascadeRequirement.of(List.of(party), p.timeframe(), p.product())));
      }
    }

    private final List<CascadeRequirement> proseCascade = new ArrayList<>();

    private Party resolve(int i, String name) {
      if (directory.agencies().isEmpty() && directory.groups().isEmpty()) {
        return Party.named(name);
      }
      List<Party> found = importer.readParties(name);
      if (found.size() == 1 && found.get(0).kind() != Party.Kind.NAMED) {
        return found.get(0);
      }
      add(FindingCode.READ_UNRESOLVED_PARTY, line(i), Facts.of(Fact.NAME, name));
      return Party.named(name);
    }

    private final List<String> estimateParagraphs = new ArrayList<>();

    private void scanReports(String f) {
      if (f.contains("kinh phi") && (f.contains("du toan") || f.contains("du tru"))) {
        estimateParagraphs.add(f);
      }
      if (f.contains("bao cao") && f.contains("truoc ngay")) {
        for (ReportRequirement r : Prose.reports(f)) {
          reports.putIfAbsent(r.quarter(), r);
        }
      }
    }

    // ---------------------------------------------------------------- the plan

    private Plan build(String title, AgencyLevel tier, String issuerName, List<Task> tasks) {
      Plan.Builder plan = Plan.builder().id(id.orElseGet(() -> slug(issuerName.isEmpty() ? title : issuerName) + "-" + planYear))
          .title(title).year(planYear).level(tier).directory(directory).addAllHeaderLines(headerLines)
          .addAllLegalBases(legalBases.values()).addAllPurposes(purposes).addAllKeyTargets(targets)
          .addAllMeasures(measures).addAllGeneralDuties(generalDuties).addAllResponsibilities(responsibilities)
          .tasks(tasks);
      if (!issuerName.isEmpty()) {
        plan.issuer(issuer(issuerName));
      }
      issuingDocument(title).ifPresent(plan::issuingDocument);
      if (!funding.isEmpty()) {
        plan.funding(String.join("\n", funding));
      }
      Funding figures = fundingFigures();
      if (!figures.isEmpty()) {
        plan.fundingFigures(figures);
      }
      if (!reports.isEmpty()) {
        plan.reportingSchedule(ReportingSchedule.of(List.copyOf(reports.values())));
      }
      plan.addAllCascade(cascade(tasks, issuerName));
      plan.addAllCascade(proseCascade);
      return plan.build();
    }

    /** The funding section's sources and amounts; the estimates it or any duty orders. */
    private Funding fundingFigures() {
      List<String> sources = new ArrayList<>();
      List<java.math.BigDecimal> amounts = new ArrayList<>();
      for (String paragraph : funding) {
        String f = Folding.fold(paragraph);
        for (String source : Prose.sources(paragraph, f)) {
          if (!sources.contains(source)) {
            sources.add(source);
          }
        }
        amounts.addAll(Prose.amounts(f));
      }
      List<LocalDate> due = new ArrayList<>();
      for (String f : estimateParagraphs) {
        for (LocalDate d : Prose.estimatesDue(f)) {
          if (!due.contains(d)) {
            due.add(d);
          }
        }
      }
      return Funding.of(sources, amounts, due);
    }

    private Party issuer(String name) {
      for (Agency a : directory.findByName(name)) {
        return Party.agency(a.id());
      }
      return Party.named(name);
    }

    /**
     * The issue date: the header's, or where a scan mangled it, the date the attachment note gives
     * the decision it is attached to ("(Ban hành kèm theo Quyết định số … ngày 20/12/2021 …)").
     */
    private Optional<LocalDate> issueDate() {
      if (issued.isPresent()) {
        return issued;
      }
      for (String line : headerLines) {
        if (isAttachmentLine(Folding.fold(line))) {
          for (DocumentRef.Occurrence o : DocumentRef.findAll(line)) {
            if (o.ref().issuedOn().isPresent()) {
              return o.ref().issuedOn();
            }
          }
        }
      }
      return Optional.empty();
    }

    private Optional<DocumentRef> issuingDocument(String title) {
      if (numberLine.isEmpty()) {
        return Optional.empty();
      }
      DocumentRef printed;
      try {
        printed = DocumentRef.parse(numberLine.get());
      } catch (TextParseException e) {
        return Optional.empty();
      }
      if (printed.number().isEmpty()) {
        return Optional.empty();
      }
      boolean decision = decisionSubject.isPresent() || printed.type() == DocumentType.DECISION;
      DocumentRef.Builder ref = DocumentRef.builder().type(decision ? DocumentType.DECISION : DocumentType.PLAN)
          .typeWord(decision ? "Quyết định" : "Kế hoạch").number(printed.number().get()).text(numberLine.get());
      // A title line damaged down to nothing leaves the document untitled rather than refused.
      Optional.of(decisionSubject.orElse(title)).filter(t -> !t.isBlank()).ifPresent(ref::title);
      issueDate().ifPresent(ref::issuedOn);
      return Optional.of(ref.build());
    }

    /**
     * A row of the task table whose product is a plan of other units, due before a date, orders
     * them to issue their own plans: "Kế hoạch của UBND các xã, phường, thị trấn", "Trước ngày
     * 31/01/2024".
     */
    private List<CascadeRequirement> cascade(List<Task> tasks, String issuerName) {
      List<CascadeRequirement> out = new ArrayList<>();
      String issuer = Folding.key(issuerName);
      for (Task t : (Iterable<Task>) tasks.stream().flatMap(Task::flatten)::iterator) {
        if (t.timeframe().isPresent() && t.timeframe().get().kind() == Timeframe.Kind.BEFORE && !t.leads().isEmpty()
            && !t.products().isEmpty() && Folding.key(t.products().get(0).text()).startsWith("ke hoach")) {
          boolean own = t.leads().stream().anyMatch(p -> Folding.key(p.printed().orElse(p.ref())).equals(issuer));
          if (!own) {
            out.add(CascadeRequirement.of(t.leads(), t.timeframe().get(), t.products().get(0).text()));
          }
        }
      }
      return out;
    }

    private void keepLines(Block b) {
      for (int k = 0; k < b.lines().size(); k++) {
        appendixLines.add(new ScannedTable.Line(b.lines().get(k), b.lineNumbers().get(k)));
      }
    }

    /**
     * A run-together table's rows as tasks: each marked illegible, as its cells could not be told
     * apart, its opening line as content; a row known only from the numbering has no content.
     */
    private List<Task> scannedTasks(ScannedTable table) {
      List<Task> tasks = new ArrayList<>();
      int read = 0;
      for (ScannedTable.Row r : table.rows()) {
        Task.Builder task = Task.builder().number(r.number()).content(r.opening()).illegible(true);
        r.area().ifPresent(task::area);
        tasks.add(task.build());
        if (r.read()) {
          read++;
        } else {
          add(FindingCode.READ_ROW_NOT_READ, Subject.of(Subject.Kind.LINE, Integer.toString(r.line())),
              Facts.of(Fact.LABEL, r.number()));
        }
      }
      add(FindingCode.READ_TABLE_RUN_TOGETHER, Subject.of(Subject.Kind.LINE, Integer.toString(table.headerLine())),
          Facts.of(Fact.ROWS, read));
      return tasks;
    }

    private TaskTableImporter importer() {
      // Without a directory every agency is kept as printed: a finding for each would only repeat that.
      RuleSet graded = directory.agencies().isEmpty() && directory.groups().isEmpty()
          ? rules.without(FindingCode.IMPORT_UNRESOLVED_AGENCY.code()) : rules;
      TaskTableImporter.Builder b = TaskTableImporter.builder().year(planYear).directory(directory)
          .indicators(indicators).rules(graded);
      aliases.forEach(b::alias);
      return b.build();
    }

    private Subject line(int i) {
      return Subject.of(Subject.Kind.LINE, Integer.toString(blocks.get(i).line()));
    }

    private void add(FindingCode code, Subject subject, Facts facts) {
      rules.grade(code, code.defaultSeverity())
          .ifPresent(severity -> findings.add(Finding.of(code, severity, subject, "", "", facts)));
    }
  }

  /**
   * Letters scans print for figures, read as the figures where they touch one: "J2" is 12, "2O2l"
   * is 2021 (i, j, l and | for 1; o for 0). One char for one char.
   */
  private static String figures(String folded) {
    char[] c = folded.toCharArray();
    for (int i = 0; i < c.length; i++) {
      boolean byFigure = i > 0 && Character.isDigit(c[i - 1]) || i + 1 < c.length && Character.isDigit(c[i + 1]);
      if (byFigure && "ijl|".indexOf(c[i]) >= 0) {
        c[i] = '1';
      } else if (byFigure && c[i] == 'o') {
        c[i] = '0';
      }
    }
    return new String(c);
  }

  /** A responsibility being read: its party's paragraph and the duties met so far. */
  private static final class OpenResponsibility {
    final int block;
    final Outline.Level level;
    final String label;
    final String name;
    final List<String> duties = new ArrayList<>();
    boolean inline;

    OpenResponsibility(int block, Outline.Level level, String label, String name) {
      this.block = block;
      this.level = level;
      this.label = label;
      this.name = name;
    }
  }

  private static boolean isAttachmentLine(String folded) {
    return folded.startsWith("(kem theo") || folded.startsWith("(ban hanh kem theo");
  }

  private static String refKey(DocumentRef ref) {
    return ref.number().map(n -> Folding.key(n)).orElseGet(() -> ref.type() + "|" + ref.issuedOn().map(Object::toString).orElse(""));
  }


  /**
   * A name printed in capitals as it is written: "ỦY BAN NHÂN DÂN TỈNH NAM BÌNH" is "Ủy ban nhân dân
   * tỉnh Nam Bình" (the place capitalised), "SỞ NỘI VỤ" is "Sở Nội vụ".
   */
  static String sentenceCase(String upper) {
    if (!Block.isUpperCase(upper)) {
      return upper;
    }
    String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder out = new StringBuilder();
    boolean place = false;
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      String f = Folding.fold(word);
      // A department's or office's name starts with a capital after its kind: "Sở Nội vụ", "Phòng Tư pháp".
      boolean named = w == 1 && List.of("so", "phong", "ban", "chi cuc", "cuc").contains(Folding.fold(words[0]));
      boolean capital = w == 0 || place || named;
      out.append(w == 0 ? "" : " ").append(capital && !word.isEmpty()
          ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      String pair = w > 0 ? Folding.fold(words[w - 1]) + " " + f : f;
      if (f.equals("tinh") || f.equals("huyen") || f.equals("quan") || f.equals("phuong") || f.equals("xa")
          || pair.equals("thanh pho") || pair.equals("thi tran")) {
        place = true;
      }
    }
    return out.toString();
  }

  private static String slug(String name) {
    String f = Folding.key(name);
    for (String lead : List.of("uy ban nhan dan ", "ubnd ")) {
      if (f.startsWith(lead)) {
        f = f.substring(lead.length());
      }
    }
    for (String unit : List.of("thanh pho ", "tinh ", "thi xa ", "thi tran ", "huyen ", "quan ", "phuong ", "xa ")) {
      if (f.startsWith(unit)) {
        f = f.substring(unit.length());
        break;
      }
    }
    String s = f.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "ke-hoach" : s;
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 119) + "…";
  }

  /** Builds a {@link PlanReader}. */
  public static final class Builder {
    private AgencyDirectory directory = AgencyDirectory.empty();
    private Optional<Year> year = Optional.empty();
    private Optional<AgencyLevel> level = Optional.empty();
    private Optional<String> id = Optional.empty();
    private IndicatorCatalog indicators = IndicatorCatalog.builtIn();
    private RuleSet rules = RuleSet.builtIn();
    private final Map<String, List<Party>> aliases = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the agencies and groups parties are resolved against; the plan keeps it. None unless
     * given: every party is then kept as printed.
     *
     * @param agencies the directory, not null
     * @return this builder
     */
    public Builder directory(AgencyDirectory agencies) {
      this.directory = Objects.requireNonNull(agencies, "agencies");
      return this;
    }

    /**
     * Sets the plan's year, for a document whose title does not print it legibly.
     *
     * @param planYear the year, not null
     * @return this builder
     */
    public Builder year(Year planYear) {
      this.year = Optional.of(Objects.requireNonNull(planYear, "planYear"));
      return this;
    }

    /**
     * Sets the tier of the issuing body, for a document whose header does not tell it.
     *
     * @param tier the level, not null
     * @return this builder
     */
    public Builder level(AgencyLevel tier) {
      this.level = Optional.of(Objects.requireNonNull(tier, "tier"));
      return this;
    }

    /**
     * Sets the plan's id; without it the id is made of the issuer's name ("hai-phong").
     *
     * @param planId the id, without whitespace, not empty
     * @return this builder
     */
    public Builder id(String planId) {
      this.id = Optional.of(Objects.requireNonNull(planId, "planId"));
      return this;
    }

    /**
     * Sets the indicators targets are recognised as; the built-in ones unless given.
     *
     * @param catalog the catalog, not null
     * @return this builder
     */
    public Builder indicators(IndicatorCatalog catalog) {
      this.indicators = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the rule set that grades the findings; a code it disables is not reported.
     *
     * @param ruleSet the rules, not null
     * @return this builder
     */
    public Builder rules(RuleSet ruleSet) {
      this.rules = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * Adds words the plan uses for several parties together, as {@link TaskTableImporter.Builder#alias}.
     *
     * @param words the words as printed, not blank
     * @param parties the parties they stand for, not empty
     * @return this builder
     */
    public Builder alias(String words, List<Party> parties) {
      aliases.put(Objects.requireNonNull(words, "words"), List.copyOf(parties));
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader, not null
     */
    public PlanReader build() {
      return new PlanReader(this);
    }
  }
}
