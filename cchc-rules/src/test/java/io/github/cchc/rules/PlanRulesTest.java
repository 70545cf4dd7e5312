package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Areas, targets and citations, on the text of seed 002 (Hải Phòng 2024). */
class PlanRulesTest {
  static final String II_6 = "Tỷ lệ hồ sơ TTHC do các cơ quan, đơn vị, địa phương tiếp nhận trong năm được giải quyết "
      + "trước và đúng hạn đạt trên 95%; mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính "
      + "đạt 90% trở lên.";
  static final String ROW_28 = "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt trên 90%; tỷ lệ hồ sơ "
      + "TTHC do các cơ quan, đơn vị, địa phương tiếp nhận trong năm được giải quyết trước và đúng hạn đạt trên 90%";

  private static List<Target> measured(String sentence, String label, Indicator... indicators) {
    List<Target> read = Target.parseAll(sentence);
    java.util.ArrayList<Target> out = new java.util.ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      out.add(read.get(i).withIndicator(indicators[i]).withLabel(label));
    }
    return out;
  }

  @Test
  void sectionTwoSixAgainstRow28GivesTwoConflicts() {
    Task row28 = Task.builder().from(Seeds.row56()).number("28").content(ROW_28)
        .targets(measured(ROW_28, "28", Indicator.SATISFACTION, Indicator.DOSSIERS_ON_TIME)).build();
    Plan plan = Seeds.plan2024(List.of(row28))
        .keyTargets(measured(II_6, "II.6", Indicator.DOSSIERS_ON_TIME, Indicator.SATISFACTION)).build();
    List<Finding> conflicts = RuleSet.builtIn().check(plan).findings("TARGET_CONFLICT");
    assertEquals(2, conflicts.size(), conflicts.toString());
    assertEquals("/tasks/0/targets/0", conflicts.get(0).pointer());
    assertEquals("II.6", conflicts.get(0).facts().get("first"));
    assertEquals("trên 90%", conflicts.get(0).facts().get("text"));
    assertEquals("tối thiểu 90%", conflicts.get(0).facts().get("firstText"), "“đạt 90% trở lên” vs “trên 90%” is a conflict");
    assertEquals("trên 95%", conflicts.get(1).facts().get("firstText"));
  }

  @Test
  void theSameRequirementStatedTwiceIsNoConflict() {
    Task row = Task.builder().from(Seeds.row56()).number("28").content(II_6)
        .targets(measured(II_6, "28", Indicator.DOSSIERS_ON_TIME, Indicator.SATISFACTION)).build();
    Plan plan = Seeds.plan2024(List.of(row))
        .keyTargets(measured(II_6, "II.6", Indicator.DOSSIERS_ON_TIME, Indicator.SATISFACTION)).build();
    assertEquals(List.of(), RuleSet.builtIn().check(plan).findings("TARGET_CONFLICT"));
  }

  @Test
  void aRankTargetIsNotMeasurable() {
    String ii1 = "Trong năm 2024, phấn đấu Hải Phòng tiếp tục là một trong các địa phương đạt thứ hạng cao nhất về Chỉ số "
        + "cải cách hành chính (PAR Index)";
    Plan plan = Seeds.plan2024(List.of(Seeds.row56())).addKeyTargets(Target.parseAll(ii1).get(0).withLabel("II.1")).build();
    Finding f = RuleSet.builtIn().check(plan).findings("TARGET_NOT_MEASURABLE").get(0);
    assertEquals("II.1", f.subject().label());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void theSelfCitationOfTheHeaderIsReported() {
    Plan plan = Seeds.plan2024(List.of(Seeds.row56()))
        .addHeaderLines("(Kèm theo Quyết định số 479/QĐ-UBND\nngày 29/12/2023 của Ủy ban nhân dân thành phố)")
        .addHeaderLines("(Ban hành kèm theo Quyết định số 4791/QĐ-UBND ngày 29 tháng 12 năm 2023 của Ủy ban nhân dân thành phố)")
        .build();
    List<Finding> found = RuleSet.builtIn().check(plan).findings("DOCUMENT_SELF_CITATION_MISMATCH");
    assertEquals(1, found.size(), found.toString());
    assertEquals("/headerLines/0", found.get(0).pointer());
    assertEquals("479/QĐ-UBND", found.get(0).facts().get("cited"));
    assertEquals("4791/QĐ-UBND", found.get(0).facts().get("actual"));
  }

  @Test
  void aTypeMismatchIsFoundInATaskAndOcrNoiseIsNot() {
    Task noisy = Task.builder().from(Seeds.row56()).number("36")
        .content("Trien khai Nghi dinh s6 61/2018/NO-CP ngay 23/4/2018 cua Chinh phu").build();
    CheckReport report = RuleSet.builtIn().check(Seeds.plan2024(List.of(Seeds.rowAfter35(), noisy)).build());
    List<Finding> mismatches = report.findings("DOCUMENT_TYPE_MISMATCH");
    assertEquals(1, mismatches.size(), mismatches.toString());
    assertEquals("/tasks/0/content", mismatches.get(0).pointer());
    assertEquals(DocumentType.RESOLUTION, mismatches.get(0).facts().get("wordType"));
    assertEquals(DocumentType.DECREE, mismatches.get(0).facts().get("codeType"));
    assertTrue(mismatches.get(0).message().endsWith("ký hiệu là của nghị định"), mismatches.get(0).message());
    assertTrue(mismatches.get(0).message(Locale.ENGLISH).endsWith("its code is that of a decree"),
        mismatches.get(0).message(Locale.ENGLISH));
  }

  @Test
  void aLegalBasisDatedAfterThePlan() {
    Plan plan = Seeds.plan2024(List.of(Seeds.row56()))
        .addLegalBases(DocumentRef.parse("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"))
        .addLegalBases(DocumentRef.parse("Công văn số 3152/SNV-CCHC&PC ngày 14/01/2024")).build();
    List<Finding> late = RuleSet.builtIn().check(plan).findings("DOCUMENT_DATED_AFTER_PLAN");
    assertEquals(1, late.size());
    assertEquals("/legalBases/1", late.get(0).pointer());
  }

  @Test
  void areasWithoutTasksAndWithoutLead() {
    Task institutions = Task.builder().from(Seeds.row56()).number("11").area(ReformArea.INSTITUTIONS).build();
    Plan plan = Seeds.plan2024(List.of(Seeds.row56(), institutions))
        .addResponsibilities(Responsibility.of(Party.agency("hp.stp"), List.of(ReformArea.INSTITUTIONS), List.of(
            "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung về cải cách thể chế")))
        .build();
    CheckReport report = RuleSet.builtIn().check(plan);
    List<Finding> empty = report.findings("AREA_WITHOUT_TASKS");
    assertEquals(6, empty.size());
    assertTrue(empty.stream().anyMatch(f -> f.subject().label().equals("IMPACT") && f.severity() == Severity.INFO));
    assertTrue(empty.stream().filter(f -> !f.subject().label().equals("IMPACT")).allMatch(f -> f.severity() == Severity.WARNING));
    List<Finding> unled = report.findings("AREA_WITHOUT_LEAD");
    assertEquals(1, unled.size());
    assertEquals("DIGITAL_GOVERNMENT", unled.get(0).subject().label());
  }
}
