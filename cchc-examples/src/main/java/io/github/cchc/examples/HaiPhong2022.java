package io.github.cchc.examples;

import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.Baseline;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.text.Folding;
import java.math.BigDecimal;
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
 * The administrative-reform plan of Hải Phòng for 2022 (Quyết định số 3848/QĐ-UBND ngày
 * 20/12/2021), from an OCR'd copy that lost its diacritics and mangled the appendix table.
 *
 * <p>Read through cchc's parsers from the text as the OCR printed it: the legal bases, the key
 * targets of §I.2, the responsibilities of §IV.2, and the appendix rows that are legible, their
 * cells quoted as printed. Rows whose cells the OCR ran together are kept by their number and
 * marked illegible, so that nothing is silently dropped; a legible row whose timeframe cell is
 * mangled ("Candm 2022") keeps it unread.
 */
public final class HaiPhong2022 {
  static final Year YEAR = Year.of(2022);
  private static final Pattern LETTER = Pattern.compile("^\\s?([a-zđ¢])\\) (.+)$");

  private HaiPhong2022() {}

  /**
   * Reads the plan from the OCR'd text bundled with this module.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    return read(HaiDuong2023.text("hai-phong-2022.txt"));
  }

  static Plan read(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    Plan.Builder plan = Plan.builder().id("hai-phong-2022").title("Ké hoach Cai cach hanh chinh thanh pho Hai Phong nim 2022")
        .year(YEAR).level(AgencyLevel.PROVINCE).issuer(Party.agency("hp")).directory(BundledPlan.HAI_PHONG_2024.directory());
    String number = lines.stream().filter(l -> l.startsWith("S6: ")).findFirst().orElseThrow();
    // The header's date is mangled ("ngay 20 thang J2ném 2021"); the attachment line prints it readably.
    plan.issuingDocument(DocumentRef.builder().type(DocumentType.DECISION).typeWord("Quyết định")
        .number(DocumentRef.parse(number.substring(0, number.indexOf(" Hai Phong"))).number())
        .issuedOn(LocalDate.of(2021, 12, 20)).text(number.strip()).build());
    plan.addHeaderLines(number.strip());
    int attached = index(lines, "(Ban hanh kém theo Quyét dinh", 0);
    plan.addHeaderLines(lines.get(attached).strip() + "\n" + lines.get(attached + 1).strip());
    StringBuilder preamble = new StringBuilder();
    for (String l : lines.subList(index(lines, "UY BAN NHAN DAN THANH PHO HAI PHONG", 5), index(lines, "QUYET DINH:", 5))) {
      preamble.append(l).append('\n');
    }
    DocumentRef.findAll(preamble).forEach(o -> plan.addLegalBases(o.ref()));

    Map<String, Indicator> indicators = Map.of("b)", Indicator.PLAN_TASKS_COMPLETED, "¢)", Indicator.GOVERNMENT_TASKS_COMPLETED);
    int targets = index(lines, "2. Mt s6 chi tiéu chii yéu", 0);
    int seen = 0;
    for (String p : paragraphs(lines.subList(targets + 1, index(lines, "IL. NHIEM VU", targets)))) {
      Matcher m = LETTER.matcher(p);
      if (!m.matches()) {
        continue;
      }
      String label = "I.2." + m.group(1) + ")";
      String letter = m.group(1) + ")";
      seen++;
      List<Target> read = Target.parseAll(m.group(2));
      String folded = Folding.key(p);
      if (read.isEmpty() && folded.contains("xep hang")) {
        // "duy trì xếp hạng … trong nhóm các địa phương dẫn đầu": the OCR's "dén dau" hides the rank.
        read = List.of(Target.builder().kind(Target.Kind.RANK).unit(Target.Unit.RANK).position(m.group(2)).text(m.group(2))
            .build());
      }
      if (read.isEmpty() && (folded.contains("so vei nam 2021") || folded.contains("so voi nam 2021"))) {
        // "Phấn đấu thu hút đầu tư … năm 2022 tăng so với năm 2021": the OCR's "ting so véi" defeats the parser.
        read = List.of(Target.builder().kind(Target.Kind.CHANGE).comparison(Target.Comparison.GREATER_THAN)
            .threshold(BigDecimal.ZERO).unit(Target.Unit.PERCENT).direction(Target.Direction.INCREASE)
            .baseline(Baseline.of(Year.of(2021))).text(p.substring(p.indexOf("Phin"))).build());
      }
      for (int i = 0; i < read.size(); i++) {
        Target t = read.get(i);
        Indicator indicator = seen <= 3 ? indicators.get(letter) : null;
        if (seen == 5 && i == 1) {
          indicator = Indicator.DOSSIERS_ON_TIME;
        } else if (seen == 6) {
          indicator = Indicator.PROCEDURES_FULLY_ONLINE;
        }
        plan.addKeyTargets(indicator == null ? t.withLabel(label) : t.withIndicator(indicator).withLabel(label));
      }
    }
    responsibilities(plan, paragraphs(lines.subList(index(lines, "2. Phén cong trach nhiém", 0) + 1,
        index(lines, "3. P& nghi Mit tran", 0))));
    // §IV.1.c: "báo cáo Quý I, Quý III gửi trước ngày 10 tháng cuối của quý, báo cáo 6 tháng trước ngày 10/6,
    // báo cáo năm trước ngày 05/12" (DOMAIN.md §5).
    plan.reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 5)));
    plan.tasks(appendix());
    return plan.build();
  }

  private static void responsibilities(Plan.Builder plan, List<String> paragraphs) {
    Map<String, String> ids = Map.of("noi vu", "hp.snv", "van phong", "hp.vp", "tu phap", "hp.stp", "truyen th", "hp.stttt",
        "tai chinh", "hp.stc", "khoa hoc", "hp.skhcn", "ke hoach", "hp.skhdt", "thanh tra", "hp.tt");
    Map<String, List<ReformArea>> areas = Map.of("hp.snv", List.of(ReformArea.DIRECTION, ReformArea.ORGANISATION,
        ReformArea.CIVIL_SERVICE), "hp.vp", List.of(ReformArea.ADMINISTRATIVE_PROCEDURES), "hp.stp",
        List.of(ReformArea.INSTITUTIONS), "hp.stttt", List.of(ReformArea.DIGITAL_GOVERNMENT), "hp.stc",
        List.of(ReformArea.PUBLIC_FINANCE));
    Party party = null;
    List<String> duties = new ArrayList<>();
    for (String p : paragraphs) {
      Matcher m = LETTER.matcher(p);
      String heading = m.matches() ? Folding.key(m.group(2)) : "";
      Optional<String> id = ids.entrySet().stream().filter(e -> heading.contains(e.getKey()) && heading.length() < 45)
          .map(Map.Entry::getValue).findFirst();
      if (m.matches() && (id.isPresent() || heading.length() < 120)) {
        if (party != null) {
          plan.addResponsibilities(Responsibility.of(party, areas.getOrDefault(party.ref(), List.of()), duties));
        }
        String printed = m.group(2).strip();
        party = id.map(i -> Party.agency(i).withPrinted(printed)).orElseGet(() -> Party.named(printed));
        duties = new ArrayList<>();
      } else if (party != null) {
        duties.add(p.replaceFirst("^- ", ""));
      }
    }
    if (party != null) {
      plan.addResponsibilities(Responsibility.of(party, areas.getOrDefault(party.ref(), List.of()), duties));
    }
  }

  private static Task row(String number, ReformArea area, String content, Party lead, Party coordinator, String timeframe,
      String product) {
    return Task.builder().number(number).area(area).content(content).addLead(lead).addCoordinator(coordinator)
        .timeframeText(timeframe, YEAR).addProduct(Product.of(product)).targets(Target.parseAll(content)).build();
  }

  private static Task illegible(String number, ReformArea area, String legibleStart) {
    return Task.builder().number(number).area(area).content(legibleStart).illegible(true).build();
  }

  /** The rows of the appendix, their cells as the OCR printed them; those it ran together are illegible. */
  static List<Task> appendix() {
    ReformArea d = ReformArea.DIRECTION;
    ReformArea i = ReformArea.INSTITUTIONS;
    ReformArea p = ReformArea.ADMINISTRATIVE_PROCEDURES;
    ReformArea o = ReformArea.ORGANISATION;
    ReformArea c = ReformArea.CIVIL_SERVICE;
    ReformArea f = ReformArea.PUBLIC_FINANCE;
    ReformArea g = ReformArea.DIGITAL_GOVERNMENT;
    Party snv = Party.agency("hp.snv").withPrinted("S& Noi vu");
    Party soNganh = Party.group("hp.so-nganh").withPrinted("Cac s0, ban, nganh");
    List<Task> rows = new ArrayList<>();
    rows.add(illegible("1", d, "Ban hanh Ké hoach cai cach hanh chinh ndm 2022:"));
    rows.add(row("2", d, "Xéy dung Bao cdo x4c dinh chi sb cai cach hanh chinh nam 2021 cta UBND thanh phé bao céo Bo Noi vu.",
        snv, Party.named("Cac s0, ban, nganh va co quan, don vi ¢6 lién quan"), "Theo yéu cau cua Bo Noi vu",
        "Ké hoach. Bio cdo ciia UBND thanh phé"));
    rows.add(illegible("3", d, "Ddnh gid xdac dinh Chi 56 cdi cdch hanh chinh ndm 2022"));
    rows.add(row("4", d, "Ddnh gia xac dinh Chi s6 do luong su hai long cua nguoi dan, td chic va doanh nghiép doi vai su "
        + "phuc vu cta cac co quan hanh chinh nha nudc thanh ph6 nam 2022", Party.agency("hp.snv").withPrinted("Sé Nbi vu"),
        Party.named("Cac so, ban, nganh; UBND quén, huyén va cac co quan, don vi lién quan"), "Ca nam 2022",
        "K¢ hoach cua UBND thanh phé"));
    rows.add(Task.builder().number("5").area(d).content("Kiém tra cdi cdch hanh chinh:")
        .addSubtask(row("a)", d, "Téi thiéu 30% sé, ban, nganh, UBND quén, huyén", Party.agency("hp.snv").withPrinted("Sé N6i vu"),
            Party.named("Cac s0, ban, nganh co lién quan"), "Ca nam 2022", "K& hoach, Théng bao két ludn/Bao cao"))
        .addSubtask(illegible("b)", d, "T4i thidu 30% UBND x4, phudng, thj trin")).build());
    rows.add(illegible("6", d, "Ban hanh, trién khai thuc hién Ké hoach tuyén truyén cai cach hanh chinh nha nuéc thanh phd"));
    rows.add(illegible("7", d, "Hoc tap va trao doi, chia sé kinh nghiém thuc hién céng tac cai cach hanh chinh"));
    rows.add(row("8", i, "Quyét dinh phé duyét danh muc vin ban quy dinh chi tiét Luat, Nghi quyét cia Qudc héi; Phap énh, "
        + "Nghi quyét cua Uy ban Thudong vu Quoc hoi; Lénh, Quyét dinh ciia Chu tich nuée; Nghi dinh",
        Party.agency("hp.stp").withPrinted("S& Tu phap"), soNganh, "Ca nim 2022", "Quyét dinh ciia Chi tich UBND thinh ohé"));
    rows.add(illegible("9", i, "ban quy pham phap luat trén dia ban thanh phd"));
    rows.add(illegible("10", i, "Quyet dinh cong bo cac van ban quy pham phép lut hét hiéu luc"));
    rows.add(row("11", i, "Quyét dinh bai bé cac vin ban quy pham phap luat", Party.agency("hp.stp").withPrinted("So Tu phap"),
        Party.group("hp.so-nganh").withPrinted("Céac s0, ban, nganh"), "Quy III", "Quyét dinh ctia Chu tich UBND thanh phé"));
    rows.add(illegible("12", i, "dung, ki€ém tra, ra sodt, h¢ thong hoa van ban quy pham phap luat"));
    rows.add(illegible("13", p, "Ban hanh va trién khai thuc hién dam béo tién do, chit lugng K& hoach kiém soat thi tuc hanh "
        + "chinh nam 2022"));
    rows.add(illegible("14", p, "S6 hoa, luu trir dir liéu két qua giai quyét thi tuc hanh chinh"));
    rows.add(illegible("15", p, ""));
    rows.add(illegible("16", p, "Té chic trién khai quy trinh s6 hoa hd so, gidy tor, két qua giai quyét tha tuc hanh chinh"));
    rows.add(illegible("17", p, ""));
    rows.add(illegible("18", p, "Ra soat, thong ké va don gian héa cac thu tuc hanh chinh ndi b"));
    rows.add(Task.builder().number("19").area(p).content("Trién khai thuc hi¢n Nghi dinh s6 107/2021/ND-CP ngay 06/12/2021 ciia "
            + "Chinh phi sira di, bd sung mdt so diéu cuia Nghi dinh s6 61/2018/NP-CP ngay 23/4/2018 cia Chinh phu vé thyuc "
            + "hign co ché mot cira, mot cira lién thong trong giai quyét thu tuc hanh chinh.")
        .addLead(Party.agency("hp.vp").withPrinted("Van phong UBND thanh pho"))
        .addCoordinator(Party.named("Cic sé, b… UBND céc quén, huyén; céc co quan, don vi ¢6 lién qu"))
        .timeframeText("Candm 2022", YEAR).addProduct(Product.of("Vin bén trién khai chi dao cua Uy ban nhan dan thanh pho."))
        .build());
    for (String n : List.of("20", "21", "22", "23")) {
      rows.add(illegible(n, p, ""));
    }
    for (String n : List.of("24", "25", "26")) {
      rows.add(illegible(n, o, ""));
    }
    rows.add(illegible("27", c, "Thi tuyén cong chuc theo chi tiéu bién ché giao nam 2022"));
    rows.add(illegible("28", c, ""));
    rows.add(row("29", c, "Stra ddi, bd sung hoic thay thé cac van ban quy pham phép luat cua thanh pho vé quan ly doi ngii "
        + "can bo, cong chirc, vién chirc", Party.agency("hp.snv").withPrinted("S Noi vu"),
        Party.named("Céc s0, ban, nganh, UBND quén, huyén"), "Ca nam 2022", "Quyét dinh ciia UBND thanh phé"));
    rows.add(illegible("30", c, "nang ngach c6ng chirc; thing hang vién chirc nam 2022"));
    rows.add(illegible("31", c, ""));
    rows.add(illegible("32", f, "Déy manh viéc thuc hién co ché tu chu, xa hoi hoa"));
    rows.add(row("33", f, "Tiép tuc thuc hién doi mai, ting cudng thu, chi ngén sach. Phan dau vuot chi tiéu thu ngéan sach "
        + "nam 2022 dugc Chinh phu giao", Party.named("Cuc Thué thanh phd"),
        Party.named("Céc s0, ban, nganh UBND cée quin, huyén va cc co quan, don vi ¢6 lién quan"), "Cé nim 2022",
        "Van ban chi dao/ két qua thuc hién"));
    for (String n : List.of("34", "35", "36", "37", "38")) {
      rows.add(illegible(n, g, ""));
    }
    return rows;
  }

  private static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = raw.strip();
      boolean starts = LETTER.matcher(raw).matches() || line.startsWith("- ");
      if (line.isEmpty() || starts) {
        if (current.length() > 0) {
          out.add(current.toString());
          current = new StringBuilder();
        }
      }
      if (!line.isEmpty()) {
        current.append(current.length() > 0 ? " " : "").append(line);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static int index(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("The 2022 plan's text has no line starting \"" + prefix + "\" after line " + from);
  }
}
