package org.doppel.eval.extraction;

/**
 * True positives, false positives and false negatives of one page, each divided by their sum so that
 * long pages weigh no more than short ones (as the scrapinghub benchmark does).
 */
public record OverlapCounts(double tp, double fp, double fn) {
  /** Precision, 1 when nothing was expected and nothing predicted, 0 when nothing was predicted. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
