package example.jqwik;

import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.testing.CchcGenerators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PlanPropertiesTest implements CchcGenerators {
  @Property(tries = 100)
  boolean everyPlanSurvivesJson(@ForAll Plan plan) {                 // any plan cchc can hold
    return CchcJson.readPlan(CchcJson.writePlan(plan)).equals(plan);
  }

  @Property(tries = 100)
  boolean aConsistentPlanHasNoFinding(@ForAll("consistent") Plan plan) {   // from CchcGenerators
    return RuleSet.builtIn().check(plan).findings().isEmpty();
  }
}
