package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The typography clue: of two texts, the one whose apostrophes are typographic is the original of the plain one. */
class TypographySignalTest {
  private static final String TYPESET = "The ferry\u2019s engine failed off Varholm on Tuesday, and the captain said the "
      + "crew didn\u2019t know how long the repairs would take. Passengers waited on the pier until the harbour\u2019s "
      + "master found a second boat.";
  private static final String REWRITTEN = "On Tuesday the ferry's engine broke down near Varholm. According to the captain, "
      + "the crew didn't know how long repairing it would take, so passengers waited on the pier until the harbour master "
      + "arranged another boat.";
  private final TypographySignal signal = new TypographySignal(1);

  @Test
  void theTextWithTypographicApostrophesIsTheOriginalOfThePlainOne() {
    SourceText a = SourceText.of("a-rewrite", REWRITTEN);
    SourceText b = SourceText.of("b-typeset", TYPESET);
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("typography");
      assertThat(c.original()).isEqualTo("b-typeset");
      assertThat(c.strong()).isFalse();
      assertThat(c.decidesAlone()).isTrue();
      assertThat(c.detail()).isEqualTo("b-typeset writes its 3 apostrophes typographic (\u2019) and its rewrite a-rewrite "
          + "its 2 plain ('): a model's rewrite makes typography plain");
    });
    // the same with the original first; a near-duplicate gets no clue (a publishing system may have made it typographic)
    SourceText first = SourceText.of("a-typeset", TYPESET);
    SourceText second = SourceText.of("b-rewrite", REWRITTEN);
    assertThat(signal.clues(whole(first, second, Relation.PARAPHRASE))).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("a-typeset"));
    assertThat(signal.clues(whole(first, second, Relation.NEAR_DUPLICATE))).isEmpty();
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-typeset", TYPESET), SourceText.of("b-rewrite", REWRITTEN), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-typeset");
    assertThat(direction.evidence()).containsExactly("typography");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void mixedOrMissingApostrophesGiveNoClue() {
    SourceText typeset = SourceText.of("a", TYPESET);
    // a rewrite that keeps one typographic apostrophe beside its plain ones
    SourceText mixed = SourceText.of("b", REWRITTEN.replace("ferry's", "ferry\u2019s"));
    assertThat(signal.clues(whole(typeset, mixed, Relation.PARAPHRASE))).isEmpty();
    // a rewrite without any apostrophe says nothing about typography
    SourceText none = SourceText.of("b", REWRITTEN.replace("the ferry's engine", "the engine").replace("didn't", "did not"));
    assertThat(TypographySignal.Apostrophes.of(none.text())).isEqualTo(new TypographySignal.Apostrophes(0, 0));
    assertThat(signal.clues(whole(typeset, none, Relation.PARAPHRASE))).isEmpty();
    // both plain
    SourceText plain = SourceText.of("a", TYPESET.replace('\u2019', '\''));
    assertThat(signal.clues(whole(plain, SourceText.of("b", REWRITTEN), Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void quotationMarksAreNoApostrophesAndTheFloorCounts() {
    assertThat(TypographySignal.Apostrophes.of("\u2018Quiet,\u2019 she said, 'now'. It's O\u2019Dalvey\u2019s boat."))
        .isEqualTo(new TypographySignal.Apostrophes(2, 1));
    assertThat(TypographySignal.Apostrophes.of("'")).isEqualTo(new TypographySignal.Apostrophes(0, 0));
    SourceText typeset = SourceText.of("a", TYPESET);
    SourceText rewritten = SourceText.of("b", REWRITTEN);
    assertThat(new TypographySignal(3).clues(whole(typeset, rewritten, Relation.PARAPHRASE))).isEmpty();
    assertThat(new TypographySignal(2).clues(whole(typeset, rewritten, Relation.PARAPHRASE))).hasSize(1);
    assertThatThrownBy(() -> new TypographySignal(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partialPairsGetNoClue() {
    // a passage pasted into another article may take the host page's typography, either way
    SourceText a = SourceText.of("a", TYPESET);
    SourceText b = SourceText.of("b", REWRITTEN);
    assertThat(signal.clues(whole(a, b, Relation.PARTIAL))).isEmpty();
    assertThat(signal.clues(whole(a, b, Relation.EXACT))).isEmpty();
  }
}
