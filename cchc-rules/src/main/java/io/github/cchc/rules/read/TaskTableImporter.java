package io.github.cchc.rules.read;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.Party;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.TextParseException;
import io.github.cchc.model.text.Folding;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.Facts;
import io.github.cchc.rules.Fact;
import io.github.cchc.rules.Subject;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's task table (nhập bảng danh mục nhiệm vụ), given as rows of text cells, into the
 * appendix tasks of a plan, with an import finding for every problem met.
 *
 * <p>The header row is found wherever it is (rows above it are titles and reported as skipped) and
 * its columns may come in any order and wording ({@link TaskColumn#fromHeader}). Below it:
 * <ul>
 *   <li>a row whose only text is a heading numbered in Roman numerals ("III. Cải cách thủ tục hành
 *       chính") starts a section, and its reform area is given to the tasks below it;
 *   <li>a row numbered "-" or "a)", in the number column or at the start of its content, is a
 *       sub-row of the last row above it, in its section, that is not itself a sub-row;
 *   <li>the header repeated (a page break in the source) is skipped, and a row right after it with
 *       no number, no agencies and no timeframe is the rest of the row the page break cut, and is
 *       joined to it;
 *   <li>agencies are resolved against the directory ignoring case, diacritics and the usual
 *       abbreviations; what names nobody known is kept as a named party and reported;
 *   <li>timeframes are read with the plan year (what cannot be read is kept as printed and
 *       reported), and the targets in a task's content are parsed, with the indicator their wording
 *       names in the importer's {@link IndicatorCatalog}.
 * </ul>
 * Rows with no letter or digit are skipped. No other row is left out without a finding saying so.
 *
 * <pre>{@code
 * TaskImport result = TaskTableImporter.builder().year(Year.of(2024)).directory(directory).build()
 *     .read(DelimitedTables.parseTsv(reader));
 * result.report().findings().forEach(System.out::println);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TaskTableImporter {
  private static final Pattern SECTION = Pattern.compile("^([IVX]{1,5})[.:]?\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern ROMAN = Pattern.compile("^[IVX]{1,5}[.:]?$");
  private static final Pattern BULLET = Pattern.compile("^[-+•]\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern LETTER_NUMBER = Pattern.compile("^[a-zđ]\\)$");
  private static final int HEADER_LENGTH = 80;
  private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.$");
  private static final Pattern LETTER = Pattern.compile("^([a-zđ]\\))\\s+(\\S.*)$", Pattern.DOTALL);

  private final Year year;
  private final AgencyDirectory directory;
  private final IndicatorCatalog indicators;
  private final RuleSet rules;
  private final int aliases;
  private final PartyReader parties;

  private TaskTableImporter(Builder b) {
    if (b.year == null) {
      throw new CchcException("TaskTableImporter needs the plan year to read timeframes; call year(...)");
    }
    this.year = b.year;
    this.directory = b.directory;
    this.indicators = b.indicators;
    this.rules = b.rules;
    this.aliases = b.aliases.size();
    this.parties = new PartyReader(directory, b.aliases);
  }

  /**
   * Obtains a builder; the plan year is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the plan year timeframes are read with.
   *
   * @return the year, not null
   */
  public Year year() {
    return year;
  }

  /**
   * Gets the directory agencies are resolved against.
   *
   * @return the directory, empty unless one was given
   */
  public AgencyDirectory directory() {
    return directory;
  }

  /**
   * Gets the rule set that grades the import's findings.
   *
   * @return the rule set, the built-in one unless another was given
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Gets the indicators the targets of a task's content are recognised as.
   *
   * @return the catalog, the built-in one unless another was given
   */
  public IndicatorCatalog indicators() {
    return indicators;
  }

  /**
   * Reads a task table.
   *
   * @param rows the rows of the table, each a list of cell texts; rows may differ in length
   * @return the tasks and the findings of the import, not null
   * @throws CchcException if a row or a cell is null, naming which
   */
  public TaskImport read(List<? extends List<String>> rows) {
    Objects.requireNonNull(rows, "rows");
    // Every cell in NFC, as all input is: a table saved in decomposed Unicode (NFD) splits parties
    // at "và" and resolves agencies as a composed one does, and the plan written is NFC.
    List<List<String>> composed = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row == null) {
        throw new CchcException("Row " + (r + 1) + " of the table is null");
      }
      List<String> cells = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) == null) {
          throw new CchcException("Cell " + address(r, c) + " of the table is null");
        }
        cells.add(Folding.nfc(row.get(c)));
      }
      composed.add(cells);
    }
    return new Reading(composed).read();
  }

  /**
   * Reads the parties a text names as the importer reads an agency cell: separated by semicolons,
   * line breaks, bullets, commas and "và", resolved against the directory and the aliases, the rest
   * kept by name. Useful for the other parts of a plan that name agencies, such as its
   * responsibilities.
   *
   * @param text the text, not null
   * @return the parties, in the order named, without repeats, possibly empty
   */
  public List<Party> readParties(String text) {
    return parties.read(text).parties();
  }

  /** "C12": the spreadsheet address of a cell, from zero-based indices. */
  static String address(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }

  @Override
  public String toString() {
    return "TaskTableImporter[year=" + year + ", agencies=" + directory.agencies().size() + ", groups="
        + directory.groups().size() + ", aliases=" + aliases + "]";
  }

  /** A task row as read so far: a page break may still add to its content and products. */
  private static final class Row {
    final int index;
    final int contentColumn;
    final Task.Builder builder;
    final String label;
    String content;
    List<Product> products;
    final List<Row> children = new ArrayList<>();

    Row(int index, int contentColumn, Task.Builder builder, String label, String content, List<Product> products) {
      this.index = index;
      this.contentColumn = contentColumn;
      this.builder = builder;
      this.label = label;
      this.content = content;
      this.products = products;
    }
  }

  /** The state of one call to {@link #read}. */
  private final class Reading {
    private final List<? extends List<String>> rows;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Row> top = new ArrayList<>();
    /** Agency cells repeat ("Sở Nội vụ" on row after row): each distinct text is resolved once a table. */
    private final Map<String, PartyReader.Read> resolved = new HashMap<>();
    private Map<TaskColumn, Integer> columns = Map.of();
    private Optional<ReformArea> area = Optional.empty();
    private Row parent;
    private Row last;
    private boolean afterHeader;

    Reading(List<? extends List<String>> rows) {
      this.rows = rows;
    }

    TaskImport read() {
      int header = -1;
      for (int r = 0; r < rows.size() && header < 0; r++) {
        if (headerColumns(rows.get(r)) != null) {
          header = r;
        }
      }
      if (header < 0) {
        List<Enum<?>> expected = List.of(TaskColumn.values());
        add(FindingCode.IMPORT_NO_HEADER, Subject.plan(), "", Facts.of(Fact.ROWS, rows.size()).and(Fact.EXPECTED, expected));
        return new TaskImport(List.of(), CheckReport.of(findings));
      }
      for (int r = 0; r < header; r++) {
        if (!isBlank(rows.get(r))) {
          add(FindingCode.IMPORT_SKIPPED_ROW, row(r), "/" + r, Facts.of(Fact.ROW, r + 1).and(Fact.TEXT, text(rows.get(r))));
        }
      }
      useHeader(header);
      for (int r = header + 1; r < rows.size(); r++) {
        List<String> cells = rows.get(r);
        if (isBlank(cells)) {
          continue;
        }
        Map<TaskColumn, Integer> repeated = mayBeHeader(cells) ? headerColumns(cells) : null;
        if (repeated != null) {
          if (!repeated.equals(columns)) {
            useHeader(r);
          }
          afterHeader = true;
          continue;
        }
        dataRow(r, cells);
      }
      List<Task> tasks = new ArrayList<>();
      for (Row row : top) {
        build(row).ifPresent(tasks::add);
      }
      return new TaskImport(tasks, CheckReport.of(findings));
    }

    /**
     * Whether a row below the header may repeat it: the cell under the content header is itself a
     * header word. Asking this first spares every other row the reading of all its cells as headers.
     */
    private boolean mayBeHeader(List<String> cells) {
      int c = columns.get(TaskColumn.CONTENT);
      return c < cells.size() && cells.get(c).length() <= HEADER_LENGTH && TaskColumn.fromHeader(cells.get(c)).isPresent();
    }

    private void useHeader(int r) {
      List<String> cells = rows.get(r);
      Map<TaskColumn, Integer> found = new EnumMap<>(TaskColumn.class);
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c).strip();
        Optional<TaskColumn> column = TaskColumn.fromHeader(text);
        if (column.isPresent() && found.containsKey(column.get())) {
          add(FindingCode.IMPORT_DUPLICATE_COLUMN, cell(r, c), pointer(r, c), Facts.of(Fact.CELL, address(r, c)).and(Fact.HEADER, text).and(Fact.FIRST_CELL, address(r, found.get(column.get()))));
        } else if (column.isPresent()) {
          found.put(column.get(), c);
        } else if (!text.isEmpty()) {
          add(FindingCode.IMPORT_UNKNOWN_COLUMN, cell(r, c), pointer(r, c), Facts.of(Fact.CELL, address(r, c)).and(Fact.HEADER, text));
        }
      }
      for (TaskColumn c : TaskColumn.values()) {
        if (!found.containsKey(c)) {
          add(FindingCode.IMPORT_MISSING_COLUMN, row(r), "/" + r, Facts.of(Fact.ROW, r + 1).and(Fact.COLUMN, c));
        }
      }
      columns = found;
    }

    private void dataRow(int r, List<String> cells) {
      String number = get(cells, TaskColumn.NUMBER);
      String content = get(cells, TaskColumn.CONTENT);
      String leads = get(cells, TaskColumn.LEADS);
      String coordinators = get(cells, TaskColumn.COORDINATORS);
      String timeframe = get(cells, TaskColumn.TIMEFRAME);
      String products = get(cells, TaskColumn.PRODUCTS);
      boolean othersBlank = leads.isEmpty() && coordinators.isEmpty() && timeframe.isEmpty() && products.isEmpty();
      if (section(r, cells, number, content, othersBlank)) {
        return;
      }
      reportIgnoredCells(r, cells);
      if (NUMBERED.matcher(number).matches()) {
        // "12." and "12" are the same row number; the rules compare numbers as digits.
        number = number.substring(0, number.length() - 1);
      }
      boolean continuation = afterHeader && last != null && number.isEmpty() && leads.isEmpty()
          && coordinators.isEmpty() && timeframe.isEmpty() && !BULLET.matcher(content).matches()
          && !LETTER.matcher(content).matches();
      afterHeader = false;
      if (continuation) {
        join(r, content, products);
        return;
      }
      boolean sub = number.equals("-") || LETTER_NUMBER.matcher(number).matches();
      Matcher bullet = BULLET.matcher(content);
      Matcher letter = LETTER.matcher(content);
      if (number.isEmpty() && bullet.matches()) {
        number = "-";
        content = bullet.group(1).strip();
        sub = true;
      } else if (number.isEmpty() && letter.matches()) {
        number = letter.group(1);
        content = letter.group(2).strip();
        sub = true;
      }
      if (content.isEmpty()) {
        add(FindingCode.IMPORT_NO_CONTENT, row(r), "/" + r, Facts.of(Fact.ROW, r + 1).and(Fact.TEXT, text(cells)));
        return;
      }
      String label = !number.isEmpty() && !sub ? number
          : sub && parent != null ? parent.label + "/" + (parent.children.size() + 1)
          : "after " + (last == null ? "header" : last.label);
      Task.Builder task = Task.builder().area(area).content(content);
      if (!number.isEmpty()) {
        task.number(number);
      }
      task.leads(parties(r, TaskColumn.LEADS, leads)).coordinators(parties(r, TaskColumn.COORDINATORS, coordinators));
      if (!timeframe.isEmpty()) {
        int c = columns.get(TaskColumn.TIMEFRAME);
        task.timeframeText(timeframe, year, e -> add(FindingCode.IMPORT_UNREADABLE_TIMEFRAME, cell(r, c),
            pointer(r, c), Facts.of(Fact.CELL, address(r, c)).and(Fact.TEXT, timeframe).and(Fact.REASON, e.getMessage())));
      }
      Row read = new Row(r, columns.get(TaskColumn.CONTENT), task, label, content, products(products));
      if (sub && parent != null) {
        parent.children.add(read);
      } else {
        top.add(read);
        if (sub) {
          add(FindingCode.IMPORT_ORPHAN_SUBROW, row(r), "/" + r, Facts.of(Fact.ROW, r + 1).and(Fact.NUMBER, number));
        } else {
          parent = read;
        }
      }
      last = read;
    }

    /** Reads a section heading row, if this is one; true if it was. */
    private boolean section(int r, List<String> cells, String number, String content, boolean othersBlank) {
      String heading = null;
      int at = -1;
      int filled = 0;
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          filled++;
          at = at < 0 ? c : at;
        }
      }
      if (filled == 1) {
        Matcher m = SECTION.matcher(cells.get(at).strip());
        if (m.matches()) {
          heading = m.group(2);
        }
      } else if (ROMAN.matcher(number).matches() && !content.isEmpty() && othersBlank) {
        heading = content;
        at = columns.get(TaskColumn.CONTENT);
      }
      if (heading == null) {
        return false;
      }
      // A section row can name nothing but an area: its wording as a scan damaged it is read too.
      area = PlanReader.nearestArea(heading);
      if (area.isEmpty()) {
        add(FindingCode.IMPORT_UNKNOWN_SECTION, cell(r, at), pointer(r, at),
            Facts.of(Fact.CELL, address(r, at)).and(Fact.TEXT, cells.get(at).strip()));
      }
      parent = null;
      afterHeader = false;
      return true;
    }

    private void join(int r, String content, String products) {
      if (!content.isEmpty()) {
        last.content = last.content + " " + content;
      }
      List<Product> more = products(products);
      if (!more.isEmpty()) {
        if (last.products.isEmpty()) {
          last.products = more;
        } else {
          List<Product> joined = new ArrayList<>(last.products);
          Product tail = joined.remove(joined.size() - 1);
          joined.add(Product.of(tail.text() + " " + more.get(0).text()));
          joined.addAll(more.subList(1, more.size()));
          last.products = joined;
        }
      }
      add(FindingCode.IMPORT_JOINED_ROW, row(r), "/" + r, Facts.of(Fact.ROW, r + 1).and(Fact.TASK, last.label));
    }

    private List<Party> parties(int r, TaskColumn column, String text) {
      if (text.isEmpty()) {
        return List.of();
      }
      PartyReader.Read read = resolved.computeIfAbsent(text, parties::read);
      int c = columns.get(column);
      for (String name : read.unresolved()) {
        add(FindingCode.IMPORT_UNRESOLVED_AGENCY, cell(r, c), pointer(r, c), Facts.of(Fact.CELL, address(r, c)).and(Fact.NAME, name));
      }
      return read.parties();
    }

    private Optional<Task> build(Row row) {
      List<Task> subtasks = new ArrayList<>();
      for (Row child : row.children) {
        build(child).ifPresent(subtasks::add);
      }
      List<Target> targets = List.of();
      try {
        targets = targets(row.content);
      } catch (TextParseException e) {
        int c = row.contentColumn;
        add(FindingCode.IMPORT_UNREADABLE_CELL, cell(row.index, c), pointer(row.index, c), Facts.of(Fact.CELL, address(row.index, c)).and(Fact.COLUMN, TaskColumn.CONTENT).and(Fact.TEXT, excerpt(row.content)).and(Fact.REASON, e.getMessage()));
      }
      try {
        return Optional.of(row.builder.content(row.content).products(row.products).targets(targets)
            .subtasks(subtasks).build());
      } catch (CchcException e) {
        add(FindingCode.IMPORT_MALFORMED_ROW, row(row.index), "/" + row.index,
            Facts.of(Fact.ROW, row.index + 1).and(Fact.REASON, e.getMessage()));
        if (!subtasks.isEmpty()) {
          add(FindingCode.IMPORT_MALFORMED_ROW, "subRows", row(row.index), "/" + row.index,
              Facts.of(Fact.ROW, row.index + 1).and(Fact.ROWS, subtasks.size()));
        }
        return Optional.empty();
      }
    }

    private void reportIgnoredCells(int r, List<String> cells) {
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isBlank() && !columns.containsValue(c)) {
          add(FindingCode.IMPORT_IGNORED_CELL, cell(r, c), pointer(r, c),
              Facts.of(Fact.CELL, address(r, c)).and(Fact.TEXT, cells.get(c).strip()));
        }
      }
    }

    private String get(List<String> cells, TaskColumn column) {
      Integer c = columns.get(column);
      return c == null || c >= cells.size() ? "" : cells.get(c).strip();
    }

    private void add(FindingCode code, Subject subject, String pointer, Facts facts) {
      add(code, "", subject, pointer, facts);
    }

    private void add(FindingCode code, String variant, Subject subject, String pointer, Facts facts) {
      rules.grade(code, code.defaultSeverity())
          .ifPresent(severity -> findings.add(Finding.of(code, severity, subject, pointer, variant, facts)));
    }
  }

  /** The columns a header row names, or null if it is not a header: it must name the content and one other column. */
  private static Map<TaskColumn, Integer> headerColumns(List<String> cells) {
    Map<TaskColumn, Integer> found = new EnumMap<>(TaskColumn.class);
    for (int c = 0; c < cells.size(); c++) {
      // Every row is asked whether it is a header; the longest header wording is 40 characters.
      Optional<TaskColumn> column = cells.get(c).length() > HEADER_LENGTH ? Optional.empty()
          : TaskColumn.fromHeader(cells.get(c).strip());
      if (column.isPresent() && !found.containsKey(column.get())) {
        found.put(column.get(), c);
      }
    }
    return found.containsKey(TaskColumn.CONTENT) && found.size() >= 2 ? found : null;
  }

  private List<Target> targets(String content) {
    List<Target> targets = new ArrayList<>();
    for (Target t : Target.parseAll(content, year)) {
      targets.add(t.kind() == Target.Kind.RANK ? t : indicators.recognise(t.text()).map(t::withIndicator).orElse(t));
    }
    return targets;
  }

  /**
   * The products of a cell: separated by semicolons and line breaks, and by " - " when the cell is a
   * bulleted list flattened onto one line; a full stop at the end of each is dropped.
   */
  static List<Product> products(String cell) {
    List<Product> products = new ArrayList<>();
    for (String item : items(cell)) {
      String p = item.endsWith(".") ? item.substring(0, item.length() - 1).strip() : item;
      if (!p.isEmpty()) {
        products.add(Product.of(p));
      }
    }
    return products;
  }

  /** The items of a list cell: see {@link #products}. */
  static List<String> items(String cell) {
    String text = cell.strip();
    List<String> items = new ArrayList<>();
    boolean bulleted = BULLET.matcher(text).matches();
    for (String line : text.split("[;\\n]")) {
      String l = line.strip();
      Matcher b = BULLET.matcher(l);
      if (b.matches()) {
        l = b.group(1).strip();
      }
      for (String part : bulleted ? l.split("\\s[-+•]\\s") : new String[] {l}) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
    }
    return items;
  }

  private static boolean isBlank(List<String> cells) {
    for (String c : cells) {
      for (int i = 0; i < c.length(); i++) {
        if (Character.isLetterOrDigit(c.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static String text(List<String> cells) {
    List<String> filled = new ArrayList<>();
    cells.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(filled::add);
    return excerpt(String.join(" | ", filled));
  }

  /** Text quoted in a message: whole up to 200 chars. */
  private static String excerpt(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private static Subject row(int r) {
    return Subject.of(Subject.Kind.ROW, Integer.toString(r + 1));
  }

  private static Subject cell(int r, int c) {
    return Subject.of(Subject.Kind.CELL, address(r, c));
  }

  private static String pointer(int r, int c) {
    return "/" + r + "/" + c;
  }

  /** Builds a {@link TaskTableImporter}. */
  public static final class Builder {
    private Year year;
    private AgencyDirectory directory = AgencyDirectory.empty();
    private IndicatorCatalog indicators = IndicatorCatalog.builtIn();
    private RuleSet rules = RuleSet.builtIn();
    private final Map<String, List<Party>> aliases = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the plan year, with which timeframes such as "Quý IV" are read.
     *
     * @param planYear the year, not null
     * @return this builder, not null
     */
    public Builder year(Year planYear) {
      this.year = Objects.requireNonNull(planYear, "planYear");
      return this;
    }

    /**
     * Sets the directory agencies are resolved against; without one every agency is kept by name.
     *
     * @param agencies the directory, not null
     * @return this builder, not null
     */
    public Builder directory(AgencyDirectory agencies) {
      this.directory = Objects.requireNonNull(agencies, "agencies");
      return this;
    }

    /**
     * Sets the indicators the targets of a task's content are recognised as: the built-in ones
     * unless another catalog, with a user's own, is given.
     *
     * @param catalog the indicators, not null
     * @return this builder, not null
     */
    public Builder indicators(IndicatorCatalog catalog) {
      this.indicators = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the rule set that grades the import's findings: a code it re-grades takes its severity,
     * a code it disables is not reported. The built-in set unless another is given.
     *
     * @param ruleSet the rule set, not null
     * @return this builder, not null
     */
    public Builder rules(RuleSet ruleSet) {
      this.rules = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * Adds words a table uses for parties that the directory does not name that way, such as
     * "UBND cấp huyện, cấp xã" for two groups. Matching ignores case, diacritics and the usual
     * abbreviations, as for directory names.
     *
     * @param words the words as printed, not blank
     * @param parties the parties they stand for, not empty
     * @return this builder, not null
     * @throws CchcException if the words are blank or the parties empty
     */
    public Builder alias(String words, List<Party> parties) {
      if (words.isBlank() || parties.isEmpty()) {
        throw new CchcException("An alias needs words and parties, was \"" + words + "\" -> " + parties);
      }
      aliases.put(words, List.copyOf(parties));
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer, not null
     * @throws CchcException if the year was not set
     */
    public TaskTableImporter build() {
      return new TaskTableImporter(this);
    }
  }
}
