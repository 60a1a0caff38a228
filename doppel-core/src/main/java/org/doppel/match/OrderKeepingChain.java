package org.doppel.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.Sentence;

/**
 * The heaviest chain of sentence pairs that keeps both texts' order: what a rewrite of a whole article keeps, sentence
 * after sentence, and what two long texts on one subject do not. Matched by their word parts alone, the sentences of a
 * long text find partners all over another long text on its subject (a recipe's ingredient lines, a loan's terms);
 * such partners fall in no order, so only a few of them chain.
 */
final class OrderKeepingChain {
  private OrderKeepingChain() {}

  /**
   * The words of the shorter text's sentences in the heaviest chain of {@code pairs} whose sentences follow each other
   * in both texts, each shorter sentence weighing its words.
   *
   * @param pairs sentence pairs, a shorter text's sentence in at most one pair
   * @param aShorter whether the shorter text is side {@code a} of the pairs
   */
  static int shorterWords(List<SentenceMatch> pairs, boolean aShorter) {
    List<SentenceMatch> byShorter = new ArrayList<>(pairs);
    byShorter.sort(Comparator.comparingInt((SentenceMatch p) -> shorterOf(p, aShorter).first())
        .thenComparingInt(p -> longerOf(p, aShorter).first()));
    int[] heaviest = new int[byShorter.size()];
    int best = 0;
    for (int i = 0; i < byShorter.size(); i++) {
      Sentence shorter = shorterOf(byShorter.get(i), aShorter);
      Sentence longer = longerOf(byShorter.get(i), aShorter);
      heaviest[i] = shorter.size();
      for (int j = 0; j < i; j++) {
        if (shorterOf(byShorter.get(j), aShorter).first() < shorter.first() && longerOf(byShorter.get(j), aShorter).first() <= longer.first()) {
          heaviest[i] = Math.max(heaviest[i], heaviest[j] + shorter.size());
        }
      }
      best = Math.max(best, heaviest[i]);
    }
    return best;
  }

  private static Sentence shorterOf(SentenceMatch pair, boolean aShorter) {
    return aShorter ? pair.a() : pair.b();
  }

  private static Sentence longerOf(SentenceMatch pair, boolean aShorter) {
    return aShorter ? pair.b() : pair.a();
  }
}
