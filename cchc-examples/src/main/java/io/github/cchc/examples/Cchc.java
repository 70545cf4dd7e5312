package io.github.cchc.examples;

import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code cchc} command line: {@code check}, {@code status}, {@code agencies}, {@code score}, {@code dossiers} and
 * {@code import}.
 *
 * <p>Exit codes: 0 when no finding reaches the {@code --fail-on} severity, 1 when one does, 2 for
 * unusable input or usage, with a one-line message naming the file, the JSON path and the value.
 * See {@code docs/cli.md}.
 */
@Command(name = "cchc", mixinStandardHelpOptions = true, version = "cchc 0.1.0",
    description = "Checks administrative-reform plans and measures where they stand.",
    subcommands = {CheckCommand.class, StatusCommand.class, AgenciesCommand.class, ScoreCommand.class,
        DossiersCommand.class, ImportCommand.class, ReadCommand.class})
public final class Cchc implements Runnable {
  /** Exit code for unusable input or usage. */
  static final int UNUSABLE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli runs it. */
  public Cchc() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check, status, agencies, score, dossiers or import");
  }

  /**
   * Builds the command line with cchc's error handling: bad input ends with code 2 and one line on
   * the error stream, never a stack trace.
   *
   * @param out where results go, not null
   * @param err where messages go, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Cchc());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(e));
      commandLine.getErr().flush();
      return UNUSABLE;
    });
    return cli;
  }

  static String describe(Exception e) {
    if (e instanceof UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof IOException io) {
      return "cannot read: " + io.getMessage();
    }
    if (e instanceof CchcException || e instanceof IllegalArgumentException) {
      return e.getMessage().lines().findFirst().orElse(e.toString());
    }
    return e.toString();
  }

  /**
   * Runs {@code cchc} and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    quietLogging();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(commandLine(out, err).execute(args));
  }

  /**
   * Apache POI logs through the Log4j API, which, finding no logging library, prints a status
   * line to standard output on its first use and breaks {@code --format json}. Its own simple
   * provider, chosen outright, says nothing below ERROR and writes to standard error. A provider
   * the user names on the command line still wins.
   */
  static void quietLogging() {
    if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null) {
      System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    }
  }
}
