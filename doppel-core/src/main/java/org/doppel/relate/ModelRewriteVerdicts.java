package org.doppel.relate;

import static org.doppel.relate.RelationClassifier.MIN_ORDER_AGREEMENT;
import static org.doppel.relate.RelationClassifier.SHORT_TEXT_SHORT_SIDE;
import static org.doppel.relate.SharedFactList.factList;

import java.util.Locale;
import org.doppel.ingest.Counted;
import org.doppel.match.FactOverlap;
import org.doppel.match.SentenceAlignment;

/**
 * The verdicts of a pair's second readings, a rewrite as a model reads it, beside {@link RelationClassifier}'s verdicts
 * from the scan's own evidence: the trained sentence-pair judge's on aligned sentences ({@link #judgedRewrite}) or on two
 * short whole texts ({@link #wholeTextRewrite}), and the embedding model's closest sentences backed by the facts both
 * texts state ({@link #factBackedRewrite}), with the tests that say when each is worth asking for. Their thresholds
 * are measured on the development corpus (docs/parameters.md).
 */
public final class ModelRewriteVerdicts {
  /**
   * Judged coverage of the shorter side from which a pair is a rewrite (see {@link #judgedRewrite}; the
   * sentences count from a judge's probability of 0.7, {@code JudgedAlignment}).
   */
  public static final double JUDGED_SHORT_SIDE = 0.6;
  private static final double JUDGED_LONG_SIDE = 0.1;
  private static final int JUDGED_MIN_PAIRS = 3;
  /**
   * A fully reworded rewrite that keeps its original's facts ({@link #factBackedRewrite}): the facts both
   * state, at least {@value #FACT_BACKED_SHARED} and {@value #FACT_BACKED_CONTAINMENT} of those of the side
   * with fewer, and the shorter side's sentences each close to one of the other's (from
   * {@link #FACT_BACKED_COSINE}, {@value #FACT_BACKED_MEAN_COSINE} on average) over
   * {@value #FACT_BACKED_SHORT_SIDE} of its words and {@value #FACT_BACKED_LONG_SIDE} of the longer side's.
   * Without the mean, same-story celebrity articles (which share most names of a couple and their children)
   * passed as often as rewrites. Set on the fit parts of the paragraph windows,
   * the long revisions and the written revisions against, for each document, the other-group document
   * sharing the most rare words (docs/quality.md, fifth round).
   */
  public static final double FACT_BACKED_COSINE = 0.6;
  /**
   * Texts longer than this (either side) are not judged whole. The judge's transformers read 254 word pieces, about
   * 200 words, so of a text of 201–230 words they read the first seven eighths or more: a restyled or simplified
   * rewrite keeps its original's order, so both texts lose a like tail and the judge still reads the same story in
   * both. On the fit parts no hardest same-topic negative of 201–230 words cleared the rule that a rewrite did not
   * clear already, while a restyle of a 219-word text was lost at 200 (docs/quality.md, "Restyled, simplified and
   * prompted rewrites").
   */
  private static final int WHOLE_TEXT_MAX_WORDS = 230;
  private static final double WHOLE_TEXT_VOCABULARY = 0.45;
  private static final double WHOLE_TEXT_SAME = 0.8;
  private static final double WHOLE_TEXT_FACT_CONTAINMENT = 0.5;
  /**
   * A text of at most this share of its partner's words is condensed from it ({@link #wholeTextRewrite}): the judge,
   * trained on sentence pairs of like length, reads a summary as less the same than a rewrite, so it needs only
   * {@value #CONDENSED_WHOLE_TEXT_SAME}. On the fit parts of data/model-rewrites, the paragraph windows, rewrites-dev and
   * the revision sets no such length-mismatched hardest negative with a vocabulary cosine from 0.45 reached 0.2
   * (docs/quality.md, "Condensed, simplified and restyled rewrites").
   */
  private static final double CONDENSED_LENGTH_RATIO = 0.5;
  private static final double CONDENSED_WHOLE_TEXT_SAME = 0.5;
  private static final int FACT_BACKED_SHARED = 4;
  private static final double FACT_BACKED_CONTAINMENT = 0.75;
  private static final double FACT_BACKED_MEAN_COSINE = 0.75;
  private static final double FACT_BACKED_SHORT_SIDE = 0.5;
  private static final double FACT_BACKED_LONG_SIDE = 0.1;

  private ModelRewriteVerdicts() {}

  /**
   * A rewrite as the trained sentence-pair judge reads it ({@link org.doppel.match.JudgedAlignment}): the
   * sentences it calls the same cover at least {@value #JUDGED_SHORT_SIDE} of the shorter document and
   * at least {@value #JUDGED_LONG_SIDE} of the longer (a summary covers only part of its original), in
   * {@value #JUDGED_MIN_PAIRS} sentences at least (fewer when the shorter text has fewer), mostly in the
   * same order. Thresholds set on the rewrites-dev fit part (docs/quality.md).
   */
  public static Verdict judgedRewrite(SentenceAlignment judged, FactOverlap facts) {
    if (judged.isEmpty()) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: the sentence-pair judge found no sentence the same");
    }
    boolean aShorter = judged.wordsA() <= judged.wordsB();
    double shortSide = aShorter ? judged.coverageA() : judged.coverageB();
    double longSide = aShorter ? judged.coverageB() : judged.coverageA();
    long shorterSentences = judged.pairs().stream().map(m -> aShorter ? m.a() : m.b()).distinct().count();
    double meanProbability = judged.meanSimilarity();
    String reason = String.format(Locale.ROOT, "the sentence-pair judge calls %s the same (mean probability %.2f), covering %.0f%% and %.0f%% of the documents, %.0f%% in the same order; %s%s",
        Counted.of(shorterSentences, "sentence"), meanProbability, 100 * judged.coverageA(), 100 * judged.coverageB(), 100 * judged.orderAgreement(),
        Counted.of(facts.shared().size(), "shared fact"), factList(facts));
    boolean enough = shortSide >= JUDGED_SHORT_SIDE && longSide >= JUDGED_LONG_SIDE
        && (shorterSentences >= JUDGED_MIN_PAIRS || shortSide >= SHORT_TEXT_SHORT_SIDE)
        && judged.orderAgreement() >= MIN_ORDER_AGREEMENT;
    if (!enough) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    double z = 8 * (shortSide - JUDGED_SHORT_SIDE) + 4 * (meanProbability - 0.7) + 1;
    return new Verdict(Relation.PARAPHRASE, 1 / (1 + Math.exp(-z)), reason);
  }

  /**
   * Whether two texts are short enough to be judged whole ({@link #wholeTextRewrite}): each of at most
   * {@value #WHOLE_TEXT_MAX_WORDS} words, which the judge's transformers (256 word pieces) read to the end or nearly.
   */
  public static boolean shortEnoughToJudgeWhole(int wordsA, int wordsB) {
    return wordsA > 0 && wordsB > 0 && wordsA <= WHOLE_TEXT_MAX_WORDS && wordsB <= WHOLE_TEXT_MAX_WORDS;
  }

  /**
   * Whether two short texts' vocabularies are close enough (vocabulary-vector cosine from {@value
   * #WHOLE_TEXT_VOCABULARY}) for the judge's answer on them to be worth its two transformers.
   */
  public static boolean closeEnoughToJudgeWhole(double vocabularyCosine) {
    return vocabularyCosine >= WHOLE_TEXT_VOCABULARY;
  }

  /**
   * A short rewrite as the trained sentence-pair judge reads the two whole texts: its probability that they
   * are the same from {@value #WHOLE_TEXT_SAME}, and, as the corroboration same-story texts lack, at least
   * {@value #WHOLE_TEXT_FACT_CONTAINMENT} of the facts of the side with fewer stated by both (texts stating no
   * fact pass on the judge alone). Set on the fit parts of the paragraph windows and rewrites-dev
   * (docs/quality.md, "Eighth pass"); from {@value #CONDENSED_WHOLE_TEXT_SAME} when one text is condensed from the
   * other (at most {@value #CONDENSED_LENGTH_RATIO} of its words).
   */
  public static Verdict wholeTextRewrite(double probability, double vocabularyCosine, FactOverlap facts, int wordsA, int wordsB) {
    boolean condensed = Math.min(wordsA, wordsB) <= CONDENSED_LENGTH_RATIO * Math.max(wordsA, wordsB);
    String reason = String.format(Locale.ROOT, "the sentence-pair judge reads the two whole texts as the same (probability %.2f%s), vocabulary cosine %.2f; %d of %d facts shared%s",
        probability, condensed ? ", one condensed from the other" : "", vocabularyCosine, facts.shared().size(),
        Math.min(facts.distinctA(), facts.distinctB()), factList(facts));
    boolean factsKept = Math.min(facts.distinctA(), facts.distinctB()) == 0 || facts.containment() >= WHOLE_TEXT_FACT_CONTAINMENT;
    double same = condensed ? CONDENSED_WHOLE_TEXT_SAME : WHOLE_TEXT_SAME;
    if (probability < same || !factsKept) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    // 0.5 at the threshold, 1 at certainty, like the other paraphrase scores' decision point
    return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (probability - same) / (1 - same), reason);
  }

  /** Whether the facts two texts share are enough for {@link #factBackedRewrite} to be worth an alignment. */
  public static boolean keepsFacts(FactOverlap facts) {
    return facts.shared().size() >= FACT_BACKED_SHARED && facts.containment() >= FACT_BACKED_CONTAINMENT;
  }

  /**
   * A rewrite that keeps its original's names and numbers and rewords every sentence: the facts both state
   * ({@link #keepsFacts}) and each sentence of the shorter side close to one of the longer side's
   * ({@code closest}, many to one, from {@link #FACT_BACKED_COSINE}), covering most of the shorter side,
   * mostly in order. Same-topic articles share names but rarely most of them, and their sentences rarely
   * all find a close partner.
   */
  public static Verdict factBackedRewrite(SentenceAlignment closest, FactOverlap facts) {
    if (closest.isEmpty() || !keepsFacts(facts)) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: too few shared facts or no close sentences");
    }
    boolean aShorter = closest.wordsA() <= closest.wordsB();
    double shortSide = aShorter ? closest.coverageA() : closest.coverageB();
    double longSide = aShorter ? closest.coverageB() : closest.coverageA();
    String reason = String.format(Locale.ROOT, "%d of %d facts shared%s; %s close to one of the other text's (mean cosine %.2f) covers %.0f%% and %.0f%% of the documents, %.0f%% in the same order",
        facts.shared().size(), Math.min(facts.distinctA(), facts.distinctB()), factList(facts),
        closest.pairs().size() == 1 ? "its one sentence" : "each of " + closest.pairs().size() + " sentences", closest.meanSimilarity(),
        100 * closest.coverageA(), 100 * closest.coverageB(), 100 * closest.orderAgreement());
    boolean enough = shortSide >= FACT_BACKED_SHORT_SIDE && longSide >= FACT_BACKED_LONG_SIDE
        && closest.meanSimilarity() >= FACT_BACKED_MEAN_COSINE && closest.orderAgreement() >= MIN_ORDER_AGREEMENT;
    if (!enough) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    double z = 6 * (shortSide - FACT_BACKED_SHORT_SIDE) + 4 * (facts.containment() - FACT_BACKED_CONTAINMENT)
        + 8 * (closest.meanSimilarity() - FACT_BACKED_MEAN_COSINE) + 1;
    return new Verdict(Relation.PARAPHRASE, 1 / (1 + Math.exp(-z)), reason);
  }
}
