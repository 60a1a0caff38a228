package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.eval.Fixtures.pair;
import static org.doppel.eval.Fixtures.passage;
import static org.doppel.relate.Relation.EXACT;
import static org.doppel.relate.Relation.NEAR_DUPLICATE;
import static org.doppel.relate.Relation.PARAPHRASE;
import static org.doppel.relate.Relation.PARTIAL;
import static org.doppel.relate.Relation.UNRELATED;

import java.util.EnumSet;
import java.util.List;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class ReuseEvaluationTest {
  private static final List<LabelledPair> TRUTH = List.of(
      pair("d1", "d2", EXACT, passage(0, 100, 0, 100)),
      pair("d1", "d3", NEAR_DUPLICATE, passage(0, 50, 0, 48), passage(60, 100, 58, 90)),
      pair("d2", "d4", PARTIAL, passage(10, 30, 200, 220)),
      pair("d3", "d5", PARAPHRASE, passage(0, 80, 0, 90)),
      pair("d4", "d5", UNRELATED));

  private static EvaluationRow row(EvaluationResult result, Relation relation) {
    return result.byRelation().stream().filter(row -> row.label().equals(relation.jsonName())).findFirst().orElseThrow();
  }

  private static void assertPerfect(EvaluationRow row) {
    assertThat(row.pairs().precision()).as(row.label()).isEqualTo(1.0);
    assertThat(row.pairs().recall()).as(row.label()).isEqualTo(1.0);
    assertThat(row.pairs().f1()).as(row.label()).isEqualTo(1.0);
    for (PassageScores scores : List.of(row.passagesOnMatchedPairs(), row.passagesOverAllPairs())) {
      assertThat(scores.precision()).as(row.label()).isEqualTo(1.0);
      assertThat(scores.recall()).as(row.label()).isEqualTo(1.0);
      assertThat(scores.granularity()).as(row.label()).isEqualTo(1.0);
      assertThat(scores.plagdet()).as(row.label()).isEqualTo(1.0);
    }
  }

  @Test
  void perfectPredictionScoresOneEverywhere() {
    List<LabelledPair> predicted = TRUTH.stream().filter(LabelledPair::isReuse).toList();
    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, predicted);
    assertPerfect(result.overall());
    result.byRelation().forEach(ReuseEvaluationTest::assertPerfect);
    assertThat(result.overall().pairs()).isEqualTo(new PairScores(4, 0, 0));
    assertThat(result.counts()).isEqualTo(new PairCounts(5, 4, 4, 0, 0, 0, 0, 0));
  }

  @Test
  void swappedPredictionIsCanonicalised() {
    LabelledPair swapped = pair("d5", "d3", PARAPHRASE, passage(0, 90, 0, 80));
    assertThat(swapped.key()).isEqualTo(new PairKey("d3", "d5"));
    assertThat(swapped.passages()).containsExactly(passage(0, 80, 0, 90));

    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, List.of(swapped));
    assertPerfect(row(result, PARAPHRASE));
  }

  @Test
  void missingPairLowersRecall() {
    List<LabelledPair> predicted = TRUTH.stream().filter(LabelledPair::isReuse).filter(p -> p.relation() != PARTIAL).toList();
    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, predicted);

    assertThat(result.overall().pairs()).isEqualTo(new PairScores(3, 0, 1));
    assertThat(result.overall().pairs().recall()).isEqualTo(0.75);
    assertThat(result.overall().pairs().precision()).isEqualTo(1.0);
    assertThat(row(result, PARTIAL).pairs().recall()).isZero();
    assertThat(row(result, PARTIAL).pairs().precision()).isNaN();

    // 5 cases in truth reuse pairs, 4 on matched pairs, each found whole
    assertThat(result.overall().passagesOnMatchedPairs().recall()).isEqualTo(1.0);
    assertThat(result.overall().passagesOverAllPairs().cases()).isEqualTo(5);
    assertThat(result.overall().passagesOverAllPairs().recall()).isEqualTo(0.8);
    assertThat(row(result, PARTIAL).passagesOnMatchedPairs().recall()).isNaN();
    assertThat(row(result, PARTIAL).passagesOverAllPairs().recall()).isZero();
  }

  @Test
  void wrongRelationCountsAsReuseButNotForEitherRelation() {
    List<LabelledPair> predicted = List.of(pair("d2", "d4", NEAR_DUPLICATE, passage(10, 30, 200, 220)));
    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, predicted);

    assertThat(result.overall().pairs()).isEqualTo(new PairScores(1, 0, 3));
    assertThat(row(result, PARTIAL).pairs()).isEqualTo(new PairScores(0, 0, 1));
    assertThat(row(result, NEAR_DUPLICATE).pairs()).isEqualTo(new PairScores(0, 1, 1));
    // its passages are judged under the truth relation, partial, not the predicted one
    assertThat(row(result, PARTIAL).passagesOnMatchedPairs().plagdet()).isEqualTo(1.0);
    assertThat(row(result, NEAR_DUPLICATE).passagesOnMatchedPairs().detections()).isZero();
    assertThat(row(result, NEAR_DUPLICATE).passagesOverAllPairs().detections()).isZero();
    assertThat(result.counts().predictedOtherRelation()).isEqualTo(1);
  }

  @Test
  void pairsWithoutTruthReuseAreFalsePositivesWithImpreciseDetections() {
    List<LabelledPair> predicted = List.of(
        pair("d1", "d2", EXACT, passage(0, 100, 0, 100)),
        pair("d4", "d5", PARTIAL, passage(0, 10, 0, 10)),
        pair("d7", "d8", PARTIAL, passage(0, 10, 0, 10)));
    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, predicted);

    assertThat(result.overall().pairs()).isEqualTo(new PairScores(1, 2, 3));
    assertThat(row(result, PARTIAL).pairs()).isEqualTo(new PairScores(0, 2, 1));
    assertThat(result.counts().predictedNotInTruth()).isEqualTo(1);
    assertThat(result.counts().predictedTruthUnrelated()).isEqualTo(1);
    assertThat(result.overall().passagesOnMatchedPairs().precision()).isEqualTo(1.0);
    assertThat(result.overall().passagesOverAllPairs().detections()).isEqualTo(3);
    assertThat(result.overall().passagesOverAllPairs().precision()).isEqualTo(1.0 / 3);
    assertThat(row(result, PARTIAL).passagesOverAllPairs().precision()).isZero();
  }

  @Test
  void relationFilterLeavesOtherRelationsOutOfTheOverallRow() {
    List<LabelledPair> predicted = List.of(
        pair("d1", "d2", EXACT, passage(0, 100, 0, 100)),
        pair("d3", "d5", NEAR_DUPLICATE, passage(0, 80, 0, 90)),
        pair("d2", "d4", PARAPHRASE, passage(10, 30, 200, 220)));
    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, predicted, EnumSet.of(EXACT, NEAR_DUPLICATE, PARTIAL));

    // truth paraphrase d3-d5 is out of the row, though predicted near_duplicate; the paraphrase prediction of
    // the partial pair d2-d4 is dropped, so that pair is missed
    assertThat(result.overall().pairs()).isEqualTo(new PairScores(1, 0, 2));
    assertThat(result.counts().predictedOutsideOverall()).isEqualTo(2);
    assertThat(result.counts().truthOutsideOverall()).isEqualTo(1);
    assertThat(result.overall().passagesOverAllPairs().cases()).isEqualTo(4);
    assertThat(result.overall().passagesOnMatchedPairs().pairs()).isEqualTo(1);
    // per-relation rows are not filtered
    assertThat(row(result, PARAPHRASE).pairs()).isEqualTo(new PairScores(0, 1, 1));
  }

  @Test
  void unrelatedPredictionsAreNotClaims() {
    EvaluationResult result = ReuseEvaluation.evaluate(TRUTH, List.of(pair("d4", "d5", UNRELATED)));
    assertThat(result.counts().predictedPairs()).isZero();
    assertThat(result.overall().pairs()).isEqualTo(new PairScores(0, 0, 4));
  }
}
