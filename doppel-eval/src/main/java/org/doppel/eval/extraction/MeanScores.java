package org.doppel.eval.extraction;

import java.util.List;
import java.util.function.Function;

/**
 * Precision and recall averaged over pages and F1 of the two averages, as the scrapinghub benchmark
 * reports them. A page with nothing predicted is left out of the precision mean, one with nothing
 * expected out of the recall mean.
 */
public record MeanScores(double precision, double recall, double f1) {
  static MeanScores over(List<BodyPageScore> pages, Function<BodyPageScore, OverlapCounts> measure) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (BodyPageScore page : pages) {
      OverlapCounts c = measure.apply(page);
      if (c.tp() + c.fp() > 0) {
        precisionSum += c.precision();
        precisionPages++;
      }
      if (c.tp() + c.fn() > 0) {
        recallSum += c.recall();
        recallPages++;
      }
    }
    double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double r = recallPages == 0 ? 0 : recallSum / recallPages;
    return new MeanScores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
