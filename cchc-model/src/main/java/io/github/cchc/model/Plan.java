package io.github.cchc.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A public body's administrative-reform plan for a year (kế hoạch cải cách hành chính năm N), in
 * the parts the documents print: the issuing decision and header, legal bases (căn cứ), purposes
 * (mục đích, yêu cầu), key targets (chỉ tiêu chủ yếu), measures by area (nhiệm vụ, giải pháp),
 * funding (kinh phí), general duties and responsibilities (tổ chức thực hiện), the reporting
 * schedule, the plans it orders others to issue, and the appendix task table (danh mục nhiệm vụ).
 *
 * <p>Every agency or group a plan names must be in its {@link #directory()}; parties that resolve
 * to nobody are kept as {@link Party.Kind#NAMED}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
@JsonPropertyOrder({"id", "title", "year", "level", "issuer", "issuingDocument", "headerLines", "legalBases",
    "purposes", "keyTargets", "measures", "funding", "fundingFigures", "generalDuties", "responsibilities", "reportingSchedule",
    "cascade", "tasks", "directory"})
public abstract class Plan {
  /**
   * The first year cchc supports: the first the working calendar has statutory holidays for
   * (lịch ngày làm việc from 1995). Plans, dossiers and calendars refuse years before it.
   */
  public static final Year FIRST_YEAR = Year.of(1995);
  /** The last year cchc supports: the last the lunar calendar behind Tết is computed for. */
  public static final Year LAST_YEAR = Year.of(2100);
  Plan() {}

  /**
   * Gets the id, a stable key such as {@code "hai-phong-2024"}.
   *
   * @return the id, without whitespace, not empty
   */
  public abstract String id();

  /**
   * Gets the title as printed ("Kế hoạch Cải cách hành chính nhà nước thành phố Hải Phòng năm 2024").
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Gets the year the plan is for.
   *
   * @return the year, {@link #FIRST_YEAR} to {@link #LAST_YEAR}
   */
  public abstract Year year();

  /**
   * Gets the tier of the issuing body.
   *
   * @return the level, not null
   */
  public abstract AgencyLevel level();

  /**
   * Gets the issuing body.
   *
   * @return the issuer, empty if not recorded
   */
  public abstract Optional<Party> issuer();

  /**
   * Gets the document that issues the plan ("Quyết định số 4791/QĐ-UBND ngày 29/12/2023").
   *
   * @return the document, empty if the plan prints none
   */
  public abstract Optional<DocumentRef> issuingDocument();

  /**
   * Gets the header and attachment lines as printed ("(Kèm theo Quyết định số 479/QĐ-UBND …)").
   *
   * @return the lines, possibly empty
   */
  public abstract List<String> headerLines();

  /**
   * Gets the legal bases (căn cứ).
   *
   * @return the documents, possibly empty
   */
  public abstract List<DocumentRef> legalBases();

  /**
   * Gets the purposes and requirements (mục đích, yêu cầu) as printed.
   *
   * @return the paragraphs, possibly empty
   */
  public abstract List<String> purposes();

  /**
   * Gets the key targets (chỉ tiêu chủ yếu).
   *
   * @return the targets, possibly empty
   */
  public abstract List<Target> keyTargets();

  /**
   * Gets the measures of the body (nhiệm vụ, giải pháp) by area.
   *
   * @return the measures, possibly empty
   */
  public abstract List<Measure> measures();

  /**
   * Gets the funding section (kinh phí) as printed.
   *
   * @return the text, empty if the plan has none
   */
  public abstract Optional<String> funding();

  /**
   * Gets the figures the funding section prints: sources, amounts and the days estimates are due.
   *
   * @return the figures, empty if the plan prints none
   */
  public abstract Optional<Funding> fundingFigures();

  /**
   * Gets the general duties of "Tổ chức thực hiện" as printed.
   *
   * @return the paragraphs, possibly empty
   */
  public abstract List<String> generalDuties();

  /**
   * Gets the specific responsibilities of agencies.
   *
   * @return the responsibilities, possibly empty
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Gets the reporting schedule.
   *
   * @return the schedule, empty if the plan sets none
   */
  public abstract Optional<ReportingSchedule> reportingSchedule();

  /**
   * Gets the plans this one orders others to issue.
   *
   * @return the requirements, possibly empty
   */
  public abstract List<CascadeRequirement> cascade();

  /**
   * Gets the appendix task table (danh mục nhiệm vụ), top-level rows in document order.
   *
   * @return the tasks, empty if the plan has no appendix
   */
  public abstract List<Task> tasks();

  /**
   * Gets the agencies and groups the plan refers to.
   *
   * @return the directory, empty if the plan names no agency by id
   */
  @Value.Default
  public AgencyDirectory directory() {
    return AgencyDirectory.empty();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the date the plan was issued, from its issuing document.
   *
   * @return the date, empty if the plan prints none
   */
  public Optional<LocalDate> issuedOn() {
    return issuingDocument().flatMap(DocumentRef::issuedOn);
  }

  /**
   * Gets every row of the task table, parents before their sub-rows, in document order.
   *
   * @return the rows, possibly empty
   */
  public Stream<Task> allTasks() {
    return tasks().stream().flatMap(Task::flatten);
  }

  /**
   * Gets the rows of the task table as a reader sees them: parents before their sub-rows, in
   * document order, each with its pointer, label and what it inherits from its parent. Built once
   * per plan, on first use.
   *
   * @return the rows, possibly empty
   */
  @Value.Lazy
  @JsonIgnore
  public List<TaskRow> rows() {
    return TaskRow.of(tasks());
  }

  /**
   * Gets the rows that completeness and status count: leaf rows the source prints legibly.
   *
   * @return the counted rows, in document order, possibly empty
   */
  @Value.Lazy
  @JsonIgnore
  public List<TaskRow> countedRows() {
    List<TaskRow> counted = new ArrayList<>();
    for (TaskRow r : rows()) {
      if (r.isCounted()) {
        counted.add(r);
      }
    }
    return Collections.unmodifiableList(counted);
  }

  /**
   * Gets what status and the timeframe rules track (việc được theo dõi): the counted rows of the task
   * table, then each measure and each key target whose text gives its own deadline ("hoàn thành
   * trước ngày 30/6/2026"), as a row of no table ({@link TaskRow#isStatement()}) with the
   * statement's pointer and its outline label. A commune's plan with no task table is tracked by
   * its dated measures.
   *
   * @return the tracked items, rows first, in document order, possibly empty
   */
  @Value.Lazy
  @JsonIgnore
  public List<TaskRow> trackedItems() {
    List<TaskRow> items = new ArrayList<>(countedRows());
    for (int i = 0; i < measures().size(); i++) {
      Measure m = measures().get(i);
      if (m.timeframe().isPresent()) {
        Task t = Task.builder().content(m.text()).area(m.area()).timeframe(m.timeframe().get()).build();
        items.add(TaskRow.ofStatement(t, "/measures/" + i, m.label().orElse("#" + (i + 1))));
      }
    }
    for (int i = 0; i < keyTargets().size(); i++) {
      Target k = keyTargets().get(i);
      if (k.timeframe().isPresent()) {
        Task t = Task.builder().content(k.text()).timeframe(k.timeframe().get()).build();
        items.add(TaskRow.ofStatement(t, "/keyTargets/" + i, k.label().orElse("#" + (i + 1))));
      }
    }
    return Collections.unmodifiableList(items);
  }

  /**
   * Gets every target the plan states: the key targets, then the targets of the task rows, in
   * document order.
   *
   * @return the targets, possibly empty
   */
  @Value.Lazy
  @JsonIgnore
  public List<StatedTarget> statedTargets() {
    List<StatedTarget> all = new ArrayList<>();
    for (int i = 0; i < keyTargets().size(); i++) {
      Target t = keyTargets().get(i);
      all.add(new StatedTarget(t, "/keyTargets/" + i, t.label().orElse("#" + (i + 1)), Optional.empty()));
    }
    for (TaskRow r : rows()) {
      for (int j = 0; j < r.task().targets().size(); j++) {
        Target t = r.task().targets().get(j);
        all.add(new StatedTarget(t, r.pointer() + "/targets/" + j, t.label().orElse(r.label()), Optional.of(r)));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Gets the documents cited in the plan's texts (header lines, purposes, measures, funding,
   * duties, responsibilities and task contents), each with the pointer of its text, in document
   * order. Scanning is costly, so it is done once per plan, on first use.
   *
   * @return the citations, possibly empty
   */
  @Value.Lazy
  @JsonIgnore
  public List<Citation> citations() {
    List<Citation> found = new ArrayList<>();
    forEachText((pointer, text) -> {
      for (DocumentRef.Occurrence o : DocumentRef.findAll(text)) {
        found.add(new Citation(pointer, o.ref()));
      }
    });
    return List.copyOf(found);
  }

  private void forEachText(BiConsumer<String, String> action) {
    for (int i = 0; i < headerLines().size(); i++) {
      action.accept("/headerLines/" + i, headerLines().get(i));
    }
    for (int i = 0; i < purposes().size(); i++) {
      action.accept("/purposes/" + i, purposes().get(i));
    }
    for (int i = 0; i < measures().size(); i++) {
      action.accept("/measures/" + i + "/text", measures().get(i).text());
    }
    funding().ifPresent(f -> action.accept("/funding", f));
    for (int i = 0; i < generalDuties().size(); i++) {
      action.accept("/generalDuties/" + i, generalDuties().get(i));
    }
    for (int i = 0; i < responsibilities().size(); i++) {
      List<String> duties = responsibilities().get(i).duties();
      for (int j = 0; j < duties.size(); j++) {
        action.accept("/responsibilities/" + i + "/duties/" + j, duties.get(j));
      }
    }
    for (TaskRow r : rows()) {
      action.accept(r.pointer() + "/content", r.task().content());
    }
  }

  /**
   * Returns a copy of this plan with the tasks altered.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param newTasks the top-level rows, not null
   * @return a plan like this one with the tasks, not null
   */
  public Plan withTasks(List<Task> newTasks) {
    return builder().from(this).tasks(newTasks).build();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "id", "Plan id", "mã kế hoạch");
    Texts.requireNonBlank(title(), "title", "Plan \"" + id() + "\" title", "tên kế hoạch \"" + id() + "\"");
    if (year().isBefore(FIRST_YEAR) || year().isAfter(LAST_YEAR)) {
      throw new MalformedValueException("year", "Plan \"" + id() + "\" year " + year() + " is outside " + FIRST_YEAR + " to "
          + LAST_YEAR, "Kế hoạch \"" + id() + "\": năm " + year() + " nằm ngoài các năm " + FIRST_YEAR + " đến " + LAST_YEAR);
    }
    AgencyDirectory d = directory();
    // Pointers are made only for a plan that names a party its directory lacks: most plans name none,
    // and making one for every party of every row was a twentieth of reading a plan.
    if (!namesOnlyKnownParties(d)) {
      requireKnownParties(d);
    }
  }

  private boolean namesOnlyKnownParties(AgencyDirectory d) {
    if (issuer().isPresent() && !d.isKnown(issuer().get())) {
      return false;
    }
    for (Target target : keyTargets()) {
      if (!allKnown(d, target.scope())) {
        return false;
      }
    }
    for (Responsibility r : responsibilities()) {
      if (!d.isKnown(r.party())) {
        return false;
      }
    }
    for (CascadeRequirement c : cascade()) {
      if (!allKnown(d, c.parties())) {
        return false;
      }
    }
    return allTasksNameKnownParties(d, tasks());
  }

  private static boolean allTasksNameKnownParties(AgencyDirectory d, List<Task> rows) {
    for (Task t : rows) {
      if (!allKnown(d, t.leads()) || !allKnown(d, t.coordinators())) {
        return false;
      }
      for (Target target : t.targets()) {
        if (!allKnown(d, target.scope())) {
          return false;
        }
      }
      if (!allTasksNameKnownParties(d, t.subtasks())) {
        return false;
      }
    }
    return true;
  }

  private static boolean allKnown(AgencyDirectory d, List<Party> parties) {
    for (int i = 0; i < parties.size(); i++) {
      if (!d.isKnown(parties.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Throws for the first party the directory lacks, naming its place. */
  private void requireKnownParties(AgencyDirectory d) {
    issuer().ifPresent(p -> requireKnown(d, p, "/issuer"));
    for (int i = 0; i < keyTargets().size(); i++) {
      checkScope(d, keyTargets().get(i), "/keyTargets/" + i);
    }
    for (int i = 0; i < responsibilities().size(); i++) {
      requireKnown(d, responsibilities().get(i).party(), "/responsibilities/" + i + "/party");
    }
    for (int i = 0; i < cascade().size(); i++) {
      List<Party> parties = cascade().get(i).parties();
      for (int j = 0; j < parties.size(); j++) {
        requireKnown(d, parties.get(j), "/cascade/" + i + "/parties/" + j);
      }
    }
    checkTasks(d, tasks(), "/tasks");
  }

  private void checkTasks(AgencyDirectory d, List<Task> rows, String path) {
    for (int i = 0; i < rows.size(); i++) {
      Task t = rows.get(i);
      for (int j = 0; j < t.leads().size(); j++) {
        requireKnown(d, t.leads().get(j), path + "/" + i + "/leads/" + j);
      }
      for (int j = 0; j < t.coordinators().size(); j++) {
        requireKnown(d, t.coordinators().get(j), path + "/" + i + "/coordinators/" + j);
      }
      for (int j = 0; j < t.targets().size(); j++) {
        checkScope(d, t.targets().get(j), path + "/" + i + "/targets/" + j);
      }
      if (!t.subtasks().isEmpty()) {
        checkTasks(d, t.subtasks(), path + "/" + i + "/subtasks");
      }
    }
  }

  private void checkScope(AgencyDirectory d, Target target, String path) {
    for (int j = 0; j < target.scope().size(); j++) {
      requireKnown(d, target.scope().get(j), path + "/scope/" + j);
    }
  }

  private void requireKnown(AgencyDirectory d, Party party, String path) {
    if (!d.isKnown(party)) {
      throw unknown(party, path);
    }
  }

  private MalformedValueException unknown(Party party, String path) {
    return new MalformedValueException(path.substring(1) + "/ref", "Plan \"" + id() + "\" " + path + " names "
        + (party.kind() == Party.Kind.AGENCY ? "agency" : "group") + " \"" + party.ref()
        + "\", which is not in the plan's directory", path + " nêu " + (party.kind() == Party.Kind.AGENCY ? "cơ quan" : "nhóm")
        + " \"" + party.ref() + "\", không có trong danh mục cơ quan của kế hoạch");
  }

  /** Builds a {@link Plan}; {@code build()} throws {@link MalformedValueException} if it would be malformed. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
