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

  /** Document order of JSON Pointers, then code, subject and message, so that equal inputs give equal reports. */
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
      return c != 0 ? c : a.message().compareTo(b.message());
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
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegments(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
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

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
