package org.doppel.eval;

/**
 * Counts of a yes/no classifier against labels, and the usual measures; "yes" is the positive
 * class (paraphrase).
 */
public record BinaryScores(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

  /** Compares predictions with labels (1 = yes), row by row. */
  public static BinaryScores of(int[] labels, boolean[] predicted) {
    if (labels.length != predicted.length) {
      throw new IllegalArgumentException(labels.length + " labels but " + predicted.length + " predictions");
    }
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < labels.length; i++) {
      if (predicted[i]) {
        if (labels[i] == 1) {
          tp++;
        } else {
          fp++;
        }
      } else if (labels[i] == 1) {
        fn++;
      } else {
        tn++;
      }
    }
    return new BinaryScores(tp, fp, tn, fn);
  }

  public int rows() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  /** Correct answers over all rows; 0 without rows. */
  public double accuracy() {
    int rows = rows();
    return rows == 0 ? 0 : (double) (truePositives + trueNegatives) / rows;
  }

  /** The measures of {@link PairScores}, but 0 rather than NaN where a measure's denominator is empty. */
  public double precision() {
    return zeroIfUndefined(yesScores().precision());
  }

  public double recall() {
    return zeroIfUndefined(yesScores().recall());
  }

  public double f1() {
    return zeroIfUndefined(yesScores().f1());
  }

  /** The counts of the "yes" class, which the pair measures are defined on. */
  private PairScores yesScores() {
    return new PairScores(truePositives, falsePositives, falseNegatives);
  }

  private static double zeroIfUndefined(double measure) {
    return Double.isNaN(measure) ? 0 : measure;
  }
}
