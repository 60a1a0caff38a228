package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongestIncreasingTest {
  @Test
  void longestIncreasingSubsequenceIsMarked() {
    boolean[] kept = LongestIncreasing.marked(new int[] {3, 0, 1, 4, 2, 5}, 6);
    int count = 0;
    for (boolean k : kept) {
      count += k ? 1 : 0;
    }
    assertThat(count).isEqualTo(4); // 0 1 2 5 or 0 1 4 5
    assertThat(kept[1]).isTrue();
    assertThat(kept[5]).isTrue();
  }

  @Test
  void ofEqualValuesOnlyOneIsKeptAndOfSeveralLongestTheSameIsChosenEachTime() {
    assertThat(LongestIncreasing.marked(new int[] {2, 2, 2}, 3)).containsExactly(false, false, true);
    // 1 4 5 and 1 2 5 are both longest: the later pile's top, 2, is the one kept
    assertThat(LongestIncreasing.marked(new int[] {1, 4, 2, 5}, 4)).containsExactly(true, false, true, true);
  }

  @Test
  void onlyTheFirstLengthValuesAreRead() {
    assertThat(LongestIncreasing.marked(new int[] {5, 1, 2, 3}, 2)).containsExactly(false, true);
    assertThat(LongestIncreasing.marked(new int[] {7}, 0)).isEmpty();
  }
}
