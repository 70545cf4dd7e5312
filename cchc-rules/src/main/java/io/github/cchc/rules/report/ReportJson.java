package io.github.cchc.rules.report;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.Target;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Fact;
import io.github.cchc.rules.Facts;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.FindingCode;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import io.github.cchc.rules.read.TaskColumn;
import io.github.cchc.rules.stats.DossierClass;
import io.github.cchc.rules.stats.Rate;
import io.github.cchc.rules.stats.Scorecards;
import io.github.cchc.rules.status.AgencyStanding;
import io.github.cchc.rules.status.Forecast;
import io.github.cchc.rules.status.HealthReason;
import io.github.cchc.rules.status.PlanDiff;
import io.github.cchc.rules.status.PlanRevisions;
import io.github.cchc.rules.status.ProgrammeProgress;
import io.github.cchc.rules.status.PlanHealth;
import io.github.cchc.rules.status.PlanHistory;
import io.github.cchc.rules.status.Tally;
import io.github.cchc.rules.status.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON entry point of {@code cchc-rules} (báo cáo dạng JSON): writes and reads the report
 * documents, each tagged with its format and version, in the shapes {@code docs/format.md}
 * describes and the JSON Schema {@link #schema()} holds.
 *
 * <table>
 *   <caption>Documents</caption>
 *   <tr><th>format</th><th>value</th></tr>
 *   <tr><td>{@value #CHECK_FORMAT}</td><td>{@link CheckReport}</td></tr>
 *   <tr><td>{@value #STATUS_FORMAT}</td><td>{@link StatusReport}</td></tr>
 *   <tr><td>{@value #DOSSIERS_FORMAT}</td><td>{@link DossierReport}</td></tr>
 *   <tr><td>{@value #SCORE_FORMAT}</td><td>{@link ScoreReport}</td></tr>
 *   <tr><td>{@value #IMPORT_FORMAT}</td><td>{@link ImportReport}</td></tr>
 *   <tr><td>{@value #DIFF_FORMAT}</td><td>{@link PlanDiff}</td></tr>
 *   <tr><td>{@value #REVISIONS_FORMAT}</td><td>{@link PlanRevisions}</td></tr>
 *   <tr><td>{@value #HISTORY_FORMAT}</td><td>{@link HistoryReport}</td></tr>
 *   <tr><td>{@value #PROGRAMME_PROGRESS_FORMAT}</td><td>{@link ProgrammeProgress}</td></tr>
 * </table>
 *
 * <p>Documents are written in one language, which names their findings' and reasons' messages and
 * their subjects' text; enum constants are JSON values, never text. What is rendered for a reader
 * (messages, subject texts, counts, percentages) is ignored on reading: a finding of a built-in code
 * reads back equal, its facts typed as the code declares them, and renders in any language. A
 * user's finding reads back with its facts as JSON gives them (text, whole numbers as {@code
 * Long}, other numbers as {@code BigDecimal}) and its message as written. Reading builds on
 * {@link CchcJson}: the same limits, strictness and Unicode NFC; every error is a
 * {@link JsonFormatException} with the JSON Pointer of the offending value.
 */
public final class ReportJson {
  /** The format tag of findings documents. */
  public static final String CHECK_FORMAT = "cchc.check/1";
  /** The format tag of status documents. */
  public static final String STATUS_FORMAT = "cchc.status/1";
  /** The format tag of dossier statistics documents. */
  public static final String DOSSIERS_FORMAT = "cchc.dossiers/1";
  /** The format tag of scorecard documents. */
  public static final String SCORE_FORMAT = "cchc.score/1";
  /** The format tag of import documents. */
  public static final String IMPORT_FORMAT = "cchc.import/1";
  /** The format tag of plan comparison documents. */
  public static final String DIFF_FORMAT = "cchc.diff/1";
  /** The format tag of documents of a plan and its amendments. */
  public static final String REVISIONS_FORMAT = "cchc.revisions/1";
  /** The format tag of documents of a plan's course through the year. */
  public static final String HISTORY_FORMAT = "cchc.history/1";
  /** The format tag of documents of a programme's progress through its years. */
  public static final String PROGRAMME_PROGRESS_FORMAT = "cchc.programme-progress/1";

  // Jackson's node factory, immutable and shared.
  private static final String SCHEMA = "cchc-reports.schema.json";

  private ReportJson() {}

  // ------------------------------------------------------------------ writing

  /**
   * Writes findings as a {@value #CHECK_FORMAT} document.
   *
   * @param report the findings, not null
   * @param language the language of messages and texts, not null
   * @return the document, not null
   */
  public static String write(CheckReport report, Locale language) {
    ObjectNode root = document(CHECK_FORMAT, language);
    findings(root, report, language);
    return CchcJson.writeTree(root);
  }

  /**
   * Writes a status report as a {@value #STATUS_FORMAT} document.
   *
   * @param report the report, not null
   * @param language the language of messages and texts, not null
   * @return the document, not null
   */
  public static String write(StatusReport report, Locale language) {
    ObjectNode root = document(STATUS_FORMAT, language);
    root.put("plan", report.plan());
    root.put("asOf", report.asOf().toString());
    root.put("health", report.health().name());
    reasons(root.putArray("reasons"), report.reasons(), language);
    report.onTimeRate().ifPresent(r -> root.put("onTimeRate", r));
    report.completionTarget().ifPresent(o -> root.put("completionTarget", o.name()));
    root.set("total", tally(report.total()));
    ObjectNode areas = root.putObject("byArea");
    report.byArea().forEach((a, t) -> areas.set(a.name(), tally(t)));
    ArrayNode leads = root.putArray("byLead");
    for (StatusReport.Lead l : report.byLead()) {
      ObjectNode n = leads.addObject();
      n.put("ref", l.ref());
      n.put("name", l.name());
      n.set("tally", tally(l.tally()));
    }
    ArrayNode agencies = root.putArray("byAgency");
    for (AgencyStanding a : report.byAgency()) {
      ObjectNode n = agencies.addObject();
      n.put("ref", a.ref());
      n.put("name", a.name());
      n.set("led", tally(a.led()));
      n.set("coordinated", tally(a.coordinated()));
      n.put("reportsOwed", a.reportsOwed());
      a.reportsSent().ifPresent(v -> n.put("reportsSent", v));
      a.reportsLate().ifPresent(v -> n.put("reportsLate", v));
    }
    ArrayNode tasks = root.putArray("tasks");
    for (StatusReport.TaskLine t : report.tasks()) {
      ObjectNode n = tasks.addObject();
      n.put("label", t.label());
      n.put("pointer", t.pointer());
      n.put("status", t.status().name());
      t.due().ifPresent(d -> n.put("due", d.toString()));
      t.completedOn().ifPresent(d -> n.put("completedOn", d.toString()));
    }
    ArrayNode targets = root.putArray("keyTargets");
    for (StatusReport.TargetLine t : report.keyTargets()) {
      ObjectNode n = targets.addObject();
      n.put("label", t.label());
      n.put("pointer", t.pointer());
      n.put("target", t.target());
      n.put("outcome", t.outcome().name());
      t.measured().ifPresent(v -> n.put("measured", v));
      t.gap().ifPresent(v -> n.put("gap", v));
    }
    findings(root, report.findings(), language);
    return CchcJson.writeTree(root);
  }

  /**
   * Writes dossier statistics as a {@value #DOSSIERS_FORMAT} document.
   *
   * @param report the report, not null
   * @param language the language of messages and texts, not null
   * @return the document, not null
   */
  public static String write(DossierReport report, Locale language) {
    ObjectNode root = document(DOSSIERS_FORMAT, language);
    root.put("from", report.from().toString());
    root.put("asOf", report.asOf().toString());
    root.set("all", figures(report.all()));
    ObjectNode groups = root.putObject("groups");
    report.groups().forEach((k, f) -> groups.set(k, figures(f)));
    findings(root, report.findings(), language);
    return CchcJson.writeTree(root);
  }

  /**
   * Writes a scorecard's report as a {@value #SCORE_FORMAT} document.
   *
   * @param report the report, not null
   * @param language the language of messages and texts, not null
   * @return the document, not null
   */
  public static String write(ScoreReport report, Locale language) {
    ObjectNode root = document(SCORE_FORMAT, language);
    root.put("index", report.index().name());
    root.put("year", report.year().getValue());
    root.put("subject", report.subject());
    report.total().ifPresent(t -> root.put("total", t));
    ArrayNode criteria = root.putArray("criteria");
    for (ScoreReport.Line l : report.criteria()) {
      ObjectNode n = criteria.addObject();
      n.put("depth", l.depth());
      l.code().ifPresent(c -> n.put("code", c));
      n.put("name", l.name());
      l.maximum().ifPresent(v -> n.put("maximum", v));
      l.achieved().ifPresent(v -> n.put("achieved", v));
      l.change().ifPresent(v -> n.put("change", v));
      l.percentOfMaximum().ifPresent(v -> n.put("percentOfMaximum", v));
    }
    ArrayNode changes = root.putArray("changes");
    for (Scorecards.Change c : report.changes()) {
      ObjectNode n = changes.addObject();
      n.put("criterion", c.label());
      n.put("previous", c.previous());
      n.put("current", c.current());
      n.put("delta", c.delta());
      c.relativePercent().ifPresent(r -> n.put("relativePercent", r));
    }
    findings(root, report.findings(), language);
    return CchcJson.writeTree(root);
  }

  /**
   * Writes what an import came to as a {@value #IMPORT_FORMAT} document.
   *
   * @param report the report, not null
   * @param language the language of messages and texts, not null
   * @return the document, not null
   */
  public static String write(ImportReport report, Locale language) {
    ObjectNode root = document(IMPORT_FORMAT, language);
    root.put("tasks", report.tasks());
    findings(root, report.findings(), language);
    return CchcJson.writeTree(root);
  }

  /**
   * Writes a comparison of two plans as a {@value #DIFF_FORMAT} document: each changed field with
   * its values as the plan documents hold them and its name in the document's language.
   *
   * @param diff the comparison, not null
   * @param language the language of the field names, not null
   * @return the document, not null
   */
  public static String write(PlanDiff diff, Locale language) {
    ObjectNode root = document(DIFF_FORMAT, language);
    root.put("older", diff.olderId());
    root.put("newer", diff.newerId());
    fieldChanges(root.putArray("planFields"), diff.planFields(), PlanDiff.Part.PLAN, language);
    itemChanges(root.putArray("keyTargets"), diff.keyTargets(), PlanDiff.Part.KEY_TARGET, language);
    origins(root.putArray("keyTargetOrigins"), diff.keyTargetOrigins());
    itemChanges(root.putArray("tasks"), diff.tasks(), PlanDiff.Part.TASK, language);
    origins(root.putArray("taskOrigins"), diff.taskOrigins());
    return CchcJson.writeTree(root);
  }

  private static void fieldChanges(ArrayNode out, List<PlanDiff.FieldChange> changes, PlanDiff.Part of, Locale language) {
    for (PlanDiff.FieldChange c : changes) {
      ObjectNode n = out.addObject();
      n.put("field", c.field());
      n.put("name", Labels.fieldName(of, c.field(), language));
      c.before().ifPresent(v -> n.set("before", v));
      c.after().ifPresent(v -> n.set("after", v));
    }
  }

  private static void itemChanges(ArrayNode out, List<PlanDiff.ItemChange> changes, PlanDiff.Part of, Locale language) {
    for (PlanDiff.ItemChange c : changes) {
      ObjectNode n = out.addObject();
      n.put("change", c.change().name());
      index(n, "before", c.before());
      index(n, "after", c.after());
      n.put("label", c.label());
      n.put("text", c.text());
      fieldChanges(n.putArray("fields"), c.fields(), of, language);
    }
  }

  private static void index(ObjectNode n, String name, Optional<Integer> index) {
    if (index.isPresent()) {
      n.put(name, index.get());
    } else {
      n.putNull(name);
    }
  }

  private static void origins(ArrayNode out, List<Optional<Integer>> origins) {
    origins.forEach(o -> {
      if (o.isPresent()) {
        out.add(o.get());
      } else {
        out.addNull();
      }
    });
  }

  private static ObjectNode document(String format, Locale language) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", format);
    root.put("language", Labels.language(language).getLanguage());
    return root;
  }

  private static void findings(ObjectNode root, CheckReport report, Locale language) {
    ObjectNode counts = root.putObject("counts");
    report.counts().forEach((s, n) -> counts.put(s.name(), n));
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      finding(findings.addObject(), f, language);
    }
  }

  /** Whether the Jackson modules write and read values of a type: findings and the report documents. */
  static boolean isReportType(Class<?> type) {
    return CheckReport.class.isAssignableFrom(type) || Finding.class.isAssignableFrom(type)
        || StatusReport.class.isAssignableFrom(type) || DossierReport.class.isAssignableFrom(type)
        || ScoreReport.class.isAssignableFrom(type) || ImportReport.class.isAssignableFrom(type)
        || HistoryReport.class.isAssignableFrom(type) || ProgrammeProgress.class.isAssignableFrom(type);
  }

  /** Any value {@link #isReportType} accepts, as its document (a finding as the documents hold one). */
  static String writeReportValue(Object value, Locale language) {
    if (value instanceof CheckReport r) {
      return write(r, language);
    } else if (value instanceof Finding f) {
      return writeFinding(f, language);
    } else if (value instanceof StatusReport r) {
      return write(r, language);
    } else if (value instanceof DossierReport r) {
      return write(r, language);
    } else if (value instanceof ScoreReport r) {
      return write(r, language);
    } else if (value instanceof HistoryReport r) {
      return write(r, language);
    } else if (value instanceof ProgrammeProgress r) {
      return write(r, language);
    }
    return write((ImportReport) value, language);
  }

  /** Reads a value of a type {@link #isReportType} accepts. */
  static Object readReportValue(String json, Class<?> type) {
    if (CheckReport.class.isAssignableFrom(type)) {
      return readCheck(json);
    } else if (Finding.class.isAssignableFrom(type)) {
      return readFinding(json);
    } else if (StatusReport.class.isAssignableFrom(type)) {
      return readStatus(json);
    } else if (DossierReport.class.isAssignableFrom(type)) {
      return readDossiers(json);
    } else if (ScoreReport.class.isAssignableFrom(type)) {
      return readScore(json);
    } else if (HistoryReport.class.isAssignableFrom(type)) {
      return readHistory(json);
    } else if (ProgrammeProgress.class.isAssignableFrom(type)) {
      return readProgrammeProgress(json);
    }
    return readImport(json);
  }

  /** One finding as the findings documents hold it, for the Jackson module's single findings. */
  static String writeFinding(Finding f, Locale language) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    finding(n, f, language);
    return CchcJson.writeTree(n);
  }

  /** One finding as the findings documents hold it, its indicators from the built-in catalog. */
  static Finding readFinding(String json) {
    return finding(new In(CchcJson.readTree(json), ""), IndicatorCatalog.builtIn());
  }

  private static void finding(ObjectNode n, Finding f, Locale language) {
    n.put("code", f.code());
    n.put("severity", f.severity().name());
    ObjectNode subject = n.putObject("subject");
    subject.put("kind", f.subject().kind().name());
    subject.put("label", f.subject().label());
    subject.put("text", f.subject().describe(language));
    n.put("pointer", f.pointer());
    if (!f.variant().isEmpty()) {
      n.put("variant", f.variant());
    }
    n.set("facts", values(f.facts()));
    n.put("message", f.message(language));
  }

  private static ObjectNode values(Map<String, ?> facts) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    facts.forEach((name, value) -> n.set(name, value(value)));
    return n;
  }

  private static JsonNode value(Object v) {
    if (v instanceof Indicator i) {
      return JsonNodeFactory.instance.stringNode(i.id());
    }
    if (v instanceof BigDecimal b) {
      return JsonNodeFactory.instance.numberNode(b);
    }
    if (v instanceof Integer i) {
      return JsonNodeFactory.instance.numberNode(i);
    }
    if (v instanceof Long l) {
      return JsonNodeFactory.instance.numberNode(l);
    }
    if (v instanceof Year y) {
      return JsonNodeFactory.instance.numberNode(y.getValue());
    }
    if (v instanceof Boolean b) {
      return JsonNodeFactory.instance.booleanNode(b);
    }
    if (v instanceof Enum<?> e) {
      return JsonNodeFactory.instance.stringNode(e.name());
    }
    if (v instanceof Collection<?> c) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      c.forEach(x -> a.add(value(x)));
      return a;
    }
    return JsonNodeFactory.instance.stringNode(String.valueOf(v));
  }

  private static ObjectNode tally(Tally t) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    t.counts().forEach((s, c) -> n.put(s.name(), c));
    n.put("total", t.total());
    return n;
  }

  private static ObjectNode figures(DossierReport.Figures f) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("received", f.received());
    n.put("handled", f.handled());
    n.put("pending", f.pending());
    n.set("planWording", rate(f.planWording()));
    n.set("decision766", rate(f.decision766()));
    n.put("inconsistent", f.inconsistent());
    return n;
  }

  private static ObjectNode rate(Rate r) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("numerator", r.numerator());
    n.put("denominator", r.denominator());
    r.percent(2).ifPresent(p -> n.put("percent", p));
    return n;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a {@value #CHECK_FORMAT} document; indicators are looked up in the built-in catalog.
   *
   * @param json the document, not null
   * @return the findings, not null
   * @throws JsonFormatException if the document is not a valid findings document
   */
  public static CheckReport readCheck(String json) {
    return readCheck(json, IndicatorCatalog.builtIn());
  }

  /**
   * Reads a {@value #CHECK_FORMAT} document, looking indicators named in facts up in a catalog.
   *
   * @param json the document, not null
   * @param indicators the catalog, not null
   * @return the findings, not null
   * @throws JsonFormatException if the document is not a valid findings document
   */
  public static CheckReport readCheck(String json, IndicatorCatalog indicators) {
    In root = root(json, CHECK_FORMAT).object("format", "language", "counts", "findings");
    return findings(root, indicators);
  }

  /**
   * Reads a {@value #STATUS_FORMAT} document.
   *
   * @param json the document, not null
   * @return the report, not null
   * @throws JsonFormatException if the document is not a valid status document
   */
  public static StatusReport readStatus(String json) {
    In root = root(json, STATUS_FORMAT).object("format", "language", "plan", "asOf", "health", "reasons", "onTimeRate",
        "completionTarget", "total", "byArea", "byLead", "byAgency", "tasks", "keyTargets", "counts", "findings");
    List<HealthReason> reasons = reasons(root.get("reasons"));
    Map<ReformArea, Tally> areas = new EnumMap<>(ReformArea.class);
    for (Map.Entry<String, In> e : root.get("byArea").properties()) {
      areas.put(new In(JsonNodeFactory.instance.stringNode(e.getKey()), e.getValue().pointer()).constant(ReformArea.class),
          tally(e.getValue()));
    }
    List<StatusReport.Lead> leads = new ArrayList<>();
    for (In l : root.get("byLead").items()) {
      l.object("ref", "name", "tally");
      leads.add(new StatusReport.Lead(l.get("ref").text(), l.get("name").text(), tally(l.get("tally"))));
    }
    List<AgencyStanding> agencies = new ArrayList<>();
    for (In a : root.get("byAgency").items()) {
      a.object("ref", "name", "led", "coordinated", "reportsOwed", "reportsSent", "reportsLate");
      agencies.add(new AgencyStanding(a.get("ref").text(), a.get("name").text(), tally(a.get("led")),
          tally(a.get("coordinated")), a.get("reportsOwed").smallInteger(), a.opt("reportsSent").map(In::smallInteger),
          a.opt("reportsLate").map(In::smallInteger)));
    }
    List<StatusReport.TaskLine> tasks = new ArrayList<>();
    for (In t : root.get("tasks").items()) {
      t.object("label", "pointer", "status", "due", "completedOn");
      tasks.add(new StatusReport.TaskLine(t.get("label").text(), t.get("pointer").text(),
          t.get("status").constant(TaskStatus.class), t.opt("due").map(In::date), t.opt("completedOn").map(In::date)));
    }
    List<StatusReport.TargetLine> targets = new ArrayList<>();
    for (In t : root.get("keyTargets").items()) {
      t.object("label", "pointer", "target", "outcome", "measured", "gap");
      targets.add(new StatusReport.TargetLine(t.get("label").text(), t.get("pointer").text(), t.get("target").text(),
          t.get("outcome").constant(Target.Outcome.class), t.opt("measured").map(In::number),
          t.opt("gap").map(In::number)));
    }
    return new StatusReport(root.get("plan").text(), root.get("asOf").date(),
        root.get("health").constant(PlanHealth.class), reasons, root.opt("onTimeRate").map(In::number),
        root.opt("completionTarget").map(n -> n.constant(Target.Outcome.class)), tally(root.get("total")), areas, leads,
        agencies, tasks, targets, findings(root, IndicatorCatalog.builtIn()));
  }

  /**
   * Reads a {@value #DOSSIERS_FORMAT} document.
   *
   * @param json the document, not null
   * @return the report, not null
   * @throws JsonFormatException if the document is not a valid dossier statistics document
   */
  public static DossierReport readDossiers(String json) {
    In root = root(json, DOSSIERS_FORMAT).object("format", "language", "from", "asOf", "all", "groups", "counts",
        "findings");
    Map<String, DossierReport.Figures> groups = new LinkedHashMap<>();
    for (Map.Entry<String, In> e : root.get("groups").properties()) {
      groups.put(e.getKey(), figures(e.getValue()));
    }
    return new DossierReport(root.get("from").date(), root.get("asOf").date(), figures(root.get("all")), groups,
        findings(root, IndicatorCatalog.builtIn()));
  }

  /**
   * Reads a {@value #SCORE_FORMAT} document.
   *
   * @param json the document, not null
   * @return the report, not null
   * @throws JsonFormatException if the document is not a valid scorecard report
   */
  public static ScoreReport readScore(String json) {
    In root = root(json, SCORE_FORMAT).object("format", "language", "index", "year", "subject", "total", "criteria",
        "changes", "counts", "findings");
    List<ScoreReport.Line> lines = new ArrayList<>();
    for (In l : root.get("criteria").items()) {
      l.object("depth", "code", "name", "maximum", "achieved", "change", "percentOfMaximum");
      lines.add(new ScoreReport.Line(l.get("depth").smallInteger(), l.opt("code").map(In::text), l.get("name").text(),
          l.opt("maximum").map(In::number), l.opt("achieved").map(In::number), l.opt("change").map(In::number),
          l.opt("percentOfMaximum").map(In::number)));
    }
    List<Scorecards.Change> changes = new ArrayList<>();
    for (In c : root.get("changes").items()) {
      c.object("criterion", "previous", "current", "delta", "relativePercent");
      changes.add(new Scorecards.Change(c.get("criterion").text(), c.get("previous").number(), c.get("current").number()));
    }
    return new ScoreReport(root.get("index").constant(Scorecard.Index.class), Year.of(root.get("year").smallInteger()),
        root.get("subject").text(), root.opt("total").map(In::number), lines, changes,
        findings(root, IndicatorCatalog.builtIn()));
  }

  /**
   * Reads a {@value #IMPORT_FORMAT} document.
   *
   * @param json the document, not null
   * @return the report, not null
   * @throws JsonFormatException if the document is not a valid import document
   */
  public static ImportReport readImport(String json) {
    In root = root(json, IMPORT_FORMAT).object("format", "language", "tasks", "counts", "findings");
    In tasks = root.get("tasks");
    long n = tasks.integer();
    if (n < 0) {
      throw new JsonFormatException(tasks.pointer(), "an import cannot read " + n + " tasks", null);
    }
    return new ImportReport(n, findings(root, IndicatorCatalog.builtIn()));
  }

  /**
   * Writes a plan and its amendments as a {@value #REVISIONS_FORMAT} document: the plan as issued,
   * as its own document, then each amendment's day, decision and changes, as a {@value #DIFF_FORMAT}
   * document.
   *
   * @param revisions the plan and its amendments, not null
   * @param language the language of the changes' field names, not null
   * @return the document, not null
   */
  public static String write(PlanRevisions revisions, Locale language) {
    ObjectNode root = document(REVISIONS_FORMAT, language);
    root.set("original", CchcJson.readTree(CchcJson.writePlan(revisions.original())));
    ArrayNode out = root.putArray("revisions");
    for (PlanRevisions.Revision r : revisions.revisions()) {
      ObjectNode n = out.addObject();
      n.put("effectiveFrom", r.effectiveFrom().toString());
      n.set("decision", CchcJson.toTree(r.decision()));
      n.set("changes", CchcJson.readTree(write(r.changes(), language)));
    }
    return CchcJson.writeTree(root);
  }

  /**
   * Reads a {@value #REVISIONS_FORMAT} document, applying each amendment in turn.
   *
   * @param json the document, not null
   * @return the plan and its amendments, not null
   * @throws JsonFormatException if it is not such a document, or an amendment does not apply to the
   *     revision before it, with the JSON Pointer of the fault
   */
  public static PlanRevisions readRevisions(String json) {
    In root = root(json, REVISIONS_FORMAT).object("format", "language", "original", "revisions");
    In original = root.get("original");
    PlanRevisions revisions;
    try {
      revisions = PlanRevisions.of(CchcJson.readPlan(CchcJson.writeTree(original.node())));
    } catch (JsonFormatException e) {
      throw e.within(original.pointer());
    }
    for (In r : root.get("revisions").items()) {
      r.object("effectiveFrom", "decision", "changes");
      LocalDate day = r.get("effectiveFrom").date();
      In decision = r.get("decision");
      io.github.cchc.model.DocumentRef ref;
      try {
        ref = CchcJson.fromTree(decision.node(), io.github.cchc.model.DocumentRef.class);
      } catch (JsonFormatException e) {
        throw e.within(decision.pointer());
      }
      // Read where it stands, so that its failures carry their place in this document.
      PlanDiff diff = readDiff(r.get("changes").format(DIFF_FORMAT));
      try {
        revisions = revisions.amend(day, ref, diff);
      } catch (IllegalArgumentException e) {
        throw new JsonFormatException(r.pointer(), e.getMessage(), null);
      }
    }
    return revisions;
  }

  /**
   * Writes a plan's course through the year as a {@value #HISTORY_FORMAT} document.
   *
   * @param report the history, not null
   * @param language the language of the reasons' messages, not null
   * @return the document, not null
   */
  public static String write(HistoryReport report, Locale language) {
    ObjectNode root = document(HISTORY_FORMAT, language);
    root.put("plan", report.plan());
    ArrayNode points = root.putArray("points");
    for (PlanHistory.Point p : report.points()) {
      ObjectNode n = points.addObject();
      n.put("asOf", p.asOf().toString());
      n.put("tracked", p.tracked());
      n.put("due", p.due());
      n.put("onTime", p.onTime());
      n.put("late", p.late());
      n.put("overdue", p.overdue());
      p.onTimeRate().ifPresent(r -> n.put("onTimeRate", r));
      p.completionRate().ifPresent(r -> n.put("completionRate", r));
      n.put("revision", p.revision());
    }
    ArrayNode transitions = root.putArray("transitions");
    for (PlanHistory.Transition t : report.transitions()) {
      ObjectNode n = transitions.addObject();
      n.put("pointer", t.pointer());
      n.put("label", t.label());
      n.put("from", t.from().name());
      n.put("to", t.to().name());
      n.put("on", t.on().toString());
    }
    report.onTimeForecast().ifPresent(f -> root.set("onTimeForecast", forecast(f)));
    report.completionForecast().ifPresent(f -> root.set("completionForecast", forecast(f)));
    ArrayNode targets = root.putArray("keyTargets");
    for (HistoryReport.TargetLine t : report.keyTargets()) {
      ObjectNode n = targets.addObject();
      n.put("label", t.label());
      n.put("target", t.target());
      ArrayNode measured = n.putArray("points");
      for (PlanHistory.TargetPoint p : t.points()) {
        ObjectNode m = measured.addObject();
        m.put("periodEnd", p.periodEnd().toString());
        m.put("measuredOn", p.measuredOn().toString());
        m.put("value", p.value());
        m.put("outcome", p.outcome().name());
      }
      t.forecast().ifPresent(f -> n.set("forecast", forecast(f)));
      t.forecastOutcome().ifPresent(o -> n.put("forecastOutcome", o.name()));
      n.put("settled", t.settled());
    }
    report.health().ifPresent(h -> root.put("health", h.name()));
    reasons(root.putArray("reasons"), report.reasons(), language);
    return CchcJson.writeTree(root);
  }

  /**
   * Reads a {@value #HISTORY_FORMAT} document; the reasons' messages, rendered for a reader, are ignored.
   *
   * @param json the document, not null
   * @return the history, not null
   * @throws JsonFormatException if it is not such a document, with the JSON Pointer of the fault
   */
  public static HistoryReport readHistory(String json) {
    In root = root(json, HISTORY_FORMAT).object("format", "language", "plan", "points", "transitions", "onTimeForecast",
        "completionForecast", "keyTargets", "health", "reasons");
    List<PlanHistory.Point> points = new ArrayList<>();
    for (In p : root.get("points").items()) {
      p.object("asOf", "tracked", "due", "onTime", "late", "overdue", "onTimeRate", "completionRate", "revision");
      points.add(checked(p, () -> new PlanHistory.Point(p.get("asOf").date(), p.get("tracked").smallInteger(),
          p.get("due").smallInteger(), p.get("onTime").smallInteger(), p.get("late").smallInteger(),
          p.get("overdue").smallInteger(), p.opt("onTimeRate").map(In::number), p.opt("completionRate").map(In::number),
          p.get("revision").smallInteger())));
    }
    List<PlanHistory.Transition> transitions = new ArrayList<>();
    for (In t : root.get("transitions").items()) {
      t.object("pointer", "label", "from", "to", "on");
      transitions.add(new PlanHistory.Transition(t.get("pointer").text(), t.get("label").text(),
          t.get("from").constant(TaskStatus.class), t.get("to").constant(TaskStatus.class), t.get("on").date()));
    }
    List<HistoryReport.TargetLine> targets = new ArrayList<>();
    for (In t : root.get("keyTargets").items()) {
      t.object("label", "target", "points", "forecast", "forecastOutcome", "settled");
      List<PlanHistory.TargetPoint> measured = new ArrayList<>();
      for (In m : t.get("points").items()) {
        m.object("periodEnd", "measuredOn", "value", "outcome");
        measured.add(new PlanHistory.TargetPoint(m.get("periodEnd").date(), m.get("measuredOn").date(),
            m.get("value").number(), m.get("outcome").constant(Target.Outcome.class)));
      }
      Optional<Forecast> forecast = t.opt("forecast").map(ReportJson::forecast);
      Optional<Target.Outcome> outcome = t.opt("forecastOutcome").map(o -> o.constant(Target.Outcome.class));
      boolean settled = t.get("settled").bool();
      targets.add(checked(t, () -> new HistoryReport.TargetLine(t.get("label").text(), t.get("target").text(), measured,
          forecast, outcome, settled)));
    }
    Optional<Forecast> onTime = root.opt("onTimeForecast").map(ReportJson::forecast);
    Optional<Forecast> completion = root.opt("completionForecast").map(ReportJson::forecast);
    Optional<PlanHealth> health = root.opt("health").map(h -> h.constant(PlanHealth.class));
    List<HealthReason> reasons = reasons(root.get("reasons"));
    return checked(root, () -> new HistoryReport(root.get("plan").text(), points, transitions, onTime, completion,
        targets, health, reasons));
  }

  /**
   * Writes a programme's progress as a {@value #PROGRAMME_PROGRESS_FORMAT} document; each target as
   * the model writes targets.
   *
   * @param progress the progress, not null
   * @param language the document's language, not null
   * @return the document, not null
   */
  public static String write(ProgrammeProgress progress, Locale language) {
    ObjectNode root = document(PROGRAMME_PROGRESS_FORMAT, language);
    root.put("programme", progress.programme());
    ArrayNode targets = root.putArray("targets");
    for (ProgrammeProgress.TargetProgress t : progress.targets()) {
      ObjectNode n = targets.addObject();
      n.put("phase", t.phase());
      n.put("by", t.by().getValue());
      n.put("label", t.label());
      n.set("target", CchcJson.toTree(t.target()));
      ArrayNode years = n.putArray("years");
      for (ProgrammeProgress.YearResult y : t.years()) {
        ObjectNode r = years.addObject();
        r.put("year", y.year().getValue());
        r.put("periodEnd", y.periodEnd().toString());
        r.put("value", y.value());
        r.put("outcome", y.outcome().name());
      }
      t.forecast().ifPresent(f -> n.set("forecast", forecast(f)));
      t.forecastOutcome().ifPresent(o -> n.put("forecastOutcome", o.name()));
    }
    return CchcJson.writeTree(root);
  }

  /**
   * Reads a {@value #PROGRAMME_PROGRESS_FORMAT} document; each forecast's outcome, derived from the
   * target and the forecast, is ignored.
   *
   * @param json the document, not null
   * @return the progress, not null
   * @throws JsonFormatException if it is not such a document, with the JSON Pointer of the fault
   */
  public static ProgrammeProgress readProgrammeProgress(String json) {
    In root = root(json, PROGRAMME_PROGRESS_FORMAT).object("format", "language", "programme", "targets");
    List<ProgrammeProgress.TargetProgress> targets = new ArrayList<>();
    for (In t : root.get("targets").items()) {
      t.object("phase", "by", "label", "target", "years", "forecast", "forecastOutcome");
      In target = t.get("target");
      Target parsed;
      try {
        parsed = CchcJson.fromTree(target.node(), Target.class);
      } catch (JsonFormatException e) {
        throw e.within(target.pointer());
      }
      List<ProgrammeProgress.YearResult> years = new ArrayList<>();
      for (In y : t.get("years").items()) {
        y.object("year", "periodEnd", "value", "outcome");
        years.add(checked(y, () -> new ProgrammeProgress.YearResult(Year.of(y.get("year").smallInteger()),
            y.get("periodEnd").date(), y.get("value").number(), y.get("outcome").constant(Target.Outcome.class))));
      }
      Optional<Forecast> forecast = t.opt("forecast").map(ReportJson::forecast);
      t.opt("forecastOutcome").ifPresent(o -> o.constant(Target.Outcome.class));
      targets.add(checked(t, () -> new ProgrammeProgress.TargetProgress(t.get("phase").text(),
          Year.of(t.get("by").smallInteger()), t.get("label").text(), parsed, years, forecast)));
    }
    return new ProgrammeProgress(root.get("programme").text(), targets);
  }

  private static ObjectNode forecast(Forecast f) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("point", f.point());
    n.put("lower", f.lower());
    n.put("upper", f.upper());
    n.put("method", f.method().name());
    n.put("observed", f.observed());
    n.put("remaining", f.remaining());
    return n;
  }

  private static Forecast forecast(In f) {
    f.object("point", "lower", "upper", "method", "observed", "remaining");
    return checked(f, () -> new Forecast(f.get("point").number(), f.get("lower").number(), f.get("upper").number(),
        f.get("method").constant(Forecast.Method.class), f.get("observed").smallInteger(),
        f.get("remaining").smallInteger()));
  }

  /** A value whose parts each read but disagree with one another: the fault is the object's. */
  private static <T> T checked(In at, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(at.pointer(), e.getMessage(), null);
    }
  }

  private static void reasons(ArrayNode out, List<HealthReason> reasons, Locale language) {
    for (HealthReason r : reasons) {
      ObjectNode n = out.addObject();
      n.put("code", r.code().name());
      if (!r.variant().isEmpty()) {
        n.put("variant", r.variant());
      }
      n.set("facts", values(r.facts()));
      n.put("message", r.message(language));
    }
  }

  private static List<HealthReason> reasons(In in) {
    List<HealthReason> reasons = new ArrayList<>();
    for (In r : in.items()) {
      r.object("code", "variant", "facts", "message");
      reasons.add(HealthReason.of(r.get("code").constant(HealthReason.Code.class),
          r.opt("variant").map(In::text).orElse(""), reasonFacts(r.get("facts"))));
    }
    return reasons;
  }

  /**
   * Reads a {@value #DIFF_FORMAT} document; the field names, rendered for a reader, are ignored.
   *
   * @param json the document, not null
   * @return the comparison, not null
   * @throws JsonFormatException if it is not such a document, with the JSON Pointer of the fault
   */
  public static PlanDiff readDiff(String json) {
    return readDiff(root(json, DIFF_FORMAT));
  }

  private static PlanDiff readDiff(In root) {
    root.object("format", "language", "older", "newer", "planFields", "keyTargets", "keyTargetOrigins", "tasks",
        "taskOrigins");
    try {
      return PlanDiff.of(root.get("older").text(), root.get("newer").text(), readFieldChanges(root.get("planFields")),
          readItemChanges(root.get("keyTargets")), readOrigins(root.get("keyTargetOrigins")),
          readItemChanges(root.get("tasks")), readOrigins(root.get("taskOrigins")));
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(root.pointer(), e.getMessage(), null);
    }
  }

  private static List<PlanDiff.FieldChange> readFieldChanges(In array) {
    List<PlanDiff.FieldChange> out = new ArrayList<>();
    for (In f : array.items()) {
      f.object("field", "name", "before", "after");
      f.get("name").text();
      out.add(new PlanDiff.FieldChange(f.get("field").text(), f.opt("before").map(In::node), f.opt("after").map(In::node)));
    }
    return out;
  }

  private static List<PlanDiff.ItemChange> readItemChanges(In array) {
    List<PlanDiff.ItemChange> out = new ArrayList<>();
    for (In c : array.items()) {
      c.object("change", "before", "after", "label", "text", "fields");
      for (String required : List.of("before", "after")) {
        if (!c.node().has(required)) {
          throw new JsonFormatException(c.pointer() + "/" + required, "missing required property \"" + required
              + "\" (null where there is none)", null);
        }
      }
      out.add(new PlanDiff.ItemChange(c.get("change").constant(PlanDiff.Change.class), readIndex(c.opt("before")),
          readIndex(c.opt("after")), c.get("label").text(), c.get("text").text(), readFieldChanges(c.get("fields"))));
    }
    return out;
  }

  private static List<Optional<Integer>> readOrigins(In array) {
    List<Optional<Integer>> out = new ArrayList<>();
    for (In o : array.items()) {
      out.add(readIndex(o.node().isNull() ? Optional.empty() : Optional.of(o)));
    }
    return out;
  }

  private static Optional<Integer> readIndex(Optional<In> index) {
    if (index.isEmpty()) {
      return Optional.empty();
    }
    In n = index.get();
    int i = n.smallInteger();
    if (i < 0) {
      throw new JsonFormatException(n.pointer(), "an index cannot be " + i, null);
    }
    return Optional.of(i);
  }

  /**
   * Gets the JSON Schema (draft 2020-12) of the report documents: {@code $defs} name each
   * document and its parts.
   *
   * @return the schema, not null
   */
  public static String schema() {
    try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("cchc-rules is missing its resource " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static In root(String json, String format) {
    return new In(CchcJson.readTree(json), "").format(format);
  }

  private static CheckReport findings(In root, IndicatorCatalog indicators) {
    root.get("counts").properties();
    List<Finding> out = new ArrayList<>();
    for (In f : root.get("findings").items()) {
      out.add(finding(f, indicators));
    }
    return CheckReport.of(out);
  }

  private static Finding finding(In f, IndicatorCatalog indicators) {
    f.object("code", "severity", "subject", "pointer", "variant", "facts", "message");
    String code = f.get("code").text();
    Severity severity = f.get("severity").constant(Severity.class);
    In s = f.get("subject").object("kind", "label", "text");
    Subject subject = Subject.of(s.get("kind").constant(Subject.Kind.class), s.get("label").text());
    String pointer = f.get("pointer").text();
    String variant = f.opt("variant").map(In::text).orElse("");
    In facts = f.get("facts");
    Optional<FindingCode> builtIn = FindingCode.find(code);
    try {
      if (builtIn.isEmpty()) {
        String message = f.get("message").text();
        return Finding.of(code, severity, subject, pointer, plainValues(facts), message, message);
      }
      return Finding.of(builtIn.get(), severity, subject, pointer, variant, typedFacts(builtIn.get(), variant, facts,
          indicators));
    } catch (JsonFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new JsonFormatException(f.pointer(), e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Facts typedFacts(FindingCode code, String variant, In facts, IndicatorCatalog indicators) {
    Facts out = Facts.none();
    List<Fact<?>> declared = code.facts(variant);
    String[] names = declared.stream().map(Fact::name).toArray(String[]::new);
    facts.object(names);
    for (Fact<?> fact : declared) {
      In v = facts.get(fact.name());
      out.and((Fact<Object>) fact, typed(fact, v, indicators));
    }
    return out;
  }

  /** A fact's value as its declared type; the enum facts of the rooms above the catalog by name. */
  private static Object typed(Fact<?> fact, In v, IndicatorCatalog indicators) {
    Class<?> type = fact.type();
    if (fact == Fact.COLUMN) {
      return v.constant(TaskColumn.class);
    }
    if (fact == Fact.PROBLEM) {
      return v.constant(DossierClass.Inconsistency.class);
    }
    if (fact == Fact.EXPECTED) {
      return v.items().stream().map(i -> i.constant(TaskColumn.class)).toList();
    }
    if (fact == Fact.MISSING) {
      return v.items().stream().map(In::text).toList();
    }
    if (fact == Fact.INDICATOR) {
      String id = v.text();
      return indicators.find(id).<Object>map(i -> i).orElse(id);
    }
    if (type == String.class) {
      return v.text();
    }
    if (type == LocalDate.class) {
      return v.date();
    }
    if (type == BigDecimal.class) {
      return v.number();
    }
    if (type == Integer.class) {
      return v.smallInteger();
    }
    if (type == Long.class) {
      return v.integer();
    }
    if (type == Year.class) {
      return Year.of(v.smallInteger());
    }
    if (type.isEnum()) {
      return constant(type, v);
    }
    throw new JsonFormatException(v.pointer(), "no reading for the fact \"" + fact.name() + "\"", null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> type, In v) {
    return v.constant((Class) type);
  }

  /** A health reason's figures: the rate in percent a decimal, the target text, the rest counts. */
  private static Map<String, Object> reasonFacts(In facts) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, In> e : facts.properties()) {
      In v = e.getValue();
      out.put(e.getKey(), switch (e.getKey()) {
        case "rate", "point", "lower", "upper" -> v.number();
        case "target" -> v.text();
        default -> v.integer();
      });
    }
    return out;
  }

  /** Facts as JSON gives them: text, whole numbers as Long, other numbers as BigDecimal, lists, booleans. */
  private static Map<String, Object> plainValues(In facts) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, In> e : facts.properties()) {
      out.put(e.getKey(), plain(e.getValue()));
    }
    return out;
  }

  private static Object plain(In v) {
    JsonNode n = v.node();
    if (n.isIntegralNumber()) {
      return v.integer();
    }
    if (n.isNumber()) {
      return v.number();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isArray()) {
      return v.items().stream().map(ReportJson::plain).toList();
    }
    return v.text();
  }

  private static Tally tally(In t) {
    Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
    for (Map.Entry<String, In> e : t.properties()) {
      if (e.getKey().equals("total")) {
        e.getValue().integer();
        continue;
      }
      counts.put(new In(JsonNodeFactory.instance.stringNode(e.getKey()), e.getValue().pointer()).constant(TaskStatus.class),
          e.getValue().smallInteger());
    }
    return Tally.of(counts);
  }

  private static DossierReport.Figures figures(In f) {
    f.object("received", "handled", "pending", "planWording", "decision766", "inconsistent");
    return new DossierReport.Figures(f.get("received").integer(), f.get("handled").integer(), f.get("pending").integer(),
        rate(f.get("planWording")), rate(f.get("decision766")), f.get("inconsistent").integer());
  }

  private static Rate rate(In r) {
    r.object("numerator", "denominator", "percent");
    try {
      return new Rate(r.get("numerator").integer(), r.get("denominator").integer());
    } catch (RuntimeException e) {
      throw new JsonFormatException(r.pointer(), e.getMessage(), e);
    }
  }
}
