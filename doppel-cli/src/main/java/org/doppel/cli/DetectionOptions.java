package org.doppel.cli;

import org.doppel.Doppel;
import org.doppel.RewriteSettings;
import picocli.CommandLine.Option;

/** The options that say how a command finds related documents, shared by every command that scans. */
final class DetectionOptions {
  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--copies-only", description = "Find exact copies, near-duplicates and reused passages only: no paraphrase (rewrite) detection.")
  boolean copiesOnly;

  @Option(names = "--no-model", description = "Judge reworded sentences on words and facts alone, without the sentence-embedding model.")
  boolean noModel;

  /** A builder set up as these options say. */
  Doppel.Builder builder() {
    Doppel.Builder builder = Doppel.builder();
    if (threads != null) {
      builder.threads(threads);
    }
    if (copiesOnly) {
      builder.rewrites(RewriteSettings.OFF);
    } else if (!noModel) {
      builder.embeddingModel();
    }
    return builder;
  }
}
