package org.doppel.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.doppel.fingerprint.SentenceEncoder;
import org.jspecify.annotations.Nullable;

/**
 * {@link SemanticSimilarity} from a sentence encoder: the cosine of the two sentences' embeddings.
 * The encoder is obtained on first use, so that a scan that never meets an undecided pair never pays
 * for loading the model.
 */
public final class EncoderSimilarity implements SemanticSimilarity {
  private final Supplier<SentenceEncoder> encoderSource;
  private volatile @Nullable SentenceEncoder encoder;

  public EncoderSimilarity(Supplier<SentenceEncoder> encoderSource) {
    this.encoderSource = encoderSource;
  }

  @Override
  public double[] similarities(List<String> left, List<String> right) {
    if (left.size() != right.size()) {
      throw new IllegalArgumentException("need as many left as right sentences, got " + left.size() + " and " + right.size());
    }
    List<String> both = new ArrayList<>(left.size() * 2);
    both.addAll(left);
    both.addAll(right);
    float[][] vectors = encoder().encode(both);
    double[] out = new double[left.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = SentenceEncoder.cosine(vectors[i], vectors[left.size() + i]);
    }
    return out;
  }

  /** Each sentence encoded once (a caching encoder keeps it for the document's other pairs), then all cosines. */
  @Override
  public double[][] matrix(List<String> left, List<String> right) {
    float[][] l = encoder().encode(left);
    float[][] r = encoder().encode(right);
    double[][] out = new double[l.length][r.length];
    for (int i = 0; i < l.length; i++) {
      for (int j = 0; j < r.length; j++) {
        out[i][j] = SentenceEncoder.cosine(l[i], r[j]);
      }
    }
    return out;
  }

  private SentenceEncoder encoder() {
    SentenceEncoder current = encoder;
    if (current == null) {
      synchronized (this) {
        if (encoder == null) {
          encoder = encoderSource.get();
        }
        current = encoder;
      }
    }
    return current;
  }
}
