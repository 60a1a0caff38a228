package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  @Test
  void countsGivenAtOnceReadBackAsGivenAndAbsentWordsCountZero() {
    long[] hashes = new long[3000];
    int[] counts = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = (i + 1) * 0x9E3779B97F4A7C15L; // enough words to make the table grow
      counts[i] = 1 + i % 97 * 1000;
    }
    hashes[5] = 0L; // the empty slot's value is a word like any other
    DocumentFrequencies frequencies = DocumentFrequencies.of(100_000, hashes, counts);
    assertThat(frequencies.documents()).isEqualTo(100_000);
    for (int i = 0; i < hashes.length; i++) {
      assertThat(frequencies.count(hashes[i])).as("word %d", i).isEqualTo(counts[i]);
    }
    assertThat(frequencies.count(12345L)).isZero();
    int[] seen = {0};
    frequencies.forEach((hash, count) -> seen[0]++);
    assertThat(seen[0]).isEqualTo(hashes.length);
  }

  @Test
  void aTableSizedForItsWordsCountsAsAGrowingOneAndCanStillGrow() {
    DocumentFrequencies sized = DocumentFrequencies.sizedFor(5000);
    DocumentFrequencies growing = new DocumentFrequencies();
    for (int d = 0; d < 40; d++) {
      long[] words = new long[300]; // 40 documents of 300 words over 9,000 distinct ones: more than sized for
      for (int i = 0; i < words.length; i++) {
        words[i] = ((d * 211L + i * 7L) % 9000 + 1) * 0x9E3779B97F4A7C15L;
      }
      sized.add(words.clone());
      growing.add(words);
    }
    int[] distinct = {0};
    growing.forEach((hash, count) -> {
      distinct[0]++;
      assertThat(sized.count(hash)).isEqualTo(count);
    });
    assertThat(distinct[0]).isGreaterThan(5000);
    assertThat(sized.documents()).isEqualTo(growing.documents()).isEqualTo(40);
    assertThat(DocumentFrequencies.sizedFor(0).count(42L)).isZero();
  }

  @Test
  void countsGivenAtOnceEqualCountsOfAddedDocuments() {
    DocumentFrequencies added = new DocumentFrequencies();
    added.add(new long[] {1, 2, 2, 3});
    added.add(new long[] {2, 3});
    added.add(new long[] {3});
    DocumentFrequencies given = DocumentFrequencies.of(3, new long[] {1, 2, 3}, new int[] {1, 2, 3});
    for (long hash = 0; hash <= 4; hash++) {
      assertThat(given.count(hash)).isEqualTo(added.count(hash));
    }
    assertThat(given.documents()).isEqualTo(added.documents());
    java.util.Map<Long, Integer> each = new java.util.TreeMap<>();
    added.forEach(each::put);
    assertThat(each).containsExactly(java.util.Map.entry(1L, 1), java.util.Map.entry(2L, 2), java.util.Map.entry(3L, 3));
  }

  @Test
  void theDistinctHashesAreTheFirstOfEachInTheOrderSeenInPlaceOrCopied() {
    java.util.Random random = new java.util.Random(3);
    for (int n = 0; n < 500; n++) {
      int length = random.nextInt(300);
      long[] hashes = new long[length + random.nextInt(5)]; // a scratch array may be longer than its words
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = random.nextInt(4) == 0 ? 0L : random.nextInt(1 + length / 2) * 0x9E3779B97F4A7C15L;
      }
      long[] expected = java.util.Arrays.stream(hashes, 0, length).distinct().toArray();
      assertThat(DocumentFrequencies.distinct(java.util.Arrays.copyOf(hashes, length))).isEqualTo(expected);
      int distinct = DocumentFrequencies.distinctInPlace(hashes, length);
      assertThat(java.util.Arrays.copyOf(hashes, distinct)).isEqualTo(expected);
    }
  }

  @Test
  void theDistinctHashesOfAHugeTextTakeATableSizedByTheDistinctValuesNotByItsWords() {
    // a 60 MB text is some 9 million words of a few tens of thousands distinct ones: the table sized on the words
    // took 268 MB of a 0.9 GB peak; 4 million words of 40,000 distinct values, one of them the empty slot's value
    java.util.Random random = new java.util.Random(60);
    long[] hashes = new long[4_000_000];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = random.nextInt(40_000) * 0x9E3779B97F4A7C15L;
    }
    long[] expected = java.util.Arrays.stream(hashes).distinct().toArray();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    int distinct = DocumentFrequencies.distinctInPlace(hashes, hashes.length);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(java.util.Arrays.copyOf(hashes, distinct)).isEqualTo(expected);
    assertThat(allocated).as("bytes allocated for 40,000 distinct values").isLessThan(8L << 20); // main: 64 MB
  }
}
