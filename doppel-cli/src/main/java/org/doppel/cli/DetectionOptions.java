package org.doppel.cli;

import org.doppel.Doppel;
import org.doppel.ScanDetection;
import org.doppel.relate.ReportFloor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say how a command finds related documents, shared by every command that scans. */
final class DetectionOptions {
  @Option(names = "--threads", converter = OptionValues.Threads.class, description = "Worker threads (default and most: all cores).")
  Integer threads;

  /** The threads asked for, else one per core. */
  int threadsOrAllCores() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  @Option(names = "--copies-only", description = "Find exact copies, near-duplicates and reused passages only: no paraphrase (rewrite) detection.")
  boolean copiesOnly;

  @Option(names = "--no-model", description = "Judge reworded sentences on words and facts alone, without the sentence-embedding model.")
  boolean noModel;

  @Option(names = "--judge", description = "Also read the candidate pairs words and the embedding model leave unrelated with the "
      + "trained sentence-pair judge of `doppel pairs` (two transformers; slow: 8 times the CPU, and on rewrites-dev it added 101 pairs, 83 right: see docs/quality.md).")
  boolean judge;

  @Option(names = "--no-text-judge", description = "Do not read two short texts (at most 230 words each) that words and the embedding "
      + "model leave unrelated whole with the trained sentence-pair judge of `doppel pairs`, as the scan does by default with the model "
      + "(see docs/quality.md, \"Eighth pass\").")
  boolean noTextJudge;

  @Option(names = "--min-score", paramLabel = "X",
      description = "Report every pair scoring at least X (0..1), including partial copies made only of a shared quotation or "
          + "boilerplate, which the default leaves out.")
  Double minScore;

  @Option(names = "--all", description = "Report every pair found, however little it shares (the same as --min-score 0).")
  boolean all;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec command;

  /**
   * A builder set up as these options say, for scan, trace, query and serve: what they detect is the library's
   * {@link ScanDetection} (the Spark job's too), with the report floor and threads of these options.
   */
  Doppel.Builder builder() {
    if (all && minScore != null) {
      throw badOption("--all and --min-score exclude each other: --all is --min-score 0");
    }
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
      throw badOption("--min-score must be between 0 and 1, got " + minScore);
    }
    if (judge && (copiesOnly || noModel)) {
      throw badOption("--judge needs the embedding model and rewrite detection: drop --copies-only and --no-model");
    }
    Doppel.Builder builder = new ScanDetection(!copiesOnly, !noModel, !noTextJudge, judge).builder();
    if (all) {
      builder.reportFloor(ReportFloor.NONE);
    } else if (minScore != null) {
      builder.reportFloor(ReportFloor.scoreOnly(minScore));
    }
    if (threads != null) {
      builder.threads(threads);
    }
    return builder;
  }

  private RuntimeException badOption(String message) {
    return command == null ? new IllegalArgumentException(message) : new CommandLine.ParameterException(command.commandLine(), message);
  }
}
