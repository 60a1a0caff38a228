package org.doppel.match;

/**
 * Thresholds of sentence alignment; see docs/parameters.md for how they were measured.
 *
 * @param askModelFrom below {@code acceptLexicalWithoutModel} and from this overlap on, the
 *     embedding model decides (when it is on)
 * @param acceptSemantic the embedding cosine from which the model calls two sentences the same
 * @param acceptLexicalWithoutModel the content-word overlap from which sentence pairs align on words alone
 * @param mergeLexical overlap from which a sentence next to an aligned one joins its partner
 *     (a rewriter merged or split it)
 */
public record SentenceAlignmentSettings(double askModelFrom, double acceptSemantic, double acceptLexicalWithoutModel, double mergeLexical) {
  public static final SentenceAlignmentSettings DEFAULTS = new SentenceAlignmentSettings(0.2, 0.72, 0.34, 0.25);

  public SentenceAlignmentSettings {
    if (!(0 < askModelFrom && askModelFrom <= acceptLexicalWithoutModel && acceptLexicalWithoutModel <= 1)) {
      throw new IllegalArgumentException("need 0 < askModelFrom <= acceptLexicalWithoutModel <= 1, got "
          + askModelFrom + ", " + acceptLexicalWithoutModel);
    }
    if (mergeLexical <= 0 || acceptSemantic <= -1 || acceptSemantic > 1) {
      throw new IllegalArgumentException("mergeLexical must be > 0 and acceptSemantic in (-1, 1], got " + mergeLexical + ", " + acceptSemantic);
    }
  }
}
