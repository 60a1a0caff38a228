/**
 * Judging a detection run against ground truth.
 *
 * <p>{@link org.doppel.eval.PairFileReader} reads a truth file and a prediction file (JSON lines, either passage
 * form); {@link org.doppel.eval.ReuseEvaluation} compares them and returns an
 * {@link org.doppel.eval.EvaluationResult} holding pair-level precision/recall/F1
 * ({@link org.doppel.eval.PairScores}) and PAN passage-level precision/recall/granularity/plagdet
 * ({@link org.doppel.eval.PassageScores}); {@link org.doppel.eval.EvaluationTable} and
 * {@link org.doppel.eval.EvaluationJson} print it.
 */
package org.doppel.eval;
