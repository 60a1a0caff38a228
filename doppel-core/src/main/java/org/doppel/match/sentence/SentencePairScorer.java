package org.doppel.match.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.fingerprint.SentenceEncoder;

/**
 * The probability that two sentences mean the same, from the evidence of {@link PairFeatures}
 * weighed by {@link BoostedTrees} trained on MSRP, PAWS and PAN sentence pairs
 * ({@code ./doppel pairs --train}; see docs/quality.md, "Sentence pairs").
 *
 * <pre>{@code
 * SentencePairScorer scorer = SentencePairScorer.bundled(MiniLmSentenceEncoder.shared());
 * double p = scorer.score("Flights from New York to Florida", "Flights from Florida to New York");
 * boolean same = scorer.isParaphrase(p);
 * }</pre>
 *
 * <p>Thread-safe when its encoder is. Score many pairs with {@link #scoreAll}: their sentences go
 * to the encoder in one call, each distinct sentence once.
 */
public final class SentencePairScorer {
  /** Where the model trained by {@code ./doppel pairs --train} lives on the class path. */
  public static final String MODEL_RESOURCE = "/org/doppel/match/sentence/sentence-pair-model.json";

  private final SentenceEncoder encoder;
  private final BoostedTrees model;

  public SentencePairScorer(SentenceEncoder encoder, BoostedTrees model) {
    if (!model.featureNames().equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException("the model's features " + model.featureNames() + " are not " + PairFeatures.NAMES);
    }
    this.encoder = encoder;
    this.model = model;
  }

  /** A scorer with the model shipped in the jar. */
  public static SentencePairScorer bundled(SentenceEncoder encoder) {
    try (InputStream in = SentencePairScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException(MODEL_RESOURCE + " is not on the class path");
      }
      return new SentencePairScorer(encoder, BoostedTrees.fromJson(in, PairFeatures.NAMES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sentence-pair model: " + e.getMessage(), e);
    }
  }

  /** The probability, in 0..1, that the two sentences are paraphrases. */
  public double score(String first, String second) {
    return scoreAll(List.of(new SentencePair(first, second)))[0];
  }

  /** The probability of each pair, in input order. */
  public double[] scoreAll(List<SentencePair> pairs) {
    double[][] features = features(encoder, pairs);
    double[] scores = new double[pairs.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = model.probability(features[i]);
    }
    return scores;
  }

  /** Whether a score means "same meaning": above the threshold chosen when the model was trained. */
  public boolean isParaphrase(double score) {
    return score >= model.threshold();
  }

  public double threshold() {
    return model.threshold();
  }

  /** The same scorer calling pairs the same from another score on. */
  public SentencePairScorer withThreshold(double newThreshold) {
    return new SentencePairScorer(encoder, model.withThreshold(newThreshold));
  }

  /**
   * The feature vectors of many pairs, their sentences encoded in one call (each distinct sentence
   * once).
   */
  public static double[][] features(SentenceEncoder encoder, List<SentencePair> pairs) {
    Map<String, Integer> slot = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    for (SentencePair pair : pairs) {
      for (String s : List.of(pair.first(), pair.second())) {
        if (slot.putIfAbsent(s, distinct.size()) == null) {
          distinct.add(s);
        }
      }
    }
    // the words only one sentence of a pair has go to the same encoder, in the same call, for the
    // soft overlap
    Map<String, Integer> wordSlot = new HashMap<>();
    for (SentencePair pair : pairs) {
      for (String word : PairFeatures.unsharedContentWords(pair.first(), pair.second())) {
        if (wordSlot.putIfAbsent(word, distinct.size()) == null) {
          distinct.add(word);
        }
      }
    }
    float[][] vectors = encoder.encode(distinct);
    PairFeatures.WordVectors words = word -> {
      Integer at = wordSlot.get(word);
      return at == null ? null : vectors[at];
    };
    double[][] out = new double[pairs.size()][];
    for (int i = 0; i < out.length; i++) {
      SentencePair pair = pairs.get(i);
      double cosine = SentenceEncoder.cosine(vectors[slot.get(pair.first())], vectors[slot.get(pair.second())]);
      out[i] = PairFeatures.of(pair.first(), pair.second(), cosine, words);
    }
    return out;
  }
}
