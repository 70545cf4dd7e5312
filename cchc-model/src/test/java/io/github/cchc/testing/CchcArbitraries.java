package io.github.cchc.testing;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.Baseline;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.Criterion;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Measure;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
import io.github.cchc.model.ReportRequirement;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for every public type of cchc-model (bộ sinh dữ liệu kiểm thử), built only
 * through the public factories and builders so that every value satisfies the model's invariants.
 * Values vary widely and shrink towards the simplest: Vietnamese text with and without
 * diacritics, every kind of timeframe, unnumbered, illegible and nested tasks.
 *
 * <p>{@link CchcArbitraryProvider} registers the defaults, so {@code @ForAll Plan plan} works with
 * no setup once this test-jar is on the test class path.
 */
public final class CchcArbitraries {
  private static final List<String> WORDS = List.of(
      "cải", "cách", "hành", "chính", "nhiệm", "vụ", "kế", "hoạch", "thành", "phố", "Hải", "Phòng", "Ủy", "ban",
      "nhân", "dân", "quận", "huyện", "xã", "phường", "thị", "trấn", "thủ", "tục", "hồ", "sơ", "điện", "tử",
      "chuyển", "đổi", "số", "hóa", "đội", "ngũ", "công", "chức", "viên", "tài", "ngân", "sách", "Bộ", "Nội",
      "Tư", "pháp", "Thông", "tin", "Truyền", "thông", "kiểm", "tra", "tuyên", "truyền", "đánh", "giá", "mức",
      "độ", "hài", "lòng", "người", "doanh", "nghiệp", "trực", "tuyến", "toàn", "trình", "một", "cửa", "liên",
      "đơn", "vị", "sự", "nghiệp", "Đề", "án", "Chỉ", "PAR", "Index", "SIPAS", "ISO", "Ấp", "Ốc", "Ưu", "Ỹ");
  /** Words safe inside a citation title: none reads as "số", "ngày" or a type word. */
  private static final List<String> TITLE_WORDS = List.of(
      "cải", "cách", "hành", "chính", "nhà", "nước", "giai", "đoạn", "tổ", "chức", "chính", "quyền", "địa",
      "phương", "của", "Chính", "phủ", "ban", "hành", "tổng", "thể", "về", "đẩy", "mạnh", "thực", "hiện",
      "Ủy", "nhân", "dân", "thành", "phố", "đô", "thị", "điện", "tử");
  private static final List<String> AUTHORITIES = List.of(
      "Bộ Nội vụ", "UBND thành phố", "Bộ Y tế", "Văn phòng Chính phủ", "Sở Nội vụ", "Bộ Giáo dục và Đào tạo",
      "Ban Chỉ đạo CCHC thành phố");
  private static final List<String> UNKNOWN_CODES = List.of("SNV", "UBND", "VPCP", "STC", "SNV-CCHC&PC", "UBND-KSTTHC");

  private CchcArbitraries() {}

  // ------------------------------------------------------------------ text

  /**
   * Vietnamese phrases of one to eight words, about a quarter of them without diacritics as OCR
   * renders them.
   *
   * @return the phrases, never blank
   */
  public static Arbitrary<String> vietnameseText() {
    return phrases(WORDS, 1, 8);
  }

  private static Arbitrary<String> phrases(List<String> words, int min, int max) {
    Arbitrary<String> phrase = Arbitraries.of(words).list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(" ", w));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, phrase), net.jqwik.api.Tuple.of(1, phrase.map(CchcArbitraries::withoutDiacritics)));
  }

  static String withoutDiacritics(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
  }

  /**
   * Plan years, 2015 to 2035.
   *
   * @return the years
   */
  public static Arbitrary<Year> years() {
    return Arbitraries.integers().between(2015, 2035).map(Year::of);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 21).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
  }

  // ------------------------------------------------------------------ timeframes

  /**
   * Timeframes of every kind.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> timeframes() {
    return Arbitraries.oneOf(yearTimeframes(), monthTimeframes(), quarterTimeframes(), beforeTimeframes(),
        betweenTimeframes(), recurringTimeframes(), authorityTimeframes());
  }

  /**
   * Timeframes within a month.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> monthTimeframes() {
    return Combinators.combine(years(), Arbitraries.integers().between(1, 12))
        .as((y, m) -> Timeframe.ofMonth(YearMonth.of(y.getValue(), m)));
  }

  /**
   * Timeframes before a date.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> beforeTimeframes() {
    return dates().map(Timeframe::before);
  }

  /**
   * Timeframes within one or more quarters.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> quarterTimeframes() {
    return Combinators.combine(years(), Arbitraries.integers().between(1, 4).set().ofMinSize(1).ofMaxSize(4))
        .as(Timeframe::ofQuarters);
  }

  /**
   * Timeframes throughout a year.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> yearTimeframes() {
    return years().map(Timeframe::ofYear);
  }

  /**
   * Timeframes from one month, quarter or year to a later one.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> betweenTimeframes() {
    Arbitrary<Timeframe> ends = Arbitraries.oneOf(monthTimeframes(), quarterTimeframes(), yearTimeframes());
    return Combinators.combine(ends, ends).as((a, b) ->
        b.dueDate().orElseThrow().isBefore(a.start().orElseThrow()) ? Timeframe.between(b, a) : Timeframe.between(a, b))
        .filter(t -> true);
  }

  /**
   * Recurring timeframes.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> recurringTimeframes() {
    return Combinators.combine(Arbitraries.of(Timeframe.Frequency.class), years()).as(Timeframe::recurring);
  }

  /**
   * Timeframes set by other authorities.
   *
   * @return the timeframes
   */
  public static Arbitrary<Timeframe> authorityTimeframes() {
    return Combinators.combine(
            Arbitraries.of("yêu cầu", "chỉ đạo", "thời gian đánh giá hàng năm", "kế hoạch"),
            Arbitraries.of(AUTHORITIES).list().ofMinSize(1).ofMaxSize(3).uniqueElements())
        .as(Timeframe::setBy);
  }

  // ------------------------------------------------------------------ targets

  /**
   * Programmes of one to three contiguous phases of one to ten years each, from 2001, with up to
   * four targets a phase.
   *
   * @return the programmes
   */
  public static Arbitrary<Programme> programmes() {
    Arbitrary<List<Integer>> lengths = Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<List<Target>>> targets = targets().list().ofMaxSize(4).list().ofSize(3);
    return Combinators.combine(lengths, targets, Arbitraries.integers().between(2001, 2040), documentRefs().optional())
        .as((years, goals, start, decision) -> {
          List<Programme.Phase> phases = new java.util.ArrayList<>();
          int first = start;
          for (int i = 0; i < years.size(); i++) {
            int last = first + years.get(i) - 1;
            phases.add(Programme.Phase.of("Giai đoạn " + first + " – " + last, java.time.Year.of(first),
                java.time.Year.of(last), goals.get(i)));
            first = last + 1;
          }
          return Programme.builder().id("ct-" + start).title("Chương trình cải cách hành chính giai đoạn " + start + " – "
              + (first - 1)).decision(decision).phases(phases).build();
        });
  }

  /**
   * Targets of every kind, with or without label and indicator, no scope.
   *
   * @return the targets
   */
  public static Arbitrary<Target> targets() {
    Arbitrary<Optional<String>> labels = Arbitraries.of("II.1", "II.6", "28", "a)").optional();
    Arbitrary<Optional<String>> indicators =
        Arbitraries.of(Indicator.builtIns()).map(Indicator::id).optional();
    return Combinators.combine(printableTargets(), labels, indicators).as((t, label, indicator) ->
        Target.builder().from(t).label(label).indicatorId(indicator).build());
  }

  /**
   * Targets whose canonical text {@link Target#parseAll(CharSequence)} reads back to the same
   * structure: no label, indicator, scope or baseline value, which text does not carry.
   *
   * @return the targets
   */
  public static Arbitrary<Target> printableTargets() {
    return Arbitraries.oneOf(levelTargets(), bandTargets(), changeTargets(), rankTargets());
  }

  private static Arbitrary<BigDecimal> amounts(Target.Unit unit) {
    if (unit == Target.Unit.COUNT || unit == Target.Unit.DAYS) {
      return Arbitraries.integers().between(0, 500).map(BigDecimal::valueOf);
    }
    int max = unit == Target.Unit.PERCENT ? 100 : 300;
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, max).map(BigDecimal::valueOf),
        Arbitraries.integers().between(0, max * 10).map(i -> BigDecimal.valueOf(i, 1)));
  }

  private static Arbitrary<Target> levelTargets() {
    Arbitrary<Target.Unit> units = Arbitraries.of(Target.Unit.PERCENT, Target.Unit.PERCENT_OF_PLAN,
        Target.Unit.MINUTES, Target.Unit.DAYS, Target.Unit.COUNT, Target.Unit.POINTS);
    Arbitrary<Target.Comparison> comparisons = Arbitraries.of(Target.Comparison.GREATER_THAN,
        Target.Comparison.AT_LEAST, Target.Comparison.AT_MOST, Target.Comparison.LESS_THAN, Target.Comparison.EQUAL);
    return units.flatMap(u -> Combinators.combine(comparisons, amounts(u)).as((c, a) -> Target.of(c, a, u)));
  }

  private static Arbitrary<Target> bandTargets() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 100))
        .as((a, b) -> Target.band(BigDecimal.valueOf(Math.min(a, 100 - b)), BigDecimal.valueOf(Math.min(a, 100 - b) + b),
            Target.Unit.PERCENT));
  }

  private static Arbitrary<Target> changeTargets() {
    Arbitrary<Target.Unit> units = Arbitraries.of(Target.Unit.PERCENT, Target.Unit.MINUTES, Target.Unit.COUNT,
        Target.Unit.POINTS);
    Arbitrary<Target.Comparison> comparisons = Arbitraries.of(Target.Comparison.GREATER_THAN,
        Target.Comparison.AT_LEAST, Target.Comparison.AT_MOST, Target.Comparison.LESS_THAN, Target.Comparison.EQUAL);
    return units.flatMap(u -> Combinators.combine(comparisons, amounts(u), Arbitraries.of(Target.Direction.class), years())
        .as((c, a, d, y) -> Target.builder().kind(Target.Kind.CHANGE).comparison(c).threshold(a).unit(u)
            .direction(d).baseline(Baseline.of(y)).build()));
  }

  private static Arbitrary<Target> rankTargets() {
    return phrases(TITLE_WORDS, 0, 5).map(w -> "duy trì " + w + " trong nhóm các địa phương dẫn đầu")
        .map(p -> Target.builder().kind(Target.Kind.RANK).unit(Target.Unit.RANK).position(p).build());
  }

  // ------------------------------------------------------------------ documents

  /**
   * Document references with and without type word, number, date and title.
   *
   * @return the references
   */
  public static Arbitrary<DocumentRef> documentRefs() {
    Arbitrary<DocumentType> types = Arbitraries.of(DocumentType.class);
    return types.flatMap(type -> Combinators.combine(
            numbers(type), dates().optional(), phrases(TITLE_WORDS, 1, 8).optional(), Arbitraries.of(true, false))
        .as((number, date, title, withWord) -> {
          boolean word = (withWord || number.isEmpty()) && !type.words().isEmpty();
          Optional<String> typeWord = word ? Optional.of(type.words().get(type.words().size() - 1)) : Optional.empty();
          Optional<String> n = typeWord.isEmpty() && number.isEmpty() ? Optional.of("1/" + codeOf(type)) : number;
          DocumentType effective = typeWord.isPresent() ? type
              : DocumentType.fromCode(codeOf(type)).orElse(DocumentType.OTHER);
          return DocumentRef.builder().type(typeWord.isPresent() ? type : effective(n.get(), effective))
              .typeWord(typeWord).number(n).issuedOn(date).title(title).build();
        }));
  }

  private static DocumentType effective(String number, DocumentType fallback) {
    String afterSerial = number.replaceFirst("^\\d+(/\\d{4})?[/-]", "");
    String code = afterSerial.split("[/-]")[0];
    return DocumentType.fromCode(code).orElse(DocumentType.OTHER);
  }

  private static String codeOf(DocumentType type) {
    return type.code().orElse("SNV");
  }

  private static Arbitrary<Optional<String>> numbers(DocumentType type) {
    Arbitrary<String> code = type.code().isPresent()
        ? Arbitraries.of(type.code().get())
        : Arbitraries.of(UNKNOWN_CODES);
    Arbitrary<String> issuer = Arbitraries.of("CP", "UBND", "TTg", "HĐND", "VPCP", "BNV", "TW");
    Arbitrary<String> modern = Combinators.combine(Arbitraries.integers().between(1, 9999),
            Arbitraries.integers().between(2000, 2030).optional(), code, issuer)
        .as((serial, year, c, iss) -> serial + year.map(y -> "/" + y).orElse("") + "/" + c
            + (c.contains("-") ? "" : "-" + iss));
    Arbitrary<String> party = Combinators.combine(Arbitraries.integers().between(1, 99), code)
        .as((serial, c) -> String.format("%02d-%s/TW", serial, c.replace("-", "")));
    return Arbitraries.oneOf(modern, party).optional();
  }

  // ------------------------------------------------------------------ agencies

  /**
   * Directories of a province with departments, districts that end on 30 June 2025 and communes
   * that move under the province on 1 July 2025, and groups that plans name.
   *
   * @return the directories
   */
  public static Arbitrary<AgencyDirectory> directories() {
    return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 4))
        .as(CchcArbitraries::directory);
  }

  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  static AgencyDirectory directory(int departments, int districts, int communesPerDistrict) {
    List<Agency> agencies = new ArrayList<>();
    agencies.add(Agency.of("p", "Ủy ban nhân dân thành phố", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE));
    for (int i = 0; i < departments; i++) {
      agencies.add(Agency.builder().id("p.d" + i).name("Sở " + i).level(AgencyLevel.PROVINCE)
          .kind(i == 0 ? AgencyKind.OFFICE : AgencyKind.DEPARTMENT).addParent(ParentLink.of("p")).build());
    }
    for (int d = 0; d < districts; d++) {
      String district = "p.h" + d;
      agencies.add(Agency.builder().id(district).name("UBND huyện " + d).level(AgencyLevel.DISTRICT)
          .kind(AgencyKind.PEOPLES_COMMITTEE).addParent(ParentLink.of("p"))
          .validUntil(REFORM.minusDays(1)).addSuccessorId("p").build());
      for (int c = 0; c < communesPerDistrict; c++) {
        agencies.add(Agency.builder().id(district + ".x" + c).name("UBND xã " + d + "-" + c)
            .level(AgencyLevel.COMMUNE).kind(AgencyKind.PEOPLES_COMMITTEE)
            .addParent(ParentLink.of(district, Optional.empty(), Optional.of(REFORM.minusDays(1))))
            .addParent(ParentLink.of("p", Optional.of(REFORM), Optional.empty())).build());
      }
    }
    List<AgencyGroup> groups = List.of(
        AgencyGroup.builder().id("g.departments").name("Các sở, ban, ngành thành phố").withinId("p")
            .addLevels(AgencyLevel.PROVINCE).addKinds(AgencyKind.DEPARTMENT, AgencyKind.OFFICE).build(),
        AgencyGroup.builder().id("g.districts").name("UBND quận, huyện").addLevels(AgencyLevel.DISTRICT)
            .addKinds(AgencyKind.PEOPLES_COMMITTEE).build(),
        AgencyGroup.builder().id("g.communes").name("UBND các xã, phường, thị trấn").addLevels(AgencyLevel.COMMUNE)
            .build());
    return AgencyDirectory.of(agencies, groups);
  }

  private static Arbitrary<Party> parties(AgencyDirectory directory) {
    List<Party> known = new ArrayList<>();
    directory.agencies().forEach(a -> known.add(Party.agency(a.id())));
    directory.groups().forEach(g -> known.add(Party.group(g.id()).withPrinted(g.name())));
    Arbitrary<Party> named = Arbitraries.of("các cơ quan, đơn vị liên quan", "Mặt trận Tổ quốc", "Công an thành phố")
        .map(Party::named);
    return known.isEmpty() ? named : Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(known)), net.jqwik.api.Tuple.of(1, named));
  }

  // ------------------------------------------------------------------ tasks and plans

  /**
   * Products of every kind.
   *
   * @return the products
   */
  public static Arbitrary<Product> products() {
    return Combinators.combine(Arbitraries.of("Kế hoạch", "Báo cáo", "Quyết định", "Đề án", "Hội nghị", "Dữ liệu",
            "Hệ thống", "Phiếu điều tra"), vietnameseText())
        .as((head, rest) -> Product.of(head + " " + rest));
  }

  /**
   * Measures of the plan body.
   *
   * @return the measures
   */
  public static Arbitrary<Measure> measures() {
    return Combinators.combine(Arbitraries.of(ReformArea.class), Arbitraries.of("a)", "b)", "đ)").optional(),
        vietnameseText()).as(Measure::of);
  }

  /**
   * Appendix rows naming only named parties (so they fit any directory): numbered or not,
   * illegible or not, nested one level, every timeframe kind or an unread one.
   *
   * @return the tasks
   */
  public static Arbitrary<Task> tasks() {
    return tasks(AgencyDirectory.empty(), Year.of(2024));
  }

  static Arbitrary<Task> tasks(AgencyDirectory directory, Year year) {
    return sketches().map(sketch -> sketch.task(directory, year));
  }

  /*
   * Tasks and plans are drawn as sketches that name parties by position and the plan year by a
   * flag, and are resolved against the plan's directory and year only when the plan is built. No
   * generator is made per value (as flatMap would), so jqwik computes the edge cases once per
   * property rather than once per task: that was nine tenths of a plan's cost. The weights below
   * keep the coverage the earlier, flatMapped generators had (docs/adoption.md, Generators).
   */

  /** A party by position: below zero one of the named parties, otherwise the n-th of the directory's agencies and groups. */
  private static final List<String> NAMED_PARTIES = List.of("các cơ quan, đơn vị liên quan", "Mặt trận Tổ quốc", "Công an thành phố");

  private static Arbitrary<Integer> partyPicks() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 999)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-NAMED_PARTIES.size(), -1)));
  }

  private static List<Party> resolve(List<Integer> picks, AgencyDirectory directory) {
    List<Party> known = new ArrayList<>();
    directory.agencies().forEach(a -> known.add(Party.agency(a.id())));
    directory.groups().forEach(g -> known.add(Party.group(g.id()).withPrinted(g.name())));
    List<Party> parties = new ArrayList<>();
    for (int pick : picks) {
      Party p = pick < 0 || known.isEmpty() ? Party.named(NAMED_PARTIES.get(Math.floorMod(pick, NAMED_PARTIES.size())))
          : known.get(pick % known.size());
      if (!parties.contains(p)) {
        parties.add(p);
      }
    }
    return parties;
  }

  /** How a row's timeframe is drawn: none, the plan year, one of a kind, or an unread text. */
  private enum TimeframeChoice { NONE, PLAN_YEAR, OTHER, UNREAD }

  private record Sketch(Optional<String> number, String content, Optional<ReformArea> area, List<Integer> leads,
      List<Integer> coordinators, TimeframeChoice choice, Timeframe timeframe, String unread, List<Product> products,
      boolean illegible, List<Target> targets, List<Sketch> subs) {
    Task task(AgencyDirectory directory, Year year) {
      Task.Builder b = Task.builder().number(number).content(illegible ? "" : content).area(area)
          .leads(resolve(leads, directory)).coordinators(resolve(coordinators, directory)).products(products)
          .illegible(illegible).targets(targets);
      switch (choice) {
        case PLAN_YEAR -> b.timeframe(Timeframe.ofYear(year));
        case OTHER -> b.timeframe(timeframe);
        case UNREAD -> b.unreadTimeframe(unread);
        default -> { }
      }
      for (Sketch sub : subs) {
        b.addSubtasks(sub.task(directory, year));
      }
      return b.build();
    }
  }

  private static Arbitrary<Sketch> sketches() {
    return sketches(50);
  }

  /** Rows of which a percentage have one to three sub-rows, mostly one. */
  private static Arbitrary<Sketch> sketches(int percentWithSubRows) {
    Arbitrary<Sketch> sub = leafSketches(Arbitraries.of("a)", "b)", "-").optional(0.5));
    Arbitrary<List<Sketch>> subs = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(100 - percentWithSubRows, Arbitraries.just(List.<Sketch>of())),
        net.jqwik.api.Tuple.of(percentWithSubRows * 88 / 100, sub.list().ofSize(1)),
        net.jqwik.api.Tuple.of(percentWithSubRows * 8 / 100, sub.list().ofSize(2)),
        net.jqwik.api.Tuple.of(percentWithSubRows * 4 / 100, sub.list().ofSize(3))).withoutEdgeCases();
    return Combinators.combine(leafSketches(Arbitraries.of("1", "2", "27", "-", "a)", "đ)").optional(0.5)), subs)
        .as((leaf, s) -> new Sketch(leaf.number(), leaf.content(), leaf.area(), leaf.leads(), leaf.coordinators(),
            leaf.choice(), leaf.timeframe(), leaf.unread(), leaf.products(), leaf.illegible(), leaf.targets(), s));
  }

  private static Arbitrary<Sketch> leafSketches(Arbitrary<Optional<String>> numbers) {
    Arbitrary<List<Integer>> parties = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(63, Arbitraries.just(List.<Integer>of())),
        net.jqwik.api.Tuple.of(26, partyPicks().list().ofSize(1)),
        net.jqwik.api.Tuple.of(11, partyPicks().list().ofSize(2))).withoutEdgeCases();
    Arbitrary<TimeframeChoice> choices = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(330, Arbitraries.just(TimeframeChoice.NONE)),
        net.jqwik.api.Tuple.of(300, Arbitraries.just(TimeframeChoice.UNREAD)),
        net.jqwik.api.Tuple.of(185, Arbitraries.just(TimeframeChoice.PLAN_YEAR)),
        net.jqwik.api.Tuple.of(185, Arbitraries.just(TimeframeChoice.OTHER))).withoutEdgeCases();
    Arbitrary<Timeframe> others = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(125, betweenTimeframes()),
        net.jqwik.api.Tuple.of(18, beforeTimeframes()),
        net.jqwik.api.Tuple.of(18, monthTimeframes()),
        net.jqwik.api.Tuple.of(19, quarterTimeframes()),
        net.jqwik.api.Tuple.of(17, recurringTimeframes()),
        net.jqwik.api.Tuple.of(17, authorityTimeframes()));
    Arbitrary<Sketch> head = Combinators.combine(numbers, vietnameseText(), Arbitraries.of(ReformArea.class).optional(),
            parties, parties, choices, others, Arbitraries.of("Quy ??", "Sớm nhất", "ASAP"))
        .as((number, content, area, leads, coordinators, choice, timeframe, unread) -> new Sketch(number, content, area,
            leads, coordinators, choice, timeframe, unread, List.of(), false, List.of(), List.of()));
    return Combinators.combine(head, products().list().ofMaxSize(2), Arbitraries.of(false, false, false, true),
            targets().list().ofMaxSize(2))
        .as((h, products, illegible, targets) -> new Sketch(h.number(), h.content(), h.area(), h.leads(), h.coordinators(),
            h.choice(), h.timeframe(), h.unread(), products, illegible, targets, List.of()));
  }

  /**
   * Plans of every shape: with a generated directory, tasks naming its agencies and groups,
   * gaps and all.
   *
   * @return the plans
   */
  public static Arbitrary<Plan> plans() {
    Arbitrary<List<Object>> body = Combinators.combine(
            measures().list().ofMaxSize(4), documentRefs().list().ofMaxSize(3), documentRefs().optional(),
            vietnameseText().list().ofMaxSize(3), partyPicks().list().ofMinSize(1).ofMaxSize(2), vietnameseText().optional())
        .as((measures, bases, issuing, purposes, cascade, funding) -> List.of(measures, bases, issuing, purposes, cascade, funding));
    // The sizes the earlier generator gave: no task 7 %, one task 42 % (nine in ten with
    // sub-rows), two to eight the rest (half of their rows with sub-rows).
    Arbitrary<List<Sketch>> tasks = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(66, Arbitraries.just(List.<Sketch>of())),
        net.jqwik.api.Tuple.of(424, sketches(90).list().ofSize(1)),
        net.jqwik.api.Tuple.of(510, sketches(50).list().ofMinSize(2).ofMaxSize(8))).withoutEdgeCases();
    return Combinators.combine(directories(), years(), tasks, targets().list().ofMaxSize(4), body)
        .as((directory, year, sketches, targets, b) -> plan(directory, year, sketches, targets, b));
  }

  @SuppressWarnings("unchecked")
  private static Plan plan(AgencyDirectory directory, Year year, List<Sketch> sketches, List<Target> targets, List<Object> body) {
    List<Task> tasks = new ArrayList<>();
    sketches.forEach(s -> tasks.add(s.task(directory, year)));
    List<Party> cascadeParties = resolve((List<Integer>) body.get(4), directory);
    return Plan.builder()
        .id("plan-" + year).title("Kế hoạch cải cách hành chính năm " + year).year(year)
        .level(AgencyLevel.PROVINCE).issuer(Party.agency("p")).issuingDocument((Optional<DocumentRef>) body.get(2))
        .legalBases((List<DocumentRef>) body.get(1)).purposes((List<String>) body.get(3)).keyTargets(targets)
        .measures((List<Measure>) body.get(0)).funding((Optional<String>) body.get(5)).tasks(tasks)
        .addCascade(CascadeRequirement.of(cascadeParties, Timeframe.before(year.atDay(25)), "Kế hoạch năm " + year))
        .reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10)))
        .addResponsibility(Responsibility.of(Party.agency("p"), List.of(ReformArea.DIRECTION), List.of("Chủ trì")))
        .directory(directory).build();
  }

  /**
   * Complete, consistent plans, the kind the rules find nothing wrong with: issued on 29 December
   * of the year before, every leaf row numbered in sequence, naming its lead and a different
   * coordinator by agency, a product and a timeframe within the plan year; every reform area has a
   * row and a responsible agency; key targets of the recurring indicators.
   *
   * @return the plans
   */
  public static Arbitrary<Plan> consistentPlans() {
    // Edge cases at both ends of each size only: 32 of them, fewer than a property's tries, where
    // every combination of every integer's edge cases made 243 and a warning in users' builds.
    return Combinators.combine(years().edgeCases(c -> c.includeOnly(Year.of(2015), Year.of(2035))),
            Arbitraries.integers().between(2, 5).edgeCases(c -> c.includeOnly(2, 5)),
            Arbitraries.integers().between(0, 3).edgeCases(c -> c.includeOnly(0, 3)),
            Arbitraries.integers().between(0, 3).edgeCases(c -> c.includeOnly(0, 3)),
            Arbitraries.integers().between(1, 3).edgeCases(c -> c.includeOnly(1, 3)))
        .as(CchcArbitraries::consistentPlan);
  }

  static Plan consistentPlan(Year year, int departments, int districts, int communes, int tasksPerArea) {
    AgencyDirectory directory = directory(departments, districts, communes);
    List<Task> tasks = new ArrayList<>();
    int number = 1;
    for (ReformArea area : ReformArea.values()) {
      for (int i = 0; i < tasksPerArea; i++, number++) {
        String lead = "p.d" + (number % departments);
        String coordinator = "p.d" + ((number + 1) % departments);
        Timeframe timeframe = switch (number % 4) {
          case 0 -> Timeframe.ofYear(year);
          case 1 -> Timeframe.ofQuarter(year, 1 + number % 4);
          case 2 -> Timeframe.ofMonth(year.atMonth(1 + number % 12));
          default -> Timeframe.before(year.atMonth(12).atDay(31));
        };
        tasks.add(Task.builder().number(Integer.toString(number)).content("Nhiệm vụ " + number + " " + area.vietnameseName())
            .area(area).addLead(Party.agency(lead)).addCoordinator(Party.agency(coordinator)).timeframe(timeframe)
            .addProduct(Product.of("Báo cáo kết quả nhiệm vụ " + number)).build());
      }
    }
    return Plan.builder().id("consistent-" + year).title("Kế hoạch cải cách hành chính năm " + year).year(year)
        .level(AgencyLevel.PROVINCE).issuer(Party.agency("p"))
        .issuingDocument(DocumentRef.of(DocumentType.DECISION, Optional.of("1/QĐ-UBND"),
            Optional.of(LocalDate.of(year.getValue() - 1, 12, 29))))
        .addLegalBases(DocumentRef.of(DocumentType.RESOLUTION, Optional.of("1/NQ-CP"),
            Optional.of(LocalDate.of(year.getValue() - 1, 1, 15))))
        .addKeyTarget(Target.of(Target.Comparison.EQUAL, BigDecimal.valueOf(100), Target.Unit.PERCENT)
            .withIndicator(Indicator.PLAN_TASKS_COMPLETED).withLabel("II.1"))
        .addKeyTarget(Target.of(Target.Comparison.GREATER_THAN, BigDecimal.valueOf(95), Target.Unit.PERCENT)
            .withIndicator(Indicator.DOSSIERS_ON_TIME).withLabel("II.2"))
        .reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10)))
        .addResponsibility(Responsibility.of(Party.agency("p.d0"), List.of(ReformArea.values()), List.of("Chủ trì")))
        .tasks(tasks).directory(directory).build();
  }

  /**
   * Agencies of a generated directory, with their parent links over time.
   *
   * @return the agencies
   */
  public static Arbitrary<Agency> agencies() {
    return directories().flatMap(d -> Arbitraries.of(d.agencies()));
  }

  /**
   * Agency groups, by rule or by members.
   *
   * @return the groups
   */
  public static Arbitrary<AgencyGroup> agencyGroups() {
    Arbitrary<AgencyGroup> byRule = directories().flatMap(d -> Arbitraries.of(d.groups()));
    Arbitrary<AgencyGroup> byMembers = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            vietnameseText(), Arbitraries.of("p", "p.d0", "p.h1").list().ofMinSize(1).ofMaxSize(3).uniqueElements())
        .as((id, name, members) -> AgencyGroup.builder().id("g." + id).name(name).memberIds(members).build());
    return Arbitraries.oneOf(byRule, byMembers);
  }

  /**
   * Parties of every kind, named ones in Vietnamese with and without diacritics.
   *
   * @return the parties
   */
  public static Arbitrary<Party> parties() {
    return Arbitraries.oneOf(parties(directory(2, 1, 1)), vietnameseText().map(Party::named));
  }

  /**
   * Baselines with and without a value.
   *
   * @return the baselines
   */
  public static Arbitrary<Baseline> baselines() {
    return Combinators.combine(years(), Arbitraries.integers().between(0, 100_000).map(BigDecimal::valueOf).optional())
        .as((y, v) -> v.map(value -> Baseline.of(y, value)).orElseGet(() -> Baseline.of(y)));
  }

  /**
   * The built-in indicators and user-defined ones.
   *
   * @return the indicators
   */
  public static Arbitrary<Indicator> indicators() {
    Arbitrary<Indicator> own = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12),
            vietnameseText(), Arbitraries.of(Target.Unit.class), Arbitraries.of(Indicator.Direction.class))
        .as((id, name, unit, direction) -> Indicator.of(id, name, withoutDiacritics(name), unit, direction));
    return Arbitraries.oneOf(Arbitraries.of(Indicator.builtIns()), own);
  }

  /**
   * Responsibilities of an agency for areas.
   *
   * @return the responsibilities
   */
  public static Arbitrary<Responsibility> responsibilities() {
    return Combinators.combine(parties(), Arbitraries.of(ReformArea.class).set().ofMaxSize(3), vietnameseText().list().ofMaxSize(3))
        .as((party, areas, duties) -> Responsibility.of(party, List.copyOf(new java.util.TreeSet<>(areas)), duties));
  }

  /**
   * Orders to issue subordinate plans.
   *
   * @return the requirements
   */
  public static Arbitrary<CascadeRequirement> cascadeRequirements() {
    return Combinators.combine(parties().list().ofMinSize(1).ofMaxSize(3), timeframes(), products())
        .as((parties, timeframe, product) -> CascadeRequirement.of(parties, timeframe, product.text()));
  }

  /**
   * Reporting schedules: the usual quarterly one with varied days, or any set of one report per quarter.
   *
   * @return the schedules
   */
  public static Arbitrary<ReportingSchedule> reportingSchedules() {
    Arbitrary<ReportingSchedule> usual = Combinators.combine(Arbitraries.integers().between(1, 31),
            Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 31))
        .as((day, june, december) -> ReportingSchedule.quarterly(day, MonthDay.of(6, june), MonthDay.of(12, december)));
    Arbitrary<ReportingSchedule> any = Arbitraries.integers().between(1, 4).set().ofMaxSize(4).flatMap(quarters ->
        Combinators.combine(Arbitraries.of(ReportRequirement.Kind.class), Arbitraries.integers().between(1, 28))
            .as((kind, day) -> kind).list().ofSize(quarters.size()).map(kinds -> {
              List<ReportRequirement> requirements = new ArrayList<>();
              int i = 0;
              for (int q : new java.util.TreeSet<>(quarters)) {
                requirements.add(ReportRequirement.beforeDayOfLastMonth(kinds.get(i++), q, 10));
              }
              return ReportingSchedule.of(requirements);
            }));
    return Arbitraries.oneOf(usual, any);
  }

  /**
   * Dossiers of 2024: every channel and outcome, pending or ended early, on time or late, with
   * pauses, and about one in fifty with contradictory dates (ended before received).
   *
   * @return the dossiers
   */
  public static Arbitrary<Dossier> dossiers() {
    Arbitrary<java.time.LocalDateTime> received = Arbitraries.integers().between(0, 365 * 24 * 2)
        .map(h -> java.time.LocalDateTime.of(2024, 1, 1, 7, 30).plusMinutes(h * 30L));
    return Combinators.combine(Arbitraries.strings().numeric().ofLength(8), received, Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(-5, 60).optional(0.8), Arbitraries.of(Dossier.Outcome.class),
            Arbitraries.of(Dossier.Channel.class), Arbitraries.integers().between(0, 15),
            Arbitraries.integers().between(0, 15))
        .as((id, in, days, endAfter, outcome, channel, flags, pause) -> {
          java.time.LocalDateTime due = in.toLocalDate().plusDays(days).atTime(java.time.LocalTime.MAX);
          Dossier.Builder b = Dossier.builder().id("D" + id).procedureCode("1.00" + (flags % 4)).agencyId("p.d" + (flags % 3))
              .channel(channel).received(in).due(due).fullyOnline((flags & 1) != 0).paidOnline((flags & 2) != 0)
              .electronicResult((flags & 4) != 0).digitised((flags & 8) != 0);
          if (endAfter.isPresent()) {
            java.time.LocalDateTime end = endAfter.get() == -5 ? in.minusDays(1) : in.plusDays(Math.max(0, endAfter.get()));
            b.ended(end).outcome(outcome);
            if (pause > 10 && endAfter.get() > 2) {
              b.addPause(new Dossier.Pause(in.plusDays(1), in.plusDays(2)));
            }
          }
          return b.build();
        });
  }

  // ------------------------------------------------------------------ scorecards

  /**
   * Criteria trees two levels deep with figures that may be absent.
   *
   * @return the criteria
   */
  public static Arbitrary<Criterion> criteria() {
    Arbitrary<Optional<BigDecimal>> points =
        Arbitraries.integers().between(0, 400).map(i -> BigDecimal.valueOf(i, 1)).optional();
    Arbitrary<Criterion> leaf = Combinators.combine(Arbitraries.of("1.1", "1.2", "2.3").optional(), vietnameseText(),
        points, points, points).as((code, name, max, achieved, deducted) -> Criterion.builder().code(code).name(name)
            .maximum(max).achieved(achieved).deducted(deducted).build());
    return Combinators.combine(leaf, leaf.list().ofMaxSize(4))
        .as((parent, children) -> Criterion.builder().from(parent).children(children).build());
  }

  /**
   * Scorecards of every index.
   *
   * @return the scorecards
   */
  public static Arbitrary<Scorecard> scorecards() {
    return Combinators.combine(Arbitraries.of(Scorecard.Index.class), years(), criteria().list().ofMaxSize(4),
            Arbitraries.integers().between(1, 63).optional(), Arbitraries.of("A", "B", "nhóm cao nhất").optional())
        .as((index, year, criteria, rank, group) -> Scorecard.builder().index(index).subject(Party.named("Hải Phòng"))
            .year(year).criteria(criteria).rank(rank).rankOutOf(rank.map(r -> 63)).group(group).build());
  }
}
