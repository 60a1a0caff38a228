package org.doppel;

import java.util.Objects;
import org.doppel.fingerprint.DocumentVectorizer;
import org.doppel.document.Document;
import org.doppel.document.EasyReadLayout;
import org.doppel.match.ClosestSentences;
import org.doppel.match.FactOverlap;
import org.doppel.match.JudgedAlignment;
import org.doppel.match.SemanticSimilarity;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceRuns;
import org.doppel.match.SubwordAlignment;
import org.doppel.match.TextJudge;
import org.doppel.relate.CondensedSentenceRewrite;
import org.doppel.relate.CondensedWordParts;
import org.doppel.relate.EasyLanguageNames;
import org.doppel.relate.ModelRewriteVerdicts;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceRunRewrite;
import org.doppel.relate.SplitSentenceRewrite;
import org.doppel.relate.SubwordRewrite;
import org.doppel.relate.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The readings {@link PairVerifier} gives a pair that its aligned sentences leave unrelated, each by what is loaded:
 * close sentence partners that keep the facts, the whole-text judge, two German texts' word parts, the sentence-pair
 * judge, then a simplification's split sentences, a condensation's merged ones, and runs of a simplification's short
 * sentences, and, for a German easy-language version, the names and numbers it keeps, and, for a short German version,
 * the words it takes from the longer text. The first that calls the pair a
 * rewrite gives its sentences and verdict. As thread-safe as the model and
 * the judges.
 */
final class SecondReadings {
  private final @Nullable SemanticSimilarity model;
  /** The trained judge asked about two short texts whole, or null without one or without the model. */
  private final @Nullable TextJudge wholeTexts;
  /** The trained sentence-pair judge with the embedding shortlist, or null without a judge or a model. */
  private final @Nullable JudgedAlignment judged;

  SecondReadings(@Nullable SemanticSimilarity model, @Nullable TextJudge wholeTexts, @Nullable JudgedAlignment judged) {
    this.model = model;
    this.wholeTexts = wholeTexts;
    this.judged = judged;
  }

  /** A rewrite found by a second reading: the sentences it pairs and its verdict. */
  record Reading(SentenceAlignment sentences, Verdict verdict) {}

  /**
   * A pair the sentence rules leave unrelated, read again by what is loaded, in turn, until one calls it a
   * rewrite: close sentence partners that keep the facts, the whole-text judge, two German texts' word parts (with or
   * without a model), the sentence-pair judge.
   */
  @Nullable Reading of(PreparedDocument a, PreparedDocument b, FactOverlap facts) {
    if (model != null && ModelRewriteVerdicts.keepsFacts(facts)) {
      // A rewrite that keeps the names and numbers and rewords every sentence: its sentences stay close to
      // the original's, below the cosine that calls two sentences the same (many to one).
      SentenceAlignment closest = ClosestSentences.ofShorter(a.document(), a.sentences(), b.document(), b.sentences(),
          model, ModelRewriteVerdicts.FACT_BACKED_COSINE);
      Verdict backed = ModelRewriteVerdicts.factBackedRewrite(closest, facts);
      if (backed.relation() == Relation.PARAPHRASE) {
        return new Reading(closest, backed);
      }
    }
    if (wholeTexts != null) {
      // Two short texts the sentence rules leave unrelated, read whole by the trained judge: a model's rewrite
      // of a snippet or paragraph rewords, merges and reorders every sentence, and the judge reads to the end.
      Reading whole = wholeTextRewrite(a, b, facts, wholeTexts);
      if (whole != null) {
        return whole;
      }
    }
    if (SubwordRewrite.shortEnough(a.document().words().size(), b.document().words().size()) && a.german() && b.german()) {
      // Two German texts: the sentence models read English, so a rewrite that rewords every sentence is read by
      // its word parts, which survive German inflection and compounding.
      SubwordAlignment subwords = SubwordAlignment.of(a.document(), a.sentences(), b.document(), b.sentences());
      Verdict subwordRewrite = SubwordRewrite.of(subwords);
      if (subwordRewrite.relation() == Relation.PARAPHRASE) {
        return new Reading(subwords.sentences(), subwordRewrite);
      }
    }
    if (judged != null) {
      // What words and the embedding's cosine leave unrelated, the trained judge of `doppel pairs` reads
      // sentence by sentence: model rewrites reword every sentence, merge them and condense.
      SentenceAlignment byJudge = judged.align(a.document(), a.sentences(), b.document(), b.sentences());
      Verdict judgedRewrite = ModelRewriteVerdicts.judgedRewrite(byJudge, facts);
      if (judgedRewrite.relation() == Relation.PARAPHRASE) {
        return new Reading(byJudge, judgedRewrite);
      }
    }
    if (model != null) {
      Reading split = splitSentences(a, b);
      Reading condensed = split != null ? split : condensedSentences(a, b);
      if (condensed != null) {
        return condensed;
      }
    }
    Reading runs = sentenceRuns(a, b);
    Reading names = runs != null ? runs : easyLanguageNames(a, b);
    Reading condensedWords = names != null ? names : condensedWordParts(a, b);
    return condensedWords != null ? condensedWords : wordsInOrder(a, b);
  }

  /**
   * Two short German texts of any lengths: the shorter read as a version of the longer by the order of the words it
   * takes from it ({@link CondensedWordParts#inOrder}), whose 4-gram sentence pairs are the reading's links.
   */
  private static @Nullable Reading wordsInOrder(PreparedDocument a, PreparedDocument b) {
    return germanWordParts(a, b, CondensedWordParts::inOrder);
  }

  /**
   * Two short German texts of which the shorter is at most 0.4 of the longer: a summary or an easy version cut to its
   * core, read by the words it takes from the longer ({@link CondensedWordParts}), whose 4-gram sentence pairs are the
   * reading's links.
   */
  private static @Nullable Reading condensedWordParts(PreparedDocument a, PreparedDocument b) {
    if (!CondensedSentenceRewrite.condenses(a.document().words().size(), b.document().words().size())) {
      return null;
    }
    return germanWordParts(a, b, CondensedWordParts::of);
  }

  /** A reading of {@link CondensedWordParts}: the shorter of two texts against the longer, their word parts' cosine given. */
  private interface WordPartsVerdict {
    Verdict of(Document shorter, Document longer, double wholeCosine);
  }

  /**
   * Two short German texts, the shorter read against the longer by {@code verdict} (the two word-part readings'
   * common steps), whose 4-gram sentence pairs are the reading's links; null where they are none or it finds no rewrite.
   */
  private static @Nullable Reading germanWordParts(PreparedDocument a, PreparedDocument b, WordPartsVerdict verdict) {
    int wordsA = a.document().words().size();
    int wordsB = b.document().words().size();
    if (!a.german() || !b.german() || !ModelRewriteVerdicts.shortEnoughToJudgeWhole(wordsA, wordsB)) {
      return null;
    }
    SubwordAlignment subwords = SubwordAlignment.of(a.document(), a.sentences(), b.document(), b.sentences());
    PreparedDocument shorter = wordsA <= wordsB ? a : b;
    PreparedDocument longer = shorter == a ? b : a;
    return rewrite(subwords.sentences(), verdict.of(shorter.document(), longer.document(), subwords.wholeCosine()));
  }

  /**
   * Two short German texts of which one is laid out as easy language ({@link EasyReadLayout}) and the other not: the
   * easy version rewords, explains and reorders every line but keeps its original's names and numbers
   * ({@link EasyLanguageNames}); its word parts must still meet the original's ({@link SubwordRewrite#SPREAD_WHOLE_COSINE}),
   * whose sentence pairs are the reading's links.
   */
  private static @Nullable Reading easyLanguageNames(PreparedDocument a, PreparedDocument b) {
    if (!a.german() || !b.german() || a.easyRead() == b.easyRead()
        || !ModelRewriteVerdicts.shortEnoughToJudgeWhole(a.document().words().size(), b.document().words().size())) {
      return null;
    }
    PreparedDocument easy = a.easyRead() ? a : b;
    PreparedDocument original = easy == a ? b : a;
    Verdict kept = EasyLanguageNames.of(original.kept(), easy.kept());
    if (kept.relation() != Relation.PARAPHRASE) {
      return null;
    }
    SubwordAlignment subwords = SubwordAlignment.of(a.document(), a.sentences(), b.document(), b.sentences());
    return subwords.wholeCosine() >= SubwordRewrite.SPREAD_WHOLE_COSINE ? new Reading(subwords.sentences(), kept) : null;
  }

  /**
   * Two short texts of which one split the other's sentences into short ones, whichever has more words (easy language
   * explains its hard words): runs of its short sentences paired with the other's, by the model or, for two German texts,
   * by their word parts ({@link SentenceRunRewrite}).
   */
  private @Nullable Reading sentenceRuns(PreparedDocument a, PreparedDocument b) {
    int wordsA = a.document().words().size();
    int wordsB = b.document().words().size();
    if (!ModelRewriteVerdicts.shortEnoughToJudgeWhole(wordsA, wordsB)) {
      return null;
    }
    SentenceRunRewrite.SplitSide side = SentenceRunRewrite.splitSide(wordsA, a.sentences().size(), wordsB, b.sentences().size());
    boolean german = a.german() && b.german();
    if (side == null || !german && model == null) {
      return null;
    }
    if (german) {
      SentenceAlignment runs = runs(a, b, side, SentenceRuns.bySubwords(), SentenceRunRewrite.SUBWORD_COSINE);
      return rewrite(runs, SentenceRunRewrite.of(runs, side.isA()));
    }
    SentenceAlignment byModel = runs(a, b, side, SentenceRuns.byModel(Objects.requireNonNull(model)), SentenceRunRewrite.MODEL_COSINE);
    Reading read = rewrite(byModel, SentenceRunRewrite.of(byModel, side.isA()));
    if (read != null) {
      return read;
    }
    // The model reads a lower-cased original, or an easy version that keeps its original's words but not its
    // sentences, below its floor; the runs' word parts, as for German, may still say the same.
    SentenceAlignment byWordParts = runs(a, b, side, SentenceRuns.bySubwords(), SentenceRunRewrite.SUBWORD_COSINE);
    return rewrite(byWordParts, SentenceRunRewrite.ofEnglishWordParts(byWordParts, side.isA()));
  }

  private static SentenceAlignment runs(PreparedDocument a, PreparedDocument b, SentenceRunRewrite.SplitSide side, SentenceRuns.Cosines cosines, double floor) {
    return SentenceRuns.align(a.document(), a.sentences(), b.document(), b.sentences(), side.isA(), side.runLength(), cosines, floor);
  }

  private static @Nullable Reading rewrite(SentenceAlignment sentences, Verdict verdict) {
    return verdict.relation() == Relation.PARAPHRASE ? new Reading(sentences, verdict) : null;
  }

  /**
   * Two short texts of which the shorter condenses the longer, the longer's sentences paired one to many with their
   * closest of the shorter's: whether the sentences the condensation draws on reach across the original.
   */
  private @Nullable Reading condensedSentences(PreparedDocument a, PreparedDocument b) {
    int wordsA = a.document().words().size();
    int wordsB = b.document().words().size();
    if (model == null || !ModelRewriteVerdicts.shortEnoughToJudgeWhole(wordsA, wordsB) || !CondensedSentenceRewrite.condenses(wordsA, wordsB)) {
      return null;
    }
    double minCosine = CondensedSentenceRewrite.minCosine(a.sentences().size(), b.sentences().size(), wordsA > wordsB);
    SentenceAlignment closest = ClosestSentences.ofLonger(a.document(), a.sentences(), b.document(), b.sentences(),
        model, minCosine);
    Verdict condensed = CondensedSentenceRewrite.of(closest);
    return condensed.relation() == Relation.PARAPHRASE ? new Reading(closest, condensed) : null;
  }

  /**
   * Two short texts of which the shorter split the longer's sentences (a simplification), its sentences paired many to
   * one with their closest of the longer's: whether those reach across the whole original.
   */
  private @Nullable Reading splitSentences(PreparedDocument a, PreparedDocument b) {
    int wordsA = a.document().words().size();
    int wordsB = b.document().words().size();
    if (model == null || !ModelRewriteVerdicts.shortEnoughToJudgeWhole(wordsA, wordsB)
        || !SplitSentenceRewrite.splitsSentences(wordsA, a.sentences().size(), wordsB, b.sentences().size())) {
      return null;
    }
    SentenceAlignment closest = ClosestSentences.ofShorter(a.document(), a.sentences(), b.document(), b.sentences(),
        model, ModelRewriteVerdicts.FACT_BACKED_COSINE);
    Verdict split = SplitSentenceRewrite.of(closest);
    return split.relation() == Relation.PARAPHRASE ? new Reading(closest, split) : null;
  }

  /** The two texts judged whole, when they are short and close enough to be worth it and the judge calls them a rewrite. */
  private @Nullable Reading wholeTextRewrite(PreparedDocument a, PreparedDocument b, FactOverlap facts, TextJudge judge) {
    int wordsA = a.document().words().size();
    int wordsB = b.document().words().size();
    if (!ModelRewriteVerdicts.shortEnoughToJudgeWhole(wordsA, wordsB)) {
      return null;
    }
    double cosine = DocumentVectorizer.cosine(a.vocabulary(), b.vocabulary());
    if (!ModelRewriteVerdicts.closeEnoughToJudgeWhole(cosine)) {
      return null;
    }
    double probability = judge.probability(a.reading(judge), b.reading(judge));
    Verdict verdict = ModelRewriteVerdicts.wholeTextRewrite(probability, cosine, facts, wordsA, wordsB);
    return verdict.relation() == Relation.PARAPHRASE ? new Reading(SentenceAlignment.wholeTexts(wordsA, wordsB, probability), verdict) : null;
  }
}
