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
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.rules.read.TaskTableImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative-reform plan of Hải Phòng for 2024 (Quyết định số 4791/QĐ-UBND ngày
 * 29/12/2023), read from the text of the decision as published, through cchc's parsers.
 *
 * <p>What is read is what is printed, errors included (the plan's own header cites "479/QĐ-UBND";
 * row 57 is dated "Cả năm 2021"): the rules report them. The appendix is read by
 * {@link TaskTableImporter}, which joins the cells the source's page breaks split and skips its
 * repeated header rows; everything else is kept. Indicators are
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

  /**
   * Gets the importer of the plan's task tables: the directory, and the words the plan uses for
   * districts and communes together.
   *
   * @return the importer, not null
   */
  public static TaskTableImporter importer() {
    return importer(directory());
  }

  private static TaskTableImporter importer(AgencyDirectory directory) {
    List<Party> both = List.of(Party.group("hp.huyen"), Party.group("hp.xa"));
    return TaskTableImporter.builder().year(YEAR).directory(directory)
        .alias("UBND cấp huyện, cấp xã", both)
        .alias("UBND quận, huyện, xã, phường", both)
        .alias("Quận huyện, xã, phường, thị trấn", both)
        .build();
  }

  private static void department(List<Agency> agencies, String id, String name, AgencyKind kind, String... abbreviations) {
    agencies.add(Agency.builder().id(id).name(name).addAbbreviations(abbreviations).level(AgencyLevel.PROVINCE)
        .kind(kind).addParent(ParentLink.of("hp")).build());
  }

  // ------------------------------------------------------------------ reading

  static Plan read(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    AgencyDirectory directory = directory();
    TaskTableImporter importer = importer(directory);
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
    responsibilities(plan, paragraphs(lines, specific + 1, appendix), importer);
    plan.reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10)));

    List<Task> tasks = importer.read(appendixRows(text)).tasks();
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

  private static void responsibilities(Plan.Builder plan, List<String> paragraphs, TaskTableImporter parties) {
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
        List<Party> named = parties.readParties(who);
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

  /**
   * Gets the rows of the plan's task table (Danh mục nhiệm vụ) as the published text gives them:
   * one line a row, cells separated by tabs, from the appendix title to the end.
   *
   * @param text the published text, not null
   * @return the rows, each a list of cells
   */
  public static List<List<String>> appendixRows(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(indexOf(lines, "DANH MỤC", indexOf(lines, "V. TỔ CHỨC THỰC HIỆN", 0)), lines.size())) {
      rows.add(List.of(line.split("\t", -1)));
    }
    return rows;
  }

  /** The built-in indicator the wording names unmistakably; ranks and other wording stay unassigned rather than guessed. */
  static Target indicator(Target t, String wording) {
    return t.kind() == Target.Kind.RANK ? t : Indicator.recognise(wording).map(t::withIndicator).orElse(t);
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
}
