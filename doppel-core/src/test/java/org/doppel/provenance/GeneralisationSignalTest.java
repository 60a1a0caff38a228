package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The generalisation clue: the text whose figures the other turns into vague quantities is the original. */
class GeneralisationSignalTest {
  private static final String REPORT = "Flooding on the river Ostmere forced 37 families from their homes on Sunday, and "
      + "the water rose 2.4 metres above its usual level in the town of Keldby. Rescue crews worked through the night and "
      + "moved 112 people to the sports hall, where volunteers served hot meals until morning.";
  private static final String SIMPLE = "Flooding on a river forced dozens of families from their homes. The water rose "
      + "far above its usual level. Rescue crews worked through the night and moved many people to a sports hall, where "
      + "volunteers served hot meals.";
  private final GeneralisationSignal signal = new GeneralisationSignal(2);

  @Test
  void theTextWhoseFiguresTheOtherMakesVagueIsTheOriginal() {
    SourceText a = SourceText.of("a-simple", SIMPLE);
    SourceText b = SourceText.of("b-report", REPORT);
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("generalised");
      assertThat(c.original()).isEqualTo("b-report");
      assertThat(c.strong()).isFalse();
      assertThat(c.decidesAlone()).isTrue();
      assertThat(c.detail()).isEqualTo("b-report states 3 numbers its rewrite a-simple lacks and none that b-report lacks, "
          + "and a-simple uses 2 vague quantities (many, several, dozens …) against 0");
    });
    // the same with the original first
    SourceText first = SourceText.of("a-report", REPORT);
    SourceText second = SourceText.of("b-simple", SIMPLE);
    assertThat(signal.clues(whole(first, second, Relation.PARAPHRASE))).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("a-report"));
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-report", REPORT), SourceText.of("b-simple", SIMPLE), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-report");
    assertThat(direction.evidence()).containsExactly("generalised");
  }

  @Test
  void aRewriteWithANumberOfItsOwnOrNoVagueQuantityGivesNoClue() {
    SourceText report = SourceText.of("a", REPORT);
    // two rewrites of one story keep different numbers
    SourceText own = SourceText.of("b", SIMPLE.replace("a sports hall", "a sports hall 3 streets away"));
    assertThat(signal.clues(whole(report, own, Relation.PARAPHRASE))).isEmpty();
    // figures dropped without vague quantities in their place: the facts and condensation clues' ground, not this one
    SourceText plain = SourceText.of("b", SIMPLE.replace("dozens of", "the").replace("many", "the"));
    assertThat(GeneralisationSignal.vague(plain.text())).isZero();
    assertThat(signal.clues(whole(report, plain, Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void yearsAreNoQuantities() {
    // a spun copy whose byline adds a day and a year, and whose spinner swapped the vague words for synonyms
    String original = "Farmers near Lindholt planted 480 hectares of barley, and some of them sold dozens of tonnes to a few "
        + "mills in 2021.";
    String spun = "By Jo Arne on 4th May 2024\n\nGrowers near Lindholt sowed 480 hectares of barley, and a handful of them "
        + "sold scores of tonnes to a small number of mills in 2021.";
    SourceText a = SourceText.of("a-orig", original);
    SourceText b = SourceText.of("b-spun", spun);
    assertThat(GeneralisationSignal.quantities(PairContext.numbers(spun))).containsExactlyInAnyOrder("4", "480");
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).isEmpty();
    assertThat(new GeneralisationSignal(1).clues(whole(a, b, Relation.PARAPHRASE))).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("b-spun"));
  }

  @Test
  void oneNumberDroppedIsBelowTheFloorAndOnlyParaphrasesAreJudged() {
    String oneNumber = "Flooding forced 37 families from their homes on the river bank near the old mill.";
    String vague = "Flooding forced dozens of families from their homes on the river bank near the old mill.";
    assertThat(signal.clues(whole(SourceText.of("a", oneNumber), SourceText.of("b", vague), Relation.PARAPHRASE))).isEmpty();
    assertThat(new GeneralisationSignal(1).clues(whole(SourceText.of("a", oneNumber), SourceText.of("b", vague),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("a"));
    SourceText a = SourceText.of("a-simple", SIMPLE);
    SourceText b = SourceText.of("b-report", REPORT);
    assertThat(signal.clues(whole(a, b, Relation.PARTIAL))).isEmpty();
    assertThat(signal.clues(whole(a, b, Relation.NEAR_DUPLICATE))).isEmpty();
  }

  @Test
  void vagueQuantitiesAreWholeWordsInAnyCase() {
    assertThat(GeneralisationSignal.vague("Many came, SEVERAL stayed, a number of them left; Dutzende blieben.")).isEqualTo(4);
    assertThat(GeneralisationSignal.vague("Somewhere a manyfold fewer handsome thing")).isZero();
    assertThatThrownBy(() -> new GeneralisationSignal(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
