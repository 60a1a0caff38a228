package org.doppel.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag-of-n-grams overlap between an expected and an extracted text, as the scrapinghub
 * article-extraction benchmark computes it: tokens are runs of word characters ({@code \w+}, Unicode,
 * case kept), n-grams are counted with repeats, and an n-gram found k times in one text and m times in
 * the other contributes {@code min(k, m)} true positives and the rest as false positives or negatives.
 * n = 1 is plain word overlap; the benchmark itself uses n = 4, which also penalises words in the
 * wrong order or paragraphs glued together.
 */
public final class WordOverlap {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private WordOverlap() {}

  /** The normalised counts of {@code predicted} against {@code expected} over n-grams of {@code n} words. */
  public static OverlapCounts of(String expected, String predicted, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    Map<List<String>, int[]> counts = new HashMap<>();
    for (List<String> gram : ngrams(expected, n)) {
      counts.computeIfAbsent(gram, g -> new int[2])[0]++;
    }
    for (List<String> gram : ngrams(predicted, n)) {
      counts.computeIfAbsent(gram, g -> new int[2])[1]++;
    }
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (int[] c : counts.values()) {
      tp += Math.min(c[0], c[1]);
      fp += Math.max(0, c[1] - c[0]);
      fn += Math.max(0, c[0] - c[1]);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new OverlapCounts(0, 0, 0) : new OverlapCounts(tp / sum, fp / sum, fn / sum);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The n-grams of the text; a text shorter than n words is one short n-gram, as in the benchmark. */
  private static List<List<String>> ngrams(String text, int n) {
    List<String> tokens = tokens(text);
    List<List<String>> grams = new ArrayList<>();
    for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
      List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!gram.isEmpty()) {
        grams.add(gram);
      }
    }
    return grams;
  }
}
