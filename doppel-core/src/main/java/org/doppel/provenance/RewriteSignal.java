package org.doppel.provenance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doppel.document.Span;
import org.doppel.ingest.Counted;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceLink;

/**
 * Edited and spun copies replace ordinary words with odd ones: an article spinner picks a dictionary synonym
 * ("said" becomes "stated", "car" becomes "automobile"), an editor's slip makes a word that exists nowhere
 * else ("teh"). So, inside the shared passages, the words one side has and the other lacks are rarer on the
 * copy's side. Rarity is the natural log of the word's document frequency in the corpus; the original's
 * words also gain from occurring in the original's other copies.
 *
 * <p>The clue points to the side whose differing words are on average more common, when the two means differ
 * by at least {@code margin} (0.3 nats: one side's words occur in about 35% more documents). Measured on
 * reuse-dev with the truth passages: of the 38 near-duplicate and paraphrase pairs with the source in the
 * pair, 35 pass the margin and all of them point the right way (docs/quality.md). Only near-duplicate and
 * paraphrase pairs are judged. Two copies of one original
 * also get a clue (the less edited one looks like the source), which is why the clue is weak.
 *
 * <p>It holds for word-for-word edits only. A language model that rewrites or condenses a text restructures
 * it, and the rarity of its wording points either way: on the fit part of rewrites-dev the clue was wrong on
 * 42% of the model-rewritten articles and on 27% of the rewritten snippets (docs/quality.md). Substitution
 * keeps a text's length (spun copies were 0.9–4% longer), so the clue is given only when the two sides'
 * passages differ in length by less than {@code maxLengthRatio}. Partial pairs get no clue: their verbatim
 * passages differ in a handful of words, and on rewrites-dev those few words pointed the wrong way 7 times
 * out of 9.
 *
 * <p>A paraphrase's differing words come from rewording, where a model's choices are now rarer and now commoner
 * than its source's, so a difference of means is trusted only when it is clear against the spread of the words'
 * rarities: Welch's t ({@code (meanA - meanB) / sqrt(varA / nA + varB / nB)} over the differing words) must reach
 * {@code minT} (1.5: about 7% one-sided for words drawn alike). On data/model-rewrites' fit part the clue alone
 * was right 4 times and backwards 5 times on paraphrases, all below t 1.2; on rewrites-dev's fit part 10 of its 11
 * backwards answers were below 1.13, while reuse-dev's spun paraphrases reach t 3.9 to 11 (docs/quality.md,
 * "Direction never backwards"). A near-duplicate's few differing words are substitutions in place, where the clue was built for,
 * but a handful of words decides nothing either: its difference must reach {@code minTNearDuplicate} (1: at least one
 * standard error). On the generated corpus g20k-s7, whose near-duplicates swap random words, the margin alone was
 * backwards on 327 of 1,450 answers and the floor of 1 on 110 of 805; on data/model-rewrites' fit part it removes the
 * one backwards polish (t 0.94); reuse-dev's edited copies reach t 0.8 to 3.6, and its two below 1 turn unknown
 * (docs/quality.md, "Direction never backwards, near-duplicates and facts").
 *
 * <p>A simplification replaces rare words with common ones too, the other way round: the commoner side is the copy. What
 * tells it from a spin or an edit is its sentences: a simplifier splits them ("one idea per sentence"), while a spinner
 * or an editor substitutes words in place and keeps them. So no clue is given when the side the rarity would call the
 * original has sentences shorter, on average, than {@code maxSentenceShortening} times the other side's. On the fit
 * parts of the development sets the rarity answers whose named original had sentences under 0.75 of the other's were
 * backwards 5 times (3 simplifications, a model-rewritten article, a rewrites-dev paraphrase) and right twice, while
 * reuse-dev's spun and edited copies keep 0.96–3.7; g20k-s7 loses 5 of its 2,043 right answers (docs/quality.md,
 * "Simplified texts named as originals").
 *
 * <p>A paraphrase whose sentences were split or merged (a sentence of one side linked to two of the other) was
 * restructured, as a model rewrites, not substituted word for word; when, besides, the side the clue names as the
 * copy states more facts the other lacks than the other way (fewer than the facts clue needs), the clue may support
 * or contradict other clues but not decide alone ({@link DirectionClue#decidesAlone()}). On the fit parts pooled,
 * the clue alone in that context was backwards on all 3 of its answers on data/article-rewrites (whole articles a
 * model rewrote or simplified, t 1.7 to 3.4) and on 1 of 2 on rewrites-dev, right on 51 of 53 on the generated
 * corpus; spun copies keep their sentences (docs/quality.md, "Direction: calibrated abstention").
 *
 * <p>A near-duplicate with fewer than {@code minWordsNearDuplicate} (4) differing words on one side is a cut or a few
 * words added, not word-for-word substitution: the words a cut drops are content words (rare), the glue a writer adds is
 * common, so rarity names the cut as the original, and three words give Welch's t no spread worth reading. On the fit
 * parts, reuse-dev and g20k-s7 pooled, the near-duplicate answers rarity gave alone with fewer than 4 words on a side were
 * backwards on 1 of 1 in the development sets (a cut encyclopaedia text of data/short-revisions) and on 23 of 74 on
 * g20k-s7 (31%, against 12% over its other near-duplicates); reuse-dev's have at least 8 (docs/quality.md, "Direction:
 * substitutions, cuts and cohesion").
 *
 * <p>The facts test applies to a paraphrase whose sentences were kept too, when the rarity is not a spinner's: below
 * {@code maxTFactsAgainst} (3) in Welch's t, a paraphrase's clue whose named copy states more facts the other lacks may
 * not decide alone. A reviser or a simplifier who keeps each sentence makes the wording commoner and drops a fact or
 * two; a spinner's rarer words stand out far more (reuse-dev's paraphrase answers given alone reach t 3.9 to 11). On the fit parts that
 * context's answers given alone were backwards on 2 of 2 (a light revision of data/short-revisions, a formal
 * simplification of data/simplify-rewrites, t 2.1 and 2.4), right on 13 of 13 on g20k-s7, none on rewrites-dev or
 * reuse-dev (docs/quality.md, "Direction: substitutions, cuts and cohesion").
 *
 * <p>The sign of the rarity depends on the manner of rewriting: a spinner's and many polishing models' words are rarer
 * than the source's, a simplifier's, a reviser's and many rewriting models' commoner. Where a paraphrase's sentences were
 * kept one for one the sign held across the manners of the development sets; where they were split or merged it did
 * not. On every found truth paraphrase of the fit parts whose passages kept their length (the only ones the clue
 * judges), the commoner side was the original on 23 and the copy on 21 of the restructured pairs, against 90 and 16 of
 * those with sentences kept (51 and 4 from t 1.5, the 4 caught by the rules above), over spun, plain, condensed and
 * restyled written rewrites, polishing, rewriting and simplifying models and revising students. So, unless
 * {@code restructuredDecidesAlone}, a restructured paraphrase's clue may support or contradict other clues but not
 * decide alone, whatever its t and its facts (docs/quality.md, "Direction across manners of rewriting").
 *
 * <p>A near-duplicate made by cutting and pasting has the rarity backwards for any count of words: the words the cut
 * dropped are the source's content (names, terms: rare), the words that glue the cut are common, so rarity names the cut
 * as the original. What tells a cut from a substitution is the shape of the edit: a word-level diff of each passage
 * ({@link EditShape}) leaves a substitution's words in runs that face words on the other side, and a cut's in runs of
 * {@value #CUT_RUN_WORDS} or more words that face nothing. When at least {@code minCutShareNotAlone} of the unmatched
 * words lie in such runs (0.6), a near-duplicate's clue may support or contradict other clues but not decide alone. On
 * the fit parts the found truth near-duplicates at the margin whose passages kept their length were, from a share of 0.5,
 * data/short-revisions' cuts only (0 right / 3 backwards, shares 0.95 and 1; the fit cuts all reach 0.67); reuse-dev's
 * edited copies stay under 0.36, g20k-s7's near-duplicates under 0.59 (one at 0.58, the rest under 0.18), and 9 planted
 * paraphrases that its {@code --copies-only} scan reports as near-duplicates, all right, at 0.50 to 0.58
 * (docs/quality.md, "Direction on cut-and-paste near-duplicates").
 */
public final class RewriteSignal implements DirectionSignal {
  private final WordFrequencies frequencies;
  private final double margin;
  private final double maxLengthRatio;
  private final double minT;
  private final double minTNearDuplicate;
  private final double maxSentenceShortening;
  private final int minWordsNearDuplicate;
  private final double maxTFactsAgainst;
  private final boolean restructuredDecidesAlone;
  private final double minCutShareNotAlone;

  /** The least words of a one-sided run of an edit that counts as cut or pasted: a clause, not a word or two swapped. */
  static final int CUT_RUN_WORDS = 3;

  /**
   * @param frequencies document frequencies of the corpus's words
   * @param margin least difference of mean log document frequency, {@code >= 0}
   * @param maxLengthRatio the longer side's passage words over the shorter side's must stay below this, {@code > 1}
   * @param minT least Welch's t of the difference for a paraphrase pair, {@code >= 0} (0: the margin alone)
   * @param minTNearDuplicate least Welch's t for a near-duplicate pair, {@code >= 0} (0: the margin alone)
   * @param maxSentenceShortening no clue when the would-be original's mean sentence length is under this share of the
   *     other side's, in {@code [0, 1]} (0: never withheld)
   */
  RewriteSignal(WordFrequencies frequencies, double margin, double maxLengthRatio, double minT, double minTNearDuplicate,
      double maxSentenceShortening) {
    this(frequencies, margin, maxLengthRatio, minT, minTNearDuplicate, maxSentenceShortening, 0, 0);
  }

  /**
   * As above, and a near-duplicate's clue needs at least {@code minWordsNearDuplicate} differing words on each side (0:
   * no floor beyond Welch's t); a paraphrase's clue whose named copy states more facts the other lacks may not decide
   * alone when its Welch's t is under {@code maxTFactsAgainst}, whether or not the sentences were restructured (0: only
   * when restructured).
   */
  RewriteSignal(WordFrequencies frequencies, double margin, double maxLengthRatio, double minT, double minTNearDuplicate,
      double maxSentenceShortening, int minWordsNearDuplicate, double maxTFactsAgainst) {
    this(frequencies, margin, maxLengthRatio, minT, minTNearDuplicate, maxSentenceShortening, minWordsNearDuplicate,
        maxTFactsAgainst, true);
  }

  /**
   * As above, and when {@code restructuredDecidesAlone} is false a paraphrase whose sentences were split or merged gets a
   * clue that may not decide alone, whatever its t and its facts.
   */
  RewriteSignal(WordFrequencies frequencies, double margin, double maxLengthRatio, double minT, double minTNearDuplicate,
      double maxSentenceShortening, int minWordsNearDuplicate, double maxTFactsAgainst, boolean restructuredDecidesAlone) {
    this(frequencies, margin, maxLengthRatio, minT, minTNearDuplicate, maxSentenceShortening, minWordsNearDuplicate,
        maxTFactsAgainst, restructuredDecidesAlone, 0);
  }

  /**
   * As above, and a near-duplicate's clue may not decide alone when at least {@code minCutShareNotAlone} of the words its
   * passages' diff leaves unmatched lie in one-sided runs of {@value #CUT_RUN_WORDS} or more words (a cut), in
   * {@code [0, 1]} (0: never).
   */
  public RewriteSignal(WordFrequencies frequencies, double margin, double maxLengthRatio, double minT, double minTNearDuplicate,
      double maxSentenceShortening, int minWordsNearDuplicate, double maxTFactsAgainst, boolean restructuredDecidesAlone,
      double minCutShareNotAlone) {
    if (!(minCutShareNotAlone >= 0 && minCutShareNotAlone <= 1)) {
      throw new IllegalArgumentException("minCutShareNotAlone must be in [0, 1], got " + minCutShareNotAlone);
    }
    this.minCutShareNotAlone = minCutShareNotAlone;
    if (!(margin >= 0)) {
      throw new IllegalArgumentException("margin must be >= 0, got " + margin);
    }
    if (!(maxLengthRatio > 1)) {
      throw new IllegalArgumentException("maxLengthRatio must be > 1, got " + maxLengthRatio);
    }
    if (!(minT >= 0)) {
      throw new IllegalArgumentException("minT must be >= 0, got " + minT);
    }
    if (!(minTNearDuplicate >= 0)) {
      throw new IllegalArgumentException("minTNearDuplicate must be >= 0, got " + minTNearDuplicate);
    }
    if (!(maxSentenceShortening >= 0 && maxSentenceShortening <= 1)) {
      throw new IllegalArgumentException("maxSentenceShortening must be in [0, 1], got " + maxSentenceShortening);
    }
    this.frequencies = frequencies;
    this.margin = margin;
    this.maxLengthRatio = maxLengthRatio;
    this.minT = minT;
    this.minTNearDuplicate = minTNearDuplicate;
    this.maxSentenceShortening = maxSentenceShortening;
    if (minWordsNearDuplicate < 0) {
      throw new IllegalArgumentException("minWordsNearDuplicate must be >= 0, got " + minWordsNearDuplicate);
    }
    this.minWordsNearDuplicate = minWordsNearDuplicate;
    if (!(maxTFactsAgainst >= 0)) {
      throw new IllegalArgumentException("maxTFactsAgainst must be >= 0, got " + maxTFactsAgainst);
    }
    this.maxTFactsAgainst = maxTFactsAgainst;
    this.restructuredDecidesAlone = restructuredDecidesAlone;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    Relation relation = pair.pair().relation();
    if ((relation != Relation.NEAR_DUPLICATE && relation != Relation.PARAPHRASE) || pair.pair().passages().isEmpty()
        || !frequencies.isLargeEnough()) {
      return List.of();
    }
    long lengthA = pair.pair().passages().stream().mapToLong(Passage::wordsA).sum();
    long lengthB = pair.pair().passages().stream().mapToLong(Passage::wordsB).sum();
    if (Math.max(lengthA, lengthB) >= maxLengthRatio * Math.min(lengthA, lengthB)) {
      return List.of(); // restructured, not substituted: rarity says nothing about who rewrote whom
    }
    // each side's passage words (a word in two passages counts twice), and the words one side has more often
    // each passage's words on each side, kept for the edit's shape (cutNotAlone), which diffs passage by passage
    List<Passage> passages = pair.pair().passages();
    long[][] insideA = new long[passages.size()][];
    long[][] insideB = new long[passages.size()][];
    for (int k = 0; k < passages.size(); k++) {
      insideA[k] = PassageWords.hashesInside(pair.wordsA(), passages.get(k).a());
      insideB[k] = PassageWords.hashesInside(pair.wordsB(), passages.get(k).b());
    }
    DifferingWordRarity rarity = DifferingWordRarity.of(WordCountDifferences.of(
        PassageWords.concatenated(insideA), PassageWords.concatenated(insideB)), frequencies);
    if (!rarity.bothSides()) {
      return List.of(); // one side only drops or only adds words: no reworded words to compare
    }
    if (relation == Relation.NEAR_DUPLICATE && Math.min(rarity.wordsA(), rarity.wordsB()) < minWordsNearDuplicate) {
      return List.of(); // a cut or a few added words, not substitutions: too few words on one side to compare rarity
    }
    if (Math.abs(rarity.difference()) < margin) {
      return List.of();
    }
    double floor = relation == Relation.PARAPHRASE ? minT : minTNearDuplicate;
    if (floor > 0 && !rarity.clearAgainstSpread(floor)) {
      return List.of(); // the difference is within the spread of the words' rarities
    }
    boolean aOriginal = rarity.meanA() > rarity.meanB();
    if (simplified(pair, aOriginal)) {
      return List.of(); // the commoner side split its sentences: a simplification of the other, not its source
    }
    SourceText original = aOriginal ? pair.a() : pair.b();
    SourceText copy = pair.other(original);
    DirectionClue clue = new DirectionClue("rewrite", original.id(), false, String.format(Locale.ROOT,
        "%s's %d differing words are rarer in the corpus (mean ln df %.2f) than %s's %d (%.2f)", copy.id(),
        aOriginal ? rarity.wordsB() : rarity.wordsA(), aOriginal ? rarity.meanB() : rarity.meanA(), original.id(),
        aOriginal ? rarity.wordsA() : rarity.wordsB(), aOriginal ? rarity.meanA() : rarity.meanB()));
    return List.of(relation == Relation.NEAR_DUPLICATE ? cutNotAlone(clue, insideA, insideB)
        : paraphraseNotAlone(clue, pair, rarity, original.id(), copy.id()));
  }

  /** A near-duplicate's clue, which may not decide alone when the edit is a cut. */
  private DirectionClue cutNotAlone(DirectionClue clue, long[][] insideA, long[][] insideB) {
    if (minCutShareNotAlone > 0) {
      double cutShare = editShape(insideA, insideB).cutShare();
      if (cutShare >= minCutShareNotAlone) {
        // a cut: the source's dropped content is rare, the cut's glue common, so rarity names the cut as the original
        return clue.notAlone(String.format(Locale.ROOT,
            "cut and pasted: %.0f%% of the words the edit changed lie in runs one side dropped or added whole; alone it"
                + " decides nothing", 100 * cutShare));
      }
    }
    return clue;
  }

  /**
   * A paraphrase's clue, which may not decide alone when the rewrite was restructured, or when its named copy states
   * more facts the other lacks and the rarity is no spinner's.
   */
  private DirectionClue paraphraseNotAlone(DirectionClue clue, PairContext pair, DifferingWordRarity rarity, String original,
      String copy) {
    if (splitOrMerged(pair.pair().sentences())) {
      int lead = pair.missingFacts().leadOf(pair, original);
      if (lead < 0) {
        return clue.notAlone(String.format(Locale.ROOT,
            "restructured, and %s states %s that %s lacks than the other way round: alone it decides nothing",
            copy, Counted.of(-lead, "more fact"), original));
      }
      if (!restructuredDecidesAlone) {
        // split or merged sentences: a rewriter's, whose wording is as often commoner as rarer than its source's
        return clue.notAlone("restructured: sentences split or merged, where rarity points either way; alone it"
            + " decides nothing");
      }
    } else if (maxTFactsAgainst > 0) {
      // sentences kept: a spinner's or a reviser's; a reviser who makes the wording commoner drops facts too
      double t = rarity.welchT();
      int lead = pair.missingFacts().leadOf(pair, original);
      if (lead < 0 && t < maxTFactsAgainst) {
        return clue.notAlone(String.format(Locale.ROOT,
            "%s states %s that %s lacks than the other way round, and the rarity is no spinner's (t %.1f): alone it"
                + " decides nothing", copy, Counted.of(-lead, "more fact"), original, t));
      }
    }
    return clue;
  }

  /**
   * Whether a sentence of either side is linked to two or more of the other: the rewrite split or merged sentences,
   * which a model does and a word-for-word substitution does not.
   */
  static boolean splitOrMerged(List<SentenceLink> links) {
    Set<Span> seenA = new HashSet<>();
    Set<Span> seenB = new HashSet<>();
    for (SentenceLink link : links) {
      if (!seenA.add(link.a()) || !seenB.add(link.b())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The edit's shape over the pair's passages, each side's words inside each passage ({@code insideA[k]},
   * {@code insideB[k]} for passage k) diffed against the other's.
   */
  private static EditShape editShape(long[][] insideA, long[][] insideB) {
    EditShape shape = EditShape.NONE;
    for (int k = 0; k < insideA.length; k++) {
      shape = shape.plus(EditShape.of(insideA[k], insideB[k], CUT_RUN_WORDS));
    }
    return shape;
  }

  private boolean simplified(PairContext pair, boolean aOriginal) {
    if (maxSentenceShortening == 0) {
      return false;
    }
    double lengthA = meanSentenceLength(pair.wordsA().size(), pair.sentencesA().size());
    double lengthB = meanSentenceLength(pair.wordsB().size(), pair.sentencesB().size());
    return aOriginal ? lengthA < maxSentenceShortening * lengthB : lengthB < maxSentenceShortening * lengthA;
  }

  private static double meanSentenceLength(int words, int sentences) {
    return sentences == 0 ? words : (double) words / sentences;
  }
}
