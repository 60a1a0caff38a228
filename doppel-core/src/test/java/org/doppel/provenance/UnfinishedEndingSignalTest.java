package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.provenance.UnfinishedEndingSignal.Ending;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The unfinished-ending clue: of a paraphrase pair, the text cut off mid-sentence is the original of the one that ends finished. */
class UnfinishedEndingSignalTest {
  private static final String CUT = "The singer spent a week with her family in Missouri.\n\nShe had flown there because "
      + "she wanted to reconnect with her mother, who she had";
  private static final String FINISHED = "The singer spent a week with her family in Missouri. The trip was meant to "
      + "mend ties with the woman who raised her.\n";
  private static final String GERMAN_CUT = "Die Ausstellung zeigt Arbeiten aus drei Jahrzehnten.\nSeine Plakate hingen "
      + "in Weimar, Erfurt und Jena, und 2009 erhielt er den Preis des Landes,";
  private static final String GERMAN_FINISHED = "Die Ausstellung zeigt Arbeiten aus drei Jahrzehnten.\nAu\u00dferdem "
      + "wurde der Gestalter vom Freistaat ausgezeichnet. Nicht schlecht, oder?\u201c";
  private final UnfinishedEndingSignal signal = new UnfinishedEndingSignal(5, 0.6);

  @Test
  void theTextCutOffMidSentenceIsTheOriginalOfTheOneThatEndsFinished() {
    assertThat(signal.clues(whole(SourceText.of("a-rewrite", FINISHED), SourceText.of("b-cut", CUT),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> {
          assertThat(c.signal()).isEqualTo("unfinished_ending");
          assertThat(c.original()).isEqualTo("b-cut");
          assertThat(c.strong()).isFalse();
          assertThat(c.decidesAlone()).isTrue();
          assertThat(c.detail()).isEqualTo("b-cut stops mid-sentence and a-rewrite ends with a finished sentence: a "
              + "rewrite of a cut-off text finishes its last sentence, not the other way round");
        });
    assertThat(signal.clues(whole(SourceText.of("a-cut", GERMAN_CUT), SourceText.of("b-rewrite", GERMAN_FINISHED),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("a-cut"));
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-cut", CUT), SourceText.of("b-rewrite", FINISHED), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-cut");
    assertThat(direction.evidence()).containsExactly("unfinished_ending");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void noClueWhenBothEndAlikeOrOnPairsThatAreNoParaphrase() {
    assertThat(signal.clues(whole(SourceText.of("a", FINISHED), SourceText.of("b", GERMAN_FINISHED), Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", CUT), SourceText.of("b", GERMAN_CUT), Relation.PARAPHRASE))).isEmpty();
    // a copy cut short is a near-duplicate or a partial pair, and there the cut text is the copy
    assertThat(signal.clues(whole(SourceText.of("a", CUT), SourceText.of("b", FINISHED), Relation.NEAR_DUPLICATE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", CUT), SourceText.of("b", FINISHED), Relation.PARTIAL))).isEmpty();
  }

  @Test
  void aCopyThatRepeatsTheCutLineIsAnEditedCopyOfTheSameLineNotARewrite() {
    String edited = "The singer spent a week with her family in Missouri.\n\nShe had flown there because she wanted "
        + "to reconnect with her mother, whom she had missed.";
    assertThat(UnfinishedEndingSignal.sharedWords(UnfinishedEndingSignal.lastLine(CUT),
        UnfinishedEndingSignal.lastLine(edited))).isEqualTo(14.0 / 15);
    assertThat(signal.clues(whole(SourceText.of("a", CUT), SourceText.of("b", edited), Relation.PARAPHRASE))).isEmpty();
    assertThat(UnfinishedEndingSignal.sharedWords("Sign up for the club bulletin each fortnight", "sign up today."))
        .isEqualTo(2.0 / 8);
  }

  @Test
  void titlesFootersHashtagsAndLabelsAreNoCutSentence() {
    assertThat(Ending.of("Privacy Policy | Terms of Use | Contact Us", 5)).isEqualTo(Ending.UNFINISHED);
    assertThat(Ending.of("Imprint | Contact Us", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("Watch the speech and tell us what you think #SOTU", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("Thanks to everyone who came out tonight @venue", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("death = August 29, 1992 (La Borde clinic) (Wikipedia)", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("What a night for the whole team \ud83c\udf89", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("\u201eDas war ein guter Tag\u201c, sagte sie.\u201c)", 5)).isEqualTo(Ending.FINISHED);
    assertThat(Ending.of("The rest of the season is still to come\u2026", 5)).isEqualTo(Ending.FINISHED);
    assertThat(Ending.of("and the list of those who attended included \u2013", 5)).isEqualTo(Ending.UNFINISHED);
    assertThat(Ending.of("", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("Topics: World News, Travel, Elections, Europe", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("Mehr zum Thema: Landtag, Haushalt, Schulen, Verkehr", 5)).isEqualTo(Ending.OTHER);
    assertThat(Ending.of("The meeting began at 14:30 and the council then turned to", 5)).isEqualTo(Ending.UNFINISHED);
    assertThat(UnfinishedEndingSignal.lastLine("First line.\n  Last line here  \n\n \n")).isEqualTo("Last line here");
    assertThat(UnfinishedEndingSignal.lastLine("  \n ")).isEmpty();
    assertThatThrownBy(() -> new UnfinishedEndingSignal(0, 0.6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UnfinishedEndingSignal(5, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
