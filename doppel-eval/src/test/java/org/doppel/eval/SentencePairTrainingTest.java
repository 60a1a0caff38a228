package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.SentencePair;
import org.junit.jupiter.api.Test;

class SentencePairTrainingTest {
  @Test
  void mismatchedPairsNeverKeepARowsOwnSentencesTogether() {
    List<SentencePair> pairs = List.of(new SentencePair("a1", "a2"), new SentencePair("b1", "b2"),
        new SentencePair("c1", "c2"), new SentencePair("a1", "d2"));
    List<SentencePair> mismatched = SentencePairTraining.mismatchedPairs(pairs, 50, 1);
    assertThat(mismatched).hasSize(50).doesNotContainAnyElementsOf(pairs);
    assertThat(mismatched).noneMatch(p -> p.first().equals("a1") && (p.second().equals("a2") || p.second().equals("d2")));
    assertThat(SentencePairTraining.mismatchedPairs(pairs, 50, 1)).isEqualTo(mismatched);
    assertThatThrownBy(() -> SentencePairTraining.mismatchedPairs(pairs.subList(0, 1), 1, 1)).hasMessageContaining("at least 2");
  }

  @Test
  void crossValidationPredictsEveryRowOnceWithAModelThatNeverSawIt() {
    // a learnable rule on the cosine feature; the held-out rows are scored, so accuracy stays high only if it generalises
    Random random = new Random(3);
    List<SentencePairTraining.LabelledSet> sets = new ArrayList<>();
    for (String name : List.of("one", "two")) {
      int n = 300;
      double[][] x = new double[n][PairFeatures.NAMES.size()];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        x[i][0] = random.nextDouble();
        y[i] = x[i][0] > 0.6 ? 1 : 0;
      }
      sets.add(new SentencePairTraining.LabelledSet(name, x, y));
    }
    SentencePairTraining training = new SentencePairTraining(new BoostedTreesTrainer(30, 2, 0.3, 1, 1), 5, 42, 0.5);
    List<SentencePairTraining.SetResult> results = training.crossValidate(sets);
    assertThat(results).extracting(SentencePairTraining.SetResult::name).containsExactly("one", "two");
    for (SentencePairTraining.SetResult r : results) {
      assertThat(r.scores().rows()).isEqualTo(300);
      assertThat(r.scores().accuracy()).isGreaterThan(0.95);
    }
    assertThat(training.fitAll(sets).featureNames()).isEqualTo(PairFeatures.NAMES);
  }

  @Test
  void aHeavierSetWinsWhereTwoSetsDisagree() {
    // the same feature value, opposite labels in the two sets: the fitted probability follows the heavier set
    double[][] x = new double[100][PairFeatures.NAMES.size()];
    int[] yes = new int[100];
    java.util.Arrays.fill(yes, 1);
    List<SentencePairTraining.LabelledSet> sets = List.of(
        new SentencePairTraining.LabelledSet("says-yes", x, yes), new SentencePairTraining.LabelledSet("says-no", x, new int[100]));
    BoostedTreesTrainer trainer = new BoostedTreesTrainer(20, 1, 0.3, 1, 1);
    double even = new SentencePairTraining(trainer, 5, 42, 0.5).fitAll(sets).probability(x[0]);
    double yesHeavier = new SentencePairTraining(trainer, 5, 42, 0.5, java.util.Map.of("says-yes", 3.0)).fitAll(sets).probability(x[0]);
    assertThat(even).isBetween(0.45, 0.55);
    assertThat(yesHeavier).isGreaterThan(0.7);
    assertThatThrownBy(() -> new SentencePairTraining(trainer, 5, 42, 0.5, java.util.Map.of("x", 0.0)))
        .hasMessageContaining("weight of x must be positive");
  }
}
