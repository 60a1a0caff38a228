package org.doppel.eval;

import java.util.List;
import java.util.Set;
import org.doppel.relate.Relation;

/**
 * Everything {@link ReuseEvaluation} computes.
 *
 * @param overall the "any reuse" row, restricted to {@code overallRelations}
 * @param byRelation one row per reuse relation: exact, near_duplicate, partial, paraphrase
 * @param overallRelations the relations the overall row considers
 * @param counts how the pairs of the two files line up
 */
public record EvaluationResult(EvaluationRow overall, List<EvaluationRow> byRelation, Set<Relation> overallRelations,
    PairCounts counts) {
  public EvaluationResult {
    byRelation = List.copyOf(byRelation);
    overallRelations = Set.copyOf(overallRelations);
  }

  /**
   * Whether passages can be scored: a truth written by hand often lists reuse pairs without their passages, and
   * every passage measure against it would read 0, as if each predicted passage were wrong.
   */
  public boolean passagesScored() {
    return counts.truthReusePairs() == 0 || overall.passagesOverAllPairs().cases() > 0;
  }
}
