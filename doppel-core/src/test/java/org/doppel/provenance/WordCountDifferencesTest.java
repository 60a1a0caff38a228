package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WordCountDifferencesTest {
  @Test
  void aWordHeldMoreOftenOnOneSideIsListedWithTheDifference() {
    WordCountDifferences d = WordCountDifferences.of(new long[] {5, 3, 5, 9, -2}, new long[] {3, 9, 7, 9, 9});
    assertThat(d.size()).isEqualTo(4);
    assertThat(List.of(d.word(0), d.word(1), d.word(2), d.word(3))).containsExactly(-2L, 5L, 7L, 9L);
    assertThat(List.of(d.difference(0), d.difference(1), d.difference(2), d.difference(3))).containsExactly(1, 2, -1, -2);
  }

  @Test
  void aLargePairThenASmallOneThenTheLargeAgainGiveWhatEachGaveAlone() {
    long[] many = new long[5000];
    for (int i = 0; i < many.length; i++) {
      many[i] = (i % 1200) * 0x9E3779B97F4A7C15L;
    }
    long[] fewer = java.util.Arrays.copyOf(many, 3000);
    WordCountDifferences large = WordCountDifferences.of(many, fewer);
    WordCountDifferences small = WordCountDifferences.of(new long[] {4, 4, 8}, new long[] {8, 16});
    assertThat(List.of(small.word(0), small.word(1), small.difference(0), small.difference(1))).containsExactly(4L, 16L, 2, -1);
    WordCountDifferences again = WordCountDifferences.of(many, fewer);
    assertThat(again.size()).isEqualTo(large.size()).isEqualTo(1200);
    for (int i = 0; i < large.size(); i++) {
      assertThat(again.word(i)).isEqualTo(large.word(i));
      assertThat(again.difference(i)).isEqualTo(large.difference(i));
    }
  }

  /** The same words and differences, in the same order, as counting both bags in a sorted map. */
  @Property(tries = 300)
  void agreesWithCountingInASortedMap(@ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> first,
      @ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> second, @ForAll long salt) {
    // small ranges so that words repeat; the salt spreads them over the whole hash space, collisions of slots included
    long[] a = first.stream().mapToLong(w -> w * 0x9E3779B97F4A7C15L + salt).toArray();
    long[] b = second.stream().mapToLong(w -> w * 0x9E3779B97F4A7C15L + salt).toArray();
    agreeWithASortedMap(a, b);
  }

  /**
   * As above for a bag and its edited copy, most words the same in the same order (walked over in step): words swapped
   * in place, and a run dropped or added that shifts the rest.
   */
  @Property(tries = 300)
  void anEditedCopyAgreesWithCountingInASortedMap(@ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> first,
      @ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> swaps, @ForAll @LongRange(min = 0, max = 20) long cut,
      @ForAll boolean dropped, @ForAll long salt) {
    long[] a = first.stream().mapToLong(w -> w * 0x9E3779B97F4A7C15L + salt).toArray();
    long[] b = a.clone();
    for (int k = 0; k + 1 < swaps.size() && !(b.length == 0); k += 2) {
      b[(int) Math.floorMod(swaps.get(k), b.length)] = swaps.get(k + 1) * 0x9E3779B97F4A7C15L + salt;
    }
    int at = b.length / 3;
    int length = (int) Math.min(cut, b.length - at);
    long[] shifted = new long[dropped ? b.length - length : b.length + length];
    if (dropped) {
      System.arraycopy(b, 0, shifted, 0, at);
      System.arraycopy(b, at + length, shifted, at, b.length - at - length);
    } else {
      System.arraycopy(b, 0, shifted, 0, at);
      for (int k = 0; k < length; k++) {
        shifted[at + k] = (k % 7) * 0x9E3779B97F4A7C15L + salt;
      }
      System.arraycopy(b, at, shifted, at + length, b.length - at);
    }
    agreeWithASortedMap(a, shifted);
    agreeWithASortedMap(shifted, a);
    agreeWithASortedMap(a, b);
  }

  private static void agreeWithASortedMap(long[] a, long[] b) {
    Map<Long, Integer> counts = new TreeMap<>();
    for (long w : a) {
      counts.merge(w, 1, Integer::sum);
    }
    for (long w : b) {
      counts.merge(w, -1, Integer::sum);
    }
    List<Long> words = new ArrayList<>();
    List<Integer> differences = new ArrayList<>();
    counts.forEach((w, n) -> {
      if (n != 0) {
        words.add(w);
        differences.add(n);
      }
    });
    WordCountDifferences d = WordCountDifferences.of(a, b);
    List<Long> gotWords = new ArrayList<>();
    List<Integer> gotDifferences = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      gotWords.add(d.word(i));
      gotDifferences.add(d.difference(i));
    }
    assertThat(gotWords).isEqualTo(words);
    assertThat(gotDifferences).isEqualTo(differences);
  }
}
