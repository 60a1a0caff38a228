package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import java.util.List;
import org.doppel.document.Hashing;
import org.doppel.document.Span;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

/** The model-vocabulary clue: the side that uses more of the words language models over-use is the rewrite. */
class ModelStyleSignalTest {
  private static final String PLAIN = "The town council voted on Monday to rebuild the old bridge over the river. "
      + "Work will start in spring and take two years, the mayor told residents at a meeting in the library.";
  private static final String POLISHED = "In a pivotal decision, the town council voted on Monday to rebuild the old "
      + "bridge, showcasing its unwavering commitment to residents. The meticulous work will start in spring and take "
      + "two years, the mayor told residents at a library meeting.";
  private final ModelStyleSignal signal = new ModelStyleSignal(ModelVocabulary.standard(), 1, 0.5);

  @Test
  void theSideUsingTheModelsWordsIsTheRewrite() {
    SourceText a = SourceText.of("a-rewrite", POLISHED);
    SourceText b = SourceText.of("b-orig", PLAIN);
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("model_style");
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.strong()).isFalse();
      assertThat(c.detail()).startsWith("a-rewrite uses 4 words language models over-use")
          .contains("pivotal, showcasing, unwavering, meticulous").endsWith("b-orig 0 (0.0 per 100 words)");
    });
    SourceText original = SourceText.of("a-orig", PLAIN);
    SourceText rewrite = SourceText.of("b-rewrite", POLISHED);
    assertThat(signal.clues(whole(original, rewrite, Relation.NEAR_DUPLICATE))).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("a-orig"));
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    SourceText a = SourceText.of("a-rewrite", POLISHED);
    SourceText b = SourceText.of("b-orig", PLAIN);
    Direction direction = DirectionJudge.standard(new DocumentFrequencies()).judge(whole(a, b, Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("b-orig");
    assertThat(direction.evidence()).containsExactly("model_style");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void partialPairsAndEqualUseGetNoClue() {
    SourceText a = SourceText.of("a", POLISHED);
    SourceText b = SourceText.of("b", PLAIN);
    assertThat(signal.clues(whole(a, b, Relation.PARTIAL))).isEmpty();
    assertThat(signal.clues(whole(a, SourceText.of("c", POLISHED.replace("Monday", "Tuesday")), Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void onlyTheWordsInsideThePassagesCount() {
    String pasted = "Readers can delve into the archive online.\n\n";
    SourceText a = SourceText.of("a", pasted + PLAIN);
    SourceText b = SourceText.of("b", PLAIN);
    Passage shared = new Passage(new Span(pasted.length(), a.text().length()), new Span(0, PLAIN.length()), 33, 33, 33, 33);
    RelatedPair pair = new RelatedPair("a", "b", new Verdict(Relation.NEAR_DUPLICATE, 0.9, "test"), null, List.of(shared));
    assertThat(signal.clues(new PairContext(pair, a, b))).isEmpty();
  }

  @Test
  void oneWordInALongTextIsBelowTheRate() {
    String longPlain = (PLAIN + " ").repeat(8);
    SourceText a = SourceText.of("a", longPlain + "Notably, the bridge is old.");
    SourceText b = SourceText.of("b", longPlain + "The bridge is old.");
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).isEmpty();
    assertThat(new ModelStyleSignal(ModelVocabulary.standard(), 1, 0).clues(whole(a, b, Relation.PARAPHRASE)))
        .singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("b"));
    assertThat(new ModelStyleSignal(ModelVocabulary.standard(), 2, 0).clues(whole(a, b, Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void theScansJudgeWantsTwoSuchWordsInAParagraphOfOverAHundredWords() {
    String paragraph = (PLAIN + " ").repeat(3); // 105 words
    SourceText oneWord = SourceText.of("a-one", paragraph + "Moreover, the bridge is old.");
    SourceText twoWords = SourceText.of("a-two", paragraph + "Moreover, the meticulous bridge is old.");
    SourceText none = SourceText.of("b-none", paragraph + "The bridge is old.");
    DirectionJudge judge = DirectionJudge.standard(new DocumentFrequencies());
    assertThat(judge.judge(whole(oneWord, none, Relation.PARAPHRASE)).source()).isNull();
    assertThat(judge.judge(whole(twoWords, none, Relation.PARAPHRASE)).source()).isEqualTo("b-none");
  }

  @Test
  void theBundledListHoldsTheModelsWordsAndLeavesOutCommonFormalOnes() {
    ModelVocabulary vocabulary = ModelVocabulary.standard();
    assertThat(List.of("delve", "delving", "showcasing", "tapestry", "meticulously", "endeavour"))
        .allMatch(w -> vocabulary.contains(Hashing.ofChars(w)));
    assertThat(List.of("significant", "potential", "highlight", "ensure", "crucial", "the", "bridge"))
        .noneMatch(w -> vocabulary.contains(Hashing.ofChars(w)));
  }

  @Test
  void aListIsWordsWithComments() {
    ModelVocabulary vocabulary = ModelVocabulary.parse("# a comment naming delve\nshowcase showcases  # forms\n\nrealm\n");
    assertThat(vocabulary.size()).isEqualTo(3);
    assertThat(vocabulary.contains(Hashing.ofChars("showcases"))).isTrue();
    assertThat(vocabulary.contains(Hashing.ofChars("delve"))).isFalse();
    assertThat(ModelVocabulary.parse("# nothing\n").size()).isZero();
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> new ModelStyleSignal(ModelVocabulary.standard(), 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCount must be >= 1, got 0");
    assertThatThrownBy(() -> new ModelStyleSignal(ModelVocabulary.standard(), 1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minRateDifference");
  }
}
