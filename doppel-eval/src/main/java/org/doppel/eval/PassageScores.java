package org.doppel.eval;

/**
 * PAN text-alignment measures (Potthast et al. 2010, "An Evaluation Framework for Plagiarism Detection") over a
 * set of document pairs. Truth passages are cases {@code s}, predicted passages are detections {@code r}; sizes
 * count characters on both documents, {@code |s| = |s_a| + |s_b|}. With
 * {@code s ⊓ r = s ∩ r} when r detects s (overlaps it in both documents), else empty:
 * <ul>
 *   <li>precision = mean over detections r of {@code |∪_s (s ⊓ r)| / |r|}</li>
 *   <li>recall = mean over cases s of {@code |∪_r (s ⊓ r)| / |s|}</li>
 *   <li>granularity = mean over detected cases s of the number of detections detecting s (1 when none is)</li>
 *   <li>plagdet = F1 / log2(1 + granularity), F1 the harmonic mean of precision and recall</li>
 * </ul>
 * As in PAN's reference script, precision and recall are 0 when there are cases but no detections, or
 * detections but no cases; when there are neither, all measures are NaN (nothing to judge).
 *
 * @param pairs document pairs included
 * @param cases truth passages included
 * @param detections predicted passages included
 * @param detectedCases cases detected by at least one detection
 * @param precision see above
 * @param recall see above
 * @param granularity see above
 */
public record PassageScores(int pairs, int cases, int detections, int detectedCases,
    double precision, double recall, double granularity) {

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    if (Double.isNaN(precision) || Double.isNaN(recall)) {
      return Double.NaN;
    }
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** {@code F1 / log2(1 + granularity)}. */
  public double plagdet() {
    return f1() / (Math.log(1 + granularity) / Math.log(2));
  }
}
