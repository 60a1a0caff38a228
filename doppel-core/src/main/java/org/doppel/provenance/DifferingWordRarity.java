package org.doppel.provenance;

/**
 * How rare the words are that each side of a pair has more often than the other, rarity being the natural log of a
 * word's document frequency: for each side the count of such words (a word one side has twice more counts twice), their
 * mean rarity and the sum of their squared deviations from it, which Welch's t reads ({@link RewriteSignal}).
 *
 * <p>A side with no such word has a mean of NaN; {@link #bothSides()} says whether there is anything to compare.
 */
record DifferingWordRarity(int wordsA, double meanA, double deviationsA, int wordsB, double meanB, double deviationsB) {

  /** The rarity of each side's differing words, summed in ascending hash order as {@code differing} lists them. */
  static DifferingWordRarity of(WordCountDifferences differing, WordFrequencies frequencies) {
    double sumA = 0;
    double sumB = 0;
    double squaresA = 0;
    double squaresB = 0;
    int onlyA = 0;
    int onlyB = 0;
    // in ascending hash order, as the sums always ran: another order could move their last bits
    for (int k = 0; k < differing.size(); k++) {
      int n = differing.difference(k);
      double rarity = Math.log(Math.max(1, frequencies.count(differing.word(k))));
      if (n > 0) {
        sumA += n * rarity;
        squaresA += n * rarity * rarity;
        onlyA += n;
      } else {
        sumB += -n * rarity;
        squaresB += -n * rarity * rarity;
        onlyB += -n;
      }
    }
    double meanA = sumA / onlyA;
    double meanB = sumB / onlyB;
    return new DifferingWordRarity(onlyA, meanA, squaresA - onlyA * meanA * meanA, onlyB, meanB,
        squaresB - onlyB * meanB * meanB);
  }

  /** Whether both sides have differing words: a side that only drops or only adds words has none to compare. */
  boolean bothSides() {
    return wordsA > 0 && wordsB > 0;
  }

  /** Side a's mean rarity less side b's: positive when a's differing words are the commoner. */
  double difference() {
    return meanA - meanB;
  }

  /**
   * Whether the difference of the two means reaches {@code floor} in Welch's t. A side of one word gives no spread to
   * judge by; no spread at all (every word equally rare on each side) makes any difference clear.
   */
  boolean clearAgainstSpread(double floor) {
    if (wordsA < 2 || wordsB < 2) {
      return false;
    }
    double standardError = standardError();
    return standardError == 0 || Math.abs(difference()) >= floor * standardError;
  }

  /** Welch's t of the difference, unsigned. */
  double welchT() {
    return Math.abs(difference()) / standardError();
  }

  /** Welch's standard error of the difference of the two means; each side needs two words. */
  private double standardError() {
    return Math.sqrt(Math.max(0, deviationsA) / (wordsA - 1) / wordsA + Math.max(0, deviationsB) / (wordsB - 1) / wordsB);
  }
}
