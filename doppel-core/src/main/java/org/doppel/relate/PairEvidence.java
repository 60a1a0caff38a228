package org.doppel.relate;

import org.doppel.match.Alignment;
import org.doppel.match.FactOverlap;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.ShingleOverlap;

/**
 * Everything the classifier looks at for one pair.
 *
 * @param sameContent the normalised content of both documents is identical
 * @param overlap exact shingle-set overlap
 * @param alignment the shared passages found from exact shared word runs
 * @param sentences reworded sentences aligned across the pair ({@link SentenceAlignment#NONE} when
 *     the pair was settled without looking at sentences)
 * @param facts the facts (numbers, names, quotations) both documents state
 */
public record PairEvidence(boolean sameContent, ShingleOverlap overlap, Alignment alignment, SentenceAlignment sentences, FactOverlap facts) {
  public PairEvidence(boolean sameContent, ShingleOverlap overlap, Alignment alignment) {
    this(sameContent, overlap, alignment, SentenceAlignment.NONE, FactOverlap.NONE);
  }
}
