package org.doppel;

import org.doppel.index.VectorSearch;
import org.doppel.match.SentenceAlignmentSettings;

/**
 * Parameters of rewrite (paraphrase) detection; see docs/parameters.md.
 *
 * @param enabled false for users who only want copies: no fact or vector candidates, no sentence
 *     alignment, no model
 * @param minSharedFacts rare facts (numbers, names, quotations) a candidate needs when nothing else
 *     links it
 * @param vectorSearch nearest neighbours by vocabulary vector that each document proposes
 * @param sentences alignment of reworded sentences
 */
public record RewriteSettings(boolean enabled, int minSharedFacts, VectorSearch vectorSearch, SentenceAlignmentSettings sentences) {
  public static final RewriteSettings DEFAULTS = new RewriteSettings(true, 5, VectorSearch.OFF, SentenceAlignmentSettings.DEFAULTS);
  public static final RewriteSettings OFF = new RewriteSettings(false, Integer.MAX_VALUE, VectorSearch.OFF, SentenceAlignmentSettings.DEFAULTS);

  /** The same settings with another nearest-neighbour search. */
  public RewriteSettings withVectorSearch(VectorSearch search) {
    return new RewriteSettings(enabled, minSharedFacts, search, sentences);
  }

  public RewriteSettings {
    if (minSharedFacts < 1) {
      throw new IllegalArgumentException("minSharedFacts must be >= 1, got " + minSharedFacts);
    }
  }
}
