package org.doppel.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Meaning similarity of sentence pairs from a sentence-embedding model: the expensive evidence, asked
 * only about the document pairs that cheap lexical evidence leaves undecided.
 */
@FunctionalInterface
public interface SemanticSimilarity {
  /** For each i, the cosine similarity of {@code left.get(i)} and {@code right.get(i)}, in [-1, 1]. */
  double[] similarities(List<String> left, List<String> right);

  /**
   * The cosine of every left sentence with every right one, {@code [i][j]}. A model that keeps its
   * sentence vectors answers this with one encoding per sentence; this default asks for each pair.
   */
  default double[][] matrix(List<String> left, List<String> right) {
    List<String> l = new ArrayList<>(left.size() * right.size());
    List<String> r = new ArrayList<>(left.size() * right.size());
    for (String x : left) {
      for (String y : right) {
        l.add(x);
        r.add(y);
      }
    }
    double[] flat = similarities(l, r);
    double[][] out = new double[left.size()][right.size()];
    for (int i = 0; i < left.size(); i++) {
      System.arraycopy(flat, i * right.size(), out[i], 0, right.size());
    }
    return out;
  }
}
