package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An ArchUnit-style check over the compiled classes of every module: no static field is mutable.
 * Each is final, and holds a value that cannot change: a primitive, text, a number, an enum
 * constant, a pattern, a java.time value, an unmodifiable collection, one of cchc's immutable
 * values, or a thread-safe Jackson mapper. Arrays, which can always be written to, are refused.
 */
class NoMutableStaticStateTest {
  private static final List<String> MODULES = List.of("cchc-model", "cchc-rules", "cchc-examples");

  @Test
  void noStaticFieldIsMutable() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String module : MODULES) {
      Path classes = Path.of(module, "target", "classes");
      assertTrue(Files.isDirectory(classes), classes + " is built");
      for (String name : classNames(classes)) {
        if (name.contains(".jmh_generated.")) {
          continue; // written by JMH's annotation processor, not by us, and never loaded by the library
        }
        Class<?> type = Class.forName(name, true, getClass().getClassLoader());
        for (Field f : type.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getName().equals("serialVersionUID")) {
            continue;
          }
          checked++;
          if (!Modifier.isFinal(f.getModifiers())) {
            problems.add(name + "." + f.getName() + " is not final");
            continue;
          }
          f.setAccessible(true);
          Object value = f.get(null);
          if (value != null && !immutable(value)) {
            problems.add(name + "." + f.getName() + " holds a " + value.getClass().getName());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked > 50, "the scan saw " + checked + " static fields");
  }

  private static boolean immutable(Object value) {
    Class<?> c = value.getClass();
    String n = c.getName();
    if (c.isArray()) {
      return false;
    }
    if (n.contains("$$Lambda")) {
      // A lambda is as immutable as what it captured: its captured values are final fields.
      for (Field f : c.getDeclaredFields()) {
        try {
          f.setAccessible(true);
          Object captured = f.get(value);
          if (captured != null && !immutable(captured)) {
            return false;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          return false;
        }
      }
      return true;
    }
    return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character
        || c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum()) || value instanceof java.util.regex.Pattern
        || n.startsWith("java.time.") || n.startsWith("java.util.ImmutableCollections") || n.startsWith("java.util.Collections$Unmodifiable")
        || n.startsWith("java.util.Collections$Empty") || n.startsWith("java.util.KeyValueHolder")
        || value instanceof java.math.MathContext || value instanceof java.util.Locale
        || n.startsWith("io.github.cchc.") || value instanceof tools.jackson.databind.ObjectMapper
        // Jackson documents ObjectReader as immutable and thread-safe: its with(...) methods return new readers.
        || value instanceof tools.jackson.databind.ObjectReader
        // The JDK documents VarHandles as immutable, with no visible state.
        || value instanceof java.lang.invoke.VarHandle;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
          .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")).sorted().toList();
    }
  }
}
