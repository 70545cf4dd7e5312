package io.github.cchc.testing;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.Criterion;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Measure;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes the default generators of {@link CchcArbitraries} available to {@code @ForAll}; registered
 * in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class CchcArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = Map.of(
      Plan.class, CchcArbitraries::plans,
      Task.class, CchcArbitraries::tasks,
      Timeframe.class, CchcArbitraries::timeframes,
      Target.class, CchcArbitraries::targets,
      DocumentRef.class, CchcArbitraries::documentRefs,
      AgencyDirectory.class, CchcArbitraries::directories,
      Product.class, CchcArbitraries::products,
      Measure.class, CchcArbitraries::measures,
      Criterion.class, CchcArbitraries::criteria,
      Scorecard.class, CchcArbitraries::scorecards);

  /** Creates the provider; jqwik's service loader does. */
  public CchcArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return DEFAULTS.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return DEFAULTS.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(java.util.stream.Collectors.toSet());
  }
}
