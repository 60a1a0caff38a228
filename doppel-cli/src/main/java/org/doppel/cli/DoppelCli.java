package org.doppel.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code doppel} command: a thin shell that parses arguments and calls the library. */
@Command(name = "doppel", mixinStandardHelpOptions = true, version = "doppel 0.1.0",
    description = "Finds copies, near-duplicates and reused passages in a corpus.")
public final class DoppelCli implements Runnable {
  /**
   * Lucene suggests the incubating Vector API on every start; the search works without it, and a
   * user can still pass --add-modules jdk.incubator.vector in DOPPEL_JAVA_OPTS. Held in a field
   * because java.util.logging forgets the level of a logger nobody references.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** Every command, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(ScanCommand.class, TraceCommand.class, IndexCommand.class,
      QueryCommand.class, ServeCommand.class, BenchIndexCommand.class, ExtractCommand.class, EvalCommand.class,
      EvalRewritesCommand.class, EvalExtractCommand.class, EvalMetaCommand.class, BenchCommand.class, BenchMetaCommand.class,
      BenchExtractCommand.class, BenchEmbedCommand.class, BenchReportCommand.class, BenchPhotosCommand.class,
      PairsCommand.class, PhotosCommand.class, CommandLine.HelpCommand.class);

  /**
   * The command line for {@code args}. When they name a command, only that command is built: picocli
   * reads every command's options by reflection, and building all twenty was most of the start-up of a
   * small scan. Without a command name (help, a typo, no arguments) all are built, so help and
   * error messages list them all.
   */
  static CommandLine commandLine(String... args) {
    CommandLine line = new CommandLine(new DoppelCli());
    Class<?> named = args.length == 0 ? null : COMMANDS.stream()
        .filter(command -> command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst().orElse(null);
    for (Class<?> command : named == null ? COMMANDS : List.of(named)) {
      line.addSubcommand(command);
    }
    return line;
  }
}
