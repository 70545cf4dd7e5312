package io.github.cchc.examples;

import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.Plan;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.report.ReportJson;
import io.github.cchc.rules.status.PlanDiff;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code cchc diff OLD NEW}: what changed from one plan to another, field by field. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compares two plans (cchc.plan/2 JSON): tasks and key targets added, removed and changed, field by field.")
final class DiffCommand implements Callable<Integer> {
  private static final List<String> READABLE = List.of("printed", "text", "name", "content", "ref", "id", "number");

  @Parameters(index = "0", paramLabel = "OLD", description = "The older plan, a cchc.plan/2 JSON document.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer plan, a cchc.plan/2 JSON document.")
  Path newer;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    Plan a = CommonOptions.read(older, CchcJson::readPlan);
    Plan b = CommonOptions.read(newer, CchcJson::readPlan);
    PlanDiff diff = PlanDiff.between(a, b);
    PrintWriter out = options.out();
    if (options.format == CommonOptions.Format.json) {
      out.println(ReportJson.write(diff, options.locale()));
    } else {
      text(out, diff);
    }
    out.flush();
    return 0;
  }

  private void text(PrintWriter out, PlanDiff diff) {
    out.println(options.text("diff.title", "older", diff.olderId(), "newer", diff.newerId()));
    if (diff.isEmpty()) {
      out.println(options.text("diff.none"));
      return;
    }
    if (!diff.planFields().isEmpty()) {
      out.println(options.text("diff.plan", "count", diff.planFields().size()));
      for (PlanDiff.FieldChange f : diff.planFields()) {
        out.println("  ~ " + field(PlanDiff.Part.PLAN, f));
      }
    }
    items(out, "diff.targets", PlanDiff.Part.KEY_TARGET, diff.keyTargets());
    items(out, "diff.tasks", PlanDiff.Part.TASK, diff.tasks());
  }

  private void items(PrintWriter out, String heading, PlanDiff.Part part, List<PlanDiff.ItemChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.println(options.text(heading, "added", count(changes, PlanDiff.Change.ADDED),
        "removed", count(changes, PlanDiff.Change.REMOVED), "changed", count(changes, PlanDiff.Change.CHANGED)));
    for (PlanDiff.ItemChange c : changes) {
      String label = c.label().isEmpty() ? options.text("diff.unnumbered") : c.label();
      switch (c.change()) {
        case ADDED -> out.println("  + " + label + ": " + shorten(c.text()));
        case REMOVED -> out.println("  - " + label + ": " + shorten(c.text()));
        default -> {
          List<String> fields = new ArrayList<>();
          c.fields().forEach(f -> fields.add(field(part, f)));
          out.println("  ~ " + label + ": " + String.join("; ", fields));
        }
      }
    }
  }

  private static long count(List<PlanDiff.ItemChange> changes, PlanDiff.Change change) {
    return changes.stream().filter(c -> c.change() == change).count();
  }

  private String field(PlanDiff.Part part, PlanDiff.FieldChange f) {
    return Labels.fieldName(part, f.field(), options.locale()) + ": " + value(f.field(), f.before()) + " → "
        + value(f.field(), f.after());
  }

  /** A JSON value as a reader reads it: names rather than ids, the text a value carries, never an enum constant. */
  private String value(String field, Optional<JsonNode> value) {
    if (value.isEmpty() || value.get().isNull() || (value.get().isArray() && value.get().isEmpty())) {
      return options.text("diff.empty");
    }
    return shorten(render(field, value.get()));
  }

  private String render(String field, JsonNode v) {
    if (v.isString()) {
      Optional<Object> named = named(field, v.stringValue());
      if (named.isPresent()) {
        return options.label(named.get());
      }
    }
    if (v.isString()) {
      return "«" + v.stringValue() + "»";
    }
    if (v.isNumber()) {
      return options.label(v.decimalValue().compareTo(BigDecimal.valueOf(v.longValue())) == 0
          ? BigDecimal.valueOf(v.longValue()) : v.decimalValue());
    }
    if (v.isBoolean()) {
      return options.text(v.booleanValue() ? "diff.yes" : "diff.no");
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : v) {
        items.add(render(field, item));
      }
      return items.size() <= 4 ? String.join("; ", items) : String.join("; ", items.subList(0, 3)) + "; … ("
          + options.text("diff.count", "count", items.size()) + ")";
    }
    for (String readable : READABLE) {
      JsonNode n = v.get(readable);
      if (n != null && n.isString()) {
        return "«" + n.stringValue() + "»";
      }
    }
    return options.text("diff.opaque");
  }

  /** The value a field's text stands for, where cchc has a name for it: an area, a level, an indicator, a target's kind. */
  private static Optional<Object> named(String field, String value) {
    try {
      return switch (field) {
        case "area" -> Optional.of(ReformArea.valueOf(value));
        case "level" -> Optional.of(AgencyLevel.valueOf(value));
        case "comparison" -> Optional.of(Target.Comparison.valueOf(value));
        case "unit" -> Optional.of(Target.Unit.valueOf(value));
        case "direction" -> Optional.of(Target.Direction.valueOf(value));
        case "kind" -> Optional.of(Target.Kind.valueOf(value));
        case "indicatorId" -> Indicator.findBuiltIn(value).map(i -> (Object) i);
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    return text.length() <= 160 ? text : text.substring(0, 157) + "…";
  }
}
