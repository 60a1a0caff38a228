package org.doppel.cli;

import org.doppel.Doppel;
import org.doppel.RewriteSettings;
import org.doppel.index.VectorSearch;
import org.doppel.match.sentence.BundledJudge;
import org.doppel.relate.ReportFloor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say how a command finds related documents, shared by every command that scans. */
final class DetectionOptions {
  @Option(names = "--threads", converter = OptionValues.Threads.class, description = "Worker threads (default and most: all cores).")
  Integer threads;

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

  /** A builder set up as these options say. */
  Doppel.Builder builder() {
    Doppel.Builder builder = Doppel.builder();
    if (all && minScore != null) {
      throw badOption("--all and --min-score exclude each other: --all is --min-score 0");
    }
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
      throw badOption("--min-score must be between 0 and 1, got " + minScore);
    }
    if (all) {
      builder.reportFloor(ReportFloor.NONE);
    } else if (minScore != null) {
      builder.reportFloor(ReportFloor.scoreOnly(minScore));
    }
    if (threads != null) {
      builder.threads(threads);
    }
    if (judge && (copiesOnly || noModel)) {
      throw badOption("--judge needs the embedding model and rewrite detection: drop --copies-only and --no-model");
    }
    if (copiesOnly) {
      builder.rewrites(RewriteSettings.OFF);
    } else if (!noModel) {
      builder.embeddingModel();
      // one scorer for both judges; it loads its transformers when first asked
      BundledJudge bundled = new BundledJudge();
      if (judge) {
        builder.sentenceJudge(bundled);
      }
      if (!noTextJudge) {
        builder.textJudge(bundled);
      }
    }
    return builder;
  }

  /**
   * A builder for scan, trace, query and serve: with rewrite detection on, short texts also propose
   * their nearest neighbours by vocabulary among the texts of up to 500 words ({@link VectorSearch#SHORT_TEXTS}); the
   * standing index keeps those texts' vectors for it, and the Spark job proposes the same pairs (its {@code Detection} sets it up alike).
   */
  Doppel.Builder corpusBuilder() {
    Doppel.Builder builder = builder();
    if (!copiesOnly) {
      builder.rewrites(RewriteSettings.DEFAULTS.withVectorSearch(VectorSearch.SHORT_TEXTS));
    }
    return builder;
  }

  private RuntimeException badOption(String message) {
    return command == null ? new IllegalArgumentException(message) : new CommandLine.ParameterException(command.commandLine(), message);
  }
}
