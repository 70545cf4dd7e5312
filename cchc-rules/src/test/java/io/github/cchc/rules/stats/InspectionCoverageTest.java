package io.github.cchc.rules.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Target;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Tối thiểu 30% sở, ban, ngành, UBND quận, huyện" (seed 002, row 7) at its boundary. */
class InspectionCoverageTest {
  private static AgencyDirectory city() {
    List<Agency> agencies = new ArrayList<>();
    agencies.add(Agency.of("hp", "UBND thành phố", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE));
    for (int i = 0; i < 10; i++) {
      agencies.add(Agency.builder().id("hp.s" + i).name("Sở " + i).level(AgencyLevel.PROVINCE).kind(AgencyKind.DEPARTMENT)
          .addParent(ParentLink.of("hp")).build());
    }
    return AgencyDirectory.of(agencies, List.of(AgencyGroup.builder().id("hp.so-nganh").name("Các sở, ban, ngành")
        .withinId("hp").addKinds(AgencyKind.DEPARTMENT).build()));
  }

  private static final Target AT_LEAST_30 = Target.parseAll("Tối thiểu 30% sở, ban, ngành, UBND quận, huyện").get(0);
  private static final DateRange YEAR = DateRange.of(Year.of(2024));

  @Test
  void threeOfTenMeetsTheFloorAndTwoDoNot() {
    InspectionCoverage three = InspectionCoverage.of(city(), Party.group("hp.so-nganh"), List.of("hp.s1", "hp.s4", "hp.s7"), YEAR);
    assertEquals(new Rate(3, 10), three.rate());
    assertEquals(Target.Outcome.MET, three.evaluate(AT_LEAST_30).outcome());
    InspectionCoverage two = InspectionCoverage.of(city(), Party.group("hp.so-nganh"), List.of("hp.s1", "hp.s4", "elsewhere"), YEAR);
    assertEquals(new Rate(2, 10), two.rate());
    assertEquals(Target.Outcome.NOT_MET, two.evaluate(AT_LEAST_30).outcome());
    Target above30 = Target.parseAll("trên 30%").get(0);
    assertEquals(Target.Outcome.NOT_MET, three.evaluate(above30).outcome());
  }

  @Test
  void anAgencyScopeIsItsChildrenAndAnEmptyScopeHasNoData() {
    InspectionCoverage units = InspectionCoverage.of(city(), Party.agency("hp"), List.of("hp.s0"), YEAR);
    assertEquals(new Rate(1, 10), units.rate());
    InspectionCoverage none = InspectionCoverage.of(city(), Party.agency("hp.s0"), List.of(), YEAR);
    assertEquals(Target.Outcome.NO_DATA, none.evaluate(AT_LEAST_30).outcome());
  }
}
