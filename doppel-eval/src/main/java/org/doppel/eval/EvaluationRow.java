package org.doppel.eval;

/**
 * The measures for one relation, or for "any reuse".
 *
 * @param label {@code exact}, {@code near_duplicate}, {@code partial}, {@code paraphrase} or {@code any reuse}
 * @param pairs pair-level precision, recall and F1
 * @param passagesOnMatchedPairs PAN passage measures over the truth pairs of the row that the prediction also
 *     lists, whatever relation it gives them
 * @param passagesOverAllPairs the same, adding the row's truth pairs the prediction missed (their cases count
 *     with recall 0) and the predicted pairs of the row that the truth does not list as reuse (their detections
 *     count with precision 0)
 */
public record EvaluationRow(String label, PairScores pairs, PassageScores passagesOnMatchedPairs,
    PassageScores passagesOverAllPairs) {
}
