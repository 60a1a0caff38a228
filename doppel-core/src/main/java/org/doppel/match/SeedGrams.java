package org.doppel.match;

import org.doppel.document.Hashing;
import org.doppel.document.TokenSequence;

/**
 * Where a document's runs of k words start and their hashes: what {@link SeedFinder} looks up for each pair.
 * A document verified in several pairs computes them once ({@link PassageAligner#seedGrams}). Immutable.
 */
public final class SeedGrams {
  final int k;
  final int[] starts;
  final long[] hashes;

  private SeedGrams(int k, int[] starts, long[] hashes) {
    this.k = k;
    this.starts = starts;
    this.hashes = hashes;
  }

  static SeedGrams of(TokenSequence words, int k) {
    int[] starts = words.runStarts(k);
    return new SeedGrams(k, starts, Hashing.ofRuns(words, starts, k));
  }
}
