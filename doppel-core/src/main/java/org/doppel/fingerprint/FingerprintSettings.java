package org.doppel.fingerprint;

/**
 * Parameters of the fingerprint; see docs/parameters.md for how they were chosen.
 *
 * @param shingleSize words per shingle k; 4 keeps a near-duplicate with 5% of its words edited at a
 *     shingle Jaccard of about 0.7, while unrelated news articles share almost no 4-word shingles
 * @param minHashBins MinHash signature length m
 * @param anchorOneIn keep one shingle in {@code anchorOneIn} as an anchor
 * @param minLineWords a whole line of at least this many words gets a key of its own
 * @param seed seed of every hash, stored in the signatures
 */
public record FingerprintSettings(int shingleSize, int minHashBins, int anchorOneIn, int minLineWords, long seed) {
  public static final FingerprintSettings DEFAULTS = new FingerprintSettings(4, 64, 6, 4, 0x1234_5678_9ABCL);

  public FingerprintSettings {
    if (shingleSize < 1 || shingleSize > 16) {
      throw new IllegalArgumentException("shingleSize must be in 1..16, got " + shingleSize);
    }
    if (minLineWords < 1) {
      throw new IllegalArgumentException("minLineWords must be >= 1, got " + minLineWords);
    }
  }
}
