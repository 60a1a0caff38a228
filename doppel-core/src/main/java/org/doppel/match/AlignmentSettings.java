package org.doppel.match;

/**
 * Parameters of passage alignment; docs/parameters.md gives the measurements behind the defaults.
 *
 * @param seedSize words per seed; 3 survives one edited word in every fourth position
 * @param maxGap words without a seed that a passage may bridge, in either document, so that a
 *     passage survives small edits inside it but two passages around a dropped paragraph stay apart
 * @param minPassageWords seeded words a passage needs on each side to be reported
 * @param minDensity share of a passage's words, on each side, that seeds must cover
 * @param maxSeedRepeats a k-gram more frequent than this in one document is not used as a seed
 * @param minLineWords a shorter passage is still reported when it is a whole line of at least this
 *     many words, copied word for word in both documents
 */
public record AlignmentSettings(int seedSize, int maxGap, int minPassageWords, double minDensity, int maxSeedRepeats, int minLineWords) {
  public static final AlignmentSettings DEFAULTS = new AlignmentSettings(3, 12, 12, 0.45, 8, 4);

  public AlignmentSettings {
    if (seedSize < 1) throw new IllegalArgumentException("seedSize must be >= 1, got " + seedSize);
    if (maxGap < 0) throw new IllegalArgumentException("maxGap must be >= 0, got " + maxGap);
    if (minPassageWords < 1) throw new IllegalArgumentException("minPassageWords must be >= 1, got " + minPassageWords);
    if (minDensity < 0 || minDensity > 1) throw new IllegalArgumentException("minDensity must be in 0..1, got " + minDensity);
    if (maxSeedRepeats < 1) throw new IllegalArgumentException("maxSeedRepeats must be >= 1, got " + maxSeedRepeats);
  }
}
