package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The easy-language clue: of a pair whose one text only is laid out as easy language, that text is the copy. */
class EasyLanguageSignalTest {
  private static final String EASY = String.join("\n", "Die Stadt will ein neues Hallen·bad bauen.", "Das Bad soll im Norden sein.",
      "Ein Hallen·bad ist ein Schwimm·bad in einem Haus.", "Man kann dort auch im Winter schwimmen.",
      "Das alte Bad ist sehr alt.", "Es ist oft kaputt.", "Dann müssen die Schwimmer warten.", "Das neue Bad kostet viel Geld.",
      "Die Stadt bezahlt einen Teil.", "Das Land bezahlt auch einen Teil.", "Die Bauarbeiten dauern zwei Jahre.",
      "Dann können alle wieder schwimmen.", "Viele Menschen freuen sich.");
  private static final String NEWS = "Die Stadt will im Norden ein neues Hallenbad bauen, weil das alte Bad immer wieder "
      + "ausfällt und Vereine wie Schulen dann auf freie Bahnen warten müssen. Die Kosten teilen sich Stadt und Land; die "
      + "Bauarbeiten sollen zwei Jahre dauern, danach steht das Bad auch im Winter allen offen.";
  private final EasyLanguageSignal signal = new EasyLanguageSignal();

  @Test
  void theTextNotLaidOutAsEasyLanguageIsTheOriginal() {
    assertThat(signal.clues(whole(SourceText.of("a-easy", EASY), SourceText.of("b-news", NEWS), Relation.PARAPHRASE)))
        .singleElement().satisfies(c -> {
          assertThat(c.signal()).isEqualTo("easy_language");
          assertThat(c.original()).isEqualTo("b-news");
          assertThat(c.strong()).isFalse();
          assertThat(c.decidesAlone()).isTrue();
          assertThat(c.detail()).isEqualTo("a-easy is laid out as easy language (13 short statements, one a line) and b-news "
              + "is not: an easy-language version is written from a standard text, not the other way round");
        });
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-news", NEWS), SourceText.of("b-easy", EASY), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-news");
    assertThat(direction.evidence()).containsExactly("easy_language");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void noClueWhenBothOrNeitherAreEasyLanguageOrThePairIsNoParaphrase() {
    assertThat(signal.clues(whole(SourceText.of("a", NEWS), SourceText.of("b", NEWS + " Der Rat stimmt im Mai ab."),
        Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", EASY), SourceText.of("b", EASY + "\nDas ist gut."),
        Relation.PARAPHRASE))).isEmpty();
    // the same lines run together as prose are no easy-language layout
    assertThat(signal.clues(whole(SourceText.of("a", EASY.replace("\n", " ")), SourceText.of("b", NEWS),
        Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", EASY), SourceText.of("b", NEWS), Relation.PARTIAL))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", EASY), SourceText.of("b", NEWS), Relation.NEAR_DUPLICATE))).isEmpty();
  }
}
