package org.doppel.relate;

import java.util.Locale;
import org.doppel.match.SentenceAlignment;

/**
 * A simplification read sentence by sentence: it splits its original's long sentences into short ones, each of
 * which draws on part of one. Paired many to one with the original's sentences ({@code closest}: each sentence of the
 * shorter text with its closest of the longer from {@link ModelRewriteVerdicts#FACT_BACKED_COSINE}), a short sentence
 * often stays under the cosine of its long partner, so the shorter text's coverage stays low; but the sentences its
 * pairs reach spread over the whole original, which two texts on one story rarely do.
 *
 * <p>Set on the fit parts of data/model-rewrites and data/simplify-rewrites (docs/quality.md, "Condensed and simplified
 * rewrites, again"): the simplifications' sentences are 0.28–0.6 as long as their original's but for a few, and the
 * sentences their pairs reach cover 0.5 and more of it but for a few; among the hardest same-topic pairs whose shorter
 * text's sentences are at most 0.75 as long as the longer's, that coverage is at most 0.36. From 0.75 instead of
 * {@value #SPLIT_SENTENCE_LENGTH}, rewrites-dev's fit part gained a pair of two stories on one celebrity at 0.74.
 */
public final class SplitSentenceRewrite {
  /** The shorter text's mean sentence length, as a share of the longer's, up to which it split its sentences. */
  static final double SPLIT_SENTENCE_LENGTH = 0.6;
  /** The longer text's words in sentences the shorter's pair with, from this share. */
  static final double LONGER_COVERAGE = 0.5;
  /** The shorter text's words in sentences paired, from this share. */
  static final double SHORTER_COVERAGE = 0.25;
  static final int MIN_PAIRS = 3;

  private SplitSentenceRewrite() {}

  /** Whether the shorter of two texts has split the longer's sentences: its mean sentence length is at most {@value #SPLIT_SENTENCE_LENGTH} of the other's. */
  public static boolean splitsSentences(int wordsA, int sentencesA, int wordsB, int sentencesB) {
    if (sentencesA == 0 || sentencesB == 0) {
      return false;
    }
    boolean aShorter = wordsA <= wordsB;
    double shorterMean = aShorter ? (double) wordsA / sentencesA : (double) wordsB / sentencesB;
    double longerMean = aShorter ? (double) wordsB / sentencesB : (double) wordsA / sentencesA;
    return shorterMean <= SPLIT_SENTENCE_LENGTH * longerMean;
  }

  /** The verdict on two texts of which the shorter split the longer's sentences ({@link #splitsSentences}). */
  public static Verdict of(SentenceAlignment closest) {
    ReachedCoverage covered = ReachedCoverage.of(closest);
    String reason = String.format(Locale.ROOT,
        "the shorter text splits the longer's sentences: %d of its sentences close to one of the other's (mean cosine %.2f) cover %.0f%% of it and reach %.0f%% of the longer",
        closest.pairs().size(), closest.meanSimilarity(), 100 * covered.shorter(), 100 * covered.longer());
    return covered.verdict(closest.pairs().size(), MIN_PAIRS, SHORTER_COVERAGE, LONGER_COVERAGE, reason);
  }
}
