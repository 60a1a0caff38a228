package org.doppel.match.sentence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.match.LongestIncreasing;

/**
 * The words two sentences share, matched one to one (the k-th "the" of one sentence with the k-th
 * "the" of the other), and how the order of the matched words differs.
 *
 * <p>Reading the matched words in the first sentence's order gives a permutation of their positions
 * in the second. Its longest increasing subsequence (LIS) is the largest set of words kept in
 * order; the others were moved. A paraphrase that moves a clause ("In 1990 he moved" → "He moved
 * in 1990") moves one block of several words; a swap of two names ("from New York to Florida" →
 * "from Florida to New York") moves single words or short blocks, and the moved words are names or
 * numbers. Blocks are maximal runs of words adjacent in both sentences.
 */
public final class WordAlignment {
  private final int matched;
  private final int inOrder;
  private final int blocks;
  private final int movedWords;
  private final int movedSingles;
  private final int movedNamesOrNumbers;
  private final int movedBlocks;
  private final long inversions;

  private WordAlignment(int matched, int inOrder, int blocks, int movedWords, int movedSingles,
      int movedNamesOrNumbers, int movedBlocks, long inversions) {
    this.matched = matched;
    this.inOrder = inOrder;
    this.blocks = blocks;
    this.movedWords = movedWords;
    this.movedSingles = movedSingles;
    this.movedNamesOrNumbers = movedNamesOrNumbers;
    this.movedBlocks = movedBlocks;
    this.inversions = inversions;
  }

  /** Matches the words of {@code a} with those of {@code b} and measures their order. */
  public static WordAlignment of(SentenceWords a, SentenceWords b) {
    List<int[]> pairs = matchedPairs(a, b);
    int n = pairs.size();
    int[] posB = positionsInB(pairs);
    boolean[] kept = LongestIncreasing.marked(posB, posB.length);
    int[] blockOf = blockOf(pairs, posB);
    int blocks = n == 0 ? 0 : blockOf[n - 1] + 1;
    int[] blockLength = blockLengths(blockOf, blocks);
    int inOrder = 0;
    int moved = 0;
    int movedSingles = 0;
    int movedNames = 0;
    boolean[] blockMoved = new boolean[blocks];
    for (int k = 0; k < n; k++) {
      if (kept[k]) {
        inOrder++;
        continue;
      }
      moved++;
      blockMoved[blockOf[k]] = true;
      if (blockLength[blockOf[k]] == 1) {
        movedSingles++;
      }
      int i = pairs.get(k)[0];
      if (a.isName(i) || a.isNumber(i)) {
        movedNames++;
      }
    }
    int movedBlocks = 0;
    for (boolean m : blockMoved) {
      movedBlocks += m ? 1 : 0;
    }
    return new WordAlignment(n, inOrder, blocks, moved, movedSingles, movedNames, movedBlocks, inversions(posB));
  }

  /**
   * The words matched one to one, as {position in a, position in b} in {@code a}'s order: the k-th occurrence of a word
   * in {@code a} with its k-th in {@code b}.
   */
  private static List<int[]> matchedPairs(SentenceWords a, SentenceWords b) {
    Map<String, ArrayDeque<Integer>> positionsInB = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      positionsInB.computeIfAbsent(b.word(j), w -> new ArrayDeque<>()).addLast(j);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      ArrayDeque<Integer> free = positionsInB.get(a.word(i));
      if (free != null && !free.isEmpty()) {
        pairs.add(new int[] {i, free.pollFirst()});
      }
    }
    return pairs;
  }

  /** The matched words' positions in {@code b}, in {@code a}'s order: the permutation whose order is measured. */
  private static int[] positionsInB(List<int[]> pairs) {
    int[] posB = new int[pairs.size()];
    for (int k = 0; k < posB.length; k++) {
      posB[k] = pairs.get(k)[1];
    }
    return posB;
  }

  /** The block of each matched word, numbered from 0: blocks are maximal runs adjacent in both sentences. */
  private static int[] blockOf(List<int[]> pairs, int[] posB) {
    int[] blockOf = new int[posB.length];
    int blocks = 0;
    for (int k = 0; k < posB.length; k++) {
      boolean continues = k > 0 && pairs.get(k)[0] == pairs.get(k - 1)[0] + 1 && posB[k] == posB[k - 1] + 1;
      if (!continues) {
        blocks++;
      }
      blockOf[k] = blocks - 1;
    }
    return blockOf;
  }

  /** How many words each of the {@code blocks} blocks holds. */
  private static int[] blockLengths(int[] blockOf, int blocks) {
    int[] blockLength = new int[blocks];
    for (int block : blockOf) {
      blockLength[block]++;
    }
    return blockLength;
  }

  /** Pairs out of order, by merge sort. */
  private static long inversions(int[] values) {
    int[] copy = Arrays.copyOf(values, values.length);
    return sortCounting(copy, new int[copy.length], 0, copy.length);
  }

  private static long sortCounting(int[] v, int[] tmp, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count = sortCounting(v, tmp, from, mid) + sortCounting(v, tmp, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (v[i] <= v[j]) {
        tmp[k++] = v[i++];
      } else {
        count += mid - i;
        tmp[k++] = v[j++];
      }
    }
    while (i < mid) {
      tmp[k++] = v[i++];
    }
    while (j < to) {
      tmp[k++] = v[j++];
    }
    System.arraycopy(tmp, from, v, from, to - from);
    return count;
  }

  /** Words matched one to one. */
  public int matched() {
    return matched;
  }

  /** Matched words in the longest run kept in the same order. */
  public int inOrder() {
    return inOrder;
  }

  /** Maximal runs of matched words adjacent in both sentences. */
  public int blocks() {
    return blocks;
  }

  /** Matched words outside the longest in-order run. */
  public int movedWords() {
    return movedWords;
  }

  /** Moved words that moved alone (a block of one word). */
  public int movedSingles() {
    return movedSingles;
  }

  /** Moved words that are names or numbers. */
  public int movedNamesOrNumbers() {
    return movedNamesOrNumbers;
  }

  /** Blocks with at least one moved word. */
  public int movedBlocks() {
    return movedBlocks;
  }

  /** Pairs of matched words whose order differs: 0 when in the same order. */
  public long inversions() {
    return inversions;
  }
}
