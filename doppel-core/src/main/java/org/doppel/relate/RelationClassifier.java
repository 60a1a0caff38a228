package org.doppel.relate;

import static org.doppel.relate.SharedFactList.factList;

import java.util.Locale;
import org.doppel.ingest.Counted;
import org.doppel.match.Alignment;
import org.doppel.match.FactOverlap;
import org.doppel.match.SentenceAlignment;

/**
 * Decides the relation of a pair from its evidence. The rules and their thresholds are measured on
 * the development corpus (docs/parameters.md):
 * <ul>
 *   <li>exact: identical normalised content;
 *   <li>near-duplicate: passages cover at least {@code nearCoverage} of both documents and at least
 *       {@code nearDensity} of the covered words are in exact shared seeds (a reworded article covers
 *       as much but with far fewer exact seeds);
 *   <li>partial: verbatim passages, without the coverage of a near-duplicate on both sides and
 *       without being reworded throughout;
 *   <li>paraphrase: reworded sentences cover at least {@code rewriteCoverage} of the shorter document
 *       and a fair part of the longer one (any part, when they cover most of the shorter one: a
 *       condensed rewrite), in mostly the same order, in three sentence pairs at least (or fewer, when
 *       they cover most of two short texts). Its
 *       score is a logistic function of that coverage, the sentences' similarity and the share of
 *       facts both state, so that a same-topic article, which shares names but not sentences,
 *       stays unrelated: topic similarity is not reuse.
 * </ul>
 */
public final class RelationClassifier {
  private static final int MIN_SENTENCE_PAIRS = 3;
  /**
   * Coverage of both sides from which fewer than {@link #MIN_SENTENCE_PAIRS} aligned pairs make a rewrite:
   * a rewritten news snippet is one or two sentences long (rewrites-dev fit part: 94% of the snippet
   * rewrites, 0.9% of the hardest same-topic negatives accepted).
   */
  static final double SHORT_TEXT_SHORT_SIDE = 0.8;
  private static final double SHORT_TEXT_LONG_SIDE = 0.5;
  /**
   * Coverage of the shorter side from which the longer side may be covered less than half of
   * {@code rewriteCoverage}: a summary condensed to a fifth of its original covers a fifth of it.
   */
  private static final double CONDENSED_SHORT_SIDE = 0.7;
  static final double MIN_ORDER_AGREEMENT = 0.5;
  /**
   * Mean word overlap below which sentences aligned on words alone (no model asked, or none of their pairs
   * judged by it) are no rewrite: each pair barely clears the overlap that aligns sentences without the
   * model, as the sentences of two same-story texts do ("Selena", "Justin", "source", "love"). On the
   * rewrites-dev fit part such paraphrases were 29 wrong pairs to 13 right (docs/quality.md, fifth round),
   * most of the wrong ones two snippets of one news item kept as two groups; within one group's part it
   * removes more right pairs (siblings) than wrong ones. Spun copies (reuse-dev) average 0.64 and more, the
   * seeds' pair 0.49.
   */
  static final double LEXICAL_MEAN_FLOOR = 0.38;
  /** Passage coverage of a document that is taken whole (edits at its edges aside). */
  private static final double WHOLE = 0.9;
  /** Coverage of a whole copy that has one foreign paragraph added: 0.65 leaves room for a paragraph of a third of the copy. */
  private static final double ADDED_PARAGRAPH_COVERAGE = 0.65;
  private final double nearCoverage;
  private final double nearDensity;
  private final double rewriteCoverage;

  /**
   * @param nearCoverage passage coverage of both documents from which a pair may be a near-duplicate
   * @param nearDensity share of exactly seeded words from which a covered pair is a near-duplicate
   * @param rewriteCoverage aligned-sentence coverage of the shorter document from which a reworded
   *     pair may be a paraphrase; also the verbatim coverage from which loosely seeded passages are
   *     read as a rewrite rather than as a partial copy
   */
  public RelationClassifier(double nearCoverage, double nearDensity, double rewriteCoverage) {
    this.nearCoverage = nearCoverage;
    this.nearDensity = nearDensity;
    this.rewriteCoverage = rewriteCoverage;
  }

  public static RelationClassifier defaults() {
    return new RelationClassifier(0.75, 0.88, 0.3);
  }

  public Verdict classify(PairEvidence evidence) {
    Alignment alignment = evidence.alignment();
    if (evidence.sameContent()) {
      return new Verdict(Relation.EXACT, 1.0, "identical text once metadata lines are set aside");
    }
    boolean reworded = false;
    if (!alignment.isEmpty()) {
      double coverA = alignment.coverageA();
      double coverB = alignment.coverageB();
      double density = alignment.density();
      double minCover = Math.min(coverA, coverB);
      if (isNearCoverage(coverA, coverB) && density >= nearDensity) {
        return new Verdict(Relation.NEAR_DUPLICATE, clamp(minCover * density), passageNumbers(evidence));
      }
      reworded = minCover >= rewriteCoverage && density < nearDensity;
      if (!reworded) {
        return new Verdict(Relation.PARTIAL, clamp(Math.max(coverA, coverB) * density), passageNumbers(evidence));
      }
    }
    return rewrite(evidence, reworded);
  }

  /** A copy's reason, made only for the verdicts that give it: a pair reworded throughout goes on to {@link #rewrite}. */
  private static String passageNumbers(PairEvidence evidence) {
    return passageNumbers(evidence, "");
  }

  /** @param runsNote said of the exact shared runs ({@link #editedCopy}: " (edited throughout)") */
  private static String passageNumbers(PairEvidence evidence, String runsNote) {
    Alignment alignment = evidence.alignment();
    // "passages cover %.0f%% and %.0f%% of the documents, %.0f%% of their words in exact shared runs%s, shingle Jaccard
    // %.2f", written without a Formatter (FixedDecimals)
    StringBuilder reason = new StringBuilder(128).append("passages cover ");
    FixedDecimals.append(reason, 100 * alignment.coverageA(), 0).append("% and ");
    FixedDecimals.append(reason, 100 * alignment.coverageB(), 0).append("% of the documents, ");
    FixedDecimals.append(reason, 100 * alignment.density(), 0).append("% of their words in exact shared runs").append(runsNote)
        .append(", shingle Jaccard ");
    return FixedDecimals.append(reason, evidence.overlap().jaccard(), 2).toString();
  }

  /**
   * The verdict for a pair whose passages are reworded throughout when it is not found to be a
   * rewrite (rewrite detection is off, or its sentences do not make one): a copy with a fifth of its
   * words edited is still a copy. With a near-duplicate's coverage it is an edited near-duplicate;
   * otherwise it stays unrelated, as before: a rewrite that covers less (the seeds' 001 and 002
   * share 37–41% in loose runs) is for rewrite detection to judge, not a partial copy.
   */
  public Verdict editedCopy(PairEvidence evidence) {
    Alignment alignment = evidence.alignment();
    if (alignment.isEmpty()) {
      return new Verdict(Relation.UNRELATED, 0, "no shared passage");
    }
    double coverA = alignment.coverageA();
    double coverB = alignment.coverageB();
    double density = alignment.density();
    String numbers = passageNumbers(evidence, " (edited throughout)");
    if (isNearCoverage(coverA, coverB)) {
      return new Verdict(Relation.NEAR_DUPLICATE, clamp(Math.min(coverA, coverB) * density), numbers);
    }
    return new Verdict(Relation.UNRELATED, 0, "not a copy: reworded throughout without a near-duplicate's coverage; " + numbers);
  }

  /**
   * Passages cover both documents nearly whole, or one whole and most of the other: a copy with a
   * paragraph dropped or a foreign paragraph of up to a third of its length added is a
   * near-duplicate; a few paragraphs set into another article are not.
   */
  private boolean isNearCoverage(double coverA, double coverB) {
    double min = Math.min(coverA, coverB);
    return min >= nearCoverage || (Math.max(coverA, coverB) >= Math.max(WHOLE, nearCoverage) && min >= ADDED_PARAGRAPH_COVERAGE);
  }

  /**
   * Probability-like score that the pair is a rewrite, from the aligned sentences and shared facts: the logistic of
   * {@code z = 10 (c − rewriteCoverage − 0.15) + 3 (s − 0.5) + 2 (f − 0.3)}, for the shorter side's aligned coverage
   * c, the sentences' mean similarity s and the share of facts both state f. Weights and centres were set on the
   * development corpus; 0.5 is the decision point: with the default rewriteCoverage 0.3, a pair whose sentences cover
   * 0.45 of the shorter side at a mean similarity of 0.5 and 0.3 of its facts shared scores 0.5, and each further
   * 0.1 of coverage adds 1 to z (0.73), each 0.1 of similarity 0.3, each 0.1 of facts 0.2.
   */
  public double rewriteScore(SentenceAlignment sentences, FactOverlap facts) {
    double shortSide = sentences.wordsA() <= sentences.wordsB() ? sentences.coverageA() : sentences.coverageB();
    double z = COVERAGE_WEIGHT * (shortSide - rewriteCoverage - COVERAGE_MARGIN) + SIMILARITY_WEIGHT * (sentences.meanSimilarity() - SIMILARITY_CENTRE)
        + FACTS_WEIGHT * (facts.containment() - FACTS_CENTRE);
    return 1 / (1 + Math.exp(-z));
  }

  /** The weights and centres of {@link #rewriteScore}'s logistic. */
  private static final double COVERAGE_WEIGHT = 10;
  private static final double COVERAGE_MARGIN = 0.15;
  private static final double SIMILARITY_WEIGHT = 3;
  private static final double SIMILARITY_CENTRE = 0.5;
  private static final double FACTS_WEIGHT = 2;
  private static final double FACTS_CENTRE = 0.3;

  private Verdict rewrite(PairEvidence evidence, boolean rewordedThroughout) {
    SentenceAlignment sentences = evidence.sentences();
    if (sentences.isEmpty()) {
      return new Verdict(Relation.UNRELATED, 0, rewordedThroughout ? "reworded throughout, but no sentence alignment was made" : "no shared passage");
    }
    double coverA = sentences.coverageA();
    double coverB = sentences.coverageB();
    double shortSide = sentences.wordsA() <= sentences.wordsB() ? coverA : coverB;
    double longSide = sentences.wordsA() <= sentences.wordsB() ? coverB : coverA;
    double score = rewriteScore(sentences, evidence.facts());
    String reason = Counted.of(sentences.pairs().size(), "reworded sentence pair") + String.format(Locale.ROOT,
        " %s %.0f%% and %.0f%% of the documents (mean similarity %.2f, %.0f%% in the same order%s); %s%s",
        sentences.pairs().size() == 1 ? "covers" : "cover", 100 * coverA, 100 * coverB, sentences.meanSimilarity(), 100 * sentences.orderAgreement(),
        sentences.modelCalls() > 0 ? ", " + Counted.of(sentences.modelCalls(), "sentence pair") + " judged by the embedding model" : "",
        Counted.of(evidence.facts().shared().size(), "shared fact"), factList(evidence.facts()));
    boolean enoughPairs = sentences.pairs().size() >= MIN_SENTENCE_PAIRS
        || (shortSide >= SHORT_TEXT_SHORT_SIDE && longSide >= SHORT_TEXT_LONG_SIDE);
    boolean longSideCovered = longSide >= rewriteCoverage / 2 || shortSide >= CONDENSED_SHORT_SIDE;
    boolean wordsOnly = sentences.pairs().stream().allMatch(match -> Double.isNaN(match.semantic()));
    boolean weakWords = wordsOnly && sentences.meanSimilarity() < LEXICAL_MEAN_FLOOR;
    boolean enough = enoughPairs && shortSide >= rewriteCoverage && longSideCovered
        && sentences.orderAgreement() >= MIN_ORDER_AGREEMENT && !weakWords;
    if (enough && score >= 0.5) {
      return new Verdict(Relation.PARAPHRASE, score, reason);
    }
    return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
