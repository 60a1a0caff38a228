package org.doppel.document;

import java.util.Arrays;

/**
 * Hashes of common English function words, as {@link WordTokenizer} hashes them. Sentence
 * similarity and fact extraction ignore them: a rewriter keeps "the" and "of" whatever it changes,
 * so they say nothing about reuse.
 */
public final class StopWords {
  private static final String WORDS = """
      a about above after again against all also am an and any are as at be because been before being
      below between both but by can could did do does doing down during each even ever every few for from
      further had has have having he her here hers herself him himself his how however i if in into is it
      its itself just least less like made make many may me might more most much must my myself near never
      no nor not now of off on once one only or other our ours ourselves out over own per rather said same
      say says she should since so some still such than that the their theirs them themselves then there
      these they this those though through thus to too toward under until up upon us very via was we well
      were what when where whether which while who whom whose why will with within without would yet you
      your yours yourself yourselves s t d ll m re ve don didn doesn isn wasn weren won wouldn can't
      """;
  /**
   * The hashes in an open-addressing table a quarter full, probed from the slot the hash's top bits choose, 0 marking
   * an empty slot: asked about every capitalised word and the word after each number, a binary search of the sorted
   * hashes was 4% of a scan's samples.
   */
  private static final long[] TABLE;
  private static final int SHIFT;
  /** Whether a word's hash is 0, the empty slot's mark (as good as never). */
  private static final boolean HAS_ZERO;

  static {
    long[] hashes = Arrays.stream(words()).mapToLong(Hashing::ofChars).distinct().toArray();
    int size = Integer.highestOneBit(hashes.length * 4 - 1) << 1;
    TABLE = new long[size];
    SHIFT = Long.numberOfLeadingZeros(size - 1);
    boolean zero = false;
    for (long hash : hashes) {
      if (hash == 0) {
        zero = true;
        continue;
      }
      int slot = (int) (hash >>> SHIFT);
      while (TABLE[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      TABLE[slot] = hash;
    }
    HAS_ZERO = zero;
  }

  private StopWords() {}

  /** The words, as listed. */
  static String[] words() {
    return WORDS.strip().split("\\s+");
  }

  public static boolean contains(long wordHash) {
    if (wordHash == 0) {
      return HAS_ZERO;
    }
    for (int slot = (int) (wordHash >>> SHIFT); ; slot = (slot + 1) & (TABLE.length - 1)) {
      long entry = TABLE[slot];
      if (entry == wordHash) {
        return true;
      }
      if (entry == 0) {
        return false;
      }
    }
  }
}
