package io.github.cchc.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code cchc} command line (dòng lệnh cchc): {@code check}, {@code status}, {@code agencies}, {@code score},
 * {@code dossiers}, {@code import} and {@code read}.
 *
 * <p>Exit codes: 0 when no finding reaches the {@code --fail-on} severity, 1 when one does, 2 for
 * unusable input or usage, with a one-line message naming the file, the JSON path and the value
 * in the language of {@code --lang}, 141 when the reader of standard output went away. See {@code
 * docs/cli.md}.
 */
@Command(name = "cchc", mixinStandardHelpOptions = true, version = Cchc.VERSION,
    description = "Checks administrative-reform plans and measures where they stand.",
    subcommands = {CheckCommand.class, StatusCommand.class, AgenciesCommand.class, ScoreCommand.class,
        DossiersCommand.class, ImportCommand.class, ReadCommand.class, DiffCommand.class, ProgrammeCommand.class,
        ReportCommand.class})
public final class Cchc implements Runnable {
  /** Exit code for unusable input or usage. */
  static final int UNUSABLE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli runs it. */
  public Cchc() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Builds the command line with cchc's error handling: bad input or usage ends with code 2 and
   * one line on the error stream, in the language of {@code --lang}, never a stack trace.
   *
   * @param out where results go, not null
   * @param err where messages go, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Cchc());
    cli.setOut(out);
    cli.setErr(err);
    // Picocli gives a subcommand no version of its parent's, and `cchc check -V` is asked as often.
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().version(VERSION);
    }
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Locale locale = language(parseResult.originalArgs());
      commandLine.getErr().println(commandLine.getCommandName() + ": " + Failure.describe(e, locale));
      commandLine.getErr().flush();
      return UNUSABLE;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine commandLine = e.getCommandLine();
      warnOfUnreadableArguments(java.util.List.of(args), commandLine.getErr());
      commandLine.getErr().println(commandLine.getCommandName() + ": " + usage(e, language(java.util.List.of(args))));
      commandLine.getErr().flush();
      return UNUSABLE;
    });
    cli.setExecutionStrategy(parseResult -> {
      warnOfUnreadableArguments(parseResult.originalArgs(), err);
      // Usage help reads in the language asked for; English is the annotations' own text.
      cli.setResourceBundle(help(language(parseResult.originalArgs())));
      int code = new CommandLine.RunLast().execute(parseResult);
      if (out.checkError()) {
        // A full disk or a closed pipe: what was meant to be read was not written, so the run failed.
        CommandLine.ParseResult last = parseResult.hasSubcommand() ? parseResult.subcommand() : parseResult;
        err.println(last.commandSpec().name() + ": " + CliText.of(language(parseResult.originalArgs()),
            "error.stdout"));
        err.flush();
        return UNUSABLE;
      }
      return code;
    });
    return cli;
  }

  /**
   * The usage help's texts in a language: {@code help_vi} holds the Vietnamese, {@code help_en} is
   * empty, so that picocli keeps the annotations' English.
   */
  static java.util.ResourceBundle help(Locale language) {
    return java.util.ResourceBundle.getBundle("io.github.cchc.examples.help", language);
  }

  /** The version every command answers to {@code -V}. */
  static final String VERSION = "cchc 0.1.0";

  /**
   * The language asked for, read from the raw arguments: a usage error comes before the options
   * are bound, and its line must be in that language too.
   */
  static Locale language(java.util.List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value = arg.startsWith("--lang=") ? arg.substring(7)
          : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (value != null && value.equalsIgnoreCase("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.forLanguageTag("vi");
  }

  /** Java decoded the arguments by a locale that is not UTF-8: what the user typed is not what cchc got. */
  private static void warnOfUnreadableArguments(java.util.List<String> args, PrintWriter err) {
    if (args.stream().anyMatch(a -> a.indexOf('\uFFFD') >= 0)) {
      err.println("cchc: " + CliText.of(language(args), "error.unreadable-arguments"));
      err.flush();
    }
  }

  /** A usage error in the reader's words: the option and value at fault, and where to read more. */
  private static String usage(CommandLine.ParameterException e, Locale locale) {
    String command = e.getCommandLine().getCommandName();
    if (e instanceof CommandLine.MissingParameterException m) {
      java.util.List<String> names = new java.util.ArrayList<>();
      for (CommandLine.Model.ArgSpec arg : m.getMissing()) {
        names.add(arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() + " " + o.paramLabel() : arg.paramLabel());
      }
      return CliText.of(locale, "error.option.missing", "options", String.join(", ", names), "command", command);
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return CliText.of(locale, "error.option.unknown", "arguments", String.join(" ", u.getUnmatched()), "command", command);
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return CliText.of(locale, "error.option.twice", "option", o.getOverwritten() instanceof CommandLine.Model.OptionSpec spec
          ? spec.longestName() : o.getOverwritten().paramLabel());
    }
    if (e.getCommandLine().getCommand() instanceof Cchc && e.getArgSpec() == null) {
      return CliText.of(locale, "error.subcommand");
    }
    CommandLine.Model.ArgSpec arg = e.getArgSpec();
    if (arg instanceof CommandLine.Model.OptionSpec o && o.longestName().equals("--lang")) {
      return CliText.of(locale, "error.lang", "value", e.getValue());
    }
    if (arg != null && e.getValue() != null) {
      String given = arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() + " " + e.getValue() : e.getValue();
      return CliText.of(locale, "error.option.invalid", "given", given, "label", arg.paramLabel(), "command", command);
    }
    return CliText.of(locale, "error.usage", "command", command);
  }

  /**
   * Runs {@code cchc} and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    quietLogging();
    // Not System.out: a PrintStream keeps a failed write to itself, and a full disk must fail the command.
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new PipeEnd(new java.io.FileOutputStream(
        java.io.FileDescriptor.out)), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(commandLine(out, err).execute(args));
  }

  /**
   * Standard output that ends the program as the shell's own tools end when the reader of their
   * pipe goes away ({@code cchc check plan.json | head}): quietly, with the code of SIGPIPE. The
   * JVM ignores that signal, so the write fails instead; any other failure is left to the writer.
   */
  private static final class PipeEnd extends java.io.FilterOutputStream {
    private static final int SIGPIPE_EXIT = 141;

    PipeEnd(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      try {
        out.write(b, off, len);
      } catch (java.io.IOException e) {
        throw closed(e);
      }
    }

    @Override
    public void write(int b) throws java.io.IOException {
      try {
        out.write(b);
      } catch (java.io.IOException e) {
        throw closed(e);
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      try {
        out.flush();
      } catch (java.io.IOException e) {
        throw closed(e);
      }
    }

    private static java.io.IOException closed(java.io.IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("Broken pipe")) {
        Runtime.getRuntime().halt(SIGPIPE_EXIT);
      }
      return e;
    }
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
