package io.github.cchc.testing;

import io.github.cchc.model.Plan;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * cchc's named generators (bộ sinh dữ liệu có tên) for a property class that implements this
 * interface: {@code @ForAll("consistent") Plan plan}. Unnamed ones, {@code @ForAll Plan plan}
 * and every other model type, need nothing: {@link CchcArbitraryProvider} serves them everywhere.
 *
 * <p>An interface rather than a jqwik {@code @Domain}: jqwik looks a name in {@code @ForAll}
 * up among the provider methods of the property's class and its supertypes, and looks into
 * domain contexts by type only, so a named generator in a domain is never found.
 */
public interface CchcGenerators {
  /**
   * Complete, consistent plans, which the built-in rules find nothing wrong with: {@code
   * @ForAll("consistent") Plan}.
   *
   * @return {@link CchcArbitraries#consistentPlans()}
   */
  @Provide("consistent")
  default Arbitrary<Plan> consistentPlan() {
    return CchcArbitraries.consistentPlans();
  }
}
