package io.github.cchc.testing;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.Baseline;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Party;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Criterion;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.Dossier;
import io.github.cchc.model.Measure;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Programme;
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
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = Map.ofEntries(
      Map.entry(Plan.class, CchcArbitraries::plans),
      Map.entry(Task.class, CchcArbitraries::tasks),
      Map.entry(Timeframe.class, CchcArbitraries::timeframes),
      Map.entry(Target.class, CchcArbitraries::targets),
      Map.entry(DocumentRef.class, CchcArbitraries::documentRefs),
      Map.entry(AgencyDirectory.class, CchcArbitraries::directories),
      Map.entry(Agency.class, CchcArbitraries::agencies),
      Map.entry(AgencyGroup.class, CchcArbitraries::agencyGroups),
      Map.entry(Party.class, CchcArbitraries::parties),
      Map.entry(Baseline.class, CchcArbitraries::baselines),
      Map.entry(Indicator.class, CchcArbitraries::indicators),
      Map.entry(Responsibility.class, CchcArbitraries::responsibilities),
      Map.entry(CascadeRequirement.class, CchcArbitraries::cascadeRequirements),
      Map.entry(ReportingSchedule.class, CchcArbitraries::reportingSchedules),
      Map.entry(Product.class, CchcArbitraries::products),
      Map.entry(Measure.class, CchcArbitraries::measures),
      Map.entry(Criterion.class, CchcArbitraries::criteria),
      Map.entry(Dossier.class, CchcArbitraries::dossiers),
      Map.entry(Scorecard.class, CchcArbitraries::scorecards),
      Map.entry(Programme.class, CchcArbitraries::programmes));

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
