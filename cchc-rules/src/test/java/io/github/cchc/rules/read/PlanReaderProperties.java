package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Measure;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Plans written from generated parts the way communes write them (per area "a) Chỉ tiêu" and "b)
 * Nhiệm vụ" lists, deadlines in the measures' sentences, with or without diacritics) read back to
 * those parts; and any text at all reads to a plan or to an error that says why not.
 */
class PlanReaderProperties {
  private static final List<String> SUBJECTS = List.of("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn",
      "Tỷ lệ văn bản được gửi nhận dưới dạng điện tử", "Tỷ lệ cán bộ, công chức được bồi dưỡng",
      "Tỷ lệ thủ tục hành chính được công khai đầy đủ");
  private static final List<String> WORDS = List.of("rà soát", "công khai", "văn bản", "hồ sơ", "thủ tục", "cán bộ",
      "công chức", "tuyên truyền", "bộ phận một cửa", "hướng dẫn", "cập nhật", "dữ liệu", "người dân", "thôn");

  /** A target as written, and the comparison and threshold it states. */
  record WrittenTarget(String sentence, Target.Comparison comparison, int threshold) {}

  /** A measure as written, and its deadline if it gives one. */
  record WrittenMeasure(String sentence, Optional<LocalDate> deadline) {}

  /** An area's lists. */
  record WrittenArea(ReformArea area, List<WrittenTarget> targets, List<WrittenMeasure> measures) {}

  /** A plan as written. */
  record WrittenPlan(int year, String commune, List<WrittenArea> areas, boolean stripped) {
    String text() {
      StringBuilder s = new StringBuilder();
      s.append("ỦY BAN NHÂN DÂN XÃ ").append(commune.toUpperCase(java.util.Locale.ROOT)).append("\n\nSố: 5/KH-UBND\n\n")
          .append(commune).append(", ngày 10 tháng 01 năm ").append(year).append("\n\nKẾ HOẠCH\n")
          .append("\nCải cách hành chính xã ").append(commune).append(" năm ").append(year).append("\n\n")
          .append("Căn cứ Kế hoạch số 100/KH-UBND ngày 20/12/").append(year - 1).append(" của Ủy ban nhân dân huyện;\n\n")
          .append("I. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\n\n");
      for (int i = 0; i < areas.size(); i++) {
        WrittenArea a = areas.get(i);
        s.append(i + 1).append(". ").append(a.area().vietnameseName()).append("\n\na) Chỉ tiêu\n\n");
        a.targets().forEach(t -> s.append("- ").append(t.sentence()).append("\n\n"));
        s.append("b) Nhiệm vụ\n\n");
        a.measures().forEach(m -> s.append("- ").append(m.sentence()).append("\n\n"));
      }
      s.append("II. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Văn phòng - Thống kê: Theo dõi, đôn đốc thực hiện Kế hoạch.\n");
      return stripped ? strip(s.toString()) : s.toString();
    }
  }

  static String strip(String text) {
    String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "");
  }

  @Provide
  Arbitrary<WrittenPlan> plans() {
    Arbitrary<WrittenTarget> target = Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(10, 99)).as((subject, form, n) -> switch (form) {
          case 0 -> new WrittenTarget(subject + " đạt trên " + n + "%.", Target.Comparison.GREATER_THAN, n);
          case 1 -> new WrittenTarget(subject + " đạt tối thiểu " + n + "%.", Target.Comparison.AT_LEAST, n);
          case 2 -> new WrittenTarget(subject + " đạt " + n + "% trở lên.", Target.Comparison.AT_LEAST, n);
          case 3 -> new WrittenTarget(subject + " đạt tối đa " + n + "%.", Target.Comparison.AT_MOST, n);
          default -> new WrittenTarget("100% " + subject.substring("Tỷ lệ ".length()) + ".", Target.Comparison.EQUAL, 100);
        });
    Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(8)
        .map(w -> Character.toUpperCase(String.join(" ", w).charAt(0)) + String.join(" ", w).substring(1));
    Arbitrary<Integer> year = Arbitraries.integers().between(2021, 2030);
    return year.flatMap(y -> {
      Arbitrary<WrittenMeasure> measure = Combinators.combine(sentence,
          Arbitraries.integers().between(1, 12).optional(0.5), Arbitraries.integers().between(1, 28))
          .as((text, month, day) -> month.isEmpty() ? new WrittenMeasure(text + ".", Optional.empty())
              : new WrittenMeasure(text + ", hoàn thành trước ngày " + day + "/" + month.get() + "/" + y + ".",
                  Optional.of(LocalDate.of(y, month.get(), day).minusDays(1))));
      Arbitrary<WrittenArea> area = Combinators.combine(Arbitraries.of(ReformArea.values()),
          target.list().ofMinSize(1).ofMaxSize(3), measure.list().ofMinSize(1).ofMaxSize(3)).as(WrittenArea::new);
      return Combinators.combine(Arbitraries.of("Tân Lập", "Hòa Bình", "Đông Xuân", "Yên Phú"),
          area.list().ofMinSize(1).ofMaxSize(4).uniqueElements(WrittenArea::area), Arbitraries.of(true, false))
          .as((commune, areas, stripped) -> new WrittenPlan(y, commune, areas, stripped));
    });
  }

  @Property(tries = 150)
  void aWrittenPlanReadsBackToItsParts(@ForAll("plans") WrittenPlan written) {
    PlanReading reading = PlanReader.builder().build().read(written.text());
    Plan plan = reading.plan().orElseThrow(() -> new AssertionError(reading.report().findings() + "\n" + written.text()));
    assertEquals(Year.of(written.year()), plan.year());
    List<Target> targets = plan.keyTargets();
    List<WrittenTarget> expected = written.areas().stream().flatMap(a -> a.targets().stream()).toList();
    assertEquals(expected.size(), targets.size(), written.text());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).comparison(), targets.get(i).comparison(), expected.get(i).sentence());
      assertEquals(0, BigDecimal.valueOf(expected.get(i).threshold()).compareTo(targets.get(i).threshold().orElseThrow()));
    }
    List<Measure> measures = plan.measures();
    List<WrittenMeasure> expectedMeasures = new ArrayList<>();
    List<ReformArea> expectedAreas = new ArrayList<>();
    for (WrittenArea a : written.areas()) {
      expectedMeasures.addAll(a.measures());
      a.measures().forEach(m -> expectedAreas.add(a.area()));
    }
    assertEquals(expectedMeasures.size(), measures.size(), written.text());
    for (int i = 0; i < measures.size(); i++) {
      assertEquals(expectedAreas.get(i), measures.get(i).area(), measures.get(i).text());
      String sentence = written.stripped() ? strip(expectedMeasures.get(i).sentence()) : expectedMeasures.get(i).sentence();
      assertEquals(sentence, measures.get(i).text());
      assertEquals(expectedMeasures.get(i).deadline(), measures.get(i).timeframe().flatMap(t -> t.dueDate()));
    }
    long dated = expectedMeasures.stream().filter(m -> m.deadline().isPresent()).count();
    assertEquals(dated, plan.trackedItems().size(), "every dated measure is tracked, and nothing else");
    assertEquals(plan, CchcJson.readPlan(CchcJson.writePlan(plan)), "what cchc writes, it reads back");
  }

  @Property(tries = 300)
  void anyTextReadsToAPlanOrSaysWhyNot(@ForAll("texts") String text) {
    PlanReading reading = PlanReader.builder().build().read(text);
    if (reading.plan().isEmpty()) {
      List<Finding> errors = reading.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      assertEquals(1, errors.size(), reading.report().findings().toString());
      assertTrue(errors.get(0).code().startsWith("READ_"), errors.get(0).code());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
        Arbitraries.of("KẾ HOẠCH", "Cải cách hành chính năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "a) Chỉ tiêu",
            "- Trên 98% hồ sơ", "1. Cải cách thể chế", "Số: 1/KH-UBND", "ỦY BAN NHÂN DÂN XÃ A", "b) Nhiệm vụ:", "\t",
            "III. KINH PHÍ", "- 150% thủ tục", "báo cáo quý trước ngày 40 tháng cuối quý", "trước ngày 31/02/2024", ""));
    return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
  }
}
