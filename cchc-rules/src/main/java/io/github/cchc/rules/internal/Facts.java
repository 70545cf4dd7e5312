package io.github.cchc.rules.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The facts a finding's message names, built from name and value pairs in the order the message names them. */
public final class Facts {
  private Facts() {}

  /**
   * Pairs names with values.
   *
   * @param pairs a name, its value, the next name, its value…; no value null
   * @return the facts in order, not null
   */
  public static Map<String, Object> of(Object... pairs) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      facts.put((String) pairs[i], Objects.requireNonNull(pairs[i + 1], (String) pairs[i]));
    }
    return facts;
  }
}
