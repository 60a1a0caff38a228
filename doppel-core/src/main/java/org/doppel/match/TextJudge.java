package org.doppel.match;

/**
 * Whether two whole texts say the same thing, as a probability: the sentence-pair judge of {@code doppel
 * pairs} ({@link org.doppel.match.sentence.SentencePairScorer}) asked about two short texts at once rather
 * than sentence by sentence. Each text is {@linkplain #read read} once and scored against as many others
 * as it is paired with.
 */
public interface TextJudge {
  /** What the judge's models see in {@code text}; the slow part, done once per text. */
  TextReading read(String text);

  /** The probability that the two texts mean the same. */
  double probability(TextReading a, TextReading b);
}
