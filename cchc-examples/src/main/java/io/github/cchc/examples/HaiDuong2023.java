package io.github.cchc.examples;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Measure;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.text.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative-reform plan of Hải Dương province for 2023, read from an OCR'd copy that lost
 * its diacritics. The plan prints no task table ("Nhiệm vụ … được cụ thể hóa tại Phụ lục kèm theo",
 * and the appendix is not in the copy): its section II lists, by reform area, lettered paragraphs
 * with no lead, timeframe or product, kept as measures; its section IV gives each agency its duties.
 * Text is kept as the OCR printed it.
 */
public final class HaiDuong2023 {
  static final Year YEAR = Year.of(2023);
  private static final Pattern SECTION = Pattern.compile("^(I|II|III|I11|IV|V)\\. (.+)$");
  private static final Pattern ITEM = Pattern.compile("^(\\d)\\.\\s?(\\S.*)$");
  private static final Pattern LETTER = Pattern.compile("^([a-ei-z¢đ])\\) (.+)$");

  private HaiDuong2023() {}

  /**
   * Reads the plan from the OCR'd text bundled with this module.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    return read(text("hai-duong-2023.txt"));
  }

  static String text(String resource) {
    try (InputStream in = HaiDuong2023.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + resource + " is missing from cchc-examples");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gets the agencies the plan names: the province, the departments that section IV charges, and
   * the groups of departments and district committees, valid until the merger into Hải Phòng on
   * 1 July 2025.
   *
   * @return the directory, not null
   */
  public static AgencyDirectory directory() {
    LocalDate last = LocalDate.of(2025, 6, 30);
    List<Agency> agencies = new ArrayList<>();
    agencies.add(Agency.builder().id("hd").name("Ủy ban nhân dân tỉnh Hải Dương").addAbbreviation("UBND tỉnh")
        .level(AgencyLevel.PROVINCE).kind(AgencyKind.PEOPLES_COMMITTEE).validUntil(last).build());
    for (String[] d : new String[][] {{"hd.snv", "Sở Nội vụ"}, {"hd.stp", "Sở Tư pháp"},
        {"hd.vp", "Văn phòng Ủy ban nhân dân tỉnh"}, {"hd.stc", "Sở Tài chính"}, {"hd.stttt", "Sở Thông tin và Truyền thông"},
        {"hd.skhdt", "Sở Kế hoạch và Đầu tư"}}) {
      agencies.add(Agency.builder().id(d[0]).name(d[1]).level(AgencyLevel.PROVINCE)
          .kind(d[0].equals("hd.vp") ? AgencyKind.OFFICE : AgencyKind.DEPARTMENT).addParent(ParentLink.of("hd"))
          .validUntil(last).build());
    }
    return AgencyDirectory.of(agencies, List.of(
        AgencyGroup.builder().id("hd.so-nganh").name("Các sở, ban, ngành").withinId("hd")
            .addKinds(AgencyKind.DEPARTMENT, AgencyKind.OFFICE).build(),
        AgencyGroup.builder().id("hd.huyen").name("UBND các huyện, thị xã, thành phố")
            .addLevels(AgencyLevel.DISTRICT).addKinds(AgencyKind.PEOPLES_COMMITTEE).build()));
  }

  /** Which agency section IV's headings name, by words the OCR keeps; and the areas they lead. */
  private static final Map<String, String> HEADINGS = Map.of(
      "noi vu", "hd.snv", "phap", "hd.stp", "van phong", "hd.vp", "tai chinh", "hd.stc", "thong tin", "hd.stttt",
      "ke hoach", "hd.skhdt");
  private static final Map<String, List<ReformArea>> AREAS = Map.of(
      "hd.snv", List.of(ReformArea.DIRECTION, ReformArea.ORGANISATION, ReformArea.CIVIL_SERVICE, ReformArea.IMPACT),
      "hd.stp", List.of(ReformArea.INSTITUTIONS),
      "hd.vp", List.of(ReformArea.ADMINISTRATIVE_PROCEDURES),
      "hd.stc", List.of(ReformArea.PUBLIC_FINANCE),
      "hd.stttt", List.of(ReformArea.DIGITAL_GOVERNMENT),
      "hd.skhdt", List.of(ReformArea.IMPACT));

  static Plan read(String text) {
    List<List<String>> sections = sections(text);
    Plan.Builder plan = Plan.builder().id("hai-duong-2023").title(sections.get(0).get(0).strip()).year(YEAR)
        .level(AgencyLevel.PROVINCE).issuer(Party.agency("hd")).directory(directory());
    List<String> intro = sections.get(0).subList(1, sections.get(0).size());
    for (String p : intro) {
      DocumentRef.findAll(p).forEach(o -> plan.addLegalBases(o.ref()));
    }
    String item = "";
    for (String p : sections.get(1)) {
      Matcher n = ITEM.matcher(p);
      Matcher l = LETTER.matcher(p);
      if (n.matches()) {
        item = n.group(1);
        continue;
      }
      plan.addPurposes(p);
      String label = "I." + item + (l.matches() ? "." + l.group(1) : "");
      for (Target t : Target.parseAll(p)) {
        String k = Folding.key(t.text());
        Target measured = k.contains("nhiem vu") || k.contains("ke hoach") ? t.withIndicator(Indicator.PLAN_TASKS_COMPLETED) : t;
        plan.addKeyTargets(measured.withLabel(label));
      }
    }
    ReformArea area = null;
    for (String p : sections.get(2)) {
      Matcher n = ITEM.matcher(p);
      Matcher l = LETTER.matcher(p);
      if (n.matches()) {
        // The plan numbers its areas in the master programme's order, which ReformArea follows; the
        // OCR'd headings ("Cai cach thi tuc hanh chinh") are too noisy to read reliably.
        int number = Integer.parseInt(n.group(1));
        area = number >= 1 && number <= 8 ? ReformArea.values()[number - 1] : ReformArea.fromHeading(n.group(2)).orElse(area);
      } else if (area != null && !p.startsWith("(")) {
        plan.addMeasures(Measure.of(area, l.matches() ? Optional.of(l.group(1) + ")") : Optional.empty(),
            l.matches() ? l.group(2) : p));
      }
    }
    plan.funding(String.join("\n", sections.get(3)));
    String who = null;
    List<String> duties = new ArrayList<>();
    for (String p : sections.get(4)) {
      Matcher n = ITEM.matcher(p);
      if (n.matches() && !p.startsWith("Trén day")) {
        if (who != null) {
          plan.addResponsibilities(responsibility(who, duties));
        }
        who = n.group(2);
        duties = new ArrayList<>();
      } else if (who != null && !p.startsWith("Trén day") && !p.startsWith("Noi nhin") && !p.startsWith("-")) {
        duties.add(LETTER.matcher(p).matches() ? LETTER.matcher(p).replaceFirst("$2") : p);
      }
    }
    if (who != null) {
      plan.addResponsibilities(responsibility(who, duties));
    }
    return plan.build();
  }

  private static Responsibility responsibility(String heading, List<String> duties) {
    String k = Folding.key(heading);
    for (Map.Entry<String, String> e : HEADINGS.entrySet()) {
      if (k.contains(e.getKey()) && k.length() < 40) {
        return Responsibility.of(Party.agency(e.getValue()).withPrinted(heading), AREAS.get(e.getValue()), duties);
      }
    }
    if (k.startsWith("cac s") && k.contains("huy")) {
      return Responsibility.of(Party.group("hd.so-nganh").withPrinted(heading), List.of(), duties);
    }
    return Responsibility.of(Party.named(heading.length() > 120 ? heading.substring(0, 120) : heading), List.of(), duties);
  }

  /** The OCR keeps the headings' words, not their case: "I. MUC PiCH, YEU CAU". */
  private static boolean isSectionHeading(String line) {
    String k = Folding.key(line);
    return k.contains("muc") && k.contains("yeu cau") || k.contains("chi tieu") || k.contains("kinh phi")
        || k.contains("to chuc thuc hien");
  }

  /**
   * The text as paragraphs, split at its top-level sections: the title and preamble, I (purposes),
   * II (targets and tasks by area), III (funding), IV (organisation). A paragraph ends at a blank
   * line or where a numbered or lettered item begins; wrapped lines are joined.
   */
  static List<List<String>> sections(String text) {
    List<List<String>> sections = new ArrayList<>();
    sections.add(new ArrayList<>());
    StringBuilder current = new StringBuilder();
    for (String raw : (text + "\n").split("\n")) {
      String line = raw.strip();
      boolean section = SECTION.matcher(line).matches() && line.length() < 60 && isSectionHeading(line);
      boolean starts = section || ITEM.matcher(line).matches() || LETTER.matcher(line).matches();
      if (line.isEmpty() || starts) {
        if (current.length() > 0) {
          sections.get(sections.size() - 1).add(current.toString());
          current = new StringBuilder();
        }
        if (section) {
          sections.add(new ArrayList<>());
          continue;
        }
      }
      if (!line.isEmpty()) {
        current.append(current.length() > 0 ? " " : "").append(line);
      }
    }
    if (current.length() > 0) {
      sections.get(sections.size() - 1).add(current.toString());
    }
    return sections;
  }
}
