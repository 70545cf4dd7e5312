package io.github.cchc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class knows the wording of one particular plan: the code (not its comments, not the bundled
 * data files) of every module's {@code src/main} names none of the seeds' decision numbers, places,
 * agency ids or distinctive phrases. Matching ignores case and diacritics.
 */
class NoPlanWordingTest {
  private static final List<String> WORDING = List.of(
      // Decision and letter numbers of the seeds and their legal bases.
      "4791", "3848", "479/", "2527/", "3152/", "216/kh", "4347/",
      // Places.
      "hai phong", "haiphong", "hai duong", "thuy nguyen", "an duong", "hong bang",
      // The bundled directory's ids.
      "\"hp.", "\"hp\"",
      // Phrases of one plan.
      "phat thanh va truyen hinh", "an ninh hai", "ban chi dao cai cach hanh chinh thanh pho", "9001:2015", "18091");

  @Test
  void theMainCodeNamesNoPlansWording() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (String module : List.of("cchc-model", "cchc-rules", "cchc-examples")) {
      try (Stream<Path> paths = Files.walk(Path.of(module, "src", "main", "java"))) {
        for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
          files++;
          String code = fold(withoutComments(Files.readString(p, StandardCharsets.UTF_8)));
          for (String w : WORDING) {
            if (code.contains(w)) {
              found.add(p + ": " + w);
            }
          }
        }
      }
    }
    assertTrue(files > 100, "the walk found the sources: " + files);
    assertEquals(List.of(), found);
  }

  @Test
  void theCheckSeesCodeAndNotComments() {
    assertEquals("String s = \"a // b\"; \n int x;", withoutComments("String s = \"a // b\"; // Hải Phòng\n/* 4791 */ int x;"));
    assertTrue(fold("\"Hải Phòng\"").contains("hai phong"));
  }

  /** The source without its comments; string literals, which are code, kept whole. */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        if (source.startsWith("\"\"\"", i)) {
          end = source.indexOf("\"\"\"", i + 3);
          end = end < 0 ? source.length() : end + 3;
        } else {
          while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
            end += source.charAt(end) == '\\' ? 2 : 1;
          }
          end = Math.min(source.length(), end + 1);
        }
        out.append(source, i, end);
        i = end;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  static String fold(String text) {
    String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
