package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.match.Fixtures;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** Spun and reworded rewrites found end to end, and a same-topic article kept apart. */
class RewriteDetectionTest {
  private static final String OTHER_ARTICLE = "000_33b918fbab2694f1";
  private static final String REWRITE = "001_ef4f5d2af97c3053";
  private static final String ORIGINAL = "002_a735680510e8c7fa";

  private static Corpus seeds() {
    Corpus corpus = Doppel.builder().threads(2).build();
    for (String id : List.of(OTHER_ARTICLE, REWRITE, ORIGINAL)) {
      corpus.add(SourceText.of(id, Fixtures.text("/seeds/" + id + ".txt")));
    }
    return corpus;
  }

  @Test
  void theSeedRewriteIsAParaphraseWhosePassagesCoverMostOfTheOriginal() {
    List<RelatedPair> pairs = seeds().findAllPairs(ScanProgress.NONE);
    assertThat(pairs).hasSize(1);
    RelatedPair pair = pairs.get(0);
    assertThat(pair.a()).isEqualTo(REWRITE);
    assertThat(pair.b()).isEqualTo(ORIGINAL);
    assertThat(pair.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(pair.verdict().reason()).contains("Pedro Pardo");
    String original = Fixtures.text("/seeds/" + ORIGINAL + ".txt");
    int covered = pair.passages().stream().mapToInt(p -> p.b().length()).sum();
    assertThat((double) covered / original.length()).isGreaterThan(0.6);
  }

  @Test
  void theSameTopicArticleIsRelatedToNeither() {
    assertThat(seeds().findCopies(OTHER_ARTICLE)).isEmpty();
  }

  @Test
  void aSpunCopyIsFoundAgainstItsOriginalAndAgainstAHardWrappedCopyOfIt() {
    // written for the test: river-spun swaps synonyms for about half the content words of river-source and moves
    // clauses and sentences; river-wrapped is river-source hard-wrapped at 62 columns with a paragraph dropped
    Corpus corpus = Doppel.builder().threads(1).build();
    for (String id : List.of("river-spun", "river-source", "river-wrapped")) {
      corpus.add(SourceText.of(id, Fixtures.text("/synthetic/" + id + ".txt")));
    }
    List<RelatedPair> copies = corpus.findCopies("river-spun");
    assertThat(copies).extracting(pair -> pair.a().equals("river-spun") ? pair.b() : pair.a())
        .containsExactlyInAnyOrder("river-source", "river-wrapped");
    assertThat(copies).allSatisfy(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARAPHRASE));
  }
}
