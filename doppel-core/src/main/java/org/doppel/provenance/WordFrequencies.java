package org.doppel.provenance;

/**
 * In how many documents of a corpus each word occurs: the rarity the weak direction signals weigh.
 * {@link DocumentFrequencies} counts them in memory for a scan; a persistent index reads them from
 * its postings.
 */
public interface WordFrequencies {
  /** Documents that contain the word with this hash; 0 for a word never seen. */
  int count(long hash);

  /** Documents counted. */
  int documents();

  /** Whether enough documents were counted for rarity to mean something ({@link DocumentFrequencies#MIN_DOCUMENTS}). */
  default boolean isLargeEnough() {
    return documents() >= DocumentFrequencies.MIN_DOCUMENTS;
  }
}
