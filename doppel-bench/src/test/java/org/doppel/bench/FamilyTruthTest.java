package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.bench.SyntheticCorpus.Kind.EXACT;
import static org.doppel.bench.SyntheticCorpus.Kind.NEAR_DUPLICATE;
import static org.doppel.bench.SyntheticCorpus.Kind.ORIGINAL;
import static org.doppel.bench.SyntheticCorpus.Kind.PARAPHRASE;
import static org.doppel.bench.SyntheticCorpus.Kind.PARTIAL;

import java.util.List;
import org.doppel.bench.SyntheticCorpus.Kind;
import org.doppel.bench.SyntheticCorpus.Planted;
import org.doppel.bench.SyntheticCorpus.TruePair;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class FamilyTruthTest {
  private static final int[] ALL = {0, 1, 2, 3, 4};

  @Test
  void theWeakerCopyNamesTheRelationOfTwoMembers() {
    assertThat(FamilyTruth.relation(ORIGINAL, ALL, EXACT, ALL)).isEqualTo(Relation.EXACT);
    assertThat(FamilyTruth.relation(EXACT, ALL, NEAR_DUPLICATE, new int[] {0, 2, 3, 4})).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(FamilyTruth.relation(NEAR_DUPLICATE, ALL, PARTIAL, new int[] {1, 2})).isEqualTo(Relation.PARTIAL);
    assertThat(FamilyTruth.relation(PARTIAL, new int[] {3}, PARAPHRASE, ALL)).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void aPartialCopyRelatesOnlyWhereTheKeptParagraphsMeet() {
    assertThat(FamilyTruth.relation(PARTIAL, new int[] {0, 1}, PARTIAL, new int[] {1, 2})).isEqualTo(Relation.PARTIAL);
    assertThat(FamilyTruth.relation(PARTIAL, new int[] {0, 1}, PARTIAL, new int[] {3, 4})).isNull();
    assertThat(FamilyTruth.relation(NEAR_DUPLICATE, new int[] {0, 2}, PARTIAL, new int[] {1})).isNull();
  }

  @Test
  void pairsAreEveryTwoMembersOfAFamilyOrderedByIdAndFamiliesDoNotMix() {
    String[] ids = {"doc-3", "doc-0", "doc-2", "doc-1", "doc-4"};
    Planted[] made = {
        planted(ids[0], ORIGINAL, null), planted(ids[1], ORIGINAL, null),
        planted(ids[2], EXACT, "doc-3"), planted(ids[3], PARTIAL, "doc-3"), planted(ids[4], PARAPHRASE, "doc-0")};
    int[][] kept = {ALL, ALL, ALL, {2}, ALL};
    List<TruePair> pairs = FamilyTruth.pairs(ids, made, kept, 2);
    assertThat(pairs).containsExactly(
        new TruePair("doc-0", "doc-4", Relation.PARAPHRASE),
        new TruePair("doc-1", "doc-2", Relation.PARTIAL),
        new TruePair("doc-1", "doc-3", Relation.PARTIAL),
        new TruePair("doc-2", "doc-3", Relation.EXACT));
  }

  private static Planted planted(String id, Kind kind, String originalId) {
    return new Planted(SourceText.of(id, "text of " + id), kind, originalId, -1, -1);
  }
}
