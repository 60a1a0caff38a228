package org.doppel.match;

import org.doppel.document.Sentence;

/**
 * Two sentences that say the same thing, one in each document.
 *
 * @param a the sentence in the first document
 * @param b the sentence in the second document
 * @param lexical weighted overlap of their content words, in [0, 1]
 * @param semantic cosine similarity of their embeddings, or NaN when the model was not asked
 */
public record SentenceMatch(Sentence a, Sentence b, double lexical, double semantic) {
  /** The similarity the alignment trusted: the model's when it was asked, else the lexical one. */
  public double similarity() {
    return Double.isNaN(semantic) ? lexical : semantic;
  }
}
