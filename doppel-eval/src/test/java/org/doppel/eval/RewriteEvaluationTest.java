package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.eval.Fixtures.pair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewriteEvaluationTest {
  @TempDir
  Path dir;

  private RewriteDevSet twoGroups() throws Exception {
    Files.writeString(dir.resolve("groups.json"), "{\"o1\":\"o1\",\"r1\":\"o1\",\"s1\":\"o1\",\"o2\":\"o2\",\"r2\":\"o2\",\"n1\":\"n1\",\"n2\":\"n2\"}");
    Files.writeString(dir.resolve("truth.jsonl"), String.join("\n",
        "{\"a\":\"o1\",\"b\":\"r1\",\"relation\":\"paraphrase\",\"category\":\"model:rewrite\",\"source\":\"o1\"}",
        "{\"a\":\"o1\",\"b\":\"s1\",\"relation\":\"paraphrase\",\"category\":\"model:summary\",\"source\":\"o1\"}",
        "{\"a\":\"r1\",\"b\":\"s1\",\"relation\":\"paraphrase\",\"category\":\"sibling\",\"sibling\":true,\"source\":null}",
        "{\"a\":\"o2\",\"b\":\"r2\",\"relation\":\"paraphrase\",\"category\":\"model:rewrite\",\"source\":\"o2\"}", ""));
    return RewriteDevSet.read(dir);
  }

  @Test
  void readsCategoriesSiblingsAndSources() throws Exception {
    RewriteDevSet set = twoGroups();
    assertThat(set.pairs()).hasSize(4);
    assertThat(set.pairs().get(2).category()).isEqualTo(RewriteDevSet.SIBLING);
    assertThat(set.pairs().get(2).source()).isNull();
    assertThat(set.pairs().get(0).key()).isEqualTo(new PairKey("o1", "r1"));
  }

  @Test
  void scoresDetectionPerCategoryPrecisionByGroupAndDirection() throws Exception {
    RewriteDevSet set = twoGroups();
    List<LabelledPair> predicted = List.of(
        pair("o1", "r1", Relation.PARAPHRASE).withDirection("o1", List.of()),
        pair("o1", "s1", Relation.PARAPHRASE).withDirection("s1", List.of()),
        pair("o2", "r2", Relation.PARAPHRASE),
        pair("r1", "r2", Relation.PARAPHRASE),
        pair("n1", "o2", Relation.PARTIAL));
    RewriteScores all = RewriteEvaluation.evaluate(set, GroupSplit.of(set.groupOf(), 1, 0.5), GroupSplit.Part.ALL, predicted, null);
    assertThat(all.categories()).extracting(RewriteScores.Category::name)
        .containsExactly("model:rewrite", "model:summary", "sibling");
    assertThat(all.categories().get(0).detected()).isEqualTo(1.0);
    assertThat(all.categories().get(2).detected()).isZero();
    assertThat(all.reported()).isEqualTo(5);
    assertThat(all.precision()).isEqualTo(0.6);
    assertThat(all.independent()).isEqualTo(2);
    assertThat(all.independentFlagged()).isEqualTo(1);
    assertThat(all.direction()).isEqualTo(new RewriteScores.DirectionCounts(1, 1, 1));
    assertThat(all.documents()).isEqualTo(7);
  }

  @Test
  void aPartHoldsWholeGroupsAndCountsAPairCrossingPartsInBoth() throws Exception {
    RewriteDevSet set = twoGroups();
    GroupSplit split = GroupSplit.of(set.groupOf(), 1, 0.5);
    List<LabelledPair> predicted = List.of(pair("r1", "r2", Relation.PARAPHRASE));
    RewriteScores fit = RewriteEvaluation.evaluate(set, split, GroupSplit.Part.FIT, predicted, null);
    RewriteScores validation = RewriteEvaluation.evaluate(set, split, GroupSplit.Part.VALIDATION, predicted, null);
    assertThat(fit.reported()).isEqualTo(1);
    assertThat(validation.reported()).isEqualTo(1);
    assertThat(fit.documents() + validation.documents()).isEqualTo(7);
    assertThat(fit.categories().stream().mapToInt(RewriteScores.Category::pairs).sum()
        + validation.categories().stream().mapToInt(RewriteScores.Category::pairs).sum()).isEqualTo(4);
  }

  @Test
  void theSameGroupsAndSeedGiveTheSameSplit() {
    Map<String, String> groups = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      groups.put("d" + i, "g" + (i / 4));
    }
    GroupSplit one = GroupSplit.of(groups, 12, 0.5);
    GroupSplit two = GroupSplit.of(new HashMap<>(groups), 12, 0.5);
    long fit = 0;
    for (int g = 0; g < 50; g++) {
      assertThat(one.partOfGroup("g" + g)).isEqualTo(two.partOfGroup("g" + g));
      fit += one.partOfGroup("g" + g) == GroupSplit.Part.FIT ? 1 : 0;
    }
    assertThat(fit).isEqualTo(25);
  }
}
