/**
 * Whether two sentences mean the same.
 *
 * <p>{@link org.doppel.match.sentence.SentencePairScorer} turns a pair into
 * {@link org.doppel.match.sentence.PairFeatures} (sentence-vector cosine, word and character
 * overlap, numbers and names in only one sentence, and the order of the shared words measured by
 * {@link org.doppel.match.sentence.WordAlignment}) and weighs them with
 * {@link org.doppel.match.sentence.BoostedTrees} trained by {@code ./doppel pairs --train}
 * ({@code BoostedTreesTrainer}, in {@code doppel-eval}); the trained model ships as a resource.
 * Enters: two sentences and a {@link org.doppel.fingerprint.SentenceEncoder}; leaves: a
 * probability.
 */
@NullMarked
package org.doppel.match.sentence;

import org.jspecify.annotations.NullMarked;
