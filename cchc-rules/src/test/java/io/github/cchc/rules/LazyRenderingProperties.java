package io.github.cchc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Plan;
import io.github.cchc.model.Task;
import io.github.cchc.rules.internal.Messages;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A finding renders its message when it is read, and not before: a check costs no text. */
class LazyRenderingProperties {
  /** Counts every template a finding asks for, which it does once per message rendered. */
  private static final class Counting implements MessageSource {
    private final MessageSource source;
    private final AtomicLong count;

    Counting(MessageSource source, AtomicLong count) {
      this.source = source;
      this.count = count;
    }

    @Override
    public String template(Locale language, String variant) {
      count.incrementAndGet();
      return source.template(language, variant);
    }

    @Override
    public Messages.Form form(String factName) {
      return source.form(factName);
    }
  }

  private static Plan rows(int n) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      tasks.add(Task.builder().number(Integer.toString(i)).content("Nhiệm vụ " + i).build());
    }
    return Plan.builder().id("many").title("Kế hoạch").year(Year.of(2024))
        .level(io.github.cchc.model.AgencyLevel.PROVINCE).tasks(tasks).build();
  }

  @Test
  void aCheckWithTenThousandFindingsRendersNothingUntilAMessageIsRead() {
    AtomicLong rendered = new AtomicLong();
    RuleSet counted = RuleSet.builtIn().withMessages(source -> new Counting(source, rendered));
    CheckReport report = counted.check(rows(10_000));
    assertTrue(report.findings("TASK_NO_PRODUCT").size() == 10_000, "every row lacks a product");
    assertTrue(report.findings().size() >= 40_000, "lead, product, timeframe and coordinator for each row");
    assertEquals(0, rendered.get(), "the check rendered messages nobody read");
    Finding one = report.findings().get(17);
    String vi = one.message();
    String en = one.message(Locale.ENGLISH);
    assertEquals(2, rendered.get(), "one rendering per message read");
    assertEquals(vi, RuleSet.builtIn().check(rows(10_000)).findings().get(17).message(), "the same message");
    assertTrue(!vi.equals(en), vi);
  }

  @Property(tries = 30)
  void readingKMessagesRendersKTimes(@ForAll @IntRange(min = 1, max = 300) int rows, @ForAll @IntRange(max = 50) int k) {
    AtomicLong rendered = new AtomicLong();
    RuleSet counted = RuleSet.builtIn().without("TASK_NO_COORDINATOR")
        .with("ROW_SEEN", Severity.INFO, "Dòng {task}", "Row {task}", (plan, ctx) -> ctx.rows()
            .forEach(r -> ctx.report(Subject.of(Subject.Kind.TASK, r.label()), r.pointer(), java.util.Map.of("task", r.label()))))
        .withMessages(source -> new Counting(source, rendered));
    CheckReport report = counted.check(rows(rows));
    assertEquals(0, rendered.get());
    int read = Math.min(k, report.findings().size());
    for (int i = 0; i < read; i++) {
      report.findings().get(i).message(i % 2 == 0 ? Locale.ENGLISH : Messages.VIETNAMESE);
    }
    assertEquals(read, rendered.get());
  }
}
