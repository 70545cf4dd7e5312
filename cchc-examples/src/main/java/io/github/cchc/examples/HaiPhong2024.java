package io.github.cchc.examples;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Measure;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative-reform plan of Hải Phòng for 2024 (Quyết định số 4791/QĐ-UBND ngày
 * 29/12/2023), read from the text of the decision as published, through cchc's parsers.
 *
 * <p>What is read is what is printed, errors included (the plan's own header cites "479/QĐ-UBND";
 * row 57 is dated "Cả năm 2021"): the rules report them. The reader joins cells that the source's
 * page breaks split and drops its repeated header rows; everything else is kept. Indicators are
 * assigned to the targets whose wording names them unmistakably.
 */
public final class HaiPhong2024 {
  static final Year YEAR = Year.of(2024);
  private static final String RESOURCE = "hai-phong-2024.txt";
  private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\. (.+)$");
  private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\) (.+)$");
  private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX)\\. (.+)$");

  private HaiPhong2024() {}

  /**
   * Reads the plan from the published text bundled with this module.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    return read(text());
  }

  /**
   * Gets the published text of the decision and its plan.
   *
   * @return the text, not null
   */
  public static String text() {
    try (InputStream in = HaiPhong2024.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from cchc-examples");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ the directory

  /**
   * Gets the agencies and groups the plan names, as of 2024 (before districts were abolished).
   *
   * @return the directory, not null
   */
  public static AgencyDirectory directory() {
    List<Agency> agencies = new ArrayList<>();
    agencies.add(Agency.builder().id("hp").name("Ủy ban nhân dân thành phố Hải Phòng").addAbbreviations("UBND thành phố",
        "Ủy ban nhân dân thành phố", "UBNDTP").level(AgencyLevel.PROVINCE).kind(AgencyKind.PEOPLES_COMMITTEE).build());
    department(agencies, "hp.snv", "Sở Nội vụ", AgencyKind.DEPARTMENT, "SNV");
    department(agencies, "hp.vp", "Văn phòng Ủy ban nhân dân thành phố", AgencyKind.OFFICE, "Văn phòng UBND thành phố",
        "VP UBND thành phố");
    department(agencies, "hp.stp", "Sở Tư pháp", AgencyKind.DEPARTMENT);
    department(agencies, "hp.stttt", "Sở Thông tin và Truyền thông", AgencyKind.DEPARTMENT, "Sở TT&TT");
    department(agencies, "hp.stc", "Sở Tài chính", AgencyKind.DEPARTMENT);
    department(agencies, "hp.skhdt", "Sở Kế hoạch và Đầu tư", AgencyKind.DEPARTMENT, "Sở KH&ĐT");
    department(agencies, "hp.skhcn", "Sở Khoa học và Công nghệ", AgencyKind.DEPARTMENT, "Sở KH&CN");
    department(agencies, "hp.syt", "Sở Y tế", AgencyKind.DEPARTMENT);
    department(agencies, "hp.sgddt", "Sở Giáo dục và Đào tạo", AgencyKind.DEPARTMENT);
    department(agencies, "hp.tt", "Thanh tra thành phố", AgencyKind.INSPECTORATE);
    department(agencies, "hp.ca", "Công an thành phố", AgencyKind.OTHER);
    LocalDate lastDistrictDay = LocalDate.of(2025, 6, 30);
    for (String[] d : new String[][] {{"hp.thuy-nguyen", "UBND huyện Thủy Nguyên"}, {"hp.an-duong", "UBND huyện An Dương"}}) {
      agencies.add(Agency.builder().id(d[0]).name(d[1]).level(AgencyLevel.DISTRICT).kind(AgencyKind.PEOPLES_COMMITTEE)
          .addParent(ParentLink.of("hp")).validUntil(lastDistrictDay).addSuccessorId("hp").build());
    }
    List<AgencyGroup> groups = List.of(
        AgencyGroup.builder().id("hp.so-nganh").name("Các sở, ban, ngành thành phố").withinId("hp")
            .addAliases("Các sở, ban, ngành", "Sở, ban, ngành", "Các Sở ngành thành phố", "Các sở, ngành, đơn vị",
                "Các cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố")
            .addLevels(AgencyLevel.PROVINCE).addKinds(AgencyKind.DEPARTMENT, AgencyKind.OFFICE, AgencyKind.INSPECTORATE)
            .build(),
        AgencyGroup.builder().id("hp.huyen").name("UBND quận, huyện").addAliases("UBND các quận, huyện",
                "Ủy ban nhân dân quận, huyện", "Ủy ban nhân dân các quận, huyện", "UBND cấp huyện", "Quận huyện")
            .addLevels(AgencyLevel.DISTRICT).addKinds(AgencyKind.PEOPLES_COMMITTEE).build(),
        AgencyGroup.builder().id("hp.xa").name("UBND các xã, phường, thị trấn").addAliases("UBND xã, phường, thị trấn",
                "Ủy ban nhân dân các xã, phường, thị trấn", "UBND cấp xã", "xã, phường", "xã, phường, thị trấn")
            .addLevels(AgencyLevel.COMMUNE).addKinds(AgencyKind.PEOPLES_COMMITTEE).build());
    return AgencyDirectory.of(agencies, groups);
  }

  private static void department(List<Agency> agencies, String id, String name, AgencyKind kind, String... abbreviations) {
    agencies.add(Agency.builder().id(id).name(name).addAbbreviations(abbreviations).level(AgencyLevel.PROVINCE)
        .kind(kind).addParent(ParentLink.of("hp")).build());
  }

  // ------------------------------------------------------------------ reading

  static Plan read(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    AgencyDirectory directory = directory();
    Parties parties = new Parties(directory);
    Plan.Builder plan = Plan.builder().id("hai-phong-2024")
        .title("Kế hoạch Cải cách hành chính nhà nước thành phố Hải Phòng năm 2024").year(YEAR)
        .level(AgencyLevel.PROVINCE).issuer(Party.agency("hp")).directory(directory);

    String number = find(lines, "Số:").orElseThrow();
    String dated = find(lines, "Hải Phòng, ngày").orElseThrow();
    DocumentRef header = DocumentRef.parse(number.strip());
    Matcher d = Pattern.compile("ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})").matcher(dated);
    if (!d.find()) {
      throw new IllegalStateException("The decision's date line is missing: " + dated);
    }
    LocalDate issued = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
    plan.issuingDocument(DocumentRef.builder().type(DocumentType.DECISION).typeWord("Quyết định")
        .number(header.number()).issuedOn(issued).title("Ban hành Kế hoạch Cải cách hành chính nhà nước thành phố Hải Phòng năm 2024")
        .text(number.strip()).build());
    plan.addHeaderLines(number.strip(), dated.strip());
    int attached = indexOf(lines, "(Kèm theo Quyết định", 0);
    plan.addHeaderLines(lines.get(attached).strip() + "\n" + lines.get(attached + 1).strip());
    int appendixAttached = indexOf(lines, "(Ban hành kèm theo Quyết định", 0);
    plan.addHeaderLines(lines.get(appendixAttached).strip());

    for (String line : lines) {
      if (line.startsWith("Căn cứ ") || line.startsWith("Theo đề nghị ")) {
        DocumentRef.findAll(line).forEach(o -> plan.addLegalBases(o.ref()));
      }
    }

    int purposes = indexOf(lines, "I. MỤC ĐÍCH, YÊU CẦU", 0);
    int targets = indexOf(lines, "II. CHỈ TIÊU CHỦ YẾU", purposes);
    int measures = indexOf(lines, "III. NHIỆM VỤ, GIẢI PHÁP", targets);
    int funding = indexOf(lines, "IV. KINH PHÍ", measures);
    int organisation = indexOf(lines, "V. TỔ CHỨC THỰC HIỆN", funding);
    int appendix = indexOf(lines, "DANH MỤC", organisation);

    paragraphs(lines, purposes + 1, targets).forEach(p -> plan.addPurposes(p.replaceFirst("^\\d+\\. ", "")));
    for (String p : paragraphs(lines, targets + 1, measures)) {
      Matcher m = ITEM.matcher(p);
      if (m.matches()) {
        for (Target t : Target.parseAll(m.group(2))) {
          Target measured = indicator(t, t.text());
          if (measured.indicatorId().isEmpty()) {
            measured = indicator(t, m.group(2));
          }
          plan.addKeyTargets(measured.withLabel("II." + m.group(1)));
        }
      }
    }
    ReformArea area = null;
    for (String p : paragraphs(lines, measures + 1, funding)) {
      Matcher item = ITEM.matcher(p);
      Matcher letter = LETTER.matcher(p);
      if (item.matches()) {
        area = ReformArea.fromHeading(item.group(2)).orElse(area);
      } else if (letter.matches() && area != null) {
        plan.addMeasures(Measure.of(area, Optional.of(letter.group(1) + ")"), letter.group(2)));
      }
    }
    plan.funding(String.join("\n", paragraphs(lines, funding + 1, organisation)));
    int specific = indexOf(lines, "2. Phân công trách nhiệm cụ thể", organisation);
    for (String p : paragraphs(lines, indexOf(lines, "1. Trách nhiệm chung", organisation) + 1, specific)) {
      plan.addGeneralDuties(p);
    }
    responsibilities(plan, paragraphs(lines, specific + 1, appendix), parties);
    plan.reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10)));

    List<Task> tasks = appendix(lines.subList(appendix, lines.size()), parties);
    plan.tasks(tasks);
    cascade(plan, tasks.get(0));
    return plan.build();
  }

  /** Paragraphs between two lines: blank-line separated, a line cut by a page break joined to the next. */
  private static List<String> paragraphs(List<String> lines, int from, int to) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines.subList(from, to)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean starts = ITEM.matcher(line).matches() || LETTER.matcher(line).matches() || line.startsWith("- ")
          || ROMAN.matcher(line).matches() || line.startsWith("(*");
      boolean continues = current.length() > 0 && !starts && Character.isLowerCase(line.charAt(0));
      if (continues) {
        current.append(' ').append(line);
      } else {
        if (current.length() > 0) {
          out.add(current.toString());
        }
        current = new StringBuilder(line);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static void responsibilities(Plan.Builder plan, List<String> paragraphs, Parties parties) {
    Map<String, List<ReformArea>> areas = Map.of(
        "hp.snv", List.of(ReformArea.DIRECTION, ReformArea.ORGANISATION, ReformArea.CIVIL_SERVICE),
        "hp.vp", List.of(ReformArea.ADMINISTRATIVE_PROCEDURES),
        "hp.stp", List.of(ReformArea.INSTITUTIONS),
        "hp.stttt", List.of(ReformArea.DIGITAL_GOVERNMENT),
        "hp.stc", List.of(ReformArea.PUBLIC_FINANCE));
    Party party = null;
    List<String> duties = new ArrayList<>();
    for (String p : paragraphs) {
      Matcher letter = LETTER.matcher(p);
      if (letter.matches()) {
        if (party != null) {
          plan.addResponsibilities(responsibility(party, areas, duties));
        }
        String body = letter.group(2);
        int colon = body.indexOf(':');
        String who = colon > 0 && colon < 120 ? body.substring(0, colon) : body;
        List<Party> named = parties.read(who);
        party = named.size() == 1 ? named.get(0) : Party.named(who);
        duties = new ArrayList<>();
        if (colon > 0 && colon < 120 && !body.substring(colon + 1).isBlank()) {
          duties.add(body.substring(colon + 1).strip());
        } else if (colon < 0 || colon >= 120) {
          duties.add(body);
        }
      } else if (party != null && !p.startsWith("Trong quá trình")) {
        duties.add(p.replaceFirst("^- ", ""));
      }
    }
    if (party != null) {
      plan.addResponsibilities(responsibility(party, areas, duties));
    }
  }

  private static Responsibility responsibility(Party party, Map<String, List<ReformArea>> areas, List<String> duties) {
    return Responsibility.of(party, areas.getOrDefault(party.ref(), List.of()), duties);
  }

  /** Row 1's sub-rows order the departments, districts and communes to issue their own plans. */
  private static void cascade(Plan.Builder plan, Task first) {
    for (Task sub : first.subtasks()) {
      if (sub.timeframe().isPresent() && sub.timeframe().get().kind() == io.github.cchc.model.Timeframe.Kind.BEFORE
          && !sub.leads().isEmpty() && !sub.products().isEmpty()) {
        plan.addCascade(CascadeRequirement.of(sub.leads(), sub.timeframe().get(), sub.products().get(0).text()));
      }
    }
  }

  // ------------------------------------------------------------------ the appendix

  private static List<Task> appendix(List<String> lines, Parties parties) {
    List<Task.Builder> top = new ArrayList<>();
    Map<Task.Builder, List<Task.Builder>> children = new LinkedHashMap<>();
    Task.Builder last = null;
    boolean afterHeader = false;
    ReformArea area = null;
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      String first = cells[0].strip();
      if (line.isBlank() || first.startsWith("----")) {
        continue;
      }
      if (first.equals("TT")) {
        afterHeader = true;
        continue;
      }
      if (cells.length < 6) {
        if (ROMAN.matcher(first).matches()) {
          area = ReformArea.fromHeading(first).orElse(area);
        }
        continue;
      }
      String content = cells[1].strip();
      if (ROMAN.matcher(first).matches() && content.isEmpty()) {
        area = ReformArea.fromHeading(first).orElse(area);
        continue;
      }
      boolean continuation = afterHeader && first.isEmpty() && !content.startsWith("- ") && cells[2].isBlank()
          && cells[3].isBlank() && cells[4].isBlank() && last != null;
      afterHeader = false;
      if (continuation) {
        Task sofar = last.build();
        last.content(sofar.content() + " " + content);
        if (!cells[5].isBlank() && !sofar.products().isEmpty()) {
          List<Product> products = new ArrayList<>(sofar.products());
          Product tail = products.remove(products.size() - 1);
          products.add(Product.of(tail.text() + " " + cells[5].strip()));
          last.products(products);
        }
        continue;
      }
      Task.Builder row = Task.builder().area(area == null ? Optional.empty() : Optional.of(area));
      boolean bullet = first.isEmpty() && content.startsWith("- ");
      if (!first.isEmpty()) {
        row.number(first);
      } else if (bullet) {
        row.number("-");
        content = content.substring(2).strip();
      }
      row.content(content).leads(parties.read(cells[2])).coordinators(parties.read(cells[3]))
          .timeframeText(cells[4].strip(), YEAR).products(products(cells[5]));
      List<Target> targets = new ArrayList<>();
      for (Target t : Target.parseAll(content)) {
        targets.add(indicator(t, t.text()));
      }
      row.targets(targets);
      if (bullet && !top.isEmpty()) {
        Task.Builder parent = top.get(top.size() - 1);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
      } else {
        top.add(row);
      }
      last = row;
    }
    List<Task> tasks = new ArrayList<>();
    for (Task.Builder b : top) {
      List<Task> subs = new ArrayList<>();
      children.getOrDefault(b, List.of()).forEach(c -> subs.add(c.build()));
      tasks.add(b.subtasks(subs).build());
    }
    return tasks;
  }

  private static List<Product> products(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    List<Product> products = new ArrayList<>();
    for (String part : text.split("(?:^|\\s)- |;\\s")) {
      String p = part.strip();
      if (p.endsWith(".")) {
        p = p.substring(0, p.length() - 1).strip();
      }
      if (!p.isEmpty()) {
        products.add(Product.of(p));
      }
    }
    return products;
  }

  /** The indicators whose wording is unmistakable; others stay unassigned rather than guessed. */
  static Target indicator(Target t, String wording) {
    String k = fold(wording);
    Indicator indicator = null;
    if (t.kind() == Target.Kind.RANK) {
      return t;
    } else if (k.contains("hai long")) {
      indicator = Indicator.SATISFACTION;
    } else if (k.contains("ho so") && k.contains("dung han")) {
      indicator = Indicator.DOSSIERS_ON_TIME;
    } else if (k.contains("theo doi trang thai")) {
      indicator = Indicator.DOSSIERS_TRACKED;
    } else if (k.contains("nhiem vu") && k.contains("chinh phu") && k.contains("giao")) {
      indicator = Indicator.GOVERNMENT_TASKS_COMPLETED;
    } else if (k.contains("nhiem vu") && k.contains("ke hoach cai cach hanh chinh")) {
      indicator = Indicator.PLAN_TASKS_COMPLETED;
    } else if (k.contains("kiem tra") && k.contains("cai cach hanh chinh")) {
      indicator = Indicator.AGENCIES_INSPECTED;
    } else if (k.contains("ho so") && k.contains("truc tuyen toan trinh")) {
      indicator = Indicator.DOSSIERS_FULLY_ONLINE;
    } else if (k.contains("tthc") && k.contains("truc tuyen toan trinh")) {
      indicator = Indicator.PROCEDURES_FULLY_ONLINE;
    } else if (k.contains("thanh toan truc tuyen") && k.contains("giao dich")) {
      indicator = Indicator.ONLINE_PAYMENTS;
    } else if (k.contains("giai ngan")) {
      indicator = Indicator.BUDGET_DISBURSEMENT;
    }
    return indicator == null ? t : t.withIndicator(indicator);
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
        .toLowerCase(Locale.ROOT);
  }

  private static Optional<String> find(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.strip().startsWith(prefix)).findFirst();
  }

  private static int indexOf(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("The plan's text has no line starting \"" + prefix + "\" after line " + from);
  }

  /** Reads the agencies of a table cell against the directory; what resolves to nobody is kept by its name. */
  static final class Parties {
    private final Map<String, List<Party>> known = new LinkedHashMap<>();

    Parties(AgencyDirectory directory) {
      for (Agency a : directory.agencies()) {
        put(a.name(), Party.agency(a.id()));
        a.abbreviations().forEach(s -> put(s, Party.agency(a.id())));
      }
      for (AgencyGroup g : directory.groups()) {
        put(g.name(), Party.group(g.id()));
        g.aliases().forEach(s -> put(s, Party.group(g.id())));
      }
      known.put(fold("UBND cấp huyện, cấp xã"), List.of(Party.group("hp.huyen"), Party.group("hp.xa")));
      known.put(fold("UBND quận, huyện, xã, phường"), List.of(Party.group("hp.huyen"), Party.group("hp.xa")));
      known.put(fold("Quận huyện, xã, phường, thị trấn"), List.of(Party.group("hp.huyen"), Party.group("hp.xa")));
      known.put(fold("UBND cấp huyện"), List.of(Party.group("hp.huyen")));
    }

    private void put(String name, Party party) {
      known.put(fold(name), List.of(party));
    }

    /** "và" starts a new party only before words that begin one; elsewhere it is part of a name. */
    private static final Pattern AND = Pattern.compile(
        "\\s+và\\s+(?=(?:các|Các|UBND|Ủy ban|Sở|Văn phòng|Công an|cơ quan|Cơ quan|Thanh tra)\\b)");

    List<Party> read(String cell) {
      List<Party> out = new ArrayList<>();
      for (String piece : cell.split(";|(?:^|\\s)- ")) {
        String p = piece.strip().replaceAll("[.;,]+$", "").strip();
        if (p.isEmpty()) {
          continue;
        }
        List<Party> whole = known.get(fold(p));
        if (whole != null) {
          addAll(out, whole, p);
          continue;
        }
        for (String part : AND.split(p)) {
          addAll(out, names(part.strip()), part.strip());
        }
      }
      return out;
    }

    /**
     * Commas separate agencies and also sit inside group names ("Các sở, ban, ngành"), so the
     * longest run of comma-separated names that is known wins; runs that name nobody known are kept
     * as one named party.
     */
    private List<Party> names(String text) {
      List<Party> whole = known.get(fold(text));
      if (whole != null) {
        return whole;
      }
      List<Party> parts = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      String[] names = text.split(",\\s*");
      for (int i = 0; i < names.length; ) {
        Match match = longest(names, i);
        if (match == null) {
          pending.add(names[i]);
          i++;
        } else {
          flush(parts, pending);
          parts.addAll(match.parties());
          i += match.length();
        }
      }
      flush(parts, pending);
      return parts;
    }

    private static void flush(List<Party> parts, List<String> pending) {
      if (!pending.isEmpty()) {
        parts.add(Party.named(String.join(", ", pending)));
        pending.clear();
      }
    }

    private record Match(List<Party> parties, int length) {}

    /** The longest run of comma-separated names from {@code from} that names a known party. */
    private Match longest(String[] names, int from) {
      for (int end = names.length; end > from; end--) {
        List<Party> match = known.get(fold(String.join(", ", java.util.Arrays.copyOfRange(names, from, end))));
        if (match != null) {
          return new Match(match, end - from);
        }
      }
      return null;
    }

    private static void addAll(List<Party> out, List<Party> parties, String printed) {
      for (Party p : parties) {
        Party withWords = p.kind() == Party.Kind.NAMED ? p : p.withPrinted(printed);
        if (out.stream().noneMatch(o -> o.kind() == p.kind() && o.ref().equals(p.ref()))) {
          out.add(withWords);
        }
      }
    }
  }
}
