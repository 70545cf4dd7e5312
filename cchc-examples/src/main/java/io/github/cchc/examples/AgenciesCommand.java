package io.github.cchc.examples;

import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.PlanStatus;
import io.github.cchc.rules.status.Tally;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code cchc agencies PLAN --progress FILE [--submissions FILE] [--directory FILE] --as-of DATE}:
 * who owes what, agency by agency.
 */
@Command(name = "agencies", mixinStandardHelpOptions = true,
    description = "Shows, agency by agency, the tasks each leads and coordinates and the reports it owes and has sent.")
final class AgenciesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan, a cchc.plan/2 JSON document.")
  Path plan;

  @Mixin
  MonitoringOptions monitoring;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    return monitoring.show(plan, options, this::text);
  }

  private void text(PrintWriter out, MonitoringOptions.Evaluation e) {
    PlanStatus status = e.status();
    out.println("== " + options.text("agencies.title", "title", e.plan().title(), "asOf", options.label(status.asOf())));
    out.println(monitoring.given(options, e.inputs()));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {options.text("agencies.agency"), options.text("agencies.led"), options.text("agencies.due"),
        options.text("status.onTime"), options.text("status.late"), options.text("status.overdue"),
        options.text("agencies.coordinated"), options.text("agencies.reports")});
    for (AgencyStanding a : status.byAgency()) {
      Tally led = a.led();
      rows.add(new String[] {a.name(), Integer.toString(led.total()), Integer.toString(led.onTime() + led.late()
          + led.overdue()), Integer.toString(led.onTime()), Integer.toString(led.late()), Integer.toString(led.overdue()),
          Integer.toString(a.coordinated().total()), reports(a)});
    }
    for (String[] r : rows) {
      out.println(Text.pad(r[0], 38) + String.format(" %5s %6s %9s %5s %8s %9s  %s", r[1], r[2], r[3], r[4], r[5], r[6],
          r[7]).stripTrailing());
    }
    out.println();
    Findings.text(out, e.report(), options);
  }

  private String reports(AgencyStanding a) {
    if (a.reportsOwed() == 0) {
      return "";
    }
    return a.reportsSent().map(sent -> options.text("agencies.reportsKnown", "owed", a.reportsOwed(), "sent", sent,
        "late", a.reportsLate().orElse(0))).orElse(options.text("agencies.reportsUnknown", "owed", a.reportsOwed()));
  }
}
