package org.doppel.match;

import java.util.List;

/**
 * Whether two sentences say the same thing, as a probability: the trained sentence-pair judge
 * ({@link org.doppel.match.sentence.SentencePairScorer}) that {@code doppel pairs} runs, asked here by
 * the scan about the sentences of candidate document pairs that cheaper evidence leaves open, so that
 * whatever improves one improves the other.
 */
public interface SentenceJudge {
  /** For each i, the probability that {@code left.get(i)} and {@code right.get(i)} mean the same. */
  double[] probabilities(List<String> left, List<String> right);

  /** The probability from which a pair is called the same. */
  double threshold();
}
