package io.github.cchc.model.bench;

import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.CascadeRequirement;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.ReportingSchedule;
import io.github.cchc.model.Responsibility;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.testing.CchcArbitraries;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of one generated plan from {@link CchcArbitraries#plans()}, against its baseline in
 * the same run: the generator as it was before issue 19, which drew each plan's tasks through
 * flatMap and so made new generators, and their edge cases, for every plan and every task. It is
 * kept here unchanged for that comparison only. Each operation draws one plan at jqwik's default
 * generation size with embedded edge cases, as a property does; the tasks per plan are equal in
 * distribution (GeneratorCoverageTest), so the ratio is also the ratio per generated task.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class GeneratorBenchmark {
  private RandomGenerator<Plan> plans;
  private RandomGenerator<Plan> flatMapped;
  private Random random;

  @Setup(Level.Trial)
  public void setUp() {
    JqwikSession.start();
    plans = CchcArbitraries.plans().generator(1000, true);
    flatMapped = flatMappedPlans().generator(1000, true);
    random = new Random(42);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    JqwikSession.finish();
  }

  @Benchmark
  public void plans(Blackhole bh) {
    bh.consume(plans.next(random).value());
  }

  @Benchmark
  public void flatMappedPlansBaseline(Blackhole bh) {
    bh.consume(flatMapped.next(random).value());
  }

  // ------------------------------------------------------------------ the baseline, as it was

  private static Arbitrary<Plan> flatMappedPlans() {
    return Combinators.combine(CchcArbitraries.directories(), CchcArbitraries.years()).flatAs((directory, year) ->
        Combinators.combine(
            tasks(directory, year).list().ofMaxSize(8),
            CchcArbitraries.targets().list().ofMaxSize(4),
            CchcArbitraries.measures().list().ofMaxSize(4),
            CchcArbitraries.documentRefs().list().ofMaxSize(3),
            CchcArbitraries.documentRefs().optional(),
            CchcArbitraries.vietnameseText().list().ofMaxSize(3),
            parties(directory).list().ofMinSize(1).ofMaxSize(2),
            CchcArbitraries.vietnameseText().optional())
        .as((tasks, targets, measures, bases, issuing, purposes, cascadeParties, funding) -> Plan.builder()
            .id("plan-" + year).title("Kế hoạch cải cách hành chính năm " + year).year(year)
            .level(AgencyLevel.PROVINCE).issuer(Party.agency("p")).issuingDocument(issuing).legalBases(bases)
            .purposes(purposes).keyTargets(targets).measures(measures).funding(funding).tasks(tasks)
            .addCascade(CascadeRequirement.of(cascadeParties, Timeframe.before(year.atDay(25)), "Kế hoạch năm " + year))
            .reportingSchedule(ReportingSchedule.quarterly(10, MonthDay.of(6, 10), MonthDay.of(12, 10)))
            .addResponsibility(Responsibility.of(Party.agency("p"), List.of(ReformArea.DIRECTION), List.of("Chủ trì")))
            .directory(directory).build()));
  }

  private static Arbitrary<Task> tasks(AgencyDirectory directory, Year year) {
    return leafTasks(directory, year, Arbitraries.of("1", "2", "27", "-", "a)", "đ)").optional()).flatMap(leaf ->
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(leaf)),
            Tuple.of(1, leafTasks(directory, year, Arbitraries.of("a)", "b)", "-").optional())
                .list().ofMinSize(1).ofMaxSize(3).map(subs -> Task.builder().from(leaf).subtasks(subs).build()))));
  }

  private static Arbitrary<Task> leafTasks(AgencyDirectory directory, Year year, Arbitrary<Optional<String>> numbers) {
    Arbitrary<List<Party>> parties = parties(directory).list().ofMaxSize(3).uniqueElements();
    Arbitrary<Optional<Timeframe>> timeframes = Arbitraries.frequencyOf(
        Tuple.of(4, CchcArbitraries.yearTimeframes().map(t -> Timeframe.ofYear(year))),
        Tuple.of(4, CchcArbitraries.timeframes()),
        Tuple.of(1, Arbitraries.just(Timeframe.ofYear(year)))).optional();
    Arbitrary<Optional<String>> unread = Arbitraries.of("Quy ??", "Sớm nhất", "ASAP").optional(0.1);
    return Combinators.combine(numbers, CchcArbitraries.vietnameseText(), Arbitraries.of(ReformArea.class).optional(),
            parties, parties, timeframes, CchcArbitraries.products().list().ofMaxSize(2),
            Arbitraries.of(false, false, false, true))
        .flatAs((number, content, area, leads, coordinators, timeframe, products, illegible) ->
            Combinators.combine(unread, CchcArbitraries.targets().list().ofMaxSize(2)).as((u, targets) -> Task.builder()
                .number(number).content(illegible ? "" : content).area(area).leads(leads).coordinators(coordinators)
                .timeframe(u.isPresent() ? Optional.empty() : timeframe).unreadTimeframe(u)
                .products(products).targets(targets).illegible(illegible).build()));
  }

  private static Arbitrary<Party> parties(AgencyDirectory directory) {
    List<Party> known = new ArrayList<>();
    directory.agencies().forEach(a -> known.add(Party.agency(a.id())));
    directory.groups().forEach(g -> known.add(Party.group(g.id()).withPrinted(g.name())));
    Arbitrary<Party> named = Arbitraries.of("các cơ quan, đơn vị liên quan", "Mặt trận Tổ quốc", "Công an thành phố")
        .map(Party::named);
    return known.isEmpty() ? named : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(known)), Tuple.of(1, named));
  }
}
