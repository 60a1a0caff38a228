package org.doppel.relate;

import java.util.Locale;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceRuns;
import org.jspecify.annotations.Nullable;

/**
 * A simplification or easy-language version read by runs of its short sentences ({@link SentenceRuns}): the last reading
 * of two short texts every other reading leaves unrelated, where one side's sentences are at most
 * {@value SplitSentenceRewrite#SPLIT_SENTENCE_LENGTH} as long as the other's on average, whichever side has more words.
 * A rewrite when the runs reach {@value #MIN_REACHED} or more of the other text's sentences, covering
 * {@value #OTHER_COVERAGE} of it, and the paired runs hold {@value #SPLIT_COVERAGE} of the split text.
 *
 * <p>Set on the fit parts of data/condense-rewrites, data/simplify-rewrites, data/model-rewrites, data/model-rewrites2,
 * data/german-rewrites, data/german-articles, data/written-revisions and rewrites-dev (docs/quality.md, "Condensations,
 * summaries and easy language"), over the truth pairs of texts of at most 230 words and each text's hardest same-topic
 * negative: with the runs paired from {@value #MODEL_COSINE} (MiniLM) or {@value #SUBWORD_COSINE} (4-grams, German), no
 * negative whose other side has four sentences or more covers more than 0.50 of it with three sentences reached (English)
 * or 0.43 (German, and all pairs of 49 short German page bodies); the simplifications and easy-language versions reach
 * 0.55 to 1. A text of three sentences or fewer is a snippet, not an original to simplify: two of rewrites-dev's
 * model-written snippets of one story, 68 and 88 words, reach each other's every sentence.
 */
public final class SentenceRunRewrite {
  /** The cosine from which a run of short sentences and a long sentence say the same (MiniLM). */
  public static final double MODEL_COSINE = 0.5;
  /** The same for two German texts read by their word parts: the sentence floor of {@code SubwordAlignment}. */
  public static final double SUBWORD_COSINE = 0.25;
  /** The fewest sentences of the text that did not split for it to be read as an original. */
  static final int MIN_ORIGINAL_SENTENCES = 4;
  static final int MIN_REACHED = 3;
  static final double OTHER_COVERAGE = 0.55;
  /**
   * The same for two English texts' runs read by their word parts: on the fit parts the hardest same-topic English pairs'
   * runs reach 0.53 and 0.58 of the other text by word parts (data/simplify-rewrites, data/condense-rewrites), the
   * easy-language versions the model's runs miss 0.71 and 0.83.
   */
  static final double ENGLISH_WORD_PARTS_OTHER_COVERAGE = 0.65;
  static final double SPLIT_COVERAGE = 0.5;

  private SentenceRunRewrite() {}

  /**
   * The side with the short sentences and how many of them a run takes.
   *
   * @param isA whether A split its sentences
   * @param runLength short sentences a run takes ({@link SentenceRuns#runLength})
   */
  public record SplitSide(boolean isA, int runLength) {}

  /**
   * Which side split its sentences, or null when neither side's sentences are short enough beside the other's, or the
   * other side has too few sentences to be an original.
   */
  public static @Nullable SplitSide splitSide(int wordsA, int sentencesA, int wordsB, int sentencesB) {
    if (sentencesA == 0 || sentencesB == 0) {
      return null;
    }
    double meanA = (double) wordsA / sentencesA;
    double meanB = (double) wordsB / sentencesB;
    boolean aSplit = meanA <= meanB;
    double shortMean = Math.min(meanA, meanB);
    double longMean = Math.max(meanA, meanB);
    int originalSentences = aSplit ? sentencesB : sentencesA;
    if (shortMean > SplitSentenceRewrite.SPLIT_SENTENCE_LENGTH * longMean || originalSentences < MIN_ORIGINAL_SENTENCES) {
      return null;
    }
    return new SplitSide(aSplit, SentenceRuns.runLength(shortMean, longMean));
  }

  /** The verdict on the runs of the split side paired with the other's sentences ({@link SentenceRuns#align}). */
  public static Verdict of(SentenceAlignment runs, boolean splitIsA) {
    return of(runs, splitIsA, OTHER_COVERAGE);
  }

  /**
   * The verdict on two English texts' runs paired by their word parts ({@link SentenceRuns#bySubwords}), read when the
   * model's runs fall short (a lower-cased original, an easy version that keeps its original's words but not its
   * sentences): English texts on one subject share more of their words than German ones do, so the runs must reach
   * {@value #ENGLISH_WORD_PARTS_OTHER_COVERAGE} of the other text.
   */
  public static Verdict ofEnglishWordParts(SentenceAlignment runs, boolean splitIsA) {
    return of(runs, splitIsA, ENGLISH_WORD_PARTS_OTHER_COVERAGE);
  }

  private static Verdict of(SentenceAlignment runs, boolean splitIsA, double otherCoverage) {
    int reached = SentenceRuns.reachedSentences(runs, splitIsA);
    double split = splitIsA ? runs.coverageA() : runs.coverageB();
    double other = splitIsA ? runs.coverageB() : runs.coverageA();
    String reason = String.format(Locale.ROOT,
        "one text splits the other's sentences: %d runs of its short sentences close to one of the other's (mean similarity %.2f)"
            + " reach %d of its sentences, covering %.0f%% of it, and hold %.0f%% of the split text",
        runs.pairs().size(), runs.meanSimilarity(), reached, 100 * other, 100 * split);
    if (reached < MIN_REACHED || other < otherCoverage || split < SPLIT_COVERAGE) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    // 0.5 at the floor, 1 with the other text covered whole, as the other sentence readings
    return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (other - otherCoverage) / (1 - otherCoverage), reason);
  }
}
