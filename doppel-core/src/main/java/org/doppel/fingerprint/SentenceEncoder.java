package org.doppel.fingerprint;

import java.util.List;

/**
 * Turns sentences into dense vectors whose dot product measures how close their meanings are.
 *
 * <p>Every vector has {@link #dimensions()} components and unit length, so the dot product of two
 * vectors is their cosine similarity: about 0.9 for a paraphrase, near 0 for unrelated sentences.
 * Implementations are safe to share between threads.
 */
public interface SentenceEncoder {

  /**
   * Encodes each sentence; the result has one vector per input, in input order. The input list is
   * left untouched. An empty sentence gets a valid vector too (the model's encoding of nothing).
   */
  float[][] encode(List<String> sentences);

  /** The length of every vector this encoder returns. */
  int dimensions();

  /** Encodes one sentence. */
  default float[] encode(String sentence) {
    return encode(List.of(sentence))[0];
  }

  /** Cosine similarity of two unit vectors: their dot product. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
