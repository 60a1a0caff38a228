package org.doppel.match.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.doppel.fingerprint.TokenVectors;
import org.doppel.match.SentenceJudge;
import org.doppel.match.TextJudge;
import org.doppel.match.TextReading;

/**
 * The probability that two sentences mean the same, from the evidence of {@link PairFeatures}
 * weighed by {@link BoostedTrees} trained on MSRP, PAWS and PAN sentence pairs
 * ({@code ./doppel pairs --train}; see docs/quality.md, "Sentence pairs").
 *
 * <pre>{@code
 * SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.shared());
 * double p = scorer.score("Flights from New York to Florida", "Flights from Florida to New York");
 * boolean same = scorer.isParaphrase(p);
 * }</pre>
 *
 * <p>Thread-safe when its encoders are. Score many pairs with {@link #scoreAll}: their sentences go
 * to the encoders in few calls, each distinct sentence once per call.
 */
public final class SentencePairScorer implements SentenceJudge, TextJudge {
  /** Where the model trained by {@code ./doppel pairs --train} lives on the class path. */
  public static final String MODEL_RESOURCE = "/org/doppel/match/sentence/sentence-pair-model.json";
  /**
   * Pairs whose sentences are encoded together: token vectors take 1.5 KB per word piece and model,
   * so a whole file's would not fit in memory.
   */
  private static final int CHUNK = 512;

  private final SentencePairEncoders encoders;
  private final BoostedTrees model;

  public SentencePairScorer(SentencePairEncoders encoders, BoostedTrees model) {
    if (!model.featureNames().equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException("the model's features " + model.featureNames() + " are not " + PairFeatures.NAMES
          + "; train it again with ./doppel pairs --train");
    }
    this.encoders = encoders;
    this.model = model;
  }

  /** A scorer with the model shipped in the jar. */
  public static SentencePairScorer bundled(SentencePairEncoders encoders) {
    try (InputStream in = SentencePairScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException(MODEL_RESOURCE + " is not on the class path");
      }
      return new SentencePairScorer(encoders, BoostedTrees.fromJson(in, PairFeatures.NAMES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sentence-pair model: " + e.getMessage(), e);
    }
  }

  /**
   * The probability, in 0..1, that the two sentences are paraphrases: 1 for one text written twice
   * ({@link SentencePair#sameText}), the model's otherwise (which, trained on pairs that differ,
   * gives such a pair about 0.9).
   */
  public double score(String first, String second) {
    return scoreAll(List.of(new SentencePair(first, second)))[0];
  }

  /** The probability of each pair, in input order. */
  public double[] scoreAll(List<SentencePair> pairs) {
    double[][] features = features(encoders, pairs);
    double[] scores = new double[pairs.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = pairs.get(i).sameText() ? 1 : model.probability(features[i]);
    }
    return scores;
  }

  /** The probability of each pair {@code left.get(i)}, {@code right.get(i)}: the scan asks the judge so. */
  @Override
  public double[] probabilities(List<String> left, List<String> right) {
    if (left.size() != right.size()) {
      throw new IllegalArgumentException("need as many left as right sentences, got " + left.size() + " and " + right.size());
    }
    List<SentencePair> pairs = new ArrayList<>(left.size());
    for (int i = 0; i < left.size(); i++) {
      pairs.add(new SentencePair(left.get(i), right.get(i)));
    }
    return scoreAll(pairs);
  }

  @Override
  public TextReading read(String text) {
    List<String> one = List.of(text);
    return new TextReading(text, encoders.miniLm().encodeTokens(one).get(0), encoders.bge().encodeTokens(one).get(0));
  }

  @Override
  public double probability(TextReading a, TextReading b) {
    if (new SentencePair(a.text(), b.text()).sameText()) {
      return 1;
    }
    List<String> words = List.copyOf(PairFeatures.unsharedContentWords(a.text(), b.text()));
    return model.probability(features(a, b, wordVectors(encoders, words)));
  }

  /** Whether a score means "same meaning": above the threshold chosen when the model was trained. */
  public boolean isParaphrase(double score) {
    return score >= model.threshold();
  }

  @Override
  public double threshold() {
    return model.threshold();
  }

  /** The same scorer calling pairs the same from another score on. */
  public SentencePairScorer withThreshold(double newThreshold) {
    return new SentencePairScorer(encoders, model.withThreshold(newThreshold));
  }

  /** The feature vectors ({@link PairFeatures#NAMES}) of many pairs, in input order. */
  public static double[][] features(SentencePairEncoders encoders, List<SentencePair> pairs) {
    double[][] out = new double[pairs.size()][];
    for (int from = 0; from < pairs.size(); from += CHUNK) {
      List<SentencePair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
      double[][] features = chunkFeatures(encoders, chunk);
      System.arraycopy(features, 0, out, from, features.length);
    }
    return out;
  }

  private static double[][] chunkFeatures(SentencePairEncoders encoders, List<SentencePair> pairs) {
    Map<String, Integer> slot = new HashMap<>();
    List<String> sentences = new ArrayList<>();
    for (SentencePair pair : pairs) {
      for (String s : List.of(pair.first(), pair.second())) {
        if (slot.putIfAbsent(s, sentences.size()) == null) {
          sentences.add(s);
        }
      }
    }
    Set<String> distinctWords = new LinkedHashSet<>();
    for (SentencePair pair : pairs) {
      distinctWords.addAll(PairFeatures.unsharedContentWords(pair.first(), pair.second()));
    }
    List<String> words = List.copyOf(distinctWords);
    List<TokenVectors> miniLm = encoders.miniLm().encodeTokens(sentences);
    List<TokenVectors> bge = encoders.bge().encodeTokens(sentences);
    PairFeatures.WordVectors lookup = wordVectors(encoders, words);
    double[][] out = new double[pairs.size()][];
    for (int i = 0; i < out.length; i++) {
      SentencePair pair = pairs.get(i);
      int a = Objects.requireNonNull(slot.get(pair.first()));
      int b = Objects.requireNonNull(slot.get(pair.second()));
      out[i] = features(new TextReading(pair.first(), miniLm.get(a), bge.get(a)), new TextReading(pair.second(), miniLm.get(b), bge.get(b)), lookup);
    }
    return out;
  }

  private static double[] features(TextReading a, TextReading b, PairFeatures.WordVectors words) {
    return PairFeatures.of(new SentencePair(a.text(), b.text()), new PairFeatures.EncodedPair(a.miniLm(), b.miniLm()),
        new PairFeatures.EncodedPair(a.bge(), b.bge()), words);
  }

  /** The vectors of {@code words} (distinct), encoded in one call, looked up by word. */
  private static PairFeatures.WordVectors wordVectors(SentencePairEncoders encoders, List<String> words) {
    Map<String, Integer> wordSlot = new HashMap<>();
    for (String word : words) {
      wordSlot.putIfAbsent(word, wordSlot.size());
    }
    float[][] wordVectors = encoders.words().encode(words);
    return word -> {
      Integer at = wordSlot.get(word);
      return at == null ? null : wordVectors[at];
    };
  }
}
