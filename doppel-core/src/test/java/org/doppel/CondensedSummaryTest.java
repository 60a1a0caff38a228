package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/**
 * A summary of two or three sentences, each folding several of its original's, read by the condensed reading from the
 * lower cosine ({@link org.doppel.relate.CondensedSentenceRewrite#SHAPED_COSINE}); the embedding model is faked.
 */
class CondensedSummaryTest {
  // written for the test: an eight-sentence item and summaries of it
  private static final String ORIGINAL = """
      The council of Brackenford voted on Monday to close the old swimming baths on Quarry Street. \
      Councillors said the building needs a new roof and new heating that the town cannot pay for this year. \
      The baths opened in the spring of 1931 and were last repaired more than twenty years ago. \
      About four hundred pupils from three primary schools learn to swim there every week. \
      The schools will now take their classes by coach to the leisure centre in Haverleigh. \
      Parents have started a petition asking the council to look for a buyer instead. \
      A local charity has offered to run the baths if the council lends it the building. \
      The council will discuss the offer at its next meeting in October.""";
  private static final String SUMMARY = "Brackenford's council has voted to shut the Quarry Street baths, which date from 1931, because "
      + "it cannot afford the repairs, so pupils will swim in Haverleigh. "
      + "Parents are petitioning, and a charity that wants to run the baths will be heard in October.";
  private static final String ONE_SENTENCE = "Brackenford's council has voted to shut the Quarry Street baths, whose roof and heating "
      + "it cannot afford to repair, and parents and a charity want to keep them open.";

  /** A model that finds every sentence pair at {@code cosine}. */
  private static SemanticSimilarity everyPairAt(double cosine) {
    return (left, right) -> {
      double[] out = new double[left.size()];
      Arrays.fill(out, cosine);
      return out;
    };
  }

  /**
   * A model that finds two sentences at {@code cosine} when both are on the closure (the original's first five, the
   * summary's first) or both on what may save the baths (the original's last three, the summary's second), else 0.1.
   */
  private static SemanticSimilarity byTopicAt(double cosine) {
    return (left, right) -> {
      double[] out = new double[left.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = savesTheBaths(left.get(i)) == savesTheBaths(right.get(i)) ? cosine : 0.1;
      }
      return out;
    };
  }

  private static boolean savesTheBaths(String sentence) {
    return sentence.contains("petition") || sentence.contains("charity") || sentence.contains("October");
  }

  private static Optional<RelatedPair> verify(SemanticSimilarity model, String shorter) {
    PairVerifier verifier = new PairVerifier(Pipeline.of(Settings.defaults()), model, new Judges(null, null),
        new StockLines(Settings.defaults().fingerprint().minLineWords(), 0));
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    return verifier.verify(verifier.prepare(analyzer.analyze(SourceText.of("original", ORIGINAL))),
        verifier.prepare(analyzer.analyze(SourceText.of("summary", shorter))), false);
  }

  @Test
  void aTwoSentenceSummaryWhoseSentencesStayUnderTheUsualCosineIsACondensation() {
    Optional<RelatedPair> pair = verify(byTopicAt(0.55), SUMMARY);
    assertThat(pair).isPresent();
    assertThat(pair.get().relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(pair.get().verdict().reason()).contains("the shorter text condenses the longer");
  }

  @Test
  void aOneSentenceTextIsStillPairedFromTheUsualCosine() {
    // a one-sentence snippet beside a longer item on the same story meets every sentence of it at 0.5-0.6 too
    assertThat(verify(everyPairAt(0.55), ONE_SENTENCE)).isEmpty();
    assertThat(verify(everyPairAt(0.65), ONE_SENTENCE)).isPresent();
  }

  @Test
  void aSummaryUnderTheLowerCosineIsNot() {
    assertThat(verify(byTopicAt(0.45), SUMMARY)).isEmpty();
  }
}
