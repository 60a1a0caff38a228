package org.doppel.relate;

import java.util.Locale;
import org.doppel.ingest.Counted;
import org.doppel.match.SubwordAlignment;

/**
 * The verdict on two German texts read by their word parts ({@link SubwordAlignment}: character 4-grams of their
 * content words, whole and sentence by sentence), which the English sentence models cannot read; no model is asked.
 * A second reading of a pair whose sentences leave it unrelated (asked by {@code SecondReadings}), as
 * {@link SplitSentenceRewrite} and {@link CondensedSentenceRewrite} are.
 */
public final class SubwordRewrite {
  /**
   * Two German texts are a rewrite when the cosine of their content words' character 4-grams is at least this and
   * their sentences pair over at least {@link #COVERAGE} of the shorter text (data/german-rewrites' fit part:
   * 53 of 55 rewrites, none of the 61 hardest same-subject texts; docs/parameters.md).
   */
  private static final double WHOLE_COSINE = 0.4;
  private static final double COVERAGE = 0.5;
  /**
   * Or, for texts up to {@value #MAX_WORDS} words, a simplification: the sentences the shorter text's are paired
   * with cover at least this share of the longer text, in at least {@value #SPREAD_PAIRS} pairs, at a whole
   * cosine of at least {@value #SPREAD_WHOLE_COSINE}. A simplification splits each long sentence into short
   * ones that draw on part of it, so its own coverage and whole cosine stay low while its pairs spread over the whole
   * original. Fit part of data/german-rewrites: the simplifications 0.53–0.88 of the longer text, the 2,916 pairs of
   * texts of two stories at most 0.26 (docs/quality.md, "Condensed and simplified rewrites, again").
   */
  private static final double SPREAD_COVERAGE = 0.4;
  private static final int SPREAD_PAIRS = 3;
  /** The sentence pairs' own floor ({@link SubwordAlignment}): two texts less alike than two sentences sharing wording are not read. */
  public static final double SPREAD_WHOLE_COSINE = 0.25;
  /** Texts up to this many words are read by their word parts as above (the development texts of data/german-rewrites have 38–220). */
  private static final int MAX_WORDS = 300;
  /**
   * A longer text, up to {@value #LONG_MAX_WORDS} words, needs its sentences paired in order over this share of
   * the shorter text as well ({@link SubwordAlignment#shorterCoverageInOrder}): the whole cosine and the coverage grow
   * with length, since a long text's sentences find partners somewhere in another long text on its subject. Fit part of
   * data/german-articles (articles of 300–650 words): its rewrites from 0.45 in order; 236 real German page bodies that
   * are no rewrites of each other: at most 0.41 among those over the other two thresholds (two recipes); raising the
   * bound alone added 3–10 such pairs (docs/quality.md, "Long German rewrites").
   */
  private static final double IN_ORDER_COVERAGE = 0.43;
  /** Texts up to this many words are read by their word parts at all (rewrites measured to 540 words, bodies that are no rewrites to 6,000). */
  private static final int LONG_MAX_WORDS = 1000;

  private SubwordRewrite() {}

  /** Whether two German texts are short enough to be read by their word parts ({@link #of}): each of at most {@value #LONG_MAX_WORDS} words. */
  public static boolean shortEnough(int wordsA, int wordsB) {
    return wordsA <= LONG_MAX_WORDS && wordsB <= LONG_MAX_WORDS;
  }

  /**
   * A German rewrite as its character 4-grams read it ({@link SubwordAlignment}), for texts the English sentence
   * models cannot: the whole texts' 4-gram cosine from {@value #WHOLE_COSINE} and the shorter text's
   * sentences paired with the longer's over {@value #COVERAGE} of its words. Set on the fit part of
   * data/german-rewrites (docs/quality.md, "German model rewrites"): its rewrites from 0.42 whole (simplifications
   * aside), its hardest same-topic pairs at most 0.33. When either text has more than {@value #MAX_WORDS}
   * words, the sentences must also pair in order over {@value #IN_ORDER_COVERAGE} of the shorter
   * ({@link SubwordAlignment#shorterCoverageInOrder}).
   */
  public static Verdict of(SubwordAlignment subwords) {
    double whole = subwords.wholeCosine();
    double coverage = subwords.shorterCoverage();
    boolean longer = Math.max(subwords.sentences().wordsA(), subwords.sentences().wordsB()) > MAX_WORDS;
    double inOrder = longer ? subwords.shorterCoverageInOrder() : Double.NaN;
    String reason = String.format(Locale.ROOT, "German texts sharing their word parts: character 4-gram cosine %.2f, %s %.0f%% of the shorter",
        whole, Counted.of(subwords.sentences().pairs().size(), "sentence pair") + (subwords.sentences().pairs().size() == 1 ? " covers" : " cover"),
        100 * coverage)
        + (longer ? String.format(Locale.ROOT, ", %.0f%% in order", 100 * inOrder) : "");
    boolean rewritten = whole >= WHOLE_COSINE && coverage >= COVERAGE && !(longer && inOrder < IN_ORDER_COVERAGE);
    if (!rewritten && !longer && simplified(subwords)) {
      // 0.5 at the threshold, 1 with the longer text covered whole
      double spread = subwords.longerCoverage();
      return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (spread - SPREAD_COVERAGE) / (1 - SPREAD_COVERAGE),
          reason + String.format(Locale.ROOT, "; its sentences split from the longer's, whose pairs cover %.0f%% of it", 100 * spread));
    }
    if (!rewritten) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    // 0.5 at the threshold, 1 at identical 4-grams, like the other paraphrase scores' decision point
    return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (whole - WHOLE_COSINE) / (1 - WHOLE_COSINE), reason);
  }

  /** Whether the shorter text's sentences, paired many to one, spread over the longer one ({@link #SPREAD_COVERAGE}). */
  private static boolean simplified(SubwordAlignment subwords) {
    return subwords.wholeCosine() >= SPREAD_WHOLE_COSINE && subwords.sentences().pairs().size() >= SPREAD_PAIRS
        && subwords.longerCoverage() >= SPREAD_COVERAGE;
  }
}
