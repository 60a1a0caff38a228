package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The reported-speech clue: of a paraphrase pair, the text that quotes its speakers is the original of one that reports them. */
class ReportedSpeechSignalTest {
  private static final String QUOTING = "The council wants to build a new indoor pool in the north of the town. \"We "
      + "cannot go on like this,\" the mayor said. The old pool is often closed for repairs. A swimming coach added: "
      + "\u201cOur children wait for free lanes every single week.\u201d The work should take two years.";
  private static final String REPORTING = "A new indoor pool is planned for the town's northern district. The mayor "
      + "said the town could not go on like this, as the old pool keeps closing for repairs. According to a swimming "
      + "coach, children wait for lanes every week. Building is expected to last two years.";
  private static final String GERMAN_QUOTING = "Die Stadt will im Norden ein neues Hallenbad bauen. \u201eSo kann es "
      + "nicht weitergehen\u201c, sagte die B\u00fcrgermeisterin. Ein Trainer sagte: \u201eUnsere Kinder warten jede "
      + "Woche auf freie Bahnen.\u201c Die Kosten teilen sich Stadt und Land.";
  private static final String GERMAN_REPORTING = "Im Norden der Stadt soll ein neues Hallenbad entstehen. So k\u00f6nne "
      + "es nicht weitergehen, sagte die B\u00fcrgermeisterin; Kinder m\u00fcssten laut einem Trainer jede Woche auf "
      + "Bahnen warten. Stadt und Land tragen die Kosten gemeinsam.";
  private final ReportedSpeechSignal signal = new ReportedSpeechSignal(2, 5);

  @Test
  void theTextThatQuotesIsTheOriginalOfTheOneThatReports() {
    assertThat(signal.clues(whole(SourceText.of("a-reports", REPORTING), SourceText.of("b-quotes", QUOTING),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> {
          assertThat(c.signal()).isEqualTo("reported_speech");
          assertThat(c.original()).isEqualTo("b-quotes");
          assertThat(c.strong()).isFalse();
          assertThat(c.decidesAlone()).isTrue();
          assertThat(c.detail()).isEqualTo("b-quotes quotes 2 passages of speech word for word and a-reports quotes "
              + "nothing: a rewrite turns quotations into reported speech, not the other way round");
        });
    assertThat(signal.clues(whole(SourceText.of("a-quotes", GERMAN_QUOTING), SourceText.of("b-reports", GERMAN_REPORTING),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("a-quotes"));
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-reports", GERMAN_REPORTING), SourceText.of("b-quotes", GERMAN_QUOTING),
            Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("b-quotes");
    assertThat(direction.evidence()).containsExactly("reported_speech");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void noClueOnOneQuotationOnTitlesWhenBothQuoteOrOnPairsThatAreNoParaphrase() {
    String oneQuotation = "The council wants a new pool. \"We cannot go on like this,\" the mayor said. It takes two years.";
    assertThat(signal.clues(whole(SourceText.of("a", oneQuotation), SourceText.of("b", REPORTING), Relation.PARAPHRASE))).isEmpty();
    // titles and names in quotation marks are not speech
    String titles = "She starred in \"In the Land of Blood and Honey\" and in \"First They Killed My Father\" last year.";
    assertThat(signal.clues(whole(SourceText.of("a", titles), SourceText.of("b", REPORTING), Relation.PARAPHRASE))).isEmpty();
    // the other text keeps a quotation (even a title's): no clue
    String keepsOne = REPORTING + " The pool will be called \"Nordbad\".";
    assertThat(signal.clues(whole(SourceText.of("a", QUOTING), SourceText.of("b", keepsOne), Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", QUOTING), SourceText.of("b", REPORTING), Relation.NEAR_DUPLICATE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", QUOTING), SourceText.of("b", REPORTING), Relation.PARTIAL))).isEmpty();
  }

  @Test
  void quotationsCountSpeechApart() {
    assertThat(ReportedSpeechSignal.Quotations.of("\u00bbwir bauen das bad neu\u00ab, sagt sie. \"Tower Of Letters "
        + "Now\" und \u201cja\u201d.", 5)).isEqualTo(new ReportedSpeechSignal.Quotations(3, 1));
    assertThat(ReportedSpeechSignal.Quotations.isSpeech("The Mayor Said We Cannot go", 5)).isFalse();
    assertThat(ReportedSpeechSignal.Quotations.isSpeech("We cannot go on, she said", 5)).isTrue();
    assertThatThrownBy(() -> new ReportedSpeechSignal(0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportedSpeechSignal(2, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
