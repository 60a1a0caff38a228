package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.doppel.document.Hashing;
import org.junit.jupiter.api.Test;

class ModelVocabularyTest {
  @Test
  void everyListedWordMayBeOnTheListAndTheFilterNeverHidesOne() {
    ModelVocabulary list = ModelVocabulary.parse("# invented words\nbrindlewise quorvant\n  zelphic # and one more\n");
    assertThat(list.size()).isEqualTo(3);
    for (String word : new String[] {"brindlewise", "quorvant", "zelphic"}) {
      long hash = Hashing.ofChars(word);
      assertThat(list.mayContain(hash)).as(word).isTrue();
      assertThat(list.contains(hash)).as(word).isTrue();
    }
    assertThat(list.contains(Hashing.ofChars("harbour"))).isFalse();
  }

  @Test
  void theBundledListsFilterPassesEveryWordItHoldsAndFewOthers() {
    ModelVocabulary standard = ModelVocabulary.standard();
    Random random = new Random(3);
    int passed = 0;
    for (int i = 0; i < 100_000; i++) {
      long hash = random.nextLong();
      boolean contained = standard.contains(hash);
      assertThat(!contained || standard.mayContain(hash)).isTrue();
      passed += standard.mayContain(hash) ? 1 : 0;
    }
    // one bit of 4,096 a listed word: under a twentieth of other words get past the filter to the table
    assertThat(passed).isLessThan(5_000);
    for (String word : new String[] {"delve", "showcasing", "meticulous", "unwavering"}) {
      assertThat(standard.mayContain(Hashing.ofChars(word))).as(word).isTrue();
      assertThat(standard.contains(Hashing.ofChars(word))).as(word).isTrue();
    }
  }
}
