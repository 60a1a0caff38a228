package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.match.SentenceAlignerTest.ORIGINAL;

import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class ClosestSentencesTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void aCondensationsOneSentenceIsTheClosestPartnerOfEachSentenceItDrawsOn() {
    String condensed = "In 2019 Pedro Pardo travelled the Tumen river on the China and North Korea border photographing soldiers at work in the fields.";
    Document x = analyzer.analyze(SourceText.of("a", ORIGINAL));
    Document y = analyzer.analyze(SourceText.of("b", condensed));
    // the condensation's sentence stands for the first three of the original's and leaves out the fourth
    SemanticSimilarity drawsOnThree = (left, right) -> {
      double[] out = new double[left.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = left.get(i).contains("AFP") ? 0.2 : 0.7;
      }
      return out;
    };
    SentenceAlignment fromLonger = ClosestSentences.ofLonger(x, splitter.split(x), y, splitter.split(y), drawsOnThree, 0.6);
    assertThat(fromLonger.pairs()).hasSize(3).extracting(p -> p.b().first()).containsOnly(0);
    assertThat(fromLonger.coverageB()).isEqualTo(1.0);
    assertThat(fromLonger.coverageA()).isBetween(0.7, 0.9);
    // read from the shorter side, the same texts make one pair
    assertThat(ClosestSentences.ofShorter(x, splitter.split(x), y, splitter.split(y), drawsOnThree, 0.6).pairs()).hasSize(1);
    // either order of the documents
    assertThat(ClosestSentences.ofLonger(y, splitter.split(y), x, splitter.split(x), (l, r) -> drawsOnThree.similarities(r, l), 0.6)
        .pairs()).hasSize(3).extracting(p -> p.a().first()).containsOnly(0);
  }
}
