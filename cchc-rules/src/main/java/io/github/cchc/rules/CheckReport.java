package io.github.cchc.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of checking a plan (kết quả kiểm tra): its findings in a deterministic order, document
 * order first (by JSON Pointer, following the plan's property order and array indices), then code.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CheckReport {
  private static final List<String> PROPERTY_ORDER = List.of(
      "id", "title", "year", "level", "issuer", "issuingDocument", "headerLines", "legalBases", "purposes",
      "keyTargets", "measures", "funding", "generalDuties", "responsibilities", "reportingSchedule", "cascade",
      "tasks", "number", "content", "area", "leads", "coordinators", "timeframe", "unreadTimeframe", "products",
      "targets", "subtasks", "illegible", "directory");

  /**
   * Document order of JSON Pointers, then code, subject and facts, so that equal inputs give equal
   * reports; never the message, which would render every finding to sort it.
   */
  static final Comparator<Finding> ORDER = new DocumentOrder();

  /** Stateless; a class rather than a composed lambda so that it is plainly immutable. */
  private static final class DocumentOrder implements Comparator<Finding> {
    @Override
    public int compare(Finding a, Finding b) {
      int c = comparePointers(a.pointer(), b.pointer());
      if (c == 0) {
        c = a.code().compareTo(b.code());
      }
      if (c == 0) {
        c = a.subject().toString().compareTo(b.subject().toString());
      }
      return c != 0 ? c : a.facts().toString().compareTo(b.facts().toString());
    }
  }

  private final List<Finding> findings;

  private CheckReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Obtains a report of findings, which it puts in document order.
   *
   * @param findings the findings, not null
   * @return the report, not null
   */
  public static CheckReport of(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    return new CheckReport(List.copyOf(sorted));
  }

  /**
   * Gets the findings in document order, then by code.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Gets the findings of one code.
   *
   * @param code the rule code, not null
   * @return the findings, in report order, possibly empty
   */
  public List<Finding> findings(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * Gets the number of findings of each severity.
   *
   * @return the counts, with every severity present
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /**
   * Checks if any finding is an error.
   *
   * @return true if the plan has an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckReport r && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "CheckReport" + counts() + findings;
  }

  static int comparePointers(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    // Segment by segment without splitting: sorting a large report compares pointers n log n times.
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i);
      int endB = segmentEnd(b, j);
      int c = compareSegments(a.substring(i + 1, endA), b.substring(j + 1, endB));
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    // A pointer with segments left over is inside the other's value, so it comes after it.
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static int segmentEnd(String pointer, int slash) {
    int next = pointer.indexOf('/', slash + 1);
    return next < 0 ? pointer.length() : next;
  }

  private static int compareSegments(String a, String b) {
    boolean an = isIndex(a);
    boolean bn = isIndex(b);
    if (an && bn) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    int ai = PROPERTY_ORDER.indexOf(a);
    int bi = PROPERTY_ORDER.indexOf(b);
    if (ai >= 0 && bi >= 0) {
      return Integer.compare(ai, bi);
    }
    if (ai >= 0 || bi >= 0) {
      return ai >= 0 ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** Whether a pointer segment, or a printed task number, is all digits and not empty. */
  static boolean isIndex(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
