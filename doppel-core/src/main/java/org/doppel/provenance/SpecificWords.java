package org.doppel.provenance;

import java.io.Serializable;
import java.util.Arrays;
import org.doppel.document.TokenSequence;

/**
 * A document's specific words for {@link StoryLinks}: the sorted hashes of its words that the corpus counts in at least
 * two documents and at most a given share of them, with their unit-length TF-IDF weights. Names, places, figures and
 * rare words weigh; common words, and words of one document that no other can share, are left out.
 */
public record SpecificWords(long[] hashes, double[] weights) implements Serializable {
  /**
   * The specific words of {@code words}: those that {@code frequencies} counts in at least two documents and at most
   * {@code maxDocumentShare} of them, weighted by (1 + log count) times log inverse document frequency, unit length.
   */
  static SpecificWords of(TokenSequence words, WordFrequencies frequencies, double maxDocumentShare) {
    int maxCount = Math.max(2, (int) (maxDocumentShare * frequencies.documents()));
    long[] all = new long[words.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = words.hash(i);
    }
    Arrays.sort(all);
    int documents = frequencies.documents();
    long[] hashes = new long[all.length];
    double[] weights = new double[all.length];
    int n = 0;
    double norm = 0;
    for (int i = 0; i < all.length; ) {
      int j = i;
      while (j < all.length && all[j] == all[i]) {
        j++;
      }
      int count = frequencies.count(all[i]);
      if (count >= 2 && count <= maxCount) {
        double weight = (1 + Math.log(j - i)) * Math.log((double) documents / count);
        hashes[n] = all[i];
        weights[n++] = weight;
        norm += weight * weight;
      }
      i = j;
    }
    double length = Math.sqrt(norm);
    for (int k = 0; k < n; k++) {
      weights[k] /= length;
    }
    return new SpecificWords(Arrays.copyOf(hashes, n), Arrays.copyOf(weights, n));
  }
}
