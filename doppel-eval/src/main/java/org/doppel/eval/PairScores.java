package org.doppel.eval;

/**
 * Pair-level counts for one relation (or for "any reuse") and the measures derived from them.
 *
 * @param truePositives pairs predicted with the relation whose truth has it
 * @param falsePositives pairs predicted with the relation whose truth does not have it (other relation,
 *     {@code unrelated}, or not in the truth file)
 * @param falseNegatives truth pairs with the relation not predicted with it (missing, or another relation)
 */
public record PairScores(int truePositives, int falsePositives, int falseNegatives) {
  /** {@code TP / (TP + FP)}; NaN when nothing was predicted. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** {@code TP / (TP + FN)}; NaN when the truth has no such pair. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /**
   * {@code 2 TP / (2 TP + FP + FN)}, the harmonic mean of precision and recall where both exist, 0 when only
   * one side has pairs, NaN when neither does.
   */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
