package org.doppel.match;

import java.util.Arrays;
import org.doppel.document.Sentence;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordStems;

/**
 * A sentence as a weighted set of content-word stems: stop words dropped, each word cut to its first
 * {@link WordStems} letters so that "visited" meets "visiting", and names and numbers weighted double
 * because a rewriter keeps them.
 */
final class SentenceBag {
  private static final double FACT_WEIGHT = 2;
  final long[] keys;
  final double[] weights;
  final double total;

  private SentenceBag(long[] keys, double[] weights, double total) {
    this.keys = keys;
    this.weights = weights;
    this.total = total;
  }

  static SentenceBag of(TokenSequence words, String text, Sentence sentence) {
    long[] keys = new long[sentence.size()];
    double[] weights = new double[sentence.size()];
    int n = 0;
    // weights are 1 and 2, so their sum is exact in any order: summed here rather than by a stream afterwards
    double total = 0;
    for (int i = sentence.first(); i < sentence.end(); i++) {
      if (StopWords.contains(words.hash(i))) {
        continue;
      }
      // the tokenizer's flags say what Character says of the word's first char
      boolean fact = words.startsWithDigit(i) || (words.startsUpperCase(i) && i > sentence.first());
      long key = WordStems.of(words, text, i);
      int at = indexOf(keys, n, key);
      if (at < 0) {
        double weight = fact ? FACT_WEIGHT : 1;
        keys[n] = key;
        weights[n++] = weight;
        total += weight;
      }
    }
    return new SentenceBag(Arrays.copyOf(keys, n), Arrays.copyOf(weights, n), total);
  }

  int size() {
    return keys.length;
  }

  private static int indexOf(long[] keys, int n, long key) {
    for (int i = 0; i < n; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }
}
