package org.doppel;

import org.doppel.index.VectorSearch;
import org.doppel.match.sentence.BundledJudge;

/**
 * What a scan looks for beyond {@link Doppel#builder()}'s words and facts, as {@code doppel scan}'s options choose it
 * (and {@code trace}, {@code query}, {@code serve}'s) and the Spark job's: one place that turns those choices into a
 * builder, so that the shells cannot set up the library apart.
 *
 * <p>With rewrite detection on, short texts also propose their nearest neighbours by vocabulary among the texts of up
 * to 500 words ({@link VectorSearch#SHORT_TEXTS}; the standing index keeps those texts' vectors for it).
 *
 * @param rewrites paraphrase detection; off finds exact copies, near-duplicates and reused passages only
 *     ({@code --copies-only})
 * @param model with rewrites, the sentence-embedding model judges reworded sentences; off decides on words and facts
 *     alone ({@code --no-model})
 * @param textJudge with the model, the bundled judge reads two short texts the rest leaves unrelated whole
 *     ({@link Doppel.Builder#textJudge}; {@code --no-text-judge} turns it off)
 * @param sentenceJudge with the model, the bundled judge also reads the pairs the rest leaves unrelated sentence by
 *     sentence ({@link Doppel.Builder#sentenceJudge}; {@code --judge}, 8 times the CPU)
 */
public record ScanDetection(boolean rewrites, boolean model, boolean textJudge, boolean sentenceJudge) {
  /** {@code doppel scan} with none of these options: rewrites, the embedding model and the text judge. */
  public static final ScanDetection DEFAULTS = new ScanDetection(true, true, true, false);

  public ScanDetection {
    if (sentenceJudge && !(rewrites && model)) {
      throw new IllegalArgumentException("the sentence judge needs rewrite detection and the embedding model");
    }
  }

  /** A new builder set up for this detection; its other settings are the defaults. */
  public Doppel.Builder builder() {
    Doppel.Builder builder = Doppel.builder();
    if (!rewrites) {
      return builder.rewrites(RewriteSettings.OFF);
    }
    builder.rewrites(RewriteSettings.DEFAULTS.withVectorSearch(VectorSearch.SHORT_TEXTS));
    if (model) {
      builder.embeddingModel();
      // one scorer for both judges; it loads its transformers when first asked
      BundledJudge bundled = new BundledJudge();
      if (sentenceJudge) {
        builder.sentenceJudge(bundled);
      }
      if (textJudge) {
        builder.textJudge(bundled);
      }
    }
    return builder;
  }
}
