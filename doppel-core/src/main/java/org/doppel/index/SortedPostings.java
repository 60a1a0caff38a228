package org.doppel.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * An int key to doc-number multimap stored as one sorted array of {@code key << 32 | doc} longs:
 * exactly 8 bytes per posting and no per-key overhead, against ~60 for a
 * {@code HashMap<Integer, List<Integer>>} and ~30 for open addressing with a key table (each anchor
 * is nearly unique, so a key table is as large as the postings). Adds go to an unsorted tail that is
 * sorted and merged in before the next lookup, so a scan that adds everything and then queries sorts once.
 * The tail holds only the keys, 4 bytes a posting, with the doc number once per run of keys added for
 * the same doc (a document adds all its keys together): half of the 8 bytes that were most of a scan's
 * memory beyond the texts while documents are added (docs/benchmarks.md, "Fourth pass").
 *
 * <p>Adds are not thread-safe; once added, lookups may run from several threads.
 */
final class SortedPostings {
  /**
   * Keys added since the last merge, in blocks of {@value #BLOCK} (256 KB): a doubling array left
   * the postings' size again in garbage copies, and as much again in unused capacity.
   */
  private static final int BLOCK = 1 << 16;
  private volatile long[] sorted = new long[0];
  private final ArrayList<int[]> pending = new ArrayList<>();
  private int[] block = new int[256];
  private int inBlock;
  /** The runs of pending keys added for one doc: run {@code r} is doc {@code runDocs[r]} from key {@code runStarts[r]} on. */
  private int[] runDocs = new int[16];
  private int[] runStarts = new int[16];
  private int runs;
  private volatile int pendingCount;
  /** Slices a merge and a pass over the runs are cut into per worker of the pool they run on (see {@link #slices}). */
  private static final int SLICES_PER_WORKER = 4;
  /** Slices a merge and a pass over the runs are cut into; 0: a few per worker of the pool they run on. */
  private final int parts;

  SortedPostings() {
    this(0);
  }

  /** Postings whose merges and passes are cut into {@code parts} slices, whatever the pool (for tests). */
  SortedPostings(int parts) {
    if (parts < 0) {
      throw new IllegalArgumentException("parts must be >= 0, got " + parts);
    }
    this.parts = parts;
  }

  void add(int key, int doc) {
    if (runs == 0 || runDocs[runs - 1] != doc) {
      if (runs == runDocs.length) {
        runDocs = Arrays.copyOf(runDocs, runs * 2);
        runStarts = Arrays.copyOf(runStarts, runs * 2);
      }
      runDocs[runs] = doc;
      runStarts[runs++] = pendingCount;
    }
    if (inBlock == block.length) {
      if (block.length < BLOCK) { // small indexes (a query, a test) grow their first block
        block = Arrays.copyOf(block, block.length * 4);
      } else {
        pending.add(block);
        block = new int[BLOCK];
        inBlock = 0;
      }
    }
    block[inBlock++] = key;
    pendingCount++;
  }

  /** Number of docs posted under {@code key}, counted up to {@code limit + 1}. */
  int count(int key, int limit) {
    merge();
    int n = 0;
    for (int p = lowerBound(key); p < sorted.length && (int) (sorted[p] >> 32) == key && n <= limit; p++) {
      n++;
    }
    return n;
  }

  /** The docs posted under {@code key}, in doc order. */
  int[] docs(int key) {
    merge();
    long[] view = sorted;
    int from = lowerBound(view, key);
    int to = from;
    while (to < view.length && (int) (view[to] >> 32) == key) {
      to++;
    }
    int[] out = new int[to - from];
    for (int p = from; p < to; p++) {
      out[p - from] = (int) view[p];
    }
    return out;
  }

  /** Receives the docs posted under one key: {@code docs[from..to)}, ascending. */
  interface RunSink {
    void accept(long[] postings, int from, int to);
  }

  /** Feeds every key's postings to {@code sink}, skipping keys posted under more than {@code maxRun} docs. */
  void forEachRun(int maxRun, RunSink sink) {
    forEachRun(maxRun, 0, 1, sink);
  }

  /**
   * As {@link #forEachRun(int, RunSink)} for slice {@code part} of {@code parts} of the keys: the slices are
   * consecutive, cut at key boundaries, and together hold every key once, so the parts can be fed apart (in
   * parallel) and their results joined in part order to give what one pass gives.
   */
  void forEachRun(int maxRun, int part, int parts, RunSink sink) {
    forEachRun(2, maxRun, part, parts, sink);
  }

  /**
   * As {@link #forEachRun(int, int, int, RunSink)}, but feeds only the keys it skips: those posted under more than
   * {@code maxRun} docs (a text copied into many documents shares its keys with all of them).
   */
  void forEachLongerRun(int maxRun, int part, int parts, RunSink sink) {
    forEachRun(maxRun + 1, Integer.MAX_VALUE, part, parts, sink);
  }

  private void forEachRun(int minRun, int maxRun, int part, int parts, RunSink sink) {
    merge();
    long[] view = sorted;
    int start = sliceStart(view, part, parts);
    int stop = sliceStart(view, part + 1, parts);
    while (start < stop) {
      int key = (int) (view[start] >> 32);
      int end = start + 1;
      while (end < view.length && (int) (view[end] >> 32) == key) {
        end++;
      }
      if (end - start <= maxRun && end - start >= minRun) {
        sink.accept(view, start, end);
      }
      start = end;
    }
  }

  /** Where slice {@code part} of {@code parts} begins: at the first key starting at or after its share. */
  private static int sliceStart(long[] view, int part, int parts) {
    int at = (int) ((long) view.length * part / parts);
    while (at > 0 && at < view.length && (int) (view[at] >> 32) == (int) (view[at - 1] >> 32)) {
      at++;
    }
    return at;
  }

  /** The slices given, or the workers of the current pool ({@link #slices} cuts a few per worker). */
  int parts() {
    if (parts > 0) {
      return parts;
    }
    ForkJoinPool pool = ForkJoinTask.getPool();
    return Math.max(1, pool != null ? pool.getParallelism() : ForkJoinPool.getCommonPoolParallelism());
  }

  /**
   * Slices to cut a merge or a pass over the runs into: those given, or {@value #SLICES_PER_WORKER} per worker
   * of the current pool (one on one thread). One slice per worker left one of two workers merging the anchors'
   * postings and sorting their pairs alone: the scan counts its stock lines beside the candidate pairs, on the
   * other worker, which came free with no slice left to take (a JFR profile of a two-thread scan of 100,000
   * documents: 80 samples of merging and sorting on one worker, 20 on the other; docs/benchmarks.md, "Eighth
   * pass"). The postings and the runs are the same for any number of slices; each slice of a merge costs a
   * table of 2^16 counts while the merge runs.
   */
  int slices() {
    if (parts > 0) {
      return parts;
    }
    int workers = parts();
    return workers == 1 ? 1 : workers * SLICES_PER_WORKER;
  }

  /** Doc number stored in a posting. */
  static int docOf(long posting) {
    return (int) posting;
  }

  long memoryBytes() {
    return 8L * sorted.length + 4L * ((long) pending.size() * BLOCK + block.length) + 8L * runDocs.length;
  }

  private int lowerBound(int key) {
    return lowerBound(sorted, key);
  }

  private static int lowerBound(long[] sorted, int key) {
    return SortedLongs.firstAtLeast(sorted, (long) key << 32);
  }

  void merge() {
    if (pendingCount == 0) {
      return;
    }
    mergePending();
  }

  private synchronized void mergePending() {
    if (pendingCount == 0) {
      return;
    }
    pending.add(block);
    long[] tail = pendingCount >= BUCKETED_MIN ? bucketed(slices()) : sortedInPlace(postings());
    pending.clear();
    block = new int[256];
    inBlock = 0;
    runDocs = new int[16];
    runStarts = new int[16];
    runs = 0;
    if (sorted.length == 0) { // the first merge, as in a scan: the tail is the postings, no second copy
      sorted = tail;
      pendingCount = 0; // after the new postings are visible: a lookup that sees no pending adds reads them
      return;
    }
    long[] merged = new long[sorted.length + tail.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < sorted.length && j < tail.length) {
      merged[k++] = sorted[i] <= tail[j] ? sorted[i++] : tail[j++];
    }
    while (i < sorted.length) {
      merged[k++] = sorted[i++];
    }
    while (j < tail.length) {
      merged[k++] = tail[j++];
    }
    sorted = merged;
    pendingCount = 0;
  }

  /** Tails shorter than this are sorted whole: the buckets' counts would cost more than they save. */
  private static final int BUCKETED_MIN = 1 << 12;
  /** Buckets of {@link #bucketed}: the top 16 bits of the key. */
  private static final int BUCKET_BITS = 16;

  /** The pending postings, {@code key << 32 | doc}, in the order they were added. */
  private long[] postings() {
    long[] tail = new long[pendingCount];
    int run = 0;
    for (int p = 0; p < pendingCount; p++) {
      while (run + 1 < runs && runStarts[run + 1] == p) {
        run++;
      }
      tail[p] = posting(pending.get(p / BLOCK)[p % BLOCK], runDocs[run]);
    }
    return tail;
  }

  private static long posting(int key, int doc) {
    return ((long) key << 32) | (doc & 0xFFFFFFFFL);
  }

  private static long[] sortedInPlace(long[] tail) {
    Arrays.parallelSort(tail);
    return tail;
  }

  /**
   * The pending postings sorted: placed straight from the pending blocks into buckets by the top bits of their
   * key (sign flipped, so negative keys come first), then each bucket, a few hundred postings at most in a
   * scan, sorted on its own. Sorting all the 8-byte postings at once by comparison was about 3% of a
   * 20,000-document scan's CPU on the C1 compiler ./doppel runs; this needs no buffer beyond the result.
   *
   * <p>With {@code parts > 1} the pending postings are counted and placed in {@code parts} consecutive slices
   * and the buckets sorted in {@code parts} ranges, in parallel (on the caller's fork-join pool when it runs on
   * one): on one thread this was a second of a two-thread scan of 100,000 documents (docs/benchmarks.md,
   * "Sixth pass"). Each slice has its own counts and so its own place in every bucket, which costs
   * {@code parts} tables of 2^16 counts; a bucket sorted whole does not depend on the order its postings were
   * placed in, so the result is the same for any {@code parts}.
   */
  private long[] bucketed(int parts) {
    int buckets = 1 << BUCKET_BITS;
    int total = pendingCount;
    int[] sliceStarts = new int[parts + 1];
    for (int s = 0; s <= parts; s++) {
      sliceStarts[s] = (int) ((long) total * s / parts);
    }
    int[][] counts = new int[parts][];
    inParallel(parts, s -> {
      int[] count = new int[buckets];
      for (int p = sliceStarts[s]; p < sliceStarts[s + 1]; p++) {
        count[bucket(pending.get(p / BLOCK)[p % BLOCK])]++;
      }
      counts[s] = count;
    });
    int[] bucketStarts = new int[buckets + 1];
    for (int b = 0, at = 0; b < buckets; b++) { // slice s places its postings of bucket b after slices 0..s-1's
      bucketStarts[b] = at;
      for (int[] count : counts) {
        int n = count[b];
        count[b] = at;
        at += n;
      }
      bucketStarts[b + 1] = at;
    }
    long[] tail = new long[total];
    inParallel(parts, s -> {
      int[] next = counts[s];
      int run = runAt(sliceStarts[s]);
      for (int p = sliceStarts[s]; p < sliceStarts[s + 1]; p++) {
        while (run + 1 < runs && runStarts[run + 1] == p) {
          run++;
        }
        int key = pending.get(p / BLOCK)[p % BLOCK];
        tail[next[bucket(key)]++] = posting(key, runDocs[run]);
      }
    });
    inParallel(parts, s -> {
      for (int b = (int) ((long) buckets * s / parts), end = (int) ((long) buckets * (s + 1) / parts); b < end; b++) {
        if (bucketStarts[b + 1] - bucketStarts[b] > 1) {
          Arrays.sort(tail, bucketStarts[b], bucketStarts[b + 1]);
        }
      }
    });
    return tail;
  }

  /** The run of pending posting {@code p}: the last run starting at or before it. */
  private int runAt(int p) {
    int low = 0;
    int high = runs - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (runStarts[mid] <= p) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Runs {@code work} for {@code 0..parts-1}: on this thread when one, else as parallel tasks. */
  private static void inParallel(int parts, IntConsumer work) {
    if (parts == 1) {
      work.accept(0);
    } else {
      IntStream.range(0, parts).parallel().forEach(work);
    }
  }

  private static int bucket(int key) {
    return (key >>> (32 - BUCKET_BITS)) ^ (1 << (BUCKET_BITS - 1));
  }
}
