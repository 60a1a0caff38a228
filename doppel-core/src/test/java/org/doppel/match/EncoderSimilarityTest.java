package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.doppel.fingerprint.SentenceEncoder;
import org.junit.jupiter.api.Test;

class EncoderSimilarityTest {
  /** Unit vectors by first letter: sentences starting alike are identical, others orthogonal. */
  private static final SentenceEncoder BY_FIRST_LETTER = new SentenceEncoder() {
    @Override
    public float[][] encode(List<String> sentences) {
      float[][] out = new float[sentences.size()][26];
      for (int i = 0; i < out.length; i++) {
        out[i][Character.toLowerCase(sentences.get(i).charAt(0)) - 'a'] = 1;
      }
      return out;
    }

    @Override
    public int dimensions() {
      return 26;
    }
  };

  @Test
  void givesTheCosineOfEachPairInOrder() {
    double[] cosines = new EncoderSimilarity(() -> BY_FIRST_LETTER).similarities(List.of("apple", "bear"), List.of("axe", "cat"));
    assertThat(cosines[0]).isCloseTo(1, within(1e-6));
    assertThat(cosines[1]).isCloseTo(0, within(1e-6));
  }

  @Test
  void loadsTheEncoderOnFirstUseOnly() {
    AtomicInteger loads = new AtomicInteger();
    EncoderSimilarity similarity = new EncoderSimilarity(() -> {
      loads.incrementAndGet();
      return BY_FIRST_LETTER;
    });
    assertThat(loads).hasValue(0);
    similarity.similarities(List.of("a"), List.of("b"));
    similarity.similarities(List.of("c"), List.of("d"));
    assertThat(loads).hasValue(1);
  }

  @Test
  void refusesListsOfDifferentLengths() {
    assertThatThrownBy(() -> new EncoderSimilarity(() -> BY_FIRST_LETTER).similarities(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 and 0");
  }
}
