package org.doppel.eval;

/**
 * How well a prediction tells the original from the copy, on truth pairs whose source is one of the two.
 *
 * @param withEvidence truth pairs whose {@code direction_evidence} is not empty
 * @param withEvidenceRight those the prediction lists with the truth's source
 * @param withEvidenceUnknown those listed with no source ("unknown", counted as wrong)
 * @param withEvidenceMissing those the prediction does not list at all (counted as wrong)
 * @param withoutEvidence truth pairs with the source in the pair but no evidence
 * @param withoutEvidenceAnswered those the prediction lists with a source
 * @param withoutEvidenceRight those answered with the truth's source
 */
public record DirectionScores(int withEvidence, int withEvidenceRight, int withEvidenceUnknown, int withEvidenceMissing,
    int withoutEvidence, int withoutEvidenceAnswered, int withoutEvidenceRight) {

  /** Right answers over all pairs with evidence; unknown and missing count as wrong. NaN without such pairs. */
  public double accuracyWithEvidence() {
    return ratio(withEvidenceRight, withEvidence);
  }

  /** Share of the pairs without evidence that get an answer. */
  public double answeredWithoutEvidence() {
    return ratio(withoutEvidenceAnswered, withoutEvidence);
  }

  /** Share of the answers given on pairs without evidence that are right. */
  public double precisionWithoutEvidence() {
    return ratio(withoutEvidenceRight, withoutEvidenceAnswered);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
