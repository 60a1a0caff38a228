package org.doppel.match;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.Sentence;

/**
 * Two texts compared by their character 4-grams ({@link SubwordGrams}), whole and sentence by sentence, with no
 * model: each sentence of the shorter text is paired with the sentence of the longer one closest to it, when their
 * cosine reaches {@value #SENTENCE_COSINE} (many to one: a simplified or condensed sentence draws on part of one).
 *
 * @param wholeCosine the cosine of the two whole texts' 4-grams
 * @param sentences the sentence pairs so found, the shorter side's coverage in words
 */
public record SubwordAlignment(double wholeCosine, SentenceAlignment sentences) {
  /** From this cosine two sentences share their wording (German fit pairs of data/german-rewrites, docs/quality.md). */
  static final double SENTENCE_COSINE = 0.25;

  public static SubwordAlignment of(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB) {
    double whole = SubwordGrams.of(a, 0, a.words().size()).cosine(SubwordGrams.of(b, 0, b.words().size()));
    boolean aShorter = a.words().size() <= b.words().size();
    List<Sentence> shorter = aShorter ? sentencesA : sentencesB;
    List<Sentence> longer = aShorter ? sentencesB : sentencesA;
    List<SubwordGrams> longerGrams = new ArrayList<>(longer.size());
    for (Sentence sentence : longer) {
      longerGrams.add(SubwordGrams.of(aShorter ? b : a, sentence.first(), sentence.end()));
    }
    List<SentenceMatch> pairs = new ArrayList<>();
    int alignedShorter = 0;
    boolean[] usedLonger = new boolean[longer.size()];
    for (Sentence sentence : shorter) {
      SubwordGrams grams = SubwordGrams.of(aShorter ? a : b, sentence.first(), sentence.end());
      int best = -1;
      double bestCosine = SENTENCE_COSINE;
      for (int j = 0; j < longer.size(); j++) {
        double cosine = grams.cosine(longerGrams.get(j));
        if (cosine >= bestCosine) {
          best = j;
          bestCosine = cosine;
        }
      }
      if (best >= 0) {
        alignedShorter += sentence.size();
        usedLonger[best] = true;
        Sentence partner = longer.get(best);
        pairs.add(aShorter ? new SentenceMatch(sentence, partner, bestCosine, Double.NaN) : new SentenceMatch(partner, sentence, bestCosine, Double.NaN));
      }
    }
    int alignedLonger = 0;
    for (int j = 0; j < longer.size(); j++) {
      alignedLonger += usedLonger[j] ? longer.get(j).size() : 0;
    }
    if (!aShorter) {
      pairs.sort((x, y) -> Integer.compare(x.a().first(), y.a().first()));
    }
    int wordsA = a.words().size();
    int wordsB = b.words().size();
    SentenceAlignment sentences = aShorter
        ? new SentenceAlignment(pairs, wordsA, wordsB, alignedShorter, alignedLonger, 0)
        : new SentenceAlignment(pairs, wordsA, wordsB, alignedLonger, alignedShorter, 0);
    return new SubwordAlignment(whole, sentences);
  }

  /** The share of the shorter text's words in sentences paired. */
  public double shorterCoverage() {
    return sentences.wordsA() <= sentences.wordsB() ? sentences.coverageA() : sentences.coverageB();
  }

  /**
   * The share of the longer text's words in sentences some sentence of the shorter one paired with: a simplification
   * splits each long sentence of its original into short ones, each of which draws on part of one, so its own
   * coverage stays low (a short sentence against a long one) while the sentences it pairs with spread over its
   * original.
   */
  public double longerCoverage() {
    return sentences.wordsA() <= sentences.wordsB() ? sentences.coverageB() : sentences.coverageA();
  }

  /**
   * The share of the shorter text's words in sentences paired in both texts' order ({@link OrderKeepingChain}): a
   * rewrite's sentences follow their original's, while a long text's sentences pair all over another on its subject.
   */
  public double shorterCoverageInOrder() {
    boolean aShorter = sentences.wordsA() <= sentences.wordsB();
    int shorterWords = Math.min(sentences.wordsA(), sentences.wordsB());
    return shorterWords == 0 ? 0 : (double) OrderKeepingChain.shorterWords(sentences.pairs(), aShorter) / shorterWords;
  }
}
