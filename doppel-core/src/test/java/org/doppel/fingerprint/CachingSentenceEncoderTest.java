package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingSentenceEncoderTest {
  /** A fake model: a 2-d unit vector from the text's hash code, recording what it was asked. */
  private static final class RecordingEncoder implements SentenceEncoder {
    final List<String> asked = new ArrayList<>();

    @Override
    public synchronized float[][] encode(List<String> sentences) {
      asked.addAll(sentences);
      float[][] out = new float[sentences.size()][];
      for (int i = 0; i < out.length; i++) {
        double angle = sentences.get(i).hashCode();
        out[i] = new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
      }
      return out;
    }

    @Override
    public int dimensions() {
      return 2;
    }
  }

  @Test
  void aRepeatedSentenceIsEncodedOnce() {
    RecordingEncoder model = new RecordingEncoder();
    CachingSentenceEncoder cache = new CachingSentenceEncoder(model, 100);
    float[][] first = cache.encode(List.of("The cat sat.", "A dog ran.", "The  CAT sat. "));
    float[][] second = cache.encode(List.of("a dog ran.", "New one."));
    assertThat(model.asked).containsExactly("the cat sat.", "a dog ran.", "new one.");
    assertThat(first[2]).containsExactly(first[0]);
    assertThat(second[0]).containsExactly(first[1]);
    assertThat(cache.stats()).isEqualTo(new CachingSentenceEncoder.Stats(2, 3, 3));
  }

  @Test
  void theLeastRecentlyUsedVectorIsDroppedFirst() {
    RecordingEncoder model = new RecordingEncoder();
    CachingSentenceEncoder cache = new CachingSentenceEncoder(model, 2);
    cache.encode(List.of("a", "b"));
    cache.encode(List.of("a"));      // a is now more recent than b
    cache.encode(List.of("c"));      // evicts b
    cache.encode(List.of("a", "b"));
    assertThat(model.asked).containsExactly("a", "b", "c", "b");
  }

  @Test
  void callersCannotChangeACachedVector() {
    CachingSentenceEncoder cache = new CachingSentenceEncoder(new RecordingEncoder(), 10);
    float[] v = cache.encode("x");
    float expected = v[0];
    v[0] = 42;
    assertThat(cache.encode("x")[0]).isEqualTo(expected);
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new CachingSentenceEncoder(new RecordingEncoder(), 0)).hasMessageContaining("capacity");
  }
}
