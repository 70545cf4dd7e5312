package io.github.cchc.examples;

import io.github.cchc.model.Criterion;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.Programme;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.model.calendar.ProcessingTime;
import io.github.cchc.model.calendar.WorkingCalendar;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.stats.DateRange;
import io.github.cchc.rules.stats.DossierStatistics;
import io.github.cchc.rules.stats.OnTimeDefinition;
import io.github.cchc.rules.status.Measurement;
import io.github.cchc.rules.status.PlanDiff;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.ProgressSnapshot;
import io.github.cchc.rules.status.TaskProgress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Writes the data files of {@code cchc-examples/data}: the real plans (Hải Phòng 2024 and 2022, Hải
 * Dương 2023) in cchc's JSON format, the 2024 plan's directory and its task table as the published
 * text gives it (tab-separated), and, for demonstrations, progress, dossiers and scorecards that are SYNTHETIC — generated
 * with fixed seeds, not real figures — and named so.
 *
 * <p>Usage: {@code SyntheticData DIRECTORY}. A test checks that the committed files are what this
 * writes.
 */
public final class SyntheticData {
  /** The date the synthetic progress describes. */
  static final LocalDate PROGRESS_AS_OF = LocalDate.of(2024, 6, 30);

  private SyntheticData() {}

  /**
   * Writes the files.
   *
   * @param args the directory to write to
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "cchc-examples/data");
    Files.createDirectories(dir);
    for (var e : files().entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
  }

  static java.util.Map<String, String> files() {
    Plan plan = BundledPlan.HAI_PHONG_2024.plan();
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put("hai-phong-2024.json", CchcJson.writePlan(plan) + "\n");
    files.put("hai-phong-2024.tasks.tsv", BundledPlan.HAI_PHONG_2024.tableRows().stream()
        .map(row -> String.join("\t", row) + "\n").collect(java.util.stream.Collectors.joining()));
    files.put("hai-phong-2022.json", CchcJson.writePlan(BundledPlan.HAI_PHONG_2022.plan()) + "\n");
    files.put("hai-duong-2023.json", CchcJson.writePlan(BundledPlan.HAI_DUONG_2023.plan()) + "\n");
    files.put("hai-phong-2024.progress.synthetic.json", CchcJson.write(progress(plan)) + "\n");
    files.put("hai-phong-2024.amendment.synthetic.json", CchcJson.writePlan(amendment(plan)) + "\n");
    PlanRevisions revisions = revisions(plan);
    files.put("hai-phong-2024.revisions.synthetic.json",
        ReportJson.write(revisions, java.util.Locale.forLanguageTag("vi")) + "\n");
    for (ProgressSnapshot month : monthlyProgress(revisions, new Random(2024_12))) {
      files.put("hai-phong-2024.history.synthetic/" + month.asOf() + ".json", CchcJson.write(month) + "\n");
    }
    String dossiers = dossiers(2000);
    files.put("dossiers-2024.synthetic.jsonl", dossiers);
    files.put("hai-phong-2024.measurements.synthetic.json", CchcJson.write(measurements(plan.year(), dossiers,
        new Random(2024_06))) + "\n");
    files.put("programme-2021-2030.synthetic.json", CchcJson.write(programme()) + "\n");
    files.put("programme-2021-2030.results.synthetic.json", CchcJson.write(programmeResults(new Random(2030))) + "\n");
    Scorecard par2022 = par(Year.of(2022), new Random(2022));
    files.put("par-index-2022.synthetic.json", CchcJson.writeScorecard(par2022) + "\n");
    files.put("par-index-2023.synthetic.json", CchcJson.writeScorecard(withChanges(par(Year.of(2023), new Random(2023)),
        par2022)) + "\n");
    return files;
  }

  /**
   * A SYNTHETIC amendment of a plan, as a later decision (sửa đổi, bổ sung) makes one: a task
   * dropped, one re-dated to the fourth quarter, one re-assigned to another task's lead, one added,
   * and the first key target with a threshold raised. Chosen by position, so any plan will do.
   */
  static Plan amendment(Plan plan) {
    List<Task> tasks = new ArrayList<>(plan.tasks());
    tasks.remove(tasks.size() / 3);
    int redated = tasks.size() / 2;
    Timeframe q4 = Timeframe.ofQuarter(plan.year(), 4);
    Task r = tasks.get(redated);
    tasks.set(redated, Task.builder().from(r).timeframe(q4.equals(r.timeframe().orElse(null))
        ? Timeframe.ofQuarter(plan.year(), 3) : q4).build());
    int reassigned = tasks.size() / 4;
    Task moved = tasks.get(reassigned);
    tasks.stream().map(Task::leads).filter(l -> !l.isEmpty() && !l.equals(moved.leads())).findFirst()
        .ifPresent(leads -> tasks.set(reassigned, Task.builder().from(moved).leads(leads).build()));
    int next = tasks.stream().map(Task::number).flatMap(Optional::stream).filter(n -> n.matches("\\d+"))
        .mapToInt(Integer::parseInt).max().orElse(0) + 1;
    tasks.add(Task.builder().number(Integer.toString(next))
        .content("Rà soát, cập nhật các nhiệm vụ của kế hoạch sau khi sửa đổi, bổ sung (nhiệm vụ tổng hợp)")
        .leads(tasks.isEmpty() ? List.of() : tasks.get(0).leads()).timeframe(q4)
        .addProduct(Product.of("Báo cáo kết quả rà soát")).build());
    List<Target> targets = new ArrayList<>(plan.keyTargets());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (t.kind() == Target.Kind.LEVEL && t.threshold().filter(v -> v.compareTo(BigDecimal.valueOf(99)) <= 0).isPresent()) {
        BigDecimal raised = t.threshold().get().add(BigDecimal.ONE);
        targets.set(i, Target.builder().from(t).threshold(raised).build());
        break;
      }
    }
    return Plan.builder().from(plan).id(plan.id() + "-sua-doi").title(plan.title() + " (sửa đổi, bổ sung)")
        .tasks(tasks).keyTargets(targets).build();
  }

  /** The day the SYNTHETIC amendment takes effect. */
  static final LocalDate AMENDED_FROM = LocalDate.of(2024, 7, 1);

  /** The plan and its SYNTHETIC amendment, in force from July, by a made-up decision. */
  static PlanRevisions revisions(Plan plan) {
    DocumentRef decision = DocumentRef.of(DocumentType.DECISION, Optional.of("1234/QĐ-UBND"),
        Optional.of(AMENDED_FROM.minusDays(6)));
    return PlanRevisions.of(plan).amend(AMENDED_FROM, decision, amendment(plan));
  }

  /**
   * Twelve SYNTHETIC month-end snapshots of a plan's progress through its revisions, each naming
   * the tasks as the revision in force that month numbers them: each tracked item is done on a day
   * drawn once (most near their deadline, some late, a few never), so that the snapshots follow one
   * course through the year; an item an amendment adds draws its day when it first appears.
   */
  static List<ProgressSnapshot> monthlyProgress(PlanRevisions revisions, Random random) {
    Year year = revisions.original().year();
    // Each item's day, by its pointer in the revision in force; carried across amendments by the
    // tasks' origins, the way PlanHistory follows them.
    java.util.Map<String, Optional<LocalDate>> doneOn = new java.util.HashMap<>();
    int revision = 0;
    List<ProgressSnapshot> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate asOf = year.atMonth(m).atEndOfMonth();
      int now = revisions.revisionOn(asOf);
      for (int r = revision; r < now; r++) {
        PlanDiff changes = revisions.revisions().get(r).changes();
        java.util.Map<String, Optional<LocalDate>> renumbered = new java.util.HashMap<>();
        doneOn.forEach((pointer, day) -> changes.newerPointer(pointer).ifPresent(p -> renumbered.put(p, day)));
        doneOn = renumbered;
      }
      revision = now;
      Plan plan = revisions.inForceOn(asOf);
      PlanStatus planned = PlanStatus.of(plan, ProgressSnapshot.of(year.atDay(1), List.of()));
      List<TaskProgress> progress = new ArrayList<>();
      for (io.github.cchc.rules.status.TaskState s : planned.tasks()) {
        String pointer = s.row().pointer();
        Optional<LocalDate> day = doneOn.computeIfAbsent(pointer, k -> draw(year, s.dueDate(), random));
        Optional<LocalDate> d = day.filter(x -> !x.isAfter(asOf));
        progress.add(d.isPresent() ? TaskProgress.completed(pointer, d.get())
            : TaskProgress.open(pointer, Math.min(95, m * 8)));
      }
      months.add(ProgressSnapshot.of(asOf, progress));
    }
    return months;
  }

  private static Optional<LocalDate> draw(Year year, Optional<LocalDate> dueDate, Random random) {
    LocalDate due = dueDate.orElse(year.atMonth(12).atEndOfMonth());
    double draw = random.nextDouble();
    LocalDate early = due.minusDays(random.nextInt(45));
    return draw < 0.75 ? Optional.of(early.isBefore(year.atDay(1)) ? year.atDay(1) : early)
        : draw < 0.92 ? Optional.of(due.plusDays(1 + random.nextInt(60))) : Optional.empty();
  }

  /**
   * SYNTHETIC measurements of two of the 2024 plan's key targets through the year: the on-time
   * dossier rate year to date at each month end, counted from the synthetic dossiers by the plan's
   * wording, and the satisfaction survey's result at each quarter end, made up.
   */
  static List<Measurement> measurements(Year year, String dossierLines, Random random) {
    List<io.github.cchc.model.Dossier> all;
    try (java.util.stream.Stream<io.github.cchc.model.Dossier> read = CchcJson.readLines(
        new java.io.StringReader(dossierLines), io.github.cchc.model.Dossier.class)) {
      all = read.toList();
    }
    List<Measurement> out = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      DateRange toDate = DateRange.of(year.atDay(1), year.atMonth(m).atEndOfMonth());
      out.add(DossierStatistics.of(all.stream(), toDate).measurement(OnTimeDefinition.PLAN_WORDING,
          io.github.cchc.model.Indicator.DOSSIERS_ON_TIME.id(), Optional.empty()));
    }
    BigDecimal satisfaction = BigDecimal.valueOf(86);
    for (int q = 1; q <= 4; q++) {
      LocalDate end = year.atMonth(3 * q).atEndOfMonth();
      satisfaction = satisfaction.add(BigDecimal.valueOf(random.nextInt(250), 2));
      out.add(Measurement.builder().indicatorId(io.github.cchc.model.Indicator.SATISFACTION.id()).value(satisfaction)
          .periodStart(year.atDay(1)).periodEnd(end).measuredOn(end.plusDays(10)).build());
    }
    return out;
  }

  static ProgressSnapshot progress(Plan plan) {
    return PlanTour.syntheticProgress(plan, PROGRESS_AS_OF);
  }

  /** Dossiers at Hải Phòng's departments in 2024, a few with contradictory dates as real exports have. */
  static String dossiers(int count) {
    Random random = new Random(2024);
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    // Five departments of the bundled plan's directory: the data name no agency themselves.
    String[] agencies = BundledPlan.HAI_PHONG_2024.directory().agencies().stream()
        .filter(a -> a.kind() == io.github.cchc.model.AgencyKind.DEPARTMENT).limit(5).map(a -> a.id()).toArray(String[]::new);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      LocalDateTime received = LocalDateTime.of(2024, 1, 2, 8, 0).plusDays(random.nextInt(360)).plusMinutes(random.nextInt(480));
      LocalDateTime due = calendar.dueDate(received, ProcessingTime.ofWorkingDays(3 + random.nextInt(15)));
      Dossier.Builder d = Dossier.builder().id(String.format("HP-2024-%06d", i)).procedureCode("1.00" + random.nextInt(90))
          .agencyId(agencies[random.nextInt(agencies.length)])
          .channel(Dossier.Channel.values()[random.nextInt(3)]).received(received).due(due)
          .fullyOnline(random.nextInt(3) == 0).paidOnline(random.nextInt(4) == 0).electronicResult(random.nextBoolean())
          .digitised(random.nextInt(5) > 0);
      int draw = random.nextInt(100);
      if (draw < 85) {
        LocalDateTime end = draw < 80 ? due.minusHours(random.nextInt(96)) : due.plusDays(1 + random.nextInt(10));
        if (draw == 0) {
          end = received.minusDays(2);
        }
        d.ended(end.isBefore(received) && draw != 0 ? received.plusHours(1) : end)
            .outcome(draw < 78 ? Dossier.Outcome.RESOLVED : draw < 83 ? Dossier.Outcome.REJECTED : Dossier.Outcome.WITHDRAWN);
      }
      out.append(CchcJson.writeLine(d.build())).append('\n');
    }
    return out.toString();
  }

  /**
   * A SYNTHETIC ten-year programme in two phases, with targets worded as plans word them and figures
   * made up (the seeds cite the national programme but do not print its figures): the dossier rate
   * above the 2024 plan's, so that the plan's own target is weaker; satisfaction at the plan's.
   */
  static Programme programme() {
    return Programme.builder().id("cchc-2021-2030-synthetic")
        .title("Chương trình cải cách hành chính giai đoạn 2021 – 2030 (số liệu giả lập)")
        .addPhases(Programme.Phase.of("Giai đoạn 2021 – 2025", Year.of(2021), Year.of(2025), List.of(
            goal("Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 98%", 2025),
            goal("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%",
                2025))))
        .addPhases(Programme.Phase.of("Giai đoạn 2026 – 2030", Year.of(2026), Year.of(2030), List.of(
            goal("Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn đạt trên 99%", 2030),
            goal("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 95%",
                2030))))
        .build();
  }

  private static Target goal(String sentence, int year) {
    Target t = Target.parseAll(sentence, Year.of(year)).get(0);
    return io.github.cchc.model.Indicator.recognise(sentence).map(t::withIndicator).orElse(t);
  }

  /** SYNTHETIC yearly results of the programme's two indicators, 2021 to 2024, made up. */
  static List<Measurement> programmeResults(Random random) {
    List<Measurement> out = new ArrayList<>();
    BigDecimal dossiers = BigDecimal.valueOf(93);
    BigDecimal satisfaction = BigDecimal.valueOf(84);
    for (int year = 2021; year <= 2024; year++) {
      LocalDate end = Year.of(year).atMonth(12).atEndOfMonth();
      dossiers = dossiers.add(BigDecimal.valueOf(50 + random.nextInt(100), 2));
      satisfaction = satisfaction.add(BigDecimal.valueOf(100 + random.nextInt(150), 2));
      for (var pair : List.of(java.util.Map.entry(io.github.cchc.model.Indicator.DOSSIERS_ON_TIME, dossiers),
          java.util.Map.entry(io.github.cchc.model.Indicator.SATISFACTION, satisfaction))) {
        out.add(Measurement.builder().indicatorId(pair.getKey().id()).value(pair.getValue()).periodStart(Year.of(year).atDay(1))
            .periodEnd(end).measuredOn(end.plusDays(45)).build());
      }
    }
    return out;
  }

  /** The scorecard with each area's change against the previous year printed, as index reports print it. */
  static Scorecard withChanges(Scorecard card, Scorecard previous) {
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < card.criteria().size(); i++) {
      Criterion c = card.criteria().get(i);
      criteria.add(Criterion.builder().from(c)
          .change(c.achieved().orElseThrow().subtract(previous.criteria().get(i).achieved().orElseThrow())).build());
    }
    return Scorecard.builder().from(card).criteria(criteria)
        .totalChange(io.github.cchc.rules.stats.Scorecards.total(card).orElseThrow()
            .subtract(io.github.cchc.rules.stats.Scorecards.total(previous).orElseThrow())).build();
  }

  /** A PAR Index tree with the eight areas of the official criteria and made-up figures. */
  static Scorecard par(Year year, Random random) {
    String[][] areas = {{"1", "Công tác chỉ đạo, điều hành CCHC", "9"}, {"2", "Cải cách thể chế", "8"},
      {"3", "Cải cách thủ tục hành chính", "11"}, {"4", "Cải cách tổ chức bộ máy", "7"},
      {"5", "Cải cách chế độ công vụ", "10.5"}, {"6", "Cải cách tài chính công", "7.5"},
      {"7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "10"},
      {"8", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", "37"}};
    List<Criterion> criteria = new ArrayList<>();
    for (String[] a : areas) {
      BigDecimal max = new BigDecimal(a[2]).setScale(2);
      BigDecimal achieved = max.multiply(BigDecimal.valueOf(80 + random.nextInt(20))).movePointLeft(2)
          .setScale(2, java.math.RoundingMode.HALF_UP);
      criteria.add(Criterion.builder().code(a[0]).name(a[1]).maximum(max).achieved(achieved)
          .deducted(max.subtract(achieved)).build());
    }
    return Scorecard.builder().index(Scorecard.Index.PAR_INDEX).subject(Party.named(BundledPlan.HAI_PHONG_2024.plan().issuer().map(p -> p.printed().orElse(p.ref())).orElseThrow()
        + " (synthetic figures)"))
        .year(year).criteria(criteria).build();
  }
}
