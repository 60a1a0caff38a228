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
   * Asked about every capitalised word and the word after each number: a binary search of the sorted hashes was 4%
   * of a scan's samples.
   */
  private static final LongHashSet HASHES = LongHashSet.of(Arrays.stream(words()).mapToLong(Hashing::ofChars).toArray());

  private StopWords() {}

  /** The words, as listed. */
  static String[] words() {
    return WORDS.strip().split("\\s+");
  }

  public static boolean contains(long wordHash) {
    return HASHES.contains(wordHash);
  }
}
