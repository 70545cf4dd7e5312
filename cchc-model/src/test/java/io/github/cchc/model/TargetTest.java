package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Targets as seed 002 (Hải Phòng 2024) states them, §II and the appendix rows. */
class TargetTest {
  static final String II_1 = "Trong năm 2024, phấn đấu Hải Phòng tiếp tục là một trong các địa phương đạt thứ hạng cao "
      + "nhất về Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân, tổ chức với sự phục vụ của cơ "
      + "quan hành chính Nhà nước (SIPAS), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).";
  static final String II_2 = "Hoàn thành 100% nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao đảm bảo tiến độ, chất lượng.";
  static final String II_3 = "Hoàn thành, đảm bảo tiến độ, chất lượng 100% nhiệm vụ cụ thể trong Kế hoạch cải cách hành "
      + "chính năm 2024 của thành phố, Kế hoạch cải cách hành chính của các cơ quan, đơn vị, địa phương.";
  static final String II_4 = "Thực hiện kiểm tra định kỳ và đột xuất tối thiểu 30% cơ quan chuyên môn thuộc Ủy ban nhân "
      + "dân thành phố, Ủy ban nhân dân quận, huyện; các ngành, các cấp phải tự kiểm tra công tác cải cách hành chính tại "
      + "cơ quan, đơn vị mình (tối thiểu 30% số cơ quan, đơn vị thuộc và trực thuộc).";
  static final String II_5 = "100% hồ sơ thủ tục hành chính khi tiếp nhận, giải quyết tại các cơ quan, đơn vị, địa phương "
      + "được theo dõi trạng thái xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, đồng bộ với "
      + "Cổng Dịch vụ công quốc gia để người dân, doanh nghiệp có thể giám sát, đánh giá trong quá trình thực hiện.";
  static final String II_6 = "Tỷ lệ hồ sơ TTHC do các cơ quan, đơn vị, địa phương tiếp nhận trong năm được giải quyết "
      + "trước và đúng hạn đạt trên 95%; mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính "
      + "đạt 90% trở lên.";

  @Test
  void aDamagedCountAtTheStartOfAClauseIsNoTargetAndNoCrash() {
    // Found by PlanReaderProperties on a random seed: a figure and a damaged unit word with nothing before them.
    assertEquals(List.of(), Target.parseAll("02 ddt"));
    assertEquals(List.of(), Target.parseAll(" 02 ddt"));
  }

  @Test
  void readsTheEightStatementsOfSectionTwo() {
    List<Target> ii1 = Target.parseAll(II_1);
    assertEquals(1, ii1.size());
    assertEquals(Target.Kind.RANK, ii1.get(0).kind());
    assertTrue(ii1.get(0).position().orElseThrow().contains("thứ hạng cao nhất"));

    assertLevel(Target.parseAll(II_2), Target.Comparison.EQUAL, "100");
    assertLevel(Target.parseAll(II_3), Target.Comparison.EQUAL, "100");
    assertLevel(Target.parseAll(II_4), Target.Comparison.AT_LEAST, "30", Target.Comparison.AT_LEAST, "30");
    assertLevel(Target.parseAll(II_5), Target.Comparison.EQUAL, "100");
    List<Target> ii6 = Target.parseAll(II_6);
    assertLevel(ii6, Target.Comparison.GREATER_THAN, "95", Target.Comparison.AT_LEAST, "90");
    assertTrue(ii6.get(0).text().startsWith("Tỷ lệ hồ sơ TTHC"), ii6.get(0).text());
    assertTrue(ii6.get(1).text().startsWith("mức độ hài lòng"), ii6.get(1).text());

    int statements = 0;
    for (String s : List.of(II_1, II_2, II_3, II_4, II_5, II_6)) {
      statements += Target.parseAll(s).size();
    }
    assertEquals(8, statements);
  }

  @Test
  void readsSectionTwoWithoutDiacritics() {
    for (String s : List.of(II_1, II_2, II_3, II_4, II_5, II_6)) {
      List<Target> clean = Target.parseAll(s);
      List<Target> ocr = Target.parseAll(TimeframeTest.stripDiacritics(s));
      assertEquals(clean.size(), ocr.size(), s);
      for (int i = 0; i < clean.size(); i++) {
        if (clean.get(i).kind() != Target.Kind.RANK) {
          assertEquals(clean.get(i), ocr.get(i), s);
        }
      }
    }
  }

  @Test
  void readsTheTargetsInsideAppendixRows() {
    List<Target> row22 = Target.parseAll("Tiếp tục rà soát, công bố bổ sung danh mục TTHC nội bộ và rà soát 100% TTHC "
        + "nội bộ thuộc phạm vi quản lý, đề xuất phương án đơn giản hóa, đảm bảo mục tiêu cắt giảm, đơn giản hóa ít nhất "
        + "20% TTHC và cắt giảm ít nhất 20% chi phí tuân thủ TTHC");
    assertLevel(row22.subList(0, 2), Target.Comparison.EQUAL, "100", Target.Comparison.AT_LEAST, "20");
    // "cắt giảm ít nhất 20% chi phí" cuts the cost by a fifth: a change, against no period the row names.
    Target cut = row22.get(2);
    assertEquals(Target.Kind.CHANGE, cut.kind(), cut.text());
    assertEquals(Optional.of(Target.Direction.DECREASE), cut.direction());
    assertEquals(Optional.empty(), cut.baseline());
    assertEquals(Optional.of(Baseline.previousYearOf(Year.of(2024))),
        Target.parseAll(cut.text(), Year.of(2024)).get(2).baseline());

    List<Target> row25 = Target.parseAll("100% TTHC trên địa bàn thành phố có đủ điều kiện, được cung cấp trực tuyến toàn "
        + "trình và được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia. Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình "
        + "trên tổng số hồ sơ đạt tối thiểu 50%");
    assertLevel(row25, Target.Comparison.EQUAL, "100", Target.Comparison.AT_LEAST, "50");

    List<Target> row28 = Target.parseAll("Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt trên 90%; tỷ "
        + "lệ hồ sơ TTHC do các cơ quan, đơn vị, địa phương tiếp nhận trong năm được giải quyết trước và đúng hạn đạt "
        + "trên 90%");
    assertLevel(row28, Target.Comparison.GREATER_THAN, "90", Target.Comparison.GREATER_THAN, "90");

    List<Target> row27 = Target.parseAll("50% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh");
    assertLevel(row27, Target.Comparison.AT_LEAST, "50");

    List<Target> row46 = Target.parseAll("Có thêm ít nhất 01 đơn vị tự đảm bảo từ 70% đến dưới 100% chi thường xuyên, 01 "
        + "đơn vị đảm bảo từ 30% đến dưới 70% đảm bảo chi thường xuyên và 01 đơn vị tự đảm bảo chi từ 10% đến dưới 30% so "
        + "với năm 2023");
    assertEquals(6, row46.size());
    assertEquals(Target.Unit.COUNT, row46.get(0).unit());
    assertEquals(Target.Comparison.AT_LEAST, row46.get(0).comparison());
    assertEquals(0, BigDecimal.ONE.compareTo(row46.get(0).threshold().orElseThrow()));
    assertEquals(Target.band(new BigDecimal("70"), new BigDecimal("100"), Target.Unit.PERCENT), row46.get(1));
    assertEquals(Target.band(new BigDecimal("30"), new BigDecimal("70"), Target.Unit.PERCENT), row46.get(3));
    assertEquals(Target.band(new BigDecimal("10"), new BigDecimal("30"), Target.Unit.PERCENT), row46.get(5));

    Target row47 = Target.parseAll("Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp giảm tối thiểu 10% so với năm 2021").get(0);
    assertEquals(Target.Kind.CHANGE, row47.kind());
    assertEquals(Optional.of(Target.Direction.DECREASE), row47.direction());
    assertEquals(Optional.of(Baseline.of(Year.of(2021))), row47.baseline());
    assertEquals(Target.Comparison.AT_LEAST, row47.comparison());

    Target row48 = Target.parseAll("Thực hiện giải ngân kế hoạch đầu tư ngân sách nhà nước đạt tối thiểu 95% kế hoạch Thủ "
        + "tướng Chính phủ giao").get(0);
    assertEquals(Target.Unit.PERCENT_OF_PLAN, row48.unit());
  }

  @Test
  void readsTheOtherComparisonsOfDomainSectionThree() {
    assertEquals(Target.Comparison.AT_MOST, Target.parseAll("thời gian chờ tối đa 30 phút").get(0).comparison());
    assertEquals(Target.Unit.MINUTES, Target.parseAll("thời gian chờ tối đa 30 phút").get(0).unit());
    assertEquals(Target.Comparison.AT_MOST, Target.parseAll("không quá 15 phút").get(0).comparison());
    assertEquals(Target.Comparison.AT_LEAST, Target.parseAll("đạt từ 98% trở lên").get(0).comparison());
    assertEquals(Target.Comparison.AT_LEAST, Target.parseAll("70% hồ sơ được số hóa").get(0).comparison());
    Target increase = Target.parseAll("Chỉ số SIPAS tăng so với năm 2021").get(0);
    assertEquals(Target.Kind.CHANGE, increase.kind());
    assertEquals(Optional.of(Target.Direction.INCREASE), increase.direction());
    assertEquals(Target.Kind.RANK,
        Target.parseAll("duy trì Chỉ số PAR Index trong nhóm các địa phương dẫn đầu").get(0).kind());
    assertEquals(List.of(), Target.parseAll("Tăng cường kỷ luật, kỷ cương hành chính."));
  }

  /** A comparison a scan damaged is read as stated, not left to the bare figure's default (issue 15). */
  @Test
  void readsComparisonsAScanDamaged() {
    // As seed 000 prints "tối thiểu" and "tối đa", and as a worse scan would.
    assertLevel(Target.parseAll("Téi thiéu 30% sé, ban, nganh, UBND quén, huyén"), Target.Comparison.AT_LEAST, "30");
    assertLevel(Target.parseAll("T4i thidu 30% UBND x4, phudng, thj trin"), Target.Comparison.AT_LEAST, "30");
    assertLevel(Target.parseAll("ty 1€ hd so tdi da 5%"), Target.Comparison.AT_MOST, "5");
    assertLevel(Target.parseAll("ty le hai long khéng dudi 90%"), Target.Comparison.AT_LEAST, "90");
    // 100 % with no comparison stays "all", and a word near none of the comparisons changes nothing.
    assertLevel(Target.parseAll("100% hd so dugc cong khai"), Target.Comparison.EQUAL, "100");
    assertLevel(Target.parseAll("tai lieu 100% hd so"), Target.Comparison.EQUAL, "100");
  }

  @Test
  void evaluatesFollowingTheComparisonExactly() {
    Target above95 = Target.parseAll("đạt trên 95%").get(0);
    assertEquals(Target.Outcome.NOT_MET, above95.evaluate(new BigDecimal("95")));
    assertEquals(Target.Outcome.MET, above95.evaluate(new BigDecimal("95.01")));
    Target atLeast95 = Target.parseAll("đạt tối thiểu 95%").get(0);
    assertEquals(Target.Outcome.MET, atLeast95.evaluate(new BigDecimal("95.0")));
    Target band = Target.band(new BigDecimal("70"), new BigDecimal("100"), Target.Unit.PERCENT);
    assertEquals(Target.Outcome.MET, band.evaluate(new BigDecimal("70")));
    assertEquals(Target.Outcome.NOT_MET, band.evaluate(new BigDecimal("100")));
    Target all = Target.parseAll("hoàn thành 100% nhiệm vụ").get(0);
    assertEquals(Target.Outcome.NOT_MET, all.evaluate(new BigDecimal("99.9")));
    assertEquals(Target.Outcome.MET, all.evaluate(new BigDecimal("100")));
    Target wait = Target.parseAll("tối đa 30 phút").get(0);
    assertEquals(Target.Outcome.MET, wait.evaluate(new BigDecimal("30")));
    assertEquals(Target.Outcome.NOT_MET, wait.evaluate(new BigDecimal("31")));

    Target cut = Target.parseAll("giảm tối thiểu 10% so với năm 2021").get(0);
    assertEquals(Target.Outcome.NO_DATA, cut.evaluate(new BigDecimal("80")));
    Target withBase = Target.builder().from(cut).baseline(Baseline.of(Year.of(2021), new BigDecimal("200"))).build();
    assertEquals(Target.Outcome.MET, withBase.evaluate(new BigDecimal("180")));
    assertEquals(Target.Outcome.NOT_MET, withBase.evaluate(new BigDecimal("181")));
    assertEquals(Target.Outcome.NOT_MEASURABLE, Target.parseAll(II_1).get(0).evaluate(BigDecimal.ONE));
  }

  @Test
  void constructionRejectsMalformedTargetsNamingTheValue() {
    MalformedValueException share = assertThrows(MalformedValueException.class,
        () -> Target.of(Target.Comparison.AT_LEAST, new BigDecimal("120"), Target.Unit.PERCENT));
    assertTrue(share.getMessage().contains("threshold is a share and must be 0 to 100%, was 120%"), share.getMessage());
    Target overPlan = Target.of(Target.Comparison.AT_LEAST, new BigDecimal("120"), Target.Unit.PERCENT_OF_PLAN);
    assertEquals(Target.Outcome.MET, overPlan.evaluate(new BigDecimal("121")));
    MalformedValueException negative = assertThrows(MalformedValueException.class,
        () -> Target.of(Target.Comparison.AT_LEAST, new BigDecimal("-1"), Target.Unit.COUNT));
    assertTrue(negative.getMessage().contains("must not be negative, was -1"), negative.getMessage());
    MalformedValueException band = assertThrows(MalformedValueException.class,
        () -> Target.band(new BigDecimal("70"), new BigDecimal("30"), Target.Unit.PERCENT));
    assertTrue(band.getMessage().contains("upper bound 30 is not above its lower bound 70"), band.getMessage());
    MalformedValueException count = assertThrows(MalformedValueException.class,
        () -> Target.of(Target.Comparison.AT_LEAST, new BigDecimal("1.5"), Target.Unit.COUNT));
    assertTrue(count.getMessage().contains("must be an integer, was 1.5"), count.getMessage());
  }

  @Test
  void thresholdsAreEqualWhateverTheirScale() {
    assertEquals(Target.of(Target.Comparison.AT_LEAST, new BigDecimal("95.0"), Target.Unit.PERCENT),
        Target.of(Target.Comparison.AT_LEAST, new BigDecimal("95"), Target.Unit.PERCENT));
    assertEquals(Target.parseAll("đạt tối thiểu 95,5%").get(0).threshold(), Optional.of(new BigDecimal("95.5")));
  }

  private static void assertLevel(List<Target> targets, Object... expected) {
    assertEquals(expected.length / 2, targets.size(), targets.toString());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      assertEquals(Target.Kind.LEVEL, t.kind(), t.text());
      assertEquals(expected[2 * i], t.comparison(), t.text());
      assertEquals(0, new BigDecimal((String) expected[2 * i + 1]).compareTo(t.threshold().orElseThrow()), t.text());
    }
  }
}
