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
    assertThat(TypographySignal.Marks.of(none.text()).apostrophes()).isEqualTo(new TypographySignal.Counts(0, 0));
    assertThat(signal.clues(whole(typeset, none, Relation.PARAPHRASE))).isEmpty();
    // both plain
    SourceText plain = SourceText.of("a", TYPESET.replace('\u2019', '\''));
    assertThat(signal.clues(whole(plain, SourceText.of("b", REWRITTEN), Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void quotationMarksAreNoApostrophesAndTheFloorCounts() {
    assertThat(TypographySignal.Marks.of("\u2018Quiet,\u2019 she said, 'now'. It's O\u2019Dalvey\u2019s boat.").apostrophes())
        .isEqualTo(new TypographySignal.Counts(2, 1));
    assertThat(TypographySignal.Marks.of("'").apostrophes()).isEqualTo(new TypographySignal.Counts(0, 0));
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

  private static final String QUOTED_TYPESET = "\u201cWe will rebuild the footbridge before winter,\u201d the council "
      + "engineer Oriel Wastney said on Monday. The old crossing over the Pellow was closed after the floods in March, and "
      + "residents called the detour \u201cendless\u201d.";
  private static final String QUOTED_REWRITTEN = "The footbridge over the Pellow, shut since the March floods, will be rebuilt "
      + "before winter, council engineer Oriel Wastney announced on Monday: \"We will rebuild it.\" Locals had described the "
      + "detour as \"endless\".";

  @Test
  void englishDoubleQuotationMarksNameTheOriginalToo() {
    SourceText typeset = SourceText.of("b-typeset", QUOTED_TYPESET);
    SourceText rewritten = SourceText.of("a-rewrite", QUOTED_REWRITTEN);
    assertThat(signal.clues(whole(rewritten, typeset, Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-typeset");
      assertThat(c.detail()).isEqualTo("b-typeset writes its 4 double quotation marks typographic (\u201c\u201d) and its "
          + "rewrite a-rewrite its 4 plain (\"): a model's rewrite makes typography plain");
    });
    assertThat(signal.clues(whole(rewritten, typeset, Relation.NEAR_DUPLICATE))).isEmpty();
    // one curly mark is no quotation: under the floor of two
    SourceText single = SourceText.of("b", "The engineer called the detour \u201cendless. " + QUOTED_REWRITTEN.replace('"', ' '));
    assertThat(TypographySignal.Marks.of(single.text()).quotes()).isEqualTo(new TypographySignal.Counts(1, 0));
    assertThat(signal.clues(whole(rewritten, single, Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void bothMarksMustAgree() {
    // apostrophes and double quotes typographic in one text, plain in the other: one clue naming both
    SourceText typeset = SourceText.of("a", TYPESET + " " + QUOTED_TYPESET);
    SourceText rewritten = SourceText.of("b", REWRITTEN + " " + QUOTED_REWRITTEN);
    assertThat(signal.clues(whole(typeset, rewritten, Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("a");
      assertThat(c.detail()).isEqualTo("a writes its 3 apostrophes and 4 double quotation marks typographic (\u2019 "
          + "\u201c\u201d) and its rewrite b its 2 and 4 plain (' \"): a model's rewrite makes typography plain");
    });
    // the apostrophes name one text, the quotation marks the other: no clue
    SourceText crossedA = SourceText.of("a", TYPESET + " " + QUOTED_REWRITTEN);
    SourceText crossedB = SourceText.of("b", REWRITTEN + " " + QUOTED_TYPESET);
    assertThat(signal.clues(whole(crossedA, crossedB, Relation.PARAPHRASE))).isEmpty();
    // mixed apostrophes say nothing, so the quotation marks decide
    SourceText mixed = SourceText.of("b", REWRITTEN.replace("ferry's", "ferry\u2019s") + " " + QUOTED_REWRITTEN);
    assertThat(signal.clues(whole(typeset, mixed, Relation.PARAPHRASE))).singleElement()
        .satisfies(c -> assertThat(c.detail()).startsWith("a writes its 4 double quotation marks typographic"));
  }

  @Test
  void doubleQuotationMarksAreNotReadInGermanOrBesideOtherQuotationMarks() {
    // German rewrites set plain quotes as \u201e\u201c as often as not: German texts give no quotation-mark reading
    String german = "\u201cWir bauen die Br\u00fccke vor dem Winter wieder auf\u201d, sagte die Ingenieurin Oriel Wastney am "
        + "Montag. Die alte Querung \u00fcber die Pellow ist seit dem Hochwasser im M\u00e4rz gesperrt, und die Anwohner "
        + "nennen den Umweg \u201cendlos\u201d, weil er sich nicht mehr lohnt.";
    String germanPlain = "Die Br\u00fccke \u00fcber die Pellow, die seit dem Hochwasser im M\u00e4rz gesperrt ist, wird vor "
        + "dem Winter neu gebaut, wie die Ingenieurin Oriel Wastney am Montag sagte: \"Wir bauen sie wieder auf.\" Die "
        + "Anwohner nannten den Umweg \"endlos\", und das ist er auch.";
    assertThat(signal.clues(whole(SourceText.of("a", german), SourceText.of("b", germanPlain), Relation.PARAPHRASE))).isEmpty();
    // an English text that also holds a low or angle quotation mark is not read either
    SourceText withGuillemets = SourceText.of("a", QUOTED_TYPESET + " The sign read \u00abclosed\u00bb.");
    assertThat(TypographySignal.Marks.of(withGuillemets.text()).foreignQuotes()).isTrue();
    assertThat(signal.clues(whole(withGuillemets, SourceText.of("b", QUOTED_REWRITTEN), Relation.PARAPHRASE))).isEmpty();
  }
}
