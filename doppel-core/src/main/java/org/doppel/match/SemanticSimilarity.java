package org.doppel.match;

import java.util.List;

/**
 * Meaning similarity of sentence pairs from a sentence-embedding model: the expensive evidence, asked
 * only about the sentence pairs that cheap lexical evidence leaves undecided.
 */
@FunctionalInterface
public interface SemanticSimilarity {
  /** For each i, the cosine similarity of {@code left.get(i)} and {@code right.get(i)}, in [-1, 1]. */
  double[] similarities(List<String> left, List<String> right);
}
