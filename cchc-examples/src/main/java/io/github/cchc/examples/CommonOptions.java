package io.github.cchc.examples;

import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Labels;
import io.github.cchc.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The options every subcommand shares, and reading input files with errors that name the file. */
final class CommonOptions {
  enum Format { text, json }

  enum FailOn { error, warning, info, never }

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  Format format = Format.text;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: vi or en (default: ${DEFAULT-VALUE}).", defaultValue = "vi",
      converter = Language.class)
  String lang = "vi";

  /** Takes vi or en in either case; anything else is a usage error, which the command line words in both. */
  static final class Language implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String language = value.toLowerCase(Locale.ROOT);
      if (!language.equals("vi") && !language.equals("en")) {
        throw new picocli.CommandLine.TypeConversionException(value);
      }
      return language;
    }
  }

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "error")
  FailOn failOn = FailOn.error;

  @Option(names = "--verbose", description = "Text output: every table and every finding, not only the first screen's.")
  boolean verbose;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /** Where the subcommand's results go. */
  java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where progress and messages go. */
  java.io.PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  /**
   * A text of the command line in the reader's language, its {names} filled: the bundles {@code
   * cli_vi} and {@code cli_en}, where the command line's error messages will come from too.
   */
  String text(String key, Object... namesAndValues) {
    return CliText.of(locale(), key, namesAndValues);
  }

  /** A value of cchc as the reader's language shows it. */
  String label(Object value) {
    return Labels.of(value, locale());
  }

  /**
   * A figure with the decimals it has, in the reader's decimal mark: a column of them lines up
   * ("96,50" beside "95,76"), where {@link #label} would print 96,5.
   */
  String decimals(java.math.BigDecimal value) {
    return Text.decimals(value, locale());
  }

  boolean english() {
    return lang.equals("en");
  }

  int exitCode(List<Finding> findings) {
    if (failOn == FailOn.never) {
      return 0;
    }
    Severity floor = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(floor)) ? 1 : 0;
  }

  /**
   * Reads a file with one of cchc's readers (JSON documents, task tables); {@code -} is standard
   * input. Every failure is a {@link Failure} that names the file.
   */
  static <T> T read(Path file, Function<Path, T> reader) {
    try {
      if (file.toString().equals("-")) {
        return reader.apply(standardInput());
      }
      if (Files.isDirectory(file)) {
        throw Failure.of("error.directory");
      }
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      return reader.apply(file);
    } catch (IOException | RuntimeException e) {
      throw Failure.in(file, e);
    }
  }

  /**
   * Standard input, copied once to a temporary file that is deleted on exit: cchc's readers take
   * paths, and a pipe can be read only once. Its name ends in .txt, which the JSON readers ignore
   * and which {@code import} and {@code read} take as tab-separated text and a plan's text.
   */
  private static Path standardInput() throws IOException {
    Path copy = Files.createTempFile("cchc-stdin-", ".txt");
    copy.toFile().deleteOnExit();
    Files.copy(System.in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }
}
