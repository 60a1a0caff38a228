package org.doppel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code doppel} command: a thin shell that parses arguments and calls the library. */
@Command(name = "doppel", mixinStandardHelpOptions = true, version = "doppel 0.1.0",
    description = "Finds copies, near-duplicates and reused passages in a corpus.",
    subcommands = {ScanCommand.class, TraceCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class DoppelCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new DoppelCli()).execute(args);
  }
}
