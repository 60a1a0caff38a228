package org.doppel.provenance;

import java.util.Arrays;
import org.doppel.document.TokenSequence;

/**
 * In how many documents of the corpus each word occurs: the rarity that {@link RewriteSignal} weighs. Words
 * are the 64-bit hashes of their normalised form, kept in an open-addressing table (12 bytes a slot, at most
 * half full), so a corpus with a million distinct words costs about 24 MB.
 *
 * <p>Not thread-safe while documents are added; reading once adding is done is safe.
 */
public final class DocumentFrequencies implements WordFrequencies {
  private static final long EMPTY = 0L;
  private static final int FIRST_SLOTS = 1 << 12;
  private long[] keys;
  private int[] counts;
  private int size;
  private boolean hasZero;
  private int zeroCount;
  private int documents;

  /** An empty table that grows as words come. */
  public DocumentFrequencies() {
    this(FIRST_SLOTS);
  }

  private DocumentFrequencies(int slots) {
    keys = new long[slots];
    counts = new int[slots];
  }

  /**
   * An empty table with room for {@code words} distinct words without growing. For a caller that knows the count
   * up front: growing leaves a chain of ever larger tables behind, and on a large corpus (a million entries and
   * more) those outlive the young generation and raise the process's peak memory.
   */
  public static DocumentFrequencies sizedFor(int words) {
    int slots = FIRST_SLOTS;
    while (slots < 2 * (long) words + 2) {
      slots <<= 1;
    }
    return new DocumentFrequencies(slots);
  }

  /**
   * Frequencies counted elsewhere, e.g. by a distributed job that needs, for one pair, only the counts of the
   * two documents' words: {@code counts[i]} of {@code documents} documents hold the word {@code hashes[i]};
   * words not given count 0. Hashes must be distinct.
   */
  public static DocumentFrequencies of(int documents, long[] hashes, int[] counts) {
    if (hashes.length != counts.length) {
      throw new IllegalArgumentException("need a count per hash, got " + hashes.length + " hashes and " + counts.length + " counts");
    }
    DocumentFrequencies frequencies = new DocumentFrequencies();
    for (int i = 0; i < hashes.length; i++) {
      frequencies.increment(hashes[i], counts[i]); // at once: a common word's count is a good part of the corpus
    }
    frequencies.documents = documents;
    return frequencies;
  }

  /** Counts each distinct word of one document once. */
  public void add(TokenSequence words) {
    long[] distinct = new long[words.size()];
    for (int i = 0; i < distinct.length; i++) {
      distinct[i] = words.hash(i);
    }
    add(distinct);
  }

  /** Counts each distinct hash of one document's words once; {@code hashes} may repeat and is reordered. */
  public void add(long[] hashes) {
    Arrays.sort(hashes);
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        increment(hashes[i]);
      }
    }
    documents++;
  }

  /**
   * Counts each of {@code distinct}, the distinct hashes of one document's words as {@link #distinct}
   * gives them: the caller may compute them on its own thread, leaving only the counting here.
   */
  public void addDistinct(long[] distinct) {
    for (long hash : distinct) {
      increment(hash);
    }
    documents++;
  }

  /**
   * The distinct values of {@code hashes}, in the order first seen. A hash set, not a sort: sorting a
   * document's 500 word hashes to drop repeats was a tenth of a 20,000-document scan's analysis time.
   */
  public static long[] distinct(long[] hashes) {
    long[] copy = hashes.clone();
    return Arrays.copyOf(copy, distinctInPlace(copy, copy.length));
  }

  /**
   * The distinct hashes of {@code words}, in the order first seen, gathered in this thread's scratch array: an array
   * of every word's hash, then one as long again for the distinct ones, were 6% of the bytes a copies-only scan
   * allocated.
   */
  public static long[] distinct(TokenSequence words) {
    int size = words.size();
    long[] hashes = scratch(WORDS, size);
    for (int i = 0; i < size; i++) {
      hashes[i] = words.hash(i);
    }
    return Arrays.copyOf(hashes, distinctInPlace(hashes, size));
  }

  /**
   * Moves the distinct values of {@code hashes[0, length)} to its front, in the order first seen, and returns how
   * many there are: a caller with its own scratch array allocates only the result, not an array of every word too.
   */
  static int distinctInPlace(long[] hashes, int length) {
    // at most half full, as the table sized on every word was; past this thread's kept table it grows with the
    // distinct values, not with the words: a 60 MB text's 9 million words (50,000 distinct) took a 268 MB table
    int capacity = Math.min(Integer.highestOneBit(Math.max(4, length) * 2 - 1) << 1, MAX_KEPT_TABLE);
    long[] table = scratch(TABLE, capacity);
    int mask = capacity - 1;
    int n = 0;
    int inTable = 0;
    boolean zeroSeen = false;
    for (int i = 0; i < length; i++) {
      long hash = hashes[i];
      if (hash == EMPTY) {
        if (!zeroSeen) {
          zeroSeen = true;
          hashes[n++] = hash;
        }
        continue;
      }
      for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
        if (table[slot] == hash) {
          break;
        }
        if (table[slot] == EMPTY) {
          table[slot] = hash;
          hashes[n++] = hash; // n <= i: a value not read yet is never overwritten
          if (++inTable * 2 > capacity) {
            long[] larger = rehashed(hashes, n, capacity * 2);
            clearIfKept(table, capacity);
            table = larger;
            capacity *= 2;
            mask = capacity - 1;
          }
          break;
        }
      }
    }
    clearIfKept(table, capacity);
    return n;
  }

  /** A new table of {@code capacity} slots holding the distinct values {@code hashes[0, n)} (the empty value left out). */
  private static long[] rehashed(long[] hashes, int n, int capacity) {
    long[] table = new long[capacity];
    for (int i = 0; i < n; i++) {
      if (hashes[i] != EMPTY) {
        table[slotOf(table, hashes[i])] = hashes[i];
      }
    }
    return table;
  }

  /** The slot of {@code hash} in {@code table} (its whole length, a power of two), or the empty slot where it goes. */
  private static int slotOf(long[] table, long hash) {
    int mask = table.length - 1;
    int slot = mix(hash) & mask;
    while (table[slot] != hash && table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Leaves this thread's kept table empty for its next use; a table grown past it is dropped. */
  private static void clearIfKept(long[] table, int capacity) {
    if (capacity <= MAX_KEPT_TABLE) {
      Arrays.fill(table, 0, capacity, EMPTY);
    }
  }

  /** Scratch arrays above this many longs are not kept per thread (one huge document must not pin memory). */
  private static final int MAX_KEPT_TABLE = 1 << 16;
  /** Which of a thread's scratch arrays: {@link #distinctInPlace}'s hash table, {@link #distinct(TokenSequence)}'s words. */
  private static final int TABLE = 0;
  private static final int WORDS = 1;
  /**
   * Scratch arrays per thread: the table is left empty after each use (a new table per document was a tenth of the
   * bytes a scan allocates); the words are overwritten by the next use.
   */
  private static final ThreadLocal<long[][]> SCRATCH = ThreadLocal.withInitial(() -> new long[][] {new long[1024], new long[1024]});

  /** Scratch array {@code which}, of at least {@code capacity} longs: this thread's when it fits. */
  private static long[] scratch(int which, int capacity) {
    if (capacity > MAX_KEPT_TABLE) {
      return new long[capacity];
    }
    long[][] holder = SCRATCH.get();
    if (holder[which].length < capacity) {
      holder[which] = new long[capacity];
    }
    return holder[which];
  }

  /**
   * Corpora smaller than this support no rarity clue: document frequency needs many documents to mean
   * anything (in a corpus of nine, a hand-edited copy's six changed words were no rarer than the original's).
   */
  public static final int MIN_DOCUMENTS = 20;

  /** Receives a word's hash and its count. */
  public interface CountSink {
    void accept(long hash, int count);
  }

  /** Calls {@code sink} with every word counted and its count, in no particular order. */
  public void forEach(CountSink sink) {
    if (hasZero) {
      sink.accept(EMPTY, zeroCount);
    }
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != EMPTY) {
        sink.accept(keys[slot], counts[slot]);
      }
    }
  }

  /** Documents counted. */
  @Override
  public int documents() {
    return documents;
  }

  @Override
  public int count(long hash) {
    if (hash == EMPTY) {
      return hasZero ? zeroCount : 0;
    }
    int mask = keys.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == hash) {
        return counts[slot];
      }
      if (keys[slot] == EMPTY) {
        return 0;
      }
    }
  }

  private void increment(long hash) {
    increment(hash, 1);
  }

  private void increment(long hash, int by) {
    if (by <= 0) {
      return;
    }
    if (hash == EMPTY) {
      hasZero = true;
      zeroCount += by;
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == hash) {
        counts[slot] += by;
        return;
      }
      if (keys[slot] == EMPTY) {
        keys[slot] = hash;
        counts[slot] = by;
        size++;
        return;
      }
    }
  }

  /** Doubles the table, as {@link #distinctInPlace} grows its own: the keys rehashed, each count moved with its key. */
  private void grow() {
    long[] larger = rehashed(keys, keys.length, keys.length * 2);
    int[] largerCounts = new int[larger.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        largerCounts[slotOf(larger, keys[i])] = counts[i];
      }
    }
    keys = larger;
    counts = largerCounts;
  }

  private static int mix(long hash) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
