package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

/** The signals that read the words: rewrite (rarity of differing words), cohesion (partial pairs), facts (details dropped). */
class WordSignalsTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  private TokenSequence words(SourceText source) {
    return analyzer.analyze(source).words();
  }

  private DocumentFrequencies frequencies(String... texts) {
    DocumentFrequencies df = new DocumentFrequencies();
    for (String text : texts) {
      df.add(words(SourceText.of("f", text)));
    }
    return df;
  }

  private static String[] repeat(String text, int times) {
    String[] out = new String[times];
    Arrays.fill(out, text);
    return out;
  }

  /** The pair of {@code a} and {@code b} as one passage over both whole texts, with its two documents. */
  private static PairContext wholePair(SourceText a, SourceText b, Relation relation, int wordsA, int wordsB) {
    return new PairContext(whole(a, b, relation, wordsA, wordsB), a, b);
  }

  private static RelatedPair whole(SourceText a, SourceText b, Relation relation, int wordsA, int wordsB) {
    Passage p = new Passage(new Span(0, a.text().length()), new Span(0, b.text().length()), wordsA, wordsB, 0, 0);
    return new RelatedPair(a.id(), b.id(), new Verdict(relation, 0.5, "test"), null, List.of(p));
  }

  @Test
  void theSideWithRarerDifferingWordsIsTheCopy() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers", 25));
    SourceText spun = SourceText.of("a-spun", "The minister stated the scheme would assist farmers.");
    SourceText original = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    RewriteSignal signal = new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0);
    List<DirectionClue> clues = signal.clues(wholePair(spun, original, Relation.PARAPHRASE, 8, 8));
    assertThat(clues).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.strong()).isFalse();
      assertThat(c.detail()).startsWith("a-spun's 3 differing words are rarer");
    });
  }

  /** "said", "plan" and "help" in 25 documents, "scheme" and "stated" in 6, "assist" in none. */
  private DocumentFrequencies ministerWithSchemes() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers", 25));
    for (int i = 0; i < 6; i++) {
      df.add(words(SourceText.of("f", "the scheme was stated")));
    }
    return df;
  }

  @Test
  void aSimplificationThatSplitItsSentencesIsNotNamedTheOriginal() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers", 25));
    // the simplifier swapped the rare words for common ones, as a spinner would the other way round, and split the
    // sentence in three
    SourceText original = SourceText.of("a-orig", "The minister stated the scheme would assist farmers.");
    SourceText simplified = SourceText.of("b-simple", "The minister said it. The plan would help. It helps farmers.");
    PairContext pair = wholePair(original, simplified, Relation.PARAPHRASE, 8, 8);
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0).clues(pair)).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("b-simple"));
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0.75).clues(pair)).isEmpty();
    // a spin keeps its sentences, so the guard leaves its clue alone
    SourceText spun = SourceText.of("c-spun", "The minister stated the scheme would assist farmers.");
    SourceText source = SourceText.of("d-orig", "The minister said the plan would help farmers.");
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0.75).clues(wholePair(spun, source, Relation.PARAPHRASE, 8, 8))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("d-orig"));
  }

  @Test
  void aParaphraseNeedsADifferenceClearAgainstTheSpreadOfItsWords() {
    // each side's differing words mix common and rare ones: the means differ by more than the margin,
    // but not by much against how far the words' rarities spread
    DocumentFrequencies df = ministerWithSchemes();
    SourceText a = SourceText.of("a", "The minister said the scheme would assist farmers.");
    SourceText b = SourceText.of("b", "The minister stated the plan would help farmers.");
    PairContext paraphrase = wholePair(a, b, Relation.PARAPHRASE, 8, 8);
    assertThat(new RewriteSignal(df, 0.3, 1.05, 0, 0, 0).clues(paraphrase)).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("b"));
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 0, 0).clues(paraphrase)).isEmpty();
  }

  @Test
  void aNearDuplicateNeedsADifferenceOfAtLeastOneStandardError() {
    DocumentFrequencies df = ministerWithSchemes();
    // a's differing words (said, scheme) are commoner on average than b's (stated, plan and the unseen "swiftly"),
    // by more than the margin but by less than one standard error: "swiftly" alone makes the difference
    SourceText a = SourceText.of("a", "The minister said the scheme would assist farmers.");
    SourceText b = SourceText.of("b", "The minister stated the plan would swiftly assist farmers.");
    PairContext edited = wholePair(a, b, Relation.NEAR_DUPLICATE, 8, 8);
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 0, 0).clues(edited)).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("a"));
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0).clues(edited)).isEmpty();
    // a spun copy whose every swapped word is rarer than every word it replaced is clear at any floor
    SourceText spun = SourceText.of("c-spun", "The minister stated the scheme would assist farmers.");
    SourceText original = SourceText.of("d-orig", "The minister said the plan would help farmers.");
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0).clues(wholePair(spun, original, Relation.NEAR_DUPLICATE, 8, 8))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("d-orig"));
  }

  @Test
  void aNearDuplicateCutWithFewDifferingWordsOnOneSideGetsNoRarityClue() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers in the end", 25));
    // the copy cut three rare names and added three common words: rarity would name the copy the original
    SourceText original = SourceText.of("a-orig", "Zorvath minister Ilsabet Marrow said the plan would help farmers.");
    SourceText cut = SourceText.of("b-cut", "The minister said the plan would help the farmers in the end.");
    PairContext pair = wholePair(original, cut, Relation.NEAR_DUPLICATE, 10, 11);
    assertThat(new RewriteSignal(df, 0.3, 1.2, 1.5, 1.0, 0, 0, 0).clues(pair)).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("b-cut"));
    assertThat(new RewriteSignal(df, 0.3, 1.2, 1.5, 1.0, 0, 4, 0).clues(pair)).isEmpty();
  }

  @Test
  void aCutAndPastedNearDuplicateWithManyDifferingWordsDecidesNothingAlone() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers and in the end it was all", 25));
    // the cut dropped a run of four rare names and glued seven common words on at its end: rarity names the cut
    SourceText original = SourceText.of("a-orig", "Zorvath Ilsabet Marrow Quellin: the minister said the plan would help farmers.");
    SourceText cut = SourceText.of("b-cut", "The minister said the plan would help farmers, and in the end it was all.");
    PairContext pair = wholePair(original, cut, Relation.NEAR_DUPLICATE, 12, 15);
    assertThat(new RewriteSignal(df, 0.3, 1.3, 1.5, 1.0, 0, 4, 0, true, 0).clues(pair)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-cut");
      assertThat(c.decidesAlone()).isTrue();
    });
    assertThat(new RewriteSignal(df, 0.3, 1.3, 1.5, 1.0, 0, 4, 0, true, 0.5).clues(pair)).singleElement().satisfies(c -> {
      assertThat(c.decidesAlone()).isFalse();
      assertThat(c.detail()).contains("cut and pasted: 100% of the words");
    });
  }

  @Test
  void aNearDuplicateOfWordsSwappedInPlaceStillDecidesAloneUnderTheCutRule() {
    DocumentFrequencies df = ministerWithSchemes();
    SourceText spun = SourceText.of("a-spun", "The minister stated the scheme would assist growers.");
    SourceText original = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    PairContext pair = wholePair(spun, original, Relation.NEAR_DUPLICATE, 8, 8);
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0, 4, 0, true, 0.5).clues(pair)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.decidesAlone()).isTrue();
    });
  }

  @Test
  void aNearDuplicateWithFourSubstitutionsASideKeepsItsRarityClue() {
    DocumentFrequencies df = ministerWithSchemes();
    SourceText spun = SourceText.of("a-spun", "The minister stated the scheme would assist growers.");
    SourceText original = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    PairContext pair = wholePair(spun, original, Relation.NEAR_DUPLICATE, 8, 8);
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0, 4, 0).clues(pair)).singleElement()
        .satisfies(c -> assertThat(c.original()).isEqualTo("b-orig"));
  }

  @Test
  void aRestructuredParaphraseWhoseCopyStatesMoreFactsDoesNotDecideByRarityAlone() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers", 25));
    // by rarity the spun wording is the copy, but it also names a town and a month that the other side lacks
    String copyText = "The minister stated the scheme would assist farmers. It starts in Brennport in March.";
    SourceText copy = SourceText.of("a-copy", copyText);
    SourceText original = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    int secondSentence = copyText.indexOf("It starts");
    Span whole = new Span(0, original.text().length());
    RelatedPair pair = whole(copy, original, Relation.PARAPHRASE, 8, 8);
    RelatedPair merged = pair.withSentences(List.of(new SentenceLink(new Span(0, secondSentence - 1), whole, 0.6),
        new SentenceLink(new Span(secondSentence, copyText.length()), whole, 0.3)));
    RelatedPair sentenceForSentence = pair.withSentences(List.of(new SentenceLink(new Span(0, secondSentence - 1), whole, 0.6)));
    RewriteSignal signal = new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0.75);

    assertThat(signal.clues(new PairContext(merged, copy, original))).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.decidesAlone()).isFalse();
      assertThat(c.detail()).contains("restructured, and a-copy states 2 more facts that b-orig lacks than the other way round");
    });
    assertThat(signal.clues(new PairContext(sentenceForSentence, copy, original))).singleElement()
        .satisfies(c -> assertThat(c.decidesAlone()).isTrue());
  }

  /** A whole-text paraphrase pair whose copy's sentences are each linked to the whole original. */
  private static PairContext linkedToWholeOriginal(SourceText copy, SourceText original, Span... copySentences) {
    Span wholeOriginal = new Span(0, original.text().length());
    List<SentenceLink> links = Arrays.stream(copySentences).map(s -> new SentenceLink(s, wholeOriginal, 0.6)).toList();
    return new PairContext(whole(copy, original, Relation.PARAPHRASE, 8, 8).withSentences(links), copy, original);
  }

  @Test
  void aRestructuredParaphraseDoesNotDecideByRarityAloneEvenWithoutFactsAgainstIt() {
    // the rarer wording is the copy's and no side states a fact the other lacks, but the copy split the sentence in two
    String splitText = "The minister stated the scheme. It would assist farmers.";
    SourceText copy = SourceText.of("a-copy", splitText);
    SourceText source = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    int second = splitText.indexOf("It would");
    PairContext split = linkedToWholeOriginal(copy, source, new Span(0, second - 1), new Span(second, splitText.length()));
    PairContext kept = linkedToWholeOriginal(copy, source, new Span(0, splitText.length()));
    RewriteSignal restructuredNotAlone = new RewriteSignal(ministerWithSchemes(), 0.3, 1.05, 1.5, 1.0, 0, 4, 3, false);

    assertThat(restructuredNotAlone.clues(split)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.decidesAlone()).isFalse();
      assertThat(c.detail()).contains("restructured: sentences split or merged");
    });
    // the same words with the sentence kept whole decide alone; so does the split pair when restructuring may decide
    assertThat(restructuredNotAlone.clues(kept)).singleElement().satisfies(c -> assertThat(c.decidesAlone()).isTrue());
    assertThat(new RewriteSignal(ministerWithSchemes(), 0.3, 1.05, 1.5, 1.0, 0, 4, 3, true).clues(split)).singleElement()
        .satisfies(c -> assertThat(c.decidesAlone()).isTrue());
  }

  @Test
  void aParaphraseThatKeptItsSentencesButWhoseCopyStatesMoreFactsDecidesAloneOnlyWithAClearRarity() {
    DocumentFrequencies df = ministerWithSchemes();
    // the rarer wording is on the side that also names a town and a month the other lacks; each sentence is linked to one
    String copyText = "The minister stated the scheme would assist farmers. It starts in Brennport in March.";
    SourceText copy = SourceText.of("a-copy", copyText);
    SourceText original = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    Span whole = new Span(0, original.text().length());
    RelatedPair pair = whole(copy, original, Relation.PARAPHRASE, 8, 8)
        .withSentences(List.of(new SentenceLink(new Span(0, copyText.indexOf("It starts") - 1), whole, 0.6)));
    PairContext context = new PairContext(pair, copy, original);
    // its t (about 11 here) is under a floor of 20: a reviser's commoner wording, not a spinner's, so it may not decide alone
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0.75, 0, 20).clues(context)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.decidesAlone()).isFalse();
      assertThat(c.detail()).contains("a-copy states 2 more facts that b-orig lacks than the other way round")
          .contains("no spinner's");
    });
    // above the floor, or with no floor, the clue decides alone
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0.75, 0, 5).clues(context)).singleElement()
        .satisfies(c -> assertThat(c.decidesAlone()).isTrue());
    assertThat(new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0.75, 0, 0).clues(context)).singleElement()
        .satisfies(c -> assertThat(c.decidesAlone()).isTrue());
  }

  @Test
  void aSentenceLinkedTwiceMeansSplitOrMerged() {
    Span one = new Span(0, 10);
    Span two = new Span(11, 20);
    assertThat(RewriteSignal.splitOrMerged(List.of(new SentenceLink(one, one, 1), new SentenceLink(two, two, 1)))).isFalse();
    assertThat(RewriteSignal.splitOrMerged(List.of(new SentenceLink(one, one, 1), new SentenceLink(one, two, 1)))).isTrue();
    assertThat(RewriteSignal.splitOrMerged(List.of(new SentenceLink(one, two, 1), new SentenceLink(two, two, 1)))).isTrue();
    assertThat(RewriteSignal.splitOrMerged(List.of())).isFalse();
  }

  @Test
  void rarityIsSilentInASmallCorpusAndOnExactCopies() {
    SourceText spun = SourceText.of("a", "The minister stated the scheme would assist farmers.");
    SourceText original = SourceText.of("b", "The minister said the plan would help farmers.");
    RewriteSignal small = new RewriteSignal(frequencies(repeat("the minister said the plan", 3)), 0.3, 1.05, 1.5, 1.0, 0);
    assertThat(small.clues(wholePair(spun, original, Relation.PARAPHRASE, 8, 8))).isEmpty();
    RewriteSignal large = new RewriteSignal(frequencies(repeat("the minister said the plan", 30)), 0.3, 1.05, 1.5, 1.0, 0);
    assertThat(large.clues(wholePair(spun, original, Relation.EXACT, 8, 8))).isEmpty();
  }

  private static final String GLACIER_PASSAGE = "The Zorvath glacier lost forty metres of ice, said Ilsabet Marrow of the survey.";

  /** The glacier passage pasted between an original's and a bread recipe's paragraphs, which follow it. */
  private record PastedPassage(PairContext pair, DocumentFrequencies frequencies) {}

  private PastedPassage pastedPassage(String originalAfter, String hostAfter) {
    SourceText original = SourceText.of("a-orig", "Zorvath glacier retreats\n\n" + GLACIER_PASSAGE + "\n\n" + originalAfter);
    SourceText host = SourceText.of("b-host", "Bread at home\n\nKnead the dough for ten minutes.\n\n" + GLACIER_PASSAGE + "\n\n" + hostAfter);
    DocumentFrequencies df = frequencies(repeat("knead bake bread dough the of and", 30));
    df.add(words(original));
    df.add(words(host));
    int at = original.text().indexOf(GLACIER_PASSAGE);
    int hostAt = host.text().indexOf(GLACIER_PASSAGE);
    int length = GLACIER_PASSAGE.length();
    Passage shared = new Passage(new Span(at, at + length), new Span(hostAt, hostAt + length), 14, 14, 14, 14);
    RelatedPair pair = new RelatedPair("a-orig", "b-host", new Verdict(Relation.PARTIAL, 0.4, "test"), null, List.of(shared));
    return new PastedPassage(new PairContext(pair, original, host), df);
  }

  @Test
  void aPastedPassageStandsApartFromItsNewSurroundings() {
    PastedPassage pasted = pastedPassage("Marrow has measured the Zorvath glacier every summer since the survey began.",
        "Bake the loaf until it sounds hollow.");
    List<DirectionClue> clues = new CohesionSignal(pasted.frequencies(), 0.1, 1.5).clues(pasted.pair());
    assertThat(clues).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("cohesion");
      assertThat(c.original()).isEqualTo("a-orig");
    });
  }

  @Test
  void cohesionNeedsTheHigherShareToBeAClearMultipleOfTheLower() {
    // both texts weave the passage's names into their other paragraphs, 7 and 5 of its 10 rare words: a difference of
    // 0.2, but 0.7 is not 1.5 times 0.5
    PastedPassage pasted = pastedPassage(
        "Marrow has measured the Zorvath glacier since the survey began; it lost ice each year, Ilsabet notes.",
        "Ice on the Zorvath glacier: the survey counts it, Marrow says.");
    DocumentFrequencies df = pasted.frequencies();
    PairContext context = pasted.pair();
    assertThat(new CohesionSignal(df, 0.1).clues(context)).singleElement()
        .satisfies(c -> assertThat(c.detail()).contains("a-orig (70%)").contains("b-host (50%)"));
    assertThat(new CohesionSignal(df, 0.1, 1.5).clues(context)).isEmpty();
  }

  @Test
  void rarityIsSilentWhenTheRewriteChangedTheLength() {
    DocumentFrequencies df = frequencies(repeat("the minister said the plan would help farmers", 25));
    SourceText spun = SourceText.of("a-spun", "The minister stated the scheme would assist farmers.");
    SourceText original = SourceText.of("b-orig", "The minister said the plan would help farmers.");
    RewriteSignal signal = new RewriteSignal(df, 0.3, 1.05, 1.5, 1.0, 0);
    assertThat(signal.clues(wholePair(spun, original, Relation.PARAPHRASE, 8, 10))).isEmpty();
  }

  @Test
  void theSideStatingFactsItsRewriteDroppedIsTheOriginal() {
    String original = "Striker Marco Velden, 27, signed a four-year contract with Dunmore Athletic on Tuesday after 112 games "
        + "for Halvik Rovers. The fee of 14 million euros is a club record, chairman Ines Toller said in Brennport. "
        + "Velden scored 41 goals in the 2023 season and joined the national squad in March. He will wear the number 9 "
        + "shirt and train with the first team from Friday, the club said.";
    String rewrite = "marco velden has joined dunmore athletic on a long contract, leaving halvik rovers behind. the deal "
        + "broke the club's transfer record, according to its chairman. velden was a prolific scorer last season and has "
        + "been called up to the national team. he is expected to start training with his new teammates very soon, "
        + "the club announced in a short statement to fans and reporters.";
    SourceText a = SourceText.of("a-rewrite", rewrite);
    SourceText b = SourceText.of("b-orig", original);
    FactSubsetSignal signal = new FactSubsetSignal(3, 3, 20);
    assertThat(signal.clues(wholePair(a, b, Relation.PARAPHRASE, 60, 62))).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("facts");
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.strong()).isFalse();
    });
    assertThat(signal.clues(wholePair(a, b, Relation.NEAR_DUPLICATE, 60, 62))).isEmpty();
    assertThat(new FactSubsetSignal(3, 3, 200).clues(wholePair(a, b, Relation.PARAPHRASE, 60, 62))).isEmpty();
  }

  @Test
  void twoFactsDroppedAndNoneAddedNameTheOriginal() {
    String original = "The club said that Marco Velden had signed with it after 112 games and a long search for a striker.";
    String rewrite = "The club said that a striker had signed with it after many games and a long search for one.";
    SourceText a = SourceText.of("a-rewrite", rewrite);
    SourceText b = SourceText.of("b-orig", original);
    FactSubsetSignal signal = new FactSubsetSignal(2, 3, 1);
    assertThat(signal.clues(wholePair(a, b, Relation.PARAPHRASE, 18, 18))).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("b-orig");
      assertThat(c.detail()).contains("states 2 facts").contains("states 0 that");
    });
    assertThat(new FactSubsetSignal(3, 3, 1).clues(wholePair(a, b, Relation.PARAPHRASE, 18, 18))).isEmpty();
    // one fact added against two dropped is no clear subset
    SourceText added = SourceText.of("a-rewrite", rewrite + " It cost 14 million euros.");
    assertThat(signal.clues(wholePair(added, b, Relation.PARAPHRASE, 22, 18))).isEmpty();
  }

  @Test
  void aTextIsNotNamedTheOriginalOfARewriteOverTwiceItsLength() {
    // a short version that adds details of its own (a model's condensation) against a long text that lacks them
    String shortText = "Marco Velden, 27, signed with Dunmore Athletic for 14 million euros after 112 games, chairman Ines "
        + "Toller said.";
    String longText = "A striker has signed with a new club after a long career with his old one, the club said. "
        + "The fee is a club record, according to its chairman, who spoke to reporters after the signing. The player "
        + "was a prolific scorer last season and has been called up to the national team for the first time. He is "
        + "expected to start training with his new teammates very soon, the club announced in a short statement to "
        + "its fans. Supporters gathered outside the ground to welcome him, and many said they had hoped for a "
        + "signing like this for years.";
    SourceText a = SourceText.of("a-short", shortText);
    SourceText b = SourceText.of("b-long", longText);
    assertThat(PairContext.letterRuns(longText)).isGreaterThan(2 * PairContext.letterRuns(shortText));
    PairContext pair = wholePair(a, b, Relation.PARAPHRASE, 18, 90);
    assertThat(new FactSubsetSignal(3, 3, 1).clues(pair)).singleElement()
        .satisfies(clue -> assertThat(clue.original()).isEqualTo("a-short"));
    assertThat(new FactSubsetSignal(3, 3, 1, 2).clues(pair)).isEmpty();
    // under a looser limit (the long text has under 8 times the words) the clue speaks as before
    assertThat(new FactSubsetSignal(3, 3, 1, 8).clues(pair)).singleElement()
        .satisfies(clue -> assertThat(clue.original()).isEqualTo("a-short"));
    assertThatThrownBy(() -> new FactSubsetSignal(3, 3, 1, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factsInAnyLetterCaseAreNotCountedAsDropped() {
    String text = "Marco Velden signed with Dunmore Athletic after 112 games for Halvik Rovers, chairman Ines Toller said in Brennport.";
    SourceText a = SourceText.of("a", text);
    SourceText b = SourceText.of("b", text.toLowerCase(Locale.ROOT));
    assertThat(new FactSubsetSignal(1, 1, 1).clues(wholePair(a, b, Relation.PARAPHRASE, 18, 18))).isEmpty();
  }

  @Test
  void aNumberKeptWithAnotherWordAfterItIsNotCountedAsDropped() {
    // a restyle keeps the numbers and rewords what follows them: no side dropped a fact
    SourceText original = SourceText.of("a-orig", "The council received 48 complaints during the summer recess and "
        + "answered 112 of the older ones before the vote.");
    SourceText restyle = SourceText.of("b-restyle", "During the summer break the council was sent 48 grievances, and "
        + "before voting it replied to 112 earlier submissions.");
    assertThat(new FactSubsetSignal(1, 1, 1).clues(wholePair(original, restyle, Relation.PARAPHRASE, 19, 19))).isEmpty();
    // a number the other side lacks still counts, with its word or without
    SourceText vague = SourceText.of("b-vague", "During the summer break the council was sent many grievances, and "
        + "before voting it replied to some earlier submissions.");
    assertThat(new FactSubsetSignal(1, 1, 1).clues(wholePair(original, vague, Relation.PARAPHRASE, 19, 19)))
        .singleElement().satisfies(clue -> {
          assertThat(clue.original()).isEqualTo("a-orig");
          assertThat(clue.detail()).contains("states 2 facts");
        });
  }

  @Test
  void aTextInLowerCaseIsComparedByNumbersAndQuotationsOnly() {
    String restyle = "Billionaire Leon Cooperwright told Michael Reedham that Senator Ada Warrick and Fortress Holdings "
        + "had gone public in 2014 at 16 dollars a share. The stock now trades far lower, and the firm will still walk "
        + "away with a large fee, he said.";
    String lowerOriginal = "cooperwright told reedham the firm had gone public in 2014 at 16 dollars a share. the stock now trades "
        + "far lower, and the firm will still walk away with a large fee, he said.";
    SourceText a = SourceText.of("a-orig", lowerOriginal);
    SourceText b = SourceText.of("b-restyle", restyle);
    assertThat(new FactSubsetSignal(1, 1, 1).clues(wholePair(a, b, Relation.PARAPHRASE, 33, 40))).isEmpty();
    SourceText cased = SourceText.of("a-cased-orig", "Cooperwright told Reedham the firm had gone public in 2014 at 16 dollars a "
        + "share. The stock now trades far lower, and the firm will still walk away with a large fee, he said.");
    assertThat(new FactSubsetSignal(1, 1, 1).clues(wholePair(cased, b, Relation.PARAPHRASE, 33, 40)))
        .singleElement().satisfies(clue -> assertThat(clue.original()).isEqualTo("b-restyle"));
  }

  @Test
  void documentFrequenciesCountEachWordOncePerDocumentAndSurviveGrowth() {
    DocumentFrequencies df = new DocumentFrequencies();
    for (int d = 0; d < 3; d++) {
      long[] hashes = new long[10_000];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = i % 5_000 + d * 2_500L; // each word twice within a document
      }
      df.add(hashes);
    }
    assertThat(df.documents()).isEqualTo(3);
    assertThat(df.count(0)).isEqualTo(1);
    assertThat(df.count(2_600)).isEqualTo(2);
    assertThat(df.count(5_100)).isEqualTo(2);
    assertThat(df.count(9_000)).isEqualTo(1);
    assertThat(df.count(99_999)).isZero();
  }
}
