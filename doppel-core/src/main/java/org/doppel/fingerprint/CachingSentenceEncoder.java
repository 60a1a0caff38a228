package org.doppel.fingerprint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.doppel.document.Hashing;

/**
 * Remembers the vectors of the sentences it has encoded, so a sentence that comes back (a wire
 * story's lede in fifty copies, a stock sign-off) is sent to the model once.
 *
 * <p>Sentences are keyed by a 64-bit hash of their normalised text (NFKC, lower case, runs of white
 * space as one space, trimmed); two sentences that differ only there get the same vector, the
 * encoding of the normalised text. With 64-bit keys two different sentences share a key with
 * probability about n²/2⁶⁵: 10⁻⁹ for a hundred thousand sentences. The cache keeps the
 * {@code capacity} most recently used vectors (about 1.6 KB each at 384 dimensions) and drops the
 * least recently used. Safe to share between threads; misses are encoded outside the lock, in one
 * batch per call.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final SentenceEncoder delegate;
  private final int capacity;
  private final LinkedHashMap<Long, float[]> vectors;
  private long hits;
  private long misses;

  /**
   * @param delegate the encoder that computes the vectors not in the cache
   * @param capacity how many vectors to keep, at least 1
   */
  public CachingSentenceEncoder(SentenceEncoder delegate, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.delegate = delegate;
    this.capacity = capacity;
    this.vectors = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, float[]> eldest) {
        return size() > CachingSentenceEncoder.this.capacity;
      }
    };
  }

  /** The text the cache keys on and sends to the model. */
  static String normalise(String sentence) {
    String folded = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(folded).replaceAll(" ").strip();
  }

  @Override
  public float[][] encode(List<String> sentences) {
    int n = sentences.size();
    float[][] out = new float[n][];
    long[] keys = new long[n];
    String[] texts = new String[n];
    synchronized (vectors) {
      for (int i = 0; i < n; i++) {
        texts[i] = normalise(sentences.get(i));
        keys[i] = Hashing.ofChars(texts[i]);
        out[i] = vectors.get(keys[i]);
      }
    }
    // each distinct missing sentence goes to the model once
    Map<Long, Integer> missingSlot = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (out[i] == null && missingSlot.putIfAbsent(keys[i], missing.size()) == null) {
        missing.add(texts[i]);
      }
    }
    float[][] computed = missing.isEmpty() ? new float[0][] : delegate.encode(missing);
    synchronized (vectors) {
      for (int i = 0; i < n; i++) {
        if (out[i] == null) {
          out[i] = computed[Objects.requireNonNull(missingSlot.get(keys[i]))];
          vectors.put(keys[i], out[i]);
        }
      }
      misses += missing.size();
      hits += n - missing.size();
    }
    // callers get copies, so nobody can change a cached vector behind another caller's back
    for (int i = 0; i < n; i++) {
      out[i] = out[i].clone();
    }
    return out;
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  /** How many sentences were answered from the cache and how many were sent to the model, so far. */
  public Stats stats() {
    synchronized (vectors) {
      return new Stats(hits, misses, vectors.size());
    }
  }

  /** Cache counters: sentences answered from the cache, sentences encoded, vectors held. */
  public record Stats(long hits, long misses, int size) {}
}
