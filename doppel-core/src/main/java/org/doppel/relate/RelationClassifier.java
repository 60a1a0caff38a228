package org.doppel.relate;

import java.util.Locale;
import java.util.List;
import org.doppel.fingerprint.Fact;
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
  private static final double SHORT_TEXT_SHORT_SIDE = 0.8;
  private static final double SHORT_TEXT_LONG_SIDE = 0.5;
  /**
   * Coverage of the shorter side from which the longer side may be covered less than half of
   * {@code rewriteCoverage}: a summary condensed to a fifth of its original covers a fifth of it.
   */
  private static final double CONDENSED_SHORT_SIDE = 0.7;
  private static final double MIN_ORDER_AGREEMENT = 0.5;
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
  private static final double FACT_BACKED_SHORT_SIDE = 0.5;
  private static final double FACT_BACKED_LONG_SIDE = 0.1;
  private static final int FACTS_SHOWN = 6;
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

  /**
   * A rewrite as the trained sentence-pair judge reads it ({@link org.doppel.match.JudgedAlignment}): the
   * sentences it calls the same cover at least {@value #JUDGED_SHORT_SIDE} of the shorter document and
   * at least {@value #JUDGED_LONG_SIDE} of the longer (a summary covers only part of its original), in
   * {@value #JUDGED_MIN_PAIRS} sentences at least (fewer when the shorter text has fewer), mostly in the
   * same order. Thresholds set on the rewrites-dev fit part (docs/quality.md).
   */
  public Verdict judgedRewrite(SentenceAlignment judged, FactOverlap facts) {
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
  public Verdict wholeTextRewrite(double probability, double vocabularyCosine, FactOverlap facts, int wordsA, int wordsB) {
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
  public Verdict factBackedRewrite(SentenceAlignment closest, FactOverlap facts) {
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

  private static String factList(FactOverlap facts) {
    if (facts.shared().isEmpty()) {
      return "";
    }
    // the first FACTS_SHOWN of a stable sort by rank, longer first within a rank, picked one by one: this runs for
    // every pair whose sentences are aligned, most of them unrelated, and a sorted stream cost more than the rest
    List<Fact> shared = facts.shared();
    int n = shared.size();
    int[] rank = new int[n];
    int[] length = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = tellingRank(shared.get(i));
      length[i] = shared.get(i).text().length();
    }
    boolean[] shownAlready = new boolean[n];
    StringBuilder shown = new StringBuilder();
    for (int k = 0; k < Math.min(FACTS_SHOWN, n); k++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!shownAlready[i] && (best < 0 || rank[i] < rank[best] || rank[i] == rank[best] && length[i] > length[best])) {
          best = i;
        }
      }
      shownAlready[best] = true;
      shown.append(k == 0 ? "" : ", ").append(shared.get(best).text());
    }
    return ": " + shown + (n > FACTS_SHOWN ? ", …" : "");
  }

  /**
   * The most telling facts first: quotations, measured numbers ("482 km") and full names ("Pedro
   * Pardo"), then bare numbers and single names, which same-topic articles share more often.
   */
  private static int tellingRank(Fact fact) {
    boolean severalWords = fact.text().indexOf(' ') > 0;
    return switch (fact.kind()) {
      case QUOTE -> 0;
      case NUMBER -> severalWords ? 1 : 3;
      case NAME -> severalWords ? 2 : 4;
    };
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
