package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.TokenVectors;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.doppel.match.TextJudge;
import org.doppel.match.TextReading;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** Two short texts that words and embeddings leave unrelated, read whole by a trained judge (faked here). */
class WholeTextJudgeTest {
  // written for the test: a news item, a reworded version that keeps its facts, and one on another subject
  private static final String ORIGINAL = "Harbour officials in Port Elwyn said on Tuesday that the ferry to Marsh Island will stop "
      + "running in March for three weeks while engineers replace the worn landing ramp. Travellers are asked to use the "
      + "morning bus link from Calder instead.";
  private static final String REWORDED = "A worn landing ramp means no boats to Marsh Island for three weeks from March, Port Elwyn's "
      + "harbour authority announced on Tuesday. Until the engineers finish, people heading there should take the "
      + "early coach from Calder.";
  private static final String UNRELATED = "The village choir of Lower Dunmore won the regional singing contest on Saturday with a "
      + "programme of old harvest songs, and will travel to the national final in the autumn.";

  /** A judge that answers one probability whatever the texts, and counts what it reads. */
  private static final class FixedJudge implements TextJudge {
    private final double probability;
    final List<String> read = new ArrayList<>();
    int asked;

    FixedJudge(double probability) {
      this.probability = probability;
    }

    @Override
    public TextReading read(String text) {
      read.add(text);
      TokenVectors none = new TokenVectors(new int[0], new float[0][], new float[0]);
      return new TextReading(text, none, none);
    }

    @Override
    public double probability(TextReading a, TextReading b) {
      asked++;
      return probability;
    }
  }

  /** An embedding model that finds no two sentences alike, so that only the whole-text judge can relate the texts. */
  private static final SemanticSimilarity NO_CLOSE_SENTENCES = (left, right) -> new double[left.size()];

  private static PairVerifier verifier(TextJudge judge) {
    return new PairVerifier(Pipeline.of(Settings.defaults()), NO_CLOSE_SENTENCES, new Judges(null, judge),
        new StockLines(Settings.defaults().fingerprint().minLineWords(), 0));
  }

  private static PreparedDocument prepared(PairVerifier verifier, String id, String text) {
    return verifier.prepare(new DocumentAnalyzer().analyze(SourceText.of(id, text)));
  }

  @Test
  void aShortRewriteTheJudgeCallsTheSameIsAParaphraseWithBothWholeTextsAsItsPassage() {
    PairVerifier verifier = verifier(new FixedJudge(0.97));
    Optional<RelatedPair> pair = verifier.verify(prepared(verifier, "original", ORIGINAL), prepared(verifier, "reworded", REWORDED), false);
    assertThat(pair).isPresent();
    assertThat(pair.get().relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(pair.get().verdict().reason()).contains("whole texts").contains("0.97");
    assertThat(pair.get().passages()).hasSize(1);
    assertThat(pair.get().sentences()).singleElement().satisfies(link -> assertThat(link.similarity()).isEqualTo(0.97));
  }

  @Test
  void aRewriteThatKeepsItsQuotationVerbatimIsStillReadWhole() {
    // the quotation is the one run the two share: too slight, being quoted, to report as a partial copy
    String quotation = " \"We will not reopen the crossing until every plank of the new ramp has been tested twice,\" the chief engineer said.";
    PairVerifier verifier = verifier(new FixedJudge(0.97));
    Optional<RelatedPair> pair = verifier.verify(prepared(verifier, "original", ORIGINAL + quotation),
        prepared(verifier, "reworded", REWORDED + quotation), false);
    assertThat(pair).isPresent();
    assertThat(pair.get().relation()).isEqualTo(Relation.PARAPHRASE);
    PairVerifier doubting = verifier(new FixedJudge(0.2));
    assertThat(doubting.verify(prepared(doubting, "original", ORIGINAL + quotation), prepared(doubting, "reworded", REWORDED + quotation), false))
        .isEmpty();
  }

  @Test
  void aPairTheJudgeDoubtsStaysUnrelated() {
    PairVerifier verifier = verifier(new FixedJudge(0.2));
    assertThat(verifier.verify(prepared(verifier, "original", ORIGINAL), prepared(verifier, "reworded", REWORDED), false)).isEmpty();
  }

  @Test
  void textsWithLittleVocabularyInCommonAreNotShownToTheJudge() {
    FixedJudge judge = new FixedJudge(0.97);
    PairVerifier verifier = verifier(judge);
    assertThat(verifier.verify(prepared(verifier, "original", ORIGINAL), prepared(verifier, "choir", UNRELATED), false)).isEmpty();
    assertThat(judge.asked).isZero();
  }

  @Test
  void longTextsAreNotShownToTheJudge() {
    FixedJudge judge = new FixedJudge(0.97);
    PairVerifier verifier = verifier(judge);
    String longOriginal = (ORIGINAL + " ").repeat(6);
    String longRewrite = (REWORDED + " ").repeat(6);
    verifier.verify(prepared(verifier, "original", longOriginal), prepared(verifier, "reworded", longRewrite), false);
    assertThat(judge.asked).isZero();
  }

  @Test
  void aDocumentInSeveralPairsIsReadOnce() {
    FixedJudge judge = new FixedJudge(0.97);
    PairVerifier verifier = verifier(judge);
    PreparedDocument original = prepared(verifier, "original", ORIGINAL);
    PreparedDocument reworded = prepared(verifier, "reworded", REWORDED);
    PreparedDocument again = prepared(verifier, "reworded-again", REWORDED.replace("Tuesday", "Wednesday"));
    verifier.verify(original, reworded, false);
    verifier.verify(original, again, false);
    assertThat(judge.asked).isEqualTo(2);
    assertThat(judge.read).hasSize(3);
  }
}
