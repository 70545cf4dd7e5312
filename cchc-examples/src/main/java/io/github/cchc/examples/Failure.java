package io.github.cchc.examples;

import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a command could not go on (lỗi không dùng được đầu vào), kept as a key of the bundles {@code
 * cli_vi} and {@code cli_en} with its values, so that the line is written in the language the user
 * asked for once the whole command line is known. A failure may stand behind a file: its line then
 * starts with the file's name.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String key;
  private final transient Object[] namesAndValues;

  private Failure(Path file, String key, Object[] namesAndValues, Throwable cause) {
    super(key, cause, false, false);
    this.file = file;
    this.key = key;
    this.namesAndValues = namesAndValues.clone();
  }

  /** A failure of the command line's own, its text the key's. */
  static Failure of(String key, Object... namesAndValues) {
    return new Failure(null, key, namesAndValues, null);
  }

  /** A failure while one file was read: its line names the file, then what went wrong in it. */
  static Failure in(Path file, Throwable cause) {
    if (cause instanceof Failure f && f.file != null) {
      return f;
    }
    return new Failure(file, "", new Object[0], cause);
  }

  /**
   * A failure while a file was written: said as a write, whatever the cause; a missing file there
   * means its directory is missing, not the file.
   */
  static Failure writing(Path file, Throwable cause) {
    Throwable why = cause instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : cause;
    return new Failure(null, "error.cannot-write", new Object[] {"file", file},
        why instanceof NoSuchFileException ? of("error.no-directory") : why);
  }

  /** A plan read from a source that passes a limit of cchc's documents, so that check could not read it back. */
  static Failure beyondLimits(Path source, io.github.cchc.model.json.JsonFormatException cause) {
    return new Failure(source, "error.beyond-limits", new Object[0], cause);
  }

  /** A plan that corrections made invalid: the reason is the plan's reader's, in the reader's language. */
  static Failure correctedPlan(Throwable cause) {
    return new Failure(null, "error.corrections.plan", new Object[0], cause);
  }

  /** The line in a language, without the command's name. */
  String message(Locale locale) {
    String prefix = file == null ? "" : file + ": ";
    if (key.isEmpty()) {
      return prefix + describe(getCause(), locale);
    }
    // A key with a cause says it as its {reason}, in the same language.
    String text = CliText.of(locale, key, namesAndValues);
    return prefix + (getCause() == null ? text : text.replace("{reason}", describe(getCause(), locale)));
  }

  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /**
   * Any exception as one line in a language: cchc's own through their localized messages, the
   * platform's file errors by what they mean, and anything else as a defect, never its class or
   * stack.
   */
  static String describe(Throwable e, Locale locale) {
    if (e instanceof Failure f) {
      return f.message(locale);
    }
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause(), locale);
    }
    if (e instanceof NoSuchFileException n) {
      return CliText.of(locale, "error.no-such-file", "file", n.getFile());
    }
    if (e instanceof AccessDeniedException a) {
      return CliText.of(locale, "error.access-denied", "file", a.getFile());
    }
    if (e instanceof CharacterCodingException) {
      return CliText.of(locale, "error.not-utf8");
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() == null ? "" : f.getReason();
      return CliText.of(locale, reason.contains("directory") ? "error.directory" : "error.io", "file",
          f.getFile() == null ? "" : f.getFile());
    }
    if (e instanceof IOException) {
      return CliText.of(locale, "error.io", "file", "");
    }
    if (e instanceof CchcException c) {
      return firstLine(c.getMessage(locale));
    }
    if (e instanceof IllegalArgumentException && e.getMessage() != null) {
      // The libraries' own argument checks: their sentence is all there is to say.
      return firstLine(e.getMessage());
    }
    return CliText.of(locale, "error.defect");
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
