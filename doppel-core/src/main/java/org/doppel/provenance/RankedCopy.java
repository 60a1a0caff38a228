package org.doppel.provenance;

import org.jspecify.annotations.Nullable;

/**
 * A document that took text from the traced one, directly or through other copies.
 *
 * @param copy the copying document
 * @param generation 1 for a direct copy, 2 for a copy of a copy …
 * @param pair the pair of the traced document and the copy, with the shared passages; null when the two share
 *     no text directly (a copy of a copy that kept none of the traced document's passages)
 */
public record RankedCopy(String copy, int generation, @Nullable DirectedPair pair) {}
