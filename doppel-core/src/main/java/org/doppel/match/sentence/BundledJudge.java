package org.doppel.match.sentence;

import java.util.List;
import org.doppel.match.SentenceJudge;
import org.doppel.match.TextJudge;
import org.doppel.match.TextReading;
import org.jspecify.annotations.Nullable;

/**
 * The bundled sentence-pair judge ({@link SentencePairScorer#bundled}), loaded on first use: a scan
 * that never meets a pair worth judging never pays for loading its transformers. It judges sentence pairs
 * and whole short texts alike.
 */
public final class BundledJudge implements SentenceJudge, TextJudge {
  private volatile @Nullable SentencePairScorer scorer;

  @Override
  public double[] probabilities(List<String> left, List<String> right) {
    return scorer().probabilities(left, right);
  }

  @Override
  public double threshold() {
    return scorer().threshold();
  }

  @Override
  public TextReading read(String text) {
    return scorer().read(text);
  }

  @Override
  public double probability(TextReading a, TextReading b) {
    return scorer().probability(a, b);
  }

  private SentencePairScorer scorer() {
    SentencePairScorer current = scorer;
    if (current == null) {
      synchronized (this) {
        if (scorer == null) {
          scorer = SentencePairScorer.bundled(SentencePairEncoders.shared());
        }
        current = scorer;
      }
    }
    return current;
  }
}
