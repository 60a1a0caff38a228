package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The lower-case clue: of a paraphrase pair, a lower-cased text is the original of a rewrite in standard case. */
class LowerCaseSignalTest {
  private static final String LOWER = "the council wants to build a new indoor pool in the north of the town. the old "
      + "pool is often closed for repairs, and clubs and schools then wait for free lanes. \"we cannot go on like "
      + "this,\" the mayor said. costs are shared with the state; the work should take two years.";
  private static final String CASED = "A new indoor pool is planned for the town's northern district, the council says. "
      + "Its old pool keeps closing for repairs, leaving clubs and schools waiting for lanes. The mayor said the town "
      + "could not go on like this. The state will pay part of the cost, and building is expected to last two years.";
  private static final String GERMAN_LOWER = "die stadt will im norden ein neues hallenbad bauen. das alte bad fällt "
      + "immer wieder aus. vereine und schulen warten dann auf freie bahnen. die kosten teilen sich stadt und land.";
  private static final String GERMAN_CASED = "Im Norden der Stadt soll ein neues Hallenbad entstehen. Weil das alte Bad "
      + "ständig ausfällt, müssen Vereine und Schulen auf freie Bahnen warten. Stadt und Land tragen die Kosten gemeinsam.";
  private final LowerCaseSignal signal = new LowerCaseSignal(0.8, 3);

  @Test
  void theLowerCasedTextIsTheOriginalOfItsCasedRewrite() {
    assertThat(signal.clues(whole(SourceText.of("a-cased", CASED), SourceText.of("b-lower", LOWER), Relation.PARAPHRASE)))
        .singleElement().satisfies(c -> {
          assertThat(c.signal()).isEqualTo("lower_case");
          assertThat(c.original()).isEqualTo("b-lower");
          assertThat(c.strong()).isFalse();
          assertThat(c.decidesAlone()).isTrue();
          // a sentence that opens with a quotation mark is counted by its first letter
          assertThat(c.detail()).isEqualTo("b-lower begins 4 of its 4 sentences in lower case and a-cased begins 4 of 4 "
              + "in upper case: a rewrite is written in standard case, not the other way round");
        });
    assertThat(signal.clues(whole(SourceText.of("a-lower", GERMAN_LOWER), SourceText.of("b-cased", GERMAN_CASED),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("a-lower"));
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-cased", GERMAN_CASED), SourceText.of("b-lower", GERMAN_LOWER), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("b-lower");
    assertThat(direction.evidence()).containsExactly("lower_case");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void noClueOnCaseNoiseOnBothSidesOnFewSentencesOrOnPairsThatAreNoParaphrase() {
    // a spinner that lower-cases about half of the sentence beginnings at random marks no lower-cased text
    String halfLower = "the council wants a new pool. The old pool is often closed. clubs then wait for lanes. "
        + "The state pays part of the cost.";
    assertThat(signal.clues(whole(SourceText.of("a", halfLower), SourceText.of("b", CASED), Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", LOWER), SourceText.of("b", GERMAN_LOWER), Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", CASED), SourceText.of("b", GERMAN_CASED), Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", "the council wants a new pool. the old one is shut."),
        SourceText.of("b", CASED), Relation.PARAPHRASE))).isEmpty();
    // a pipeline that lower-cases a copy keeps its words: the cased text may be the original there
    assertThat(signal.clues(whole(SourceText.of("a", LOWER), SourceText.of("b", CASED), Relation.NEAR_DUPLICATE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", LOWER), SourceText.of("b", CASED), Relation.PARTIAL))).isEmpty();
  }

  @Test
  void sentenceBeginningsCountCasedLettersOnly() {
    assertThat(LowerCaseSignal.SentenceBeginnings.of("3 pools were built. „neue Bäder“ sagt sie. (Bald mehr.)\nja? 東京. x"))
        .isEqualTo(new LowerCaseSignal.SentenceBeginnings(4, 3));
    assertThatThrownBy(() -> new LowerCaseSignal(0.5, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LowerCaseSignal(0.8, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
