package org.doppel.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates the PAN passage measures ({@link PassageScores}) pair by pair. Cases and detections only meet
 * within one document pair; the means run over all cases and detections added, whatever pair they come from.
 */
final class PassageTally {
  private int pairs;
  private int cases;
  private int detections;
  private int detectedCases;
  private long detectionsOfDetectedCases;
  private double precisionSum;
  private double recallSum;

  /**
   * Adds one document pair.
   *
   * @param truth the pair's cases; empty for a pair that only the prediction has
   * @param predicted the pair's detections; empty for a pair that the prediction missed
   */
  void addPair(List<AlignedPassage> truth, List<AlignedPassage> predicted) {
    pairs++;
    for (AlignedPassage detection : predicted) {
      detections++;
      precisionSum += (double) coveredSize(detection, truth) / detection.size();
    }
    for (AlignedPassage found : truth) {
      cases++;
      recallSum += (double) coveredSize(found, predicted) / found.size();
      int detecting = (int) predicted.stream().filter(detection -> detection.detects(found)).count();
      if (detecting > 0) {
        detectedCases++;
        detectionsOfDetectedCases += detecting;
      }
    }
  }

  /**
   * {@code |∪_o (target ⊓ o)|}: characters of {@code target}, on both documents, shared with the passages in
   * {@code others} that overlap it in both documents.
   */
  private static int coveredSize(AlignedPassage target, List<AlignedPassage> others) {
    List<Interval> onA = new ArrayList<>();
    List<Interval> onB = new ArrayList<>();
    for (AlignedPassage other : others) {
      if (other.detects(target)) {
        onA.add(target.a().intersect(other.a()));
        onB.add(target.b().intersect(other.b()));
      }
    }
    return IntervalUnion.size(onA) + IntervalUnion.size(onB);
  }

  PassageScores scores() {
    if (cases == 0 && detections == 0) {
      return new PassageScores(pairs, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double precision = detections == 0 ? 0 : precisionSum / detections;
    double recall = cases == 0 ? 0 : recallSum / cases;
    double granularity = detectedCases == 0 ? 1 : (double) detectionsOfDetectedCases / detectedCases;
    return new PassageScores(pairs, cases, detections, detectedCases, precision, recall, granularity);
  }
}
