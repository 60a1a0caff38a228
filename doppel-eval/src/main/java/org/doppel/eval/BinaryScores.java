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

  public double accuracy() {
    return ratio(truePositives + trueNegatives, rows());
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
