package org.doppel.match;

import java.util.Arrays;
import java.util.List;

/**
 * For each stem key of a document's {@link SentenceBag}s, the sentences that hold it, in ascending order: the
 * postings {@link SentenceAligner} looks each sentence of the other document up in. Open addressing over unboxed
 * keys with the sentences chained in arrays; a map of boxed keys to lists cost sentence alignment a third of its
 * time under the scan's C1 compiler.
 */
final class StemPostings {
  private final long[] slotKeys;
  /** First entry of each slot's chain, -1 for an empty slot. */
  private final int[] slotFirst;
  private final int[] slotLast;
  private final int[] entrySentence;
  /** The next entry of the same key, -1 at the end of its chain. */
  private final int[] entryNext;
  private final int mask;

  private StemPostings(int keyCount) {
    int capacity = Integer.highestOneBit(Math.max(4, keyCount) * 2 - 1) << 1;
    slotKeys = new long[capacity];
    slotFirst = new int[capacity];
    slotLast = new int[capacity];
    Arrays.fill(slotFirst, -1);
    entrySentence = new int[keyCount];
    entryNext = new int[keyCount];
    mask = capacity - 1;
  }

  /** The postings of {@code bags}: sentence {@code j} is {@code bags.get(j)}; each bag holds a key at most once. */
  static StemPostings of(List<SentenceBag> bags) {
    long[][] keys = new long[bags.size()][];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = bags.get(j).keys;
    }
    return ofKeys(keys);
  }

  /** The postings of sentences whose distinct keys are {@code keysBySentence[j]} for sentence {@code j}. */
  static StemPostings ofKeys(long[][] keysBySentence) {
    int keyCount = 0;
    for (long[] keys : keysBySentence) {
      keyCount += keys.length;
    }
    StemPostings postings = new StemPostings(keyCount);
    int entries = 0;
    for (int j = 0; j < keysBySentence.length; j++) {
      for (long key : keysBySentence[j]) {
        postings.add(key, j, entries++);
      }
    }
    return postings;
  }

  private void add(long key, int sentence, int entry) {
    int slot = slotOf(key);
    entrySentence[entry] = sentence;
    entryNext[entry] = -1;
    if (slotFirst[slot] < 0) {
      slotKeys[slot] = key;
      slotFirst[slot] = entry;
    } else {
      entryNext[slotLast[slot]] = entry;
    }
    slotLast[slot] = entry;
  }

  /** The slot of {@code key}: where it lies, or the empty slot where it would go. */
  private int slotOf(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (slotFirst[slot] >= 0 && slotKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The first entry for {@code key}, or -1 when no sentence holds it; then {@link #next(int)} until -1. */
  int first(long key) {
    return slotFirst[slotOf(key)];
  }

  int next(int entry) {
    return entryNext[entry];
  }

  /** The sentence of {@code entry}. */
  int sentence(int entry) {
    return entrySentence[entry];
  }
}
