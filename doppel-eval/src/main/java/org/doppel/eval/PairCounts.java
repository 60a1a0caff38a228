package org.doppel.eval;

/**
 * How the two files' pairs line up.
 *
 * @param truthPairs pairs in the truth file
 * @param truthReusePairs truth pairs whose relation is not {@code unrelated}
 * @param predictedPairs pairs in the prediction file claiming reuse (lines labelled {@code unrelated} are
 *     treated as not predicted and not counted)
 * @param predictedNotInTruth predicted pairs the truth file does not list at all
 * @param predictedTruthUnrelated predicted pairs the truth file lists as {@code unrelated}
 * @param predictedOtherRelation predicted pairs the truth lists as reuse under another relation
 * @param predictedOutsideOverall predicted pairs left out of the "any reuse" row by the relation filter
 *     (their predicted relation, or their truth relation, is not selected)
 * @param truthOutsideOverall truth reuse pairs left out of the "any reuse" row by the relation filter
 */
public record PairCounts(int truthPairs, int truthReusePairs, int predictedPairs, int predictedNotInTruth,
    int predictedTruthUnrelated, int predictedOtherRelation, int predictedOutsideOverall, int truthOutsideOverall) {
}
