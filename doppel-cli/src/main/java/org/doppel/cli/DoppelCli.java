package org.doppel.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.doppel.index.IndexWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code doppel} command: a thin shell that parses arguments and calls the library. */
@Command(name = "doppel", mixinStandardHelpOptions = true, version = DoppelCli.VERSION, description = DoppelCli.DESCRIPTION,
    subcommands = {ScanCommand.class, TraceCommand.class, IndexCommand.class, QueryCommand.class, ServeCommand.class, BenchIndexCommand.class, ExtractCommand.class, EvalCommand.class, EvalRewritesCommand.class, EvalExtractCommand.class, EvalMetaCommand.class,
        BenchCommand.class, BenchMetaCommand.class, BenchExtractCommand.class, BenchEmbedCommand.class, BenchReportCommand.class, BenchPhotosCommand.class, PairsCommand.class, PhotosCommand.class,
        CommandLine.HelpCommand.class})
public final class DoppelCli implements Callable<Integer> {
  static final String VERSION = "doppel 0.1.0";
  static final String DESCRIPTION = "Finds copies, near-duplicates and reused passages in a corpus.";
  /**
   * Lucene suggests the incubating Vector API on every start; the search works without it, and a
   * user can still pass --add-modules jdk.incubator.vector in DOPPEL_JAVA_OPTS. Held in a field
   * because java.util.logging forgets the level of a logger nobody references.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return usage(spec);
  }

  /** No command named: the usage, and a non-zero exit so that a script that lost its command notices. */
  static int usage(CommandLine.Model.CommandSpec spec) {
    spec.commandLine().usage(System.err);
    return CommandLine.ExitCode.USAGE;
  }

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    int exitCode;
    try {
      exitCode = run(args);
    } catch (OutOfMemoryError error) {
      // picocli hands on errors; by here the run's data is unreachable, so there is room to say what happened.
      System.err.println("doppel: " + outOfMemory());
      exitCode = CommandLine.ExitCode.SOFTWARE;
    }
    System.exit(exitCode);
  }

  static int run(String... args) {
    // The command line speaks English and writes data that scripts read and docs quote: under -Duser.language=de or
    // tr, printf's %.3f wrote an accuracy of 1 as "1,000" and %,d grouped with dots (PrintWriter.printf formats in the
    // default locale, not only the FORMAT category's), and a case mapping that forgot its locale would map I to ı.
    Locale.setDefault(Locale.ROOT);
    int exitCode = commandLine(args).execute(args);
    return exitCode == CommandLine.ExitCode.OK ? outputKept(System.out) : exitCode;
  }

  /**
   * 0 when standard output took everything written to it, else 1 with a line saying so. {@code System.out} swallows a
   * failed write and only remembers it: a report written to a full disk ({@code > /dev/full}) or into a pipe whose reader
   * had stopped was lost while the run said "13 related pairs" and exited 0, as if the report were whole.
   */
  static int outputKept(PrintStream out) {
    if (!out.checkError()) {
      return CommandLine.ExitCode.OK;
    }
    System.err.println("doppel: standard output did not take the whole output: it was closed before the end (a pipe whose"
        + " reader stopped, as head does) or could not be written (a full disk); what it holds is incomplete");
    return CommandLine.ExitCode.SOFTWARE;
  }

  /**
   * The command line for {@code args}. When they start with a command's name, the root gets only that
   * command: picocli reads every command's options by reflection as it builds it, and building all
   * twenty was most of the start-up of a small scan. The root alone for the version alone. Otherwise (help, a typo,
   * no arguments) it is the full {@code new CommandLine(new DoppelCli())}, so that help and error messages list every
   * command.
   */
  public static CommandLine commandLine(String... args) {
    Class<?> named = args.length == 0 ? null : Arrays.stream(DoppelCli.class.getAnnotation(Command.class).subcommands())
        .filter(command -> command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst().orElse(null);
    CommandLine line = named != null ? new CommandLine(new OneCommand()).addSubcommand(named)
        : onlyTheVersion(args) ? new CommandLine(new OneCommand()) : new CommandLine(new DoppelCli());
    withVersion(line);
    // An unknown option after a list (trace --in DIR --bogus DOC) was taken as one more value of the list, and the
    // user was told of a missing argument instead of the option picocli did not know.
    line.setUnmatchedOptionsAllowedAsOptionParameters(false);
    // The help writes enum values as users type them ("--part fit,validation,all", "--modes copies"), while picocli
    // matched only the constants' own case and refused "fit".
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line.setParameterExceptionHandler((error, arguments) -> misuse(invoked(line, arguments), error)).setExecutionExceptionHandler((error, failed, parsed) -> {
      String message = plainMessage(error);
      if (message == null) {
        throw error;
      }
      System.err.println("doppel: " + message);
      return 1;
    });
  }

  /**
   * {@code doppel --version} (or {@code -V}) alone prints one line that no command's options change: building the
   * twenty commands for it cost 0.1 s of CPU, a third of the run.
   */
  private static boolean onlyTheVersion(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** Every command offers -V (mixinStandardHelpOptions); without a version of its own it printed nothing. */
  private static void withVersion(CommandLine command) {
    command.getCommandSpec().version(VERSION);
    command.getSubcommands().values().forEach(DoppelCli::withVersion);
  }

  /**
   * A command line picocli cannot parse (an unknown option, a missing or malformed argument): one line
   * naming the command and what is wrong, and where the usage is, instead of the whole usage, which
   * buried the message under forty lines of options.
   */
  private static int misuse(CommandLine invoked, CommandLine.ParameterException error) {
    String command = invoked.getCommandSpec().qualifiedName();
    System.err.println(command + ": " + MisuseMessage.of(error) + " (see '" + command + " --help')");
    return invoked.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * The command the arguments name, found by walking them down from the root: a command that refuses
   * a value after parsing throws with a fresh {@code new CommandLine(this)}, which knows neither its
   * parents nor the real defaults.
   */
  private static CommandLine invoked(CommandLine root, String[] args) {
    CommandLine command = root;
    for (String arg : args) {
      CommandLine sub = command.getSubcommands().get(arg);
      if (sub == null) {
        break;
      }
      command = sub;
    }
    return command;
  }

  /**
   * What to tell a user about an error that is theirs to fix (a missing or unreadable path, an
   * argument the library refuses), in one line instead of a stack trace; null for anything else,
   * which stays a stack trace because it is a bug to report.
   */
  static String plainMessage(Throwable error) {
    for (Throwable reason = error; reason != null; reason = reason.getCause()) {
      if (reason instanceof OutOfMemoryError) {
        return outOfMemory(); // a worker thread's, handed on wrapped
      }
    }
    Throwable cause = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
    return switch (cause) {
      case NoSuchFileException missing -> "no such file or folder: " + missing.getFile();
      case AccessDeniedException denied -> "permission denied: " + denied.getFile();
      // index remove and merge on a full disk or a folder that refuses files; index add says more (IndexCommand)
      case IndexWriteException failed -> failed.getMessage();
      case IllegalArgumentException refused when refused.getMessage() != null -> refused.getMessage();
      default -> null;
    };
  }

  /**
   * What to do when the heap is too small for the corpus. A report file is written whole or not at all, and an index
   * keeps its last commit, so the same command can be run again with a larger heap.
   */
  static String outOfMemory() {
    long megabytes = Runtime.getRuntime().maxMemory() >> 20;
    return "out of memory: the Java heap's limit of " + megabytes + " MB is too small for this run, which stopped."
        + " Run it again with a larger heap if the machine has the memory (DOPPEL_JAVA_OPTS=-Xmx16g, say), with --copies-only,"
        + " or add the corpus to a standing index in parts (doppel index add).";
  }

  /** The root command as {@link DoppelCli} declares it, without its subcommands (one is added). */
  @Command(name = "doppel", mixinStandardHelpOptions = true, version = VERSION, description = DESCRIPTION)
  static final class OneCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return usage(spec);
    }
  }
}
