package org.doppel.relate;

import org.doppel.match.Alignment;
import org.doppel.match.ShingleOverlap;

/**
 * Everything the classifier looks at for one pair.
 *
 * @param sameContent the normalised content of both documents is identical
 * @param overlap exact shingle-set overlap
 * @param alignment the shared passages
 */
public record PairEvidence(boolean sameContent, ShingleOverlap overlap, Alignment alignment) {}
