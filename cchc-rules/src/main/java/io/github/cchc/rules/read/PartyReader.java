package io.github.cchc.rules.read;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.Party;
import io.github.cchc.model.text.AgencyNames;
import io.github.cchc.model.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the agencies of a table cell against a directory. Names match as {@link AgencyNames#key}
 * compares them (case, diacritics, spacing and the usual abbreviations ignored); what names nobody
 * known is kept as a named party.
 */
final class PartyReader {
  private static final int LONGEST_RUN = 8;
  /** "và" starts a new party only before words that begin one; elsewhere it is part of a name. */
  private static final Pattern AND = Pattern.compile(
      "\\s+(?:và|va)\\s+(?=(?:các|Các|cac|Cac|UBND|Ủy ban|Uỷ ban|Uy ban|Sở|So|Văn phòng|Van phong|Công an|Cong an"
          + "|cơ quan|Cơ quan|co quan|Co quan|Thanh tra)\\b)");

  /** The outcome of reading a cell: the parties, and the names among them that resolve to nobody known. */
  record Read(List<Party> parties, List<String> unresolved) {}

  private final Map<String, List<Party>> known = new HashMap<>();

  PartyReader(AgencyDirectory directory, Map<String, List<Party>> aliases) {
    for (Agency a : directory.agencies()) {
      put(a.name(), List.of(Party.agency(a.id())));
      a.abbreviations().forEach(s -> put(s, List.of(Party.agency(a.id()))));
    }
    for (AgencyGroup g : directory.groups()) {
      put(g.name(), List.of(Party.group(g.id())));
      g.aliases().forEach(s -> put(s, List.of(Party.group(g.id()))));
    }
    // The user's aliases come last so that they win over a directory name that folds the same.
    aliases.forEach(this::put);
  }

  private void put(String words, List<Party> parties) {
    known.put(AgencyNames.key(words), List.copyOf(parties));
  }

  Read read(String cell) {
    List<Party> out = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    // Listed as products are: semicolons, line breaks, bullets; " - " inside a name stays.
    for (String piece : TaskTableImporter.items(cell)) {
      String p = withoutTrailingStops(Folding.clean(piece));
      if (p.isEmpty()) {
        continue;
      }
      List<Party> whole = known.get(AgencyNames.key(p));
      if (whole != null) {
        addAll(out, whole, p);
        continue;
      }
      for (String part : AND.split(p)) {
        names(out, part.strip());
      }
    }
    out.stream().filter(p -> p.kind() == Party.Kind.NAMED).forEach(p -> unresolved.add(p.ref()));
    return new Read(List.copyOf(out), List.copyOf(unresolved));
  }

  /**
   * Commas separate agencies and also sit inside group names ("Các sở, ban, ngành"), so the
   * longest run of comma-separated names that is known wins, printed as that run; runs that name
   * nobody known are kept as one named party.
   */
  private void names(List<Party> out, String text) {
    List<Party> whole = known.get(AgencyNames.key(text));
    if (whole != null) {
      addAll(out, whole, text);
      return;
    }
    List<String> pending = new ArrayList<>();
    String[] names = text.split(",\\s*");
    String[] keys = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      keys[i] = AgencyNames.key(names[i]);
    }
    for (int i = 0; i < names.length; ) {
      int end = longestKnownRun(keys, i);
      if (end < 0) {
        pending.add(names[i]);
        i++;
      } else {
        flush(out, pending);
        addAll(out, known.get(run(keys, i, end)), String.join(", ", Arrays.copyOfRange(names, i, end)));
        i = end;
      }
    }
    flush(out, pending);
  }

  /** Without the full stops, commas, colons and semicolons that end it; a loop, as a pattern anchored at the end is quadratic. */
  private static String withoutTrailingStops(String text) {
    int end = text.length();
    while (end > 0 && ".;,:".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  private static void flush(List<Party> out, List<String> pending) {
    if (!pending.isEmpty()) {
      addAll(out, List.of(Party.named(String.join(", ", pending))), "");
      pending.clear();
    }
  }

  /**
   * The end of the longest run of comma-separated names from {@code from} that names a known party,
   * or -1. Runs are at most {@link #LONGEST_RUN} names, which keeps a cell of thousands of commas
   * linear; the longest names in real directories have four commas.
   */
  private int longestKnownRun(String[] keys, int from) {
    for (int end = Math.min(keys.length, from + LONGEST_RUN); end > from; end--) {
      if (known.containsKey(run(keys, from, end))) {
        return end;
      }
    }
    return -1;
  }

  private static String run(String[] keys, int from, int end) {
    return String.join(", ", Arrays.copyOfRange(keys, from, end));
  }

  private static void addAll(List<Party> out, List<Party> parties, String printed) {
    for (Party p : parties) {
      Party withWords = p.kind() == Party.Kind.NAMED ? p : p.withPrinted(printed);
      if (out.stream().noneMatch(o -> o.kind() == p.kind() && o.ref().equals(p.ref()))) {
        out.add(withWords);
      }
    }
  }
}
