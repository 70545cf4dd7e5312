package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.model.json.CchcJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Model → JSON → model gives an equal value, text as printed included, for every type. */
class JsonRoundTripProperties {
  @Property
  void plans(@ForAll Plan plan) {
    String json = CchcJson.writePlan(plan);
    Plan read = CchcJson.readPlan(json);
    assertEquals(plan, read);
    assertEquals(json, CchcJson.writePlan(read), "writing is deterministic and keeps every printed text");
  }

  @Property
  void directories(@ForAll AgencyDirectory directory) {
    assertEquals(directory, CchcJson.readDirectory(CchcJson.writeDirectory(directory)));
  }

  @Property
  void scorecards(@ForAll Scorecard scorecard) {
    assertEquals(scorecard, CchcJson.readScorecard(CchcJson.writeScorecard(scorecard)));
  }

  @Property
  void programmes(@ForAll Programme programme) {
    String json = CchcJson.write(programme);
    assertEquals(programme, CchcJson.read(json, Programme.class));
    assertEquals(json, CchcJson.write(CchcJson.read(json, Programme.class)));
  }

  @Property
  void tasks(@ForAll Task task) {
    assertEquals(task, CchcJson.read(CchcJson.write(task), Task.class));
  }

  @Property
  void timeframes(@ForAll Timeframe timeframe) {
    Timeframe printed = timeframe.withText("  " + timeframe.text() + " ");
    Timeframe read = CchcJson.read(CchcJson.write(printed), Timeframe.class);
    assertEquals(printed, read);
    assertEquals(printed.text(), read.text());
  }

  @Property
  void targets(@ForAll Target target) {
    Target read = CchcJson.read(CchcJson.write(target), Target.class);
    assertEquals(target, read);
    assertEquals(target.text(), read.text());
  }

  @Property
  void documentRefs(@ForAll DocumentRef ref) {
    DocumentRef read = CchcJson.read(CchcJson.write(ref), DocumentRef.class);
    assertEquals(ref, read);
    assertEquals(ref.text(), read.text());
  }

  @Property
  void agenciesGroupsPartiesAndIndicators(@ForAll Agency agency, @ForAll AgencyGroup group, @ForAll Party party,
      @ForAll Indicator indicator) {
    assertEquals(agency, CchcJson.read(CchcJson.write(agency), Agency.class));
    assertEquals(group, CchcJson.read(CchcJson.write(group), AgencyGroup.class));
    assertEquals(party, CchcJson.read(CchcJson.write(party), Party.class));
    assertEquals(indicator, CchcJson.read(CchcJson.write(indicator), Indicator.class));
  }

  @Property
  void schedulesResponsibilitiesCascadesAndBaselines(@ForAll ReportingSchedule schedule, @ForAll Responsibility responsibility,
      @ForAll CascadeRequirement cascade, @ForAll Baseline baseline) {
    assertEquals(schedule, CchcJson.read(CchcJson.write(schedule), ReportingSchedule.class));
    assertEquals(responsibility, CchcJson.read(CchcJson.write(responsibility), Responsibility.class));
    assertEquals(cascade, CchcJson.read(CchcJson.write(cascade), CascadeRequirement.class));
    assertEquals(baseline, CchcJson.read(CchcJson.write(baseline), Baseline.class));
  }

  @Property
  void dossiers(@ForAll Dossier dossier) {
    assertEquals(dossier, CchcJson.read(CchcJson.write(dossier), Dossier.class));
  }

  @Property
  void productsMeasuresAndCriteria(@ForAll Product product, @ForAll Measure measure, @ForAll Criterion criterion) {
    assertEquals(product, CchcJson.read(CchcJson.write(product), Product.class));
    assertEquals(measure, CchcJson.read(CchcJson.write(measure), Measure.class));
    assertEquals(criterion, CchcJson.read(CchcJson.write(criterion), Criterion.class));
  }
}
