package io.github.cchc.examples.bench;

import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.DocumentType;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The six task-level checks (no lead, no product, no timeframe, before the plan period, lead also
 * coordinator, duplicate number) three ways in one run: the loop a developer would write by hand,
 * producing (code, task number) records; Hibernate Validator with constraints on a task wrapper;
 * and cchc's rule set of those six rules. Flat generated plans, each row carrying at most one
 * defect, at a chosen density. Every timed check gets a copy of the plan made outside the timing,
 * since a plan keeps its rows once built and a service checks each plan it is given once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TaskRulesBenchmark {
  static final List<String> SIX = List.of("TASK_NO_LEAD", "TASK_NO_PRODUCT", "TASK_NO_TIMEFRAME",
      "TASK_BEFORE_PLAN_PERIOD", "TASK_LEAD_ALSO_COORDINATOR", "TASK_NUMBER_DUPLICATE");
  private static final Year YEAR = Year.of(2024);
  private static final LocalDate ISSUED = LocalDate.of(2023, 12, 29);

  @Param({"10", "100", "1000", "10000"})
  public int tasks;

  /** The share of rows with a defect, in percent. */
  @Param({"0", "2", "30"})
  public int defects;

  Plan subject;
  Plan fresh;
  RuleSet six;
  Validator validator;

  /** A (code, task number) record, what the hand-written loop produces. */
  record Problem(String code, String task) {}

  /** Builds the plan, the rule set and the validator. */
  @Setup
  public void setUp() {
    subject = plan(tasks, defects, 42);
    six = sixRules();
    validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
  }

  /** A copy of the plan for each check, made outside the timing. */
  @Setup(Level.Invocation)
  public void freshPlan() {
    fresh = Plan.builder().from(subject).build();
  }

  /** cchc: the six built-in rules. */
  @Benchmark
  public CheckReport cchc() {
    return six.check(fresh);
  }

  /** The baseline: one loop producing a record per defect. */
  @Benchmark
  public List<Problem> handWritten() {
    return handWritten(fresh);
  }

  /** Hibernate Validator: the same checks as constraints on a wrapper of each task. */
  @Benchmark
  public Set<ConstraintViolation<PlanBean>> hibernateValidator() {
    return validator.validate(PlanBean.of(fresh));
  }

  /** The built-in catalog less every rule but the six. */
  static RuleSet sixRules() {
    RuleSet six = RuleSet.builtIn();
    for (String code : RuleSet.builtIn().codes()) {
      if (!SIX.contains(code)) {
        six = six.without(code);
      }
    }
    return six;
  }

  static List<Problem> handWritten(Plan plan) {
    LocalDate start = plan.issuedOn().orElse(plan.year().atDay(1));
    List<Problem> out = new ArrayList<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (Task t : plan.tasks()) {
      String n = t.number().orElse("");
      if (t.leads().isEmpty()) {
        out.add(new Problem("TASK_NO_LEAD", n));
      }
      if (t.products().isEmpty()) {
        out.add(new Problem("TASK_NO_PRODUCT", n));
      }
      if (t.timeframe().isEmpty() && t.unreadTimeframe().isEmpty()) {
        out.add(new Problem("TASK_NO_TIMEFRAME", n));
      }
      Optional<LocalDate> due = t.timeframe().flatMap(Timeframe::dueDate);
      if (due.isPresent() && due.get().isBefore(start)) {
        out.add(new Problem("TASK_BEFORE_PLAN_PERIOD", n));
      }
      for (Party c : t.coordinators()) {
        for (Party l : t.leads()) {
          if (l.kind() == c.kind() && l.ref().equals(c.ref())) {
            out.add(new Problem("TASK_LEAD_ALSO_COORDINATOR", n));
          }
        }
      }
      if (!n.isEmpty() && numbers.putIfAbsent(n, 1) != null) {
        out.add(new Problem("TASK_NUMBER_DUPLICATE", n));
      }
    }
    return out;
  }

  /** Flat rows, a chosen share of them carrying one of the six defects, drawn in turn. */
  static Plan plan(int tasks, int defectPercent, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ReformArea[] areas = ReformArea.values();
    List<Task> rows = new ArrayList<>(tasks);
    int kind = 0;
    for (int i = 0; i < tasks; i++) {
      int defect = random.nextInt(100) < defectPercent ? kind++ % 6 : -1;
      int number = defect == 5 && i > 0 ? i : i + 1;
      String lead = Generated.AGENCIES.get(i % Generated.AGENCIES.size());
      Task.Builder row = Task.builder().number(Integer.toString(number)).area(areas[i % 7])
          .content("Nhiệm vụ số " + number + " về cải cách hành chính năm 2024")
          .addCoordinator(Party.agency(defect == 4 ? lead : Generated.AGENCIES.get((i + 3) % Generated.AGENCIES.size())));
      if (defect != 0) {
        row.addLead(Party.agency(lead));
      }
      if (defect != 1) {
        row.addProduct(Product.of("Báo cáo kết quả nhiệm vụ " + number, Product.Kind.REPORT));
      }
      if (defect != 2) {
        row.timeframe(defect == 3 ? Timeframe.ofYear(Year.of(2021)) : Timeframe.ofQuarter(YEAR, 1 + i % 4));
      }
      rows.add(row.build());
    }
    return Plan.builder().id("generated").title("Kế hoạch cải cách hành chính năm 2024").year(YEAR)
        .level(AgencyLevel.PROVINCE).issuer(Party.agency("p"))
        .issuingDocument(DocumentRef.of(DocumentType.DECISION, Optional.of("1/QĐ-UBND"), Optional.of(ISSUED)))
        .tasks(rows).directory(Generated.directory()).build();
  }

  /** The plan as a developer would hand it to Bean Validation: a wrapper of its tasks. */
  @UniqueNumbers
  public static final class PlanBean {
    private final List<TaskBean> tasks;

    PlanBean(List<TaskBean> tasks) {
      this.tasks = tasks;
    }

    static PlanBean of(Plan plan) {
      LocalDate start = plan.issuedOn().orElse(plan.year().atDay(1));
      List<TaskBean> beans = new ArrayList<>(plan.tasks().size());
      for (Task t : plan.tasks()) {
        beans.add(new TaskBean(t, start));
      }
      return new PlanBean(beans);
    }

    /**
     * Gets the tasks.
     *
     * @return the task wrappers
     */
    @Valid
    public List<TaskBean> getTasks() {
      return tasks;
    }
  }

  /** One task with the five row-level constraints. */
  public static final class TaskBean {
    private final Task task;
    private final LocalDate start;

    TaskBean(Task task, LocalDate start) {
      this.task = task;
      this.start = start;
    }

    /**
     * Gets the leads.
     *
     * @return the leads
     */
    @NotEmpty(message = "TASK_NO_LEAD")
    public List<Party> getLeads() {
      return task.leads();
    }

    /**
     * Gets the products.
     *
     * @return the products
     */
    @NotEmpty(message = "TASK_NO_PRODUCT")
    public List<Product> getProducts() {
      return task.products();
    }

    /**
     * Tells whether the row has a timeframe.
     *
     * @return whether it has
     */
    @AssertTrue(message = "TASK_NO_TIMEFRAME")
    public boolean isTimed() {
      return task.timeframe().isPresent() || task.unreadTimeframe().isPresent();
    }

    /**
     * Tells whether the row ends within the plan period.
     *
     * @return whether it does
     */
    @AssertTrue(message = "TASK_BEFORE_PLAN_PERIOD")
    public boolean isWithinPeriod() {
      return task.timeframe().flatMap(Timeframe::dueDate).map(d -> !d.isBefore(start)).orElse(true);
    }

    /**
     * Tells whether no lead also coordinates.
     *
     * @return whether none does
     */
    @AssertTrue(message = "TASK_LEAD_ALSO_COORDINATOR")
    public boolean isLeadNotCoordinator() {
      for (Party c : task.coordinators()) {
        for (Party l : task.leads()) {
          if (l.kind() == c.kind() && l.ref().equals(c.ref())) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Gets the row's number.
     *
     * @return the number, "" if none
     */
    public String getNumber() {
      return task.number().orElse("");
    }
  }

  /** No two tasks of a plan share a number: a violation on each repeat. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @jakarta.validation.Constraint(validatedBy = UniqueNumbersValidator.class)
  public @interface UniqueNumbers {
    /**
     * The message.
     *
     * @return the message
     */
    String message() default "TASK_NUMBER_DUPLICATE";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends jakarta.validation.Payload>[] payload() default {};
  }

  /** Reports each repeated number at its task. */
  public static final class UniqueNumbersValidator implements ConstraintValidator<UniqueNumbers, PlanBean> {
    /** Creates the validator; Hibernate Validator does. */
    public UniqueNumbersValidator() {}

    @Override
    public boolean isValid(PlanBean plan, ConstraintValidatorContext context) {
      Map<String, Integer> seen = new HashMap<>();
      boolean valid = true;
      List<TaskBean> tasks = plan.getTasks();
      for (int i = 0; i < tasks.size(); i++) {
        String n = tasks.get(i).getNumber();
        if (!n.isEmpty() && seen.putIfAbsent(n, i) != null) {
          if (valid) {
            context.disableDefaultConstraintViolation();
          }
          valid = false;
          context.buildConstraintViolationWithTemplate("TASK_NUMBER_DUPLICATE").addPropertyNode("tasks")
              .addBeanNode().inIterable().atIndex(i).addConstraintViolation();
        }
      }
      return valid;
    }
  }
}
