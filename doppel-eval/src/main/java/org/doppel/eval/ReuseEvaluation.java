package org.doppel.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.doppel.relate.Relation;

/**
 * Compares predicted pairs with truth pairs.
 *
 * <p><b>Pairs.</b> For each reuse relation R: TP = pairs predicted R whose truth is R; FP = pairs predicted R
 * whose truth is another relation, {@code unrelated}, or absent; FN = truth-R pairs not predicted R. The "any
 * reuse" row treats every predicted pair as a claim of reuse and every truth pair not {@code unrelated} as reuse.
 * Prediction lines labelled {@code unrelated} are treated as not predicted.
 *
 * <p><b>Relation filter</b> (overall row only). With relations F selected, predicted pairs whose relation is not
 * in F are dropped, and truth reuse pairs whose relation is not in F are left out of the row entirely: they are
 * neither missed (FN) nor, when predicted with a relation in F, false (FP). So a run without paraphrase detection
 * is judged on exact, near_duplicate and partial alone.
 *
 * <p><b>Passages</b> ({@link PassageScores}, PAN measures). The row of relation R groups pairs by their
 * <em>truth</em> relation: the matched variant covers the truth-R pairs the prediction lists under any relation,
 * so passage quality is judged separately from the label, which the pair measures judge. The all-pairs variant
 * adds the truth-R pairs the prediction missed (cases without detections) and the pairs predicted R that the
 * truth does not list as reuse (detections without cases, grouped by their predicted relation since they have
 * no truth relation). The overall row does the same over the pairs the relation filter keeps.
 */
public final class ReuseEvaluation {
  /** The relations that are reuse, in report order. */
  public static final List<Relation> REUSE_RELATIONS =
      List.of(Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.PARTIAL, Relation.PARAPHRASE);
  /** Label of the overall row. */
  public static final String ANY_REUSE = "any reuse";

  private final Map<PairKey, LabelledPair> truth = new LinkedHashMap<>();
  private final Map<PairKey, LabelledPair> predicted = new LinkedHashMap<>();

  private ReuseEvaluation(List<LabelledPair> truthPairs, List<LabelledPair> predictedPairs) {
    truthPairs.forEach(pair -> truth.putIfAbsent(pair.key(), pair));
    predictedPairs.stream().filter(LabelledPair::isReuse).forEach(pair -> predicted.putIfAbsent(pair.key(), pair));
  }

  /** Evaluates with all reuse relations in the overall row. */
  public static EvaluationResult evaluate(List<LabelledPair> truthPairs, List<LabelledPair> predictedPairs) {
    return evaluate(truthPairs, predictedPairs, EnumSet.copyOf(REUSE_RELATIONS));
  }

  /**
   * @param overallRelations the reuse relations the overall row considers (see the class comment)
   */
  public static EvaluationResult evaluate(List<LabelledPair> truthPairs, List<LabelledPair> predictedPairs,
      Set<Relation> overallRelations) {
    Set<Relation> selected = overallRelations.isEmpty() ? EnumSet.noneOf(Relation.class) : EnumSet.copyOf(overallRelations);
    selected.remove(Relation.UNRELATED);
    return new ReuseEvaluation(truthPairs, predictedPairs).run(selected);
  }

  private EvaluationResult run(Set<Relation> selected) {
    List<EvaluationRow> rows = new ArrayList<>();
    for (Relation relation : REUSE_RELATIONS) {
      rows.add(row(relation.jsonName(), truthPair -> truthPair.relation() == relation,
          predictedPair -> predictedPair.relation() == relation));
    }
    Predicate<LabelledPair> outsideTruth = pair -> pair.isReuse() && !selected.contains(pair.relation());
    Predicate<LabelledPair> keptPrediction = pair -> selected.contains(pair.relation())
        && !(truth.containsKey(pair.key()) && outsideTruth.test(truth.get(pair.key())));
    EvaluationRow overall = row(ANY_REUSE, pair -> pair.isReuse() && selected.contains(pair.relation()), keptPrediction);
    return new EvaluationResult(overall, rows, selected, counts(keptPrediction, outsideTruth));
  }

  /**
   * One row: {@code inTruth} selects the truth pairs that are positive for the row, {@code inPrediction} the
   * predicted pairs that claim it.
   */
  private EvaluationRow row(String label, Predicate<LabelledPair> inTruth, Predicate<LabelledPair> inPrediction) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    PassageTally matched = new PassageTally();
    PassageTally all = new PassageTally();
    for (LabelledPair claim : predicted.values()) {
      if (!inPrediction.test(claim)) {
        continue;
      }
      LabelledPair actual = truth.get(claim.key());
      if (actual != null && inTruth.test(actual)) {
        tp++;
      } else {
        fp++;
        if (actual == null || !actual.isReuse()) {
          all.addPair(List.of(), claim.passages());
        }
      }
    }
    for (LabelledPair actual : truth.values()) {
      if (!inTruth.test(actual)) {
        continue;
      }
      LabelledPair claim = predicted.get(actual.key());
      if (claim == null || !inPrediction.test(claim)) {
        fn++;
      }
      // Passages are judged on every pair the prediction lists, whatever its label; the overall row only on
      // the predictions the filter keeps.
      boolean listed = claim != null && (!label.equals(ANY_REUSE) || inPrediction.test(claim));
      if (listed) {
        matched.addPair(actual.passages(), claim.passages());
        all.addPair(actual.passages(), claim.passages());
      } else {
        all.addPair(actual.passages(), List.of());
      }
    }
    return new EvaluationRow(label, new PairScores(tp, fp, fn), matched.scores(), all.scores());
  }

  private PairCounts counts(Predicate<LabelledPair> keptPrediction, Predicate<LabelledPair> outsideTruth) {
    int truthReuse = (int) truth.values().stream().filter(LabelledPair::isReuse).count();
    int notInTruth = 0;
    int truthUnrelated = 0;
    int otherRelation = 0;
    int outsidePredicted = 0;
    for (LabelledPair claim : predicted.values()) {
      LabelledPair actual = truth.get(claim.key());
      if (actual == null) {
        notInTruth++;
      } else if (!actual.isReuse()) {
        truthUnrelated++;
      } else if (actual.relation() != claim.relation()) {
        otherRelation++;
      }
      if (!keptPrediction.test(claim)) {
        outsidePredicted++;
      }
    }
    int outsideTruthCount = (int) truth.values().stream().filter(outsideTruth).count();
    return new PairCounts(truth.size(), truthReuse, predicted.size(), notInTruth, truthUnrelated, otherRelation,
        outsidePredicted, outsideTruthCount);
  }
}
