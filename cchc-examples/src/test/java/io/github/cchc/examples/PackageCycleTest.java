package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of every module's main sources read as the architecture: no package depends on
 * another that depends back on it, however long the way round, and the rooms of {@code cchc-rules}
 * depend in the documented direction (docs/architecture.md).
 */
class PackageCycleTest {
  private static final List<Path> SOURCES = List.of(Path.of("cchc-model", "src", "main", "java"),
      Path.of("cchc-rules", "src", "main", "java"), Path.of("cchc-examples", "src", "main", "java"));
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  /** A reference to a type of cchc, imported or written out: the package is the part before the first capital. */
  private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.cchc(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** Package to the packages it uses, each with a file that uses it. */
  static Map<String, Map<String, String>> dependencies(List<Path> roots) {
    Map<String, Map<String, String>> graph = new TreeMap<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String source = withoutCommentsAndStrings(Files.readString(file, StandardCharsets.UTF_8));
          Matcher p = PACKAGE.matcher(source);
          if (!p.find()) {
            continue;
          }
          String own = p.group(1);
          Map<String, String> uses = graph.computeIfAbsent(own, k -> new TreeMap<>());
          Matcher r = REFERENCE.matcher(source);
          while (r.find()) {
            if (!r.group(1).equals(own)) {
              uses.putIfAbsent(r.group(1), root.relativize(file).toString());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return graph;
  }

  /** The cycles of a graph: each strongly connected set of two or more packages (Tarjan's algorithm). */
  static List<Set<String>> cycles(Map<String, Map<String, String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> found = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (!index.containsKey(start)) {
        connect(start, graph, index, low, stack, onStack, found);
      }
    }
    return found;
  }

  private static void connect(String v, Map<String, Map<String, String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Map.of()).keySet()) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }

  private static String withoutCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? source.length() : end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i);
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != quote) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else {
        out.append(source.charAt(i++));
      }
    }
    return out.toString();
  }

  private static String describe(Set<String> cycle, Map<String, Map<String, String>> graph) {
    StringBuilder out = new StringBuilder("cycle among " + cycle + ":");
    for (String from : cycle) {
      graph.get(from).forEach((to, file) -> {
        if (cycle.contains(to)) {
          out.append("\n  ").append(from).append(" -> ").append(to).append(" (").append(file).append(')');
        }
      });
    }
    return out.toString();
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    Map<String, Map<String, String>> graph = dependencies(SOURCES);
    assertTrue(graph.keySet().containsAll(List.of("io.github.cchc.model", "io.github.cchc.rules",
        "io.github.cchc.rules.status", "io.github.cchc.rules.read", "io.github.cchc.rules.stats",
        "io.github.cchc.examples")), "the sources were found: " + graph.keySet());
    List<Set<String>> cycles = cycles(graph);
    assertTrue(cycles.isEmpty(), () -> String.join("\n", cycles.stream().map(c -> describe(c, graph)).toList()));
  }

  @Test
  void theRoomsOfTheRulesModuleUseWhatTheArchitectureTableSays() throws IOException {
    Map<String, Map<String, String>> graph = dependencies(SOURCES);
    String doc = Files.readString(Path.of("docs", "architecture.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("^\\| `(rules(?:\\.\\w+)?)`[^|]*\\| ([^|]+) \\|$", Pattern.MULTILINE).matcher(doc);
    Map<String, Set<String>> documented = new TreeMap<>();
    while (row.find()) {
      Set<String> uses = new TreeSet<>();
      Matcher room = Pattern.compile("`(rules(?:\\.\\w+)?)`").matcher(row.group(2));
      while (room.find()) {
        uses.add("io.github.cchc." + room.group(1));
      }
      documented.put("io.github.cchc." + row.group(1), uses);
    }
    Map<String, Set<String>> coded = new TreeMap<>();
    graph.forEach((pkg, uses) -> {
      if (pkg.startsWith("io.github.cchc.rules")) {
        coded.put(pkg, new TreeSet<>(uses.keySet().stream().filter(u -> u.startsWith("io.github.cchc.rules")).toList()));
      }
    });
    assertEquals(coded, documented);
    for (Map.Entry<String, Map<String, String>> e : graph.entrySet()) {
      if (e.getKey().startsWith("io.github.cchc.model")) {
        assertTrue(e.getValue().keySet().stream().allMatch(p -> p.startsWith("io.github.cchc.model")),
            e.getKey() + " uses the model only: " + e.getValue());
      }
    }
  }

  @Test
  void aCycleIsFoundAndNamedHoweverLongTheWayRound() {
    Map<String, Map<String, String>> graph = new TreeMap<>();
    graph.put("a", Map.of("b", "A.java"));
    graph.put("b", Map.of("c", "B.java"));
    graph.put("c", Map.of("a", "C.java", "d", "C.java"));
    graph.put("d", Map.of());
    List<Set<String>> cycles = cycles(graph);
    assertEquals(List.of(Set.of("a", "b", "c")), cycles);
    assertTrue(describe(cycles.get(0), graph).contains("c -> a (C.java)"));
    graph.put("c", Map.of("d", "C.java"));
    assertTrue(cycles(graph).isEmpty());
  }
}
