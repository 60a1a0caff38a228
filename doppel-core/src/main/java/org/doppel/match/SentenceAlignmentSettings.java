package org.doppel.match;

/**
 * Thresholds of sentence alignment; see docs/parameters.md for how they were measured.
 *
 * @param acceptLexical a sentence pair whose content-word overlap reaches this is aligned outright
 * @param askModelFrom below {@code acceptLexical} and from this overlap on, the embedding model
 *     decides (when it is on)
 * @param acceptSemantic the embedding cosine from which the model calls two sentences the same
 * @param acceptLexicalWithoutModel with the model off, the overlap from which undecided pairs align
 * @param mergeLexical overlap from which a sentence next to an aligned one joins its partner
 *     (a rewriter merged or split it)
 */
public record SentenceAlignmentSettings(double acceptLexical, double askModelFrom, double acceptSemantic,
    double acceptLexicalWithoutModel, double mergeLexical) {
  public static final SentenceAlignmentSettings DEFAULTS = new SentenceAlignmentSettings(0.5, 0.2, 0.72, 0.34, 0.25);

  public SentenceAlignmentSettings {
    if (!(0 < askModelFrom && askModelFrom <= acceptLexicalWithoutModel && acceptLexicalWithoutModel <= acceptLexical && acceptLexical <= 1)) {
      throw new IllegalArgumentException("need 0 < askModelFrom <= acceptLexicalWithoutModel <= acceptLexical <= 1, got "
          + askModelFrom + ", " + acceptLexicalWithoutModel + ", " + acceptLexical);
    }
  }
}
