package org.doppel.eval.extraction;

/**
 * Snippet counts summed over pages, as trafilatura's evaluation keeps them: an expected snippet found
 * is a true positive, one missed a false negative; a boilerplate snippet found is a false positive,
 * one kept out a true negative.
 */
public record SnippetCounts(int tp, int fn, int fp, int tn) {
  public static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

  public SnippetCounts plus(SnippetCounts other) {
    return new SnippetCounts(tp + other.tp, fn + other.fn, fp + other.fp, tn + other.tn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    int all = tp + fn + fp + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }
}
