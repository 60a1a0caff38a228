package org.doppel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code doppel} command: a thin shell that parses arguments and calls the library. */
@Command(name = "doppel", mixinStandardHelpOptions = true, version = "doppel 0.1.0",
    description = "Finds copies, near-duplicates and reused passages in a corpus.",
    subcommands = {ScanCommand.class, TraceCommand.class, ExtractCommand.class, EvalCommand.class, EvalExtractCommand.class, EvalMetaCommand.class,
        BenchCommand.class, BenchMetaCommand.class, BenchExtractCommand.class, BenchEmbedCommand.class, BenchReportCommand.class, BenchPhotosCommand.class, PairsCommand.class, PhotosCommand.class,
        CommandLine.HelpCommand.class})
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
    return new CommandLine(new DoppelCli()).execute(args);
  }
}
