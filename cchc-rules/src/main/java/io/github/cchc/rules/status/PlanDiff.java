package io.github.cchc.rules.status;

import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJson;
import io.github.cchc.model.text.Folding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed from one plan to another (so sánh hai kế hoạch), over every field the plan's JSON
 * document holds: the plan's own fields, its key targets and its tasks, each added, removed or
 * changed field by field. Typically the plan as issued against the plan as amended.
 *
 * <p>Top-level tasks are matched first by number (a number that appears once in each plan), then,
 * where numbering shifted, by the similarity of their content: the share of words the two share
 * (Jaccard index of their folded words) at least {@link #TASK_SIMILARITY}. Among candidates the
 * most similar pair is taken first, then the pair nearer in position, then the pair earlier in
 * both plans, so the matching is deterministic and the same whichever plan comes first. A task's
 * sub-rows are one of its fields. Key targets are matched by label, then by equal content, then in
 * order. A diff carries the changes only, and {@link #applyTo(Plan)} rebuilds the newer plan from
 * the older one and them.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanDiff {
  /** The least content similarity (0 to 1) at which two differently numbered tasks are the same task. */
  public static final double TASK_SIMILARITY = 0.5;

  private static final Set<String> ITEMS = Set.of("format", "tasks", "keyTargets");

  /** The part of a plan a field belongs to (phần của kế hoạch), which names its fields. */
  public enum Part {
    /** The plan's own fields. */
    PLAN,
    /** A key target's fields. */
    KEY_TARGET,
    /** A task's fields. */
    TASK
  }

  /** How an item differs (loại thay đổi). */
  public enum Change {
    /** Only in the newer plan. */
    ADDED,
    /** Only in the older plan. */
    REMOVED,
    /** In both, with fields that differ. */
    CHANGED
  }

  /**
   * A field that differs (trường thay đổi): its name in the JSON document and its values before
   * and after, empty where the field is absent.
   *
   * @param field the property name, such as {@code "timeframe"}
   * @param before the older value, as JSON
   * @param after the newer value, as JSON
   */
  public record FieldChange(String field, Optional<JsonNode> before, Optional<JsonNode> after) {
    /** Checks the parts and copies the values, which Jackson's nodes would otherwise let a caller change. */
    public FieldChange {
      Objects.requireNonNull(field, "field");
      before = Objects.requireNonNull(before, "before").map(JsonNode::deepCopy);
      after = Objects.requireNonNull(after, "after").map(JsonNode::deepCopy);
    }

    /**
     * Gets the older value.
     *
     * @return a copy of it, empty where the field is absent
     */
    @Override
    public Optional<JsonNode> before() {
      return before.map(JsonNode::deepCopy);
    }

    /**
     * Gets the newer value.
     *
     * @return a copy of it, empty where the field is absent
     */
    @Override
    public Optional<JsonNode> after() {
      return after.map(JsonNode::deepCopy);
    }
  }

  /**
   * A task or key target that differs (mục thay đổi).
   *
   * @param change added, removed or changed
   * @param before its index in the older plan's list, empty when added
   * @param after its index in the newer plan's list, empty when removed
   * @param label the row label or target label a reader knows it by: the newer one, else the older
   * @param text its content or target text, newer else older
   * @param fields for a changed item, the fields that differ; for an added or removed one, its fields
   */
  public record ItemChange(Change change, Optional<Integer> before, Optional<Integer> after, String label, String text,
      List<FieldChange> fields) {
    /** Checks the parts and copies the list. */
    public ItemChange {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
      fields = List.copyOf(fields);
    }
  }

  private final String olderId;
  private final String newerId;
  private final List<FieldChange> plan;
  private final List<ItemChange> keyTargets;
  private final List<ItemChange> tasks;
  // For each position of the newer lists: the older index it came from, or -1 where added.
  private final int[] targetOrigins;
  private final int[] taskOrigins;
  private final int olderTargets;
  private final int olderTasks;
  // For each task of the older plan, the index of the newer one it became, or -1.
  private final int[] newerTasks;

  private PlanDiff(String olderId, String newerId, List<FieldChange> plan, List<ItemChange> keyTargets,
      int[] targetOrigins, List<ItemChange> tasks, int[] taskOrigins) {
    this.olderId = Objects.requireNonNull(olderId, "olderId");
    this.newerId = Objects.requireNonNull(newerId, "newerId");
    this.plan = List.copyOf(plan);
    this.keyTargets = List.copyOf(keyTargets);
    this.tasks = List.copyOf(tasks);
    this.targetOrigins = targetOrigins;
    this.taskOrigins = taskOrigins;
    this.olderTargets = olderSize(this.keyTargets, targetOrigins);
    this.olderTasks = olderSize(this.tasks, taskOrigins);
    this.newerTasks = new int[olderTasks];
    java.util.Arrays.fill(newerTasks, -1);
    for (int i = 0; i < taskOrigins.length; i++) {
      if (taskOrigins[i] >= 0 && taskOrigins[i] < olderTasks) {
        newerTasks[taskOrigins[i]] = i;
      }
    }
  }

  private static int olderSize(List<ItemChange> changes, int[] origins) {
    int kept = 0;
    for (int o : origins) {
      if (o >= 0) {
        kept++;
      }
    }
    return kept + (int) changes.stream().filter(c -> c.change() == Change.REMOVED).count();
  }

  /**
   * Obtains a diff from its parts, as its JSON document holds them ({@code ReportJson.readDiff}).
   *
   * @param olderId the older plan's id, not null
   * @param newerId the newer plan's id, not null
   * @param planFields the plan's own fields that differ, not null
   * @param keyTargets the key targets added, removed and changed, not null
   * @param keyTargetOrigins for each key target of the newer plan, the index of the older one it is, empty where added
   * @param tasks the tasks added, removed and changed, not null
   * @param taskOrigins for each task of the newer plan, the index of the older one it is, empty where added
   * @return the diff, not null
   * @throws IllegalArgumentException if the parts contradict each other
   */
  public static PlanDiff of(String olderId, String newerId, List<FieldChange> planFields, List<ItemChange> keyTargets,
      List<Optional<Integer>> keyTargetOrigins, List<ItemChange> tasks, List<Optional<Integer>> taskOrigins) {
    int[] targetOrigins = origins(keyTargets, keyTargetOrigins, "key target");
    int[] taskIndex = origins(tasks, taskOrigins, "task");
    return new PlanDiff(olderId, newerId, planFields, keyTargets, targetOrigins, tasks, taskIndex);
  }

  private static int[] origins(List<ItemChange> changes, List<Optional<Integer>> origins, String what) {
    int[] out = new int[origins.size()];
    Set<Integer> seen = new HashSet<>();
    for (int j = 0; j < out.length; j++) {
      out[j] = origins.get(j).orElse(-1);
      if (out[j] < -1 || (out[j] >= 0 && !seen.add(out[j]))) {
        throw new IllegalArgumentException("the origin of " + what + " " + j + " is " + out[j]
            + ", not a new index of an older " + what);
      }
    }
    for (ItemChange c : changes) {
      int after = c.after().orElse(-1);
      if (after >= out.length) {
        throw new IllegalArgumentException("a " + what + " change at " + after + " is past the " + out.length + " of the newer plan");
      }
      boolean consistent = switch (c.change()) {
        case ADDED -> c.before().isEmpty() && after >= 0 && out[after] < 0;
        case REMOVED -> c.after().isEmpty() && c.before().isPresent() && !seen.contains(c.before().get());
        case CHANGED -> after >= 0 && c.before().isPresent() && out[after] == c.before().get();
      };
      if (!consistent) {
        throw new IllegalArgumentException("the " + what + " change " + c.change() + " " + c.before() + " -> " + c.after()
            + " contradicts the origins of the newer " + what + "s");
      }
    }
    return out;
  }

  /**
   * Compares two plans.
   *
   * @param older the plan before, not null
   * @param newer the plan after, not null
   * @return what changed, not null
   */
  public static PlanDiff between(Plan older, Plan newer) {
    ObjectNode a = document(Objects.requireNonNull(older, "older"));
    ObjectNode b = document(Objects.requireNonNull(newer, "newer"));
    List<FieldChange> plan = fieldChanges(a, b);
    plan.removeIf(f -> ITEMS.contains(f.field()));
    Items targets = new Items(array(a, "keyTargets"), array(b, "keyTargets"), false);
    Items tasks = new Items(array(a, "tasks"), array(b, "tasks"), true);
    return new PlanDiff(older.id(), newer.id(), plan, targets.changes, targets.origins, tasks.changes, tasks.origins);
  }

  /**
   * Gets the older plan's id.
   *
   * @return the id, not null
   */
  public String olderId() {
    return olderId;
  }

  /**
   * Gets the newer plan's id.
   *
   * @return the id, not null
   */
  public String newerId() {
    return newerId;
  }

  /**
   * Gets the plan's own fields that differ (title, issuing document, legal bases, measures,
   * directory and the rest), in the document's order.
   *
   * @return the changes, possibly empty
   */
  public List<FieldChange> planFields() {
    return plan;
  }

  /**
   * Gets the key targets added, removed and changed.
   *
   * @return the changes, removed ones first in the older order, then the newer order
   */
  public List<ItemChange> keyTargets() {
    return keyTargets;
  }

  /**
   * Gets the top-level tasks added, removed and changed.
   *
   * @return the changes, removed ones first in the older order, then the newer order
   */
  public List<ItemChange> tasks() {
    return tasks;
  }

  /**
   * Gets where each key target of the newer plan comes from.
   *
   * @return for each, the index of the older key target it is, empty where added
   */
  public List<Optional<Integer>> keyTargetOrigins() {
    return originList(targetOrigins);
  }

  /**
   * Gets where each task of the newer plan comes from.
   *
   * @return for each, the index of the older task it is, empty where added
   */
  public List<Optional<Integer>> taskOrigins() {
    return originList(taskOrigins);
  }

  /**
   * Follows a row of the older plan into the newer one: a task, or a sub-row under it, by the
   * task's new place ("/tasks/12/subtasks/0" → "/tasks/13/subtasks/0" when a task was inserted
   * before it).
   *
   * @param olderPointer the row's JSON Pointer in the older plan, not null
   * @return its pointer in the newer plan, empty if its task was removed or the pointer names no task
   */
  public Optional<String> newerPointer(String olderPointer) {
    Matcher m = TASK_POINTER.matcher(olderPointer);
    if (!m.matches()) {
      return Optional.empty();
    }
    int older = Integer.parseInt(m.group(1));
    int newer = older < newerTasks.length ? newerTasks[older] : -1;
    return newer < 0 ? Optional.empty() : Optional.of("/tasks/" + newer + Objects.toString(m.group(2), ""));
  }

  private static final Pattern TASK_POINTER = Pattern.compile("/tasks/(\\d{1,9})(/.*)?");

  private static List<Optional<Integer>> originList(int[] origins) {
    List<Optional<Integer>> out = new ArrayList<>(origins.length);
    for (int o : origins) {
      out.add(o < 0 ? Optional.empty() : Optional.of(o));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks if the plans are the same in every field.
   *
   * @return true when nothing changed
   */
  public boolean isEmpty() {
    return plan.isEmpty() && keyTargets.isEmpty() && tasks.isEmpty();
  }

  /**
   * Counts the items of a kind of change among the tasks.
   *
   * @param change the kind, not null
   * @return the count
   */
  public long taskCount(Change change) {
    return tasks.stream().filter(c -> c.change() == change).count();
  }

  /**
   * Applies the changes to the older plan, giving the newer one.
   *
   * @param older the plan this diff was made from, not null
   * @return the newer plan
   * @throws IllegalArgumentException if the plan does not have the older plan's task and target counts
   */
  public Plan applyTo(Plan older) {
    ObjectNode tree = document(Objects.requireNonNull(older, "older"));
    ArrayNode oldTasks = array(tree, "tasks");
    ArrayNode oldTargets = array(tree, "keyTargets");
    if (oldTasks.size() != olderTasks || oldTargets.size() != olderTargets) {
      throw new IllegalArgumentException("the plan has " + oldTasks.size() + " tasks and " + oldTargets.size()
          + " key targets; this diff was made from a plan with " + olderTasks + " and " + olderTargets);
    }
    apply(tree, plan);
    tree.set("keyTargets", rebuild(oldTargets, targetOrigins, keyTargets));
    tree.set("tasks", rebuild(oldTasks, taskOrigins, tasks));
    tree.remove("format");
    return CchcJson.fromTree(tree, Plan.class);
  }

  private static ArrayNode rebuild(ArrayNode older, int[] origins, List<ItemChange> changes) {
    Map<Integer, ItemChange> byNewIndex = new HashMap<>();
    for (ItemChange c : changes) {
      c.after().ifPresent(i -> byNewIndex.put(i, c));
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < origins.length; i++) {
      ItemChange c = byNewIndex.get(i);
      ObjectNode item = origins[i] >= 0 ? ((ObjectNode) older.get(origins[i])).deepCopy() : JsonNodeFactory.instance.objectNode();
      if (c != null) {
        apply(item, c.fields());
      }
      out.add(item);
    }
    return out;
  }

  /** Sets each changed field to its newer value, or removes it where the newer has none. */
  private static void apply(ObjectNode target, List<FieldChange> changes) {
    for (FieldChange f : changes) {
      if (f.after().isPresent()) {
        target.set(f.field(), f.after().get());
      } else {
        target.remove(f.field());
      }
    }
  }

  /** The plan as its document holds it, values as they read back ("95", not the BigDecimal 95). */
  private static ObjectNode document(Plan plan) {
    return (ObjectNode) CchcJson.readTree(CchcJson.writePlan(plan));
  }

  private static ArrayNode array(ObjectNode plan, String field) {
    JsonNode n = plan.get(field);
    return n instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
  }

  private static List<String> fieldsOf(JsonNode a, JsonNode b) {
    Set<String> fields = new LinkedHashSet<>();
    a.propertyNames().forEach(fields::add);
    b.propertyNames().forEach(fields::add);
    return new ArrayList<>(fields);
  }

  private static List<FieldChange> fieldChanges(JsonNode a, JsonNode b) {
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fieldsOf(a, b)) {
      Optional<JsonNode> before = Optional.ofNullable(a.get(field));
      Optional<JsonNode> after = Optional.ofNullable(b.get(field));
      if (!before.equals(after)) {
        changes.add(new FieldChange(field, before, after));
      }
    }
    return changes;
  }

  /** One list of items matched between the plans. */
  private static final class Items {
    final List<ItemChange> changes;
    final int[] origins;

    Items(ArrayNode older, ArrayNode newer, boolean tasks) {
      int[] match = tasks ? matchTasks(older, newer) : matchTargets(older, newer);
      origins = match;
      boolean[] kept = new boolean[older.size()];
      for (int m : match) {
        if (m >= 0) {
          kept[m] = true;
        }
      }
      List<ItemChange> out = new ArrayList<>();
      JsonNode empty = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < older.size(); i++) {
        if (!kept[i]) {
          JsonNode item = older.get(i);
          out.add(new ItemChange(Change.REMOVED, Optional.of(i), Optional.empty(), label(item, tasks), text(item, tasks),
              fieldChanges(item, empty)));
        }
      }
      for (int j = 0; j < newer.size(); j++) {
        JsonNode item = newer.get(j);
        if (match[j] < 0) {
          out.add(new ItemChange(Change.ADDED, Optional.empty(), Optional.of(j), label(item, tasks), text(item, tasks),
              fieldChanges(empty, item)));
        } else {
          List<FieldChange> fields = fieldChanges(older.get(match[j]), item);
          if (!fields.isEmpty()) {
            out.add(new ItemChange(Change.CHANGED, Optional.of(match[j]), Optional.of(j), label(item, tasks),
                text(item, tasks), fields));
          }
        }
      }
      changes = Collections.unmodifiableList(out);
    }
  }

  private static String label(JsonNode item, boolean task) {
    JsonNode n = item.get(task ? "number" : "label");
    return n == null ? "" : n.asString();
  }

  private static String text(JsonNode item, boolean task) {
    JsonNode n = item.get(task ? "content" : "text");
    return n == null ? "" : n.asString();
  }

  /** For each newer task, the older one it is: by a number unique in both, then by content. */
  private static int[] matchTasks(ArrayNode older, ArrayNode newer) {
    int[] match = new int[newer.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[older.size()];
    Map<String, Integer> olderNumbers = uniqueIndex(older, "number");
    Map<String, Integer> newerNumbers = uniqueIndex(newer, "number");
    newerNumbers.forEach((number, j) -> {
      Integer i = olderNumbers.get(number);
      if (i != null) {
        match[j] = i;
        used[i] = true;
      }
    });
    List<Set<String>> olderWords = words(older);
    List<Set<String>> newerWords = words(newer);
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      for (int j = 0; j < newer.size(); j++) {
        if (!used[i] && match[j] < 0) {
          // An identical task outranks any similarity: an illegible, unnumbered row has no words to compare.
          double s = older.get(i).equals(newer.get(j)) ? 2 : similarity(olderWords.get(i), newerWords.get(j));
          if (s >= TASK_SIMILARITY) {
            candidates.add(new double[] {s, i, j});
          }
        }
      }
    }
    // Most similar first, then nearer in position, then earlier in both: symmetric in the two plans.
    candidates.sort((x, y) -> {
      int c = Double.compare(y[0], x[0]);
      if (c == 0) {
        c = Double.compare(Math.abs(x[1] - x[2]), Math.abs(y[1] - y[2]));
      }
      if (c == 0) {
        c = Double.compare(x[1] + x[2], y[1] + y[2]);
      }
      return c;
    });
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!used[i] && match[j] < 0) {
        match[j] = i;
        used[i] = true;
      }
    }
    return match;
  }

  /** For each newer key target, the older one it is: by a label unique in both, then equal content, then in order. */
  private static int[] matchTargets(ArrayNode older, ArrayNode newer) {
    int[] match = new int[newer.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[older.size()];
    Map<String, Integer> olderLabels = uniqueIndex(older, "label");
    uniqueIndex(newer, "label").forEach((label, j) -> {
      Integer i = olderLabels.get(label);
      if (i != null) {
        match[j] = i;
        used[i] = true;
      }
    });
    for (int j = 0; j < newer.size(); j++) {
      for (int i = 0; i < older.size() && match[j] < 0; i++) {
        if (!used[i] && older.get(i).equals(newer.get(j))) {
          match[j] = i;
          used[i] = true;
        }
      }
    }
    Iterator<Integer> left = unused(used).iterator();
    for (int j = 0; j < newer.size() && left.hasNext(); j++) {
      if (match[j] < 0) {
        match[j] = left.next();
      }
    }
    return match;
  }

  private static List<Integer> unused(boolean[] used) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        out.add(i);
      }
    }
    return out;
  }

  private static Map<String, Integer> uniqueIndex(ArrayNode items, String field) {
    Map<String, Integer> first = new HashMap<>();
    Set<String> repeated = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i).get(field);
      if (n != null && !n.asString().isBlank()) {
        if (first.putIfAbsent(n.asString(), i) != null) {
          repeated.add(n.asString());
        }
      }
    }
    repeated.forEach(first::remove);
    return first;
  }

  private static List<Set<String>> words(ArrayNode tasks) {
    List<Set<String>> out = new ArrayList<>();
    for (JsonNode t : tasks) {
      JsonNode content = t.get("content");
      Set<String> words = new HashSet<>();
      if (content != null) {
        // fold() lower-cases as it strips diacritics: "Quý IV" and "quy iv" are the same words.
        for (String w : Folding.fold(Folding.nfc(content.asString())).split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      out.add(words);
    }
    return out;
  }

  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanDiff d && olderId.equals(d.olderId) && newerId.equals(d.newerId) && plan.equals(d.plan)
        && keyTargets.equals(d.keyTargets) && tasks.equals(d.tasks) && java.util.Arrays.equals(taskOrigins, d.taskOrigins)
        && java.util.Arrays.equals(targetOrigins, d.targetOrigins) && olderTasks == d.olderTasks
        && olderTargets == d.olderTargets;
  }

  @Override
  public int hashCode() {
    return Objects.hash(olderId, newerId, plan, keyTargets, tasks);
  }

  @Override
  public String toString() {
    return "PlanDiff[" + olderId + " -> " + newerId + ": " + plan.size() + " plan fields, " + keyTargets.size()
        + " key targets, " + tasks.size() + " tasks]";
  }
}
