package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class SentenceRunsTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The easy-language text (A) in runs of {@code length} against {@code other} (B), by their word parts. */
  private SentenceAlignment runs(String easy, String other, int length) {
    Document a = analyzer.analyze(SourceText.of("a", easy));
    Document b = analyzer.analyze(SourceText.of("b", other));
    return SentenceRuns.align(a, splitter.split(a), b, splitter.split(b), true, length, SentenceRuns.bySubwords(), 0.25);
  }

  @Test
  void aRunTakesAsManyShortSentencesAsMakeUpALongOne() {
    assertThat(SentenceRuns.runLength(8, 20)).isEqualTo(3);
    assertThat(SentenceRuns.runLength(10, 14)).isEqualTo(2);
    assertThat(SentenceRuns.runLength(4, 30)).isEqualTo(6);
    assertThat(SentenceRuns.runLength(3, 30)).isEqualTo(6);
  }

  @Test
  void anEasyLanguageVersionsRunsReachAcrossItsOriginal() {
    SentenceAlignment easy = runs(GermanTexts.EASY, GermanTexts.ORIGINAL, 3);
    SentenceAlignment independent = runs(GermanTexts.EASY, GermanTexts.INDEPENDENT, 3);
    assertThat(SentenceRuns.reachedSentences(easy, true)).isGreaterThanOrEqualTo(4);
    assertThat(easy.coverageB()).isGreaterThan(0.6);
    assertThat(easy.coverageA()).isGreaterThan(0.6);
    assertThat(SentenceRuns.reachedSentences(independent, true)).isLessThan(2);
    assertThat(independent.coverageB()).isLessThan(0.3);
  }

  @Test
  void theSplitSideMayBeEitherAndThePairsFollowA() {
    Document easy = analyzer.analyze(SourceText.of("e", GermanTexts.EASY));
    Document original = analyzer.analyze(SourceText.of("o", GermanTexts.ORIGINAL));
    List<Sentence> easySentences = splitter.split(easy);
    List<Sentence> originalSentences = splitter.split(original);
    SentenceAlignment forward = SentenceRuns.align(easy, easySentences, original, originalSentences, true, 3, SentenceRuns.bySubwords(), 0.25);
    SentenceAlignment backward = SentenceRuns.align(original, originalSentences, easy, easySentences, false, 3, SentenceRuns.bySubwords(), 0.25);
    assertThat(backward.coverageA()).isEqualTo(forward.coverageB());
    assertThat(backward.coverageB()).isEqualTo(forward.coverageA());
    assertThat(backward.pairs()).extracting(p -> p.a().first()).isSorted();
    // a run spans three of the easy text's sentences
    assertThat(forward.pairs()).allSatisfy(p -> assertThat(p.a().end() - p.a().first()).isGreaterThan(easySentences.get(0).size()));
  }

  @Test
  void coverageCountsEverySentenceOfAPairedRunOnceAndEachReachedSentenceOnce() {
    // six 5-word sentences (A) in runs of two against three 10-word ones (B); runs 0-1 and 1-2 reach B's first, 4-5 its third
    Document a = analyzer.analyze(SourceText.of("a", "one two three four five. ".repeat(6)));
    Document b = analyzer.analyze(SourceText.of("b", "one two three four five six seven eight nine ten. ".repeat(3)));
    double[][] given = {{0.7, 0.1, 0.1}, {0.6, 0.2, 0.1}, {0.1, 0.1, 0.1}, {0.1, 0.4, 0.1}, {0.1, 0.1, 0.9}};
    SentenceAlignment runs = SentenceRuns.align(a, splitter.split(a), b, splitter.split(b), true, 2, (x, r, y, s) -> given, 0.5);
    assertThat(runs.pairs()).hasSize(3);
    assertThat(SentenceRuns.reachedSentences(runs, true)).isEqualTo(2);
    assertThat(runs.alignedWordsA()).isEqualTo(25);
    assertThat(runs.alignedWordsB()).isEqualTo(20);
  }
}
