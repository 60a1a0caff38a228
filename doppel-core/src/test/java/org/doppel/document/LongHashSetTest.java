package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
  @Test
  void commonCountsTheValuesBothSetsHoldWhateverTheirSizes() {
    Random random = new Random(19);
    for (int trial = 0; trial < 500; trial++) {
      // few distinct values, so that the sets share many, collide in their slots and repeat; 0 now and then
      int range = 1 + random.nextInt(400);
      long[] a = values(random, random.nextInt(300), range);
      long[] b = values(random, random.nextInt(900), range);
      Set<Long> inA = new HashSet<>();
      for (long v : a) {
        inA.add(v);
      }
      Set<Long> shared = new HashSet<>();
      for (long v : b) {
        if (inA.contains(v)) {
          shared.add(v);
        }
      }
      LongHashSet setA = LongHashSet.of(a);
      LongHashSet setB = LongHashSet.of(b);
      assertThat(setA.common(setB)).isEqualTo(shared.size());
      assertThat(setB.common(setA)).isEqualTo(shared.size());
      assertThat(setA.size()).isEqualTo(inA.size());
    }
  }

  @Test
  void aSetSharesAllItsValuesWithItselfAndNoneWithAnEmptySet() {
    LongHashSet set = LongHashSet.of(new long[] {0, 7, -7, Long.MIN_VALUE, 7});
    assertThat(set.common(set)).isEqualTo(4);
    assertThat(set.common(LongHashSet.of(new long[0]))).isZero();
    assertThat(set.contains(0)).isTrue();
    assertThat(set.contains(8)).isFalse();
  }

  @Test
  void valuesWhoseLowBitsCollideAreEachCountedOnceAcrossTheTablesEnd() {
    // every value lands in the last slots and probes round the table's end to its start: long chains, repeats and 0
    long[] a = new long[40];
    long[] b = new long[30];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((long) (i % 25) << 40) | 0x7F; // 25 distinct values, one slot wanted by all, 15 given twice
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = i == 0 ? 0 : ((long) (i + 10) << 40) | 0x7F; // 0, then 11..39: 14 of them shared with a's 0..24
    }
    LongHashSet setA = LongHashSet.of(a);
    LongHashSet setB = LongHashSet.of(b);
    assertThat(setA.size()).isEqualTo(25);
    assertThat(setB.size()).isEqualTo(30);
    assertThat(setA.common(setB)).isEqualTo(14);
    assertThat(setB.common(setA)).isEqualTo(14);
    assertThat(setB.common(LongHashSet.of(new long[] {0, 0}))).isEqualTo(1);
  }

  private static long[] values(Random random, int count, int range) {
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      int v = random.nextInt(range);
      values[i] = v == 0 ? 0 : v * 0x9E3779B97F4A7C15L; // spread as Hashing's values are, low bits picking the slot
    }
    return values;
  }
}
