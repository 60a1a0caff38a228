package org.doppel.relate;

import java.util.Locale;
import org.doppel.match.SentenceAlignment;

/**
 * A condensation read sentence by sentence: a text of a third of its original's length or so merges several of the
 * original's sentences into each of its own, so one of its sentences often stands for three or four, and no reading that
 * pairs its sentences one to one (or counts its sentences) finds enough pairs. Paired the other way round
 * ({@code closest}: each sentence of the longer text with its closest of the shorter's from
 * {@link ModelRewriteVerdicts#FACT_BACKED_COSINE}), the sentences the condensation draws on each find it, and they spread
 * over much of the original.
 *
 * <p>Set on the fit parts of data/model-rewrites2, data/model-rewrites and rewrites-dev (docs/quality.md, "Condensed web
 * passages"): of the condensations (0.26–0.41 of their original's words), most reach 0.5 of the original with three pairs
 * or more; the hardest same-topic negatives of a short and a longer text (other groups' texts sharing the most rare
 * words) reach at most two sentences from 0.6. Paragraph windows of one celebrity's stories (rewrites-dev's, fit part)
 * do reach three and more, but then leave one of the short text's sentences unreached, hence every sentence reached.
 */
public final class CondensedSentenceRewrite {
  /** The shorter text's words, as a share of the longer's, up to which it is read as a condensation. */
  static final double CONDENSED_LENGTH = 0.4;
  /** The longer text's words in sentences paired, from this share. */
  static final double LONGER_COVERAGE = 0.5;
  /**
   * The shorter text's words in sentences reached, from this share: all of them. Each sentence of a condensation stands
   * for some of its original's; a short text on the same story that shares one sentence's worth does not.
   */
  static final double SHORTER_COVERAGE = 1.0;
  static final int MIN_PAIRS = 3;
  /**
   * The cosine from which a sentence of the original and one of a condensation of two sentences or more, of an original of
   * {@value #MIN_ORIGINAL_SENTENCES} or more, say the same: a summary of two or three sentences folds four or five of the
   * original's into each, and MiniLM gives such a sentence and each of those it stands for 0.5–0.6, under
   * {@link ModelRewriteVerdicts#FACT_BACKED_COSINE}. Set on the fit parts (docs/quality.md, "Easy language and summaries, a
   * third round"): over every fit pair of texts of at most 230 words whose shorter is at most {@value #CONDENSED_LENGTH}
   * of the longer (165,271 pairs, 161,204 of them rewrites-dev's), pairing from 0.5 for every shape passes 60 more
   * cross-group pairs, 59 of them a one-sentence text beside a three- or four-sentence one on the same celebrity; with
   * these sentence counts, one more, and the scan adds no wrong pair on any development set.
   */
  public static final double SHAPED_COSINE = 0.5;
  static final int MIN_ORIGINAL_SENTENCES = 4;
  static final int MIN_CONDENSED_SENTENCES = 2;

  private CondensedSentenceRewrite() {}

  /**
   * The cosine from which the longer text's sentences are paired with the shorter's: {@value #SHAPED_COSINE} when the
   * shorter has {@value #MIN_CONDENSED_SENTENCES} sentences or more and the longer {@value #MIN_ORIGINAL_SENTENCES} or more,
   * else {@link ModelRewriteVerdicts#FACT_BACKED_COSINE}.
   */
  public static double minCosine(int sentencesA, int sentencesB, boolean aLonger) {
    int longer = aLonger ? sentencesA : sentencesB;
    int shorter = aLonger ? sentencesB : sentencesA;
    return shorter >= MIN_CONDENSED_SENTENCES && longer >= MIN_ORIGINAL_SENTENCES ? SHAPED_COSINE : ModelRewriteVerdicts.FACT_BACKED_COSINE;
  }

  /** Whether the shorter of two texts is short enough beside the other to be its condensation: at most {@value #CONDENSED_LENGTH} of its words. */
  public static boolean condenses(int wordsA, int wordsB) {
    return wordsA > 0 && wordsB > 0 && Math.min(wordsA, wordsB) <= CONDENSED_LENGTH * Math.max(wordsA, wordsB);
  }

  /** The verdict on a condensation's sentences paired from the longer side ({@code ClosestSentences.ofLonger}). */
  public static Verdict of(SentenceAlignment closest) {
    ReachedCoverage covered = ReachedCoverage.of(closest);
    String reason = String.format(Locale.ROOT,
        "the shorter text condenses the longer: %d of the longer's sentences close to one of its own (mean cosine %.2f) cover %.0f%% of the longer and reach %.0f%% of the shorter",
        closest.pairs().size(), closest.meanSimilarity(), 100 * covered.longer(), 100 * covered.shorter());
    return covered.verdict(closest.pairs().size(), MIN_PAIRS, SHORTER_COVERAGE, LONGER_COVERAGE, reason);
  }
}
