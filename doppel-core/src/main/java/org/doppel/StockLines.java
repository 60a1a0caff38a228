package org.doppel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.LongPredicate;
import org.doppel.document.Hashing;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.LineKeys;
import org.doppel.provenance.DocumentFrequencies;
import org.jspecify.annotations.Nullable;

/**
 * Boilerplate learned from the corpus itself: lines (paragraphs, headings, prompts) that recur in
 * many documents in different surroundings, such as a site's newsletter prompt or an agency's
 * footer under every article. Such a line is true shared text but no evidence that one document
 * took it from the other.
 *
 * <p>A line counts once per distinct surrounding (the lines before and after it, each by its smallest
 * word hash, which light edits seldom change), so an article that many sites carry whole or lightly
 * edited, whose lines keep their neighbours, does not become stock, while a prompt printed under a
 * different article each time does. A block of lines at a text's edge (a site's two-line header above
 * every article) is counted the same way as one line ({@link #MAX_EDGE_BLOCK}): its first line, whose only
 * neighbour is the block's next line, is never seen in many surroundings, the block is. Keeps 16 bytes a
 * line, and as much for each of up to four edge blocks a document (its key and its key in surroundings)
 * as documents are added and counts them once adding is done (two hash tables, about 50 bytes a line,
 * only while counting).
 *
 * <p>A distributed scan counts the same thing with its own aggregation over {@link #lines} and hands
 * the result back as {@link #known}: a line is stock when the documents that first brought one of its
 * surroundings (in the order documents are added) number at least {@link #minSurroundings}.
 */
public final class StockLines {
  /**
   * The longest block of lines at either edge of a text (a site's header, its footer) counted as one: the
   * first 2 to this many lines, and the last, short of the whole text. A block's lines keep one another as neighbours on every page,
   * so no line of it is seen in many surroundings, though the block is (inside a text a block's outer
   * lines have neighbours that vary, and are learnt one by one).
   */
  static final int MAX_EDGE_BLOCK = 3;
  /**
   * What a standing index's stock rows hold, part of its layout: the edge blocks' rows beside the lines'. An index
   * built before edge blocks were counted holds none, so it would count no site header as stock and answer otherwise
   * than a scan; it is refused on open, as an index of any other layout is.
   */
  public static final String LAYOUT = "stock rows with a text's first and last 2 to " + MAX_EDGE_BLOCK + " lines as blocks";
  private final int minLineWords;
  private final int minSurroundings;
  /** Whether a line key is stock, when that was counted elsewhere; null while this instance learns them. */
  private final java.util.function.@Nullable LongPredicate known;
  /**
   * The lines of the documents added so far, in the order added: {@code addedKeys[i]} and
   * {@code addedInSurroundings[i]} are line {@code i}'s {@link Lines}, and document {@code d}'s lines end
   * at {@code documentEnds[d]}. 16 bytes a line; they are counted when first asked ({@link #stockKeys}).
   */
  private long[] addedKeys = new long[256];
  private long[] addedInSurroundings = new long[256];
  private int added;
  private int[] documentEnds = new int[64];
  private int documents;
  /** The stock line keys, sorted, as counted from the lines added so far; null when more were added since. */
  private volatile long @Nullable [] counted;

  /**
   * @param minLineWords lines shorter than this are never stock (nor candidates' line keys)
   * @param minSurroundings distinct surroundings from which a line is stock; 0 turns learning off
   */
  public StockLines(int minLineWords, int minSurroundings) {
    this(minLineWords, minSurroundings, null);
  }

  private StockLines(int minLineWords, int minSurroundings, java.util.function.@Nullable LongPredicate known) {
    this.minLineWords = minLineWords;
    this.minSurroundings = minSurroundings;
    this.known = known;
  }

  /** Stock lines counted elsewhere (a distributed scan): the keys of {@link Lines#keys()} that are stock. */
  public static StockLines known(int minLineWords, long[] stockKeys) {
    long[] sorted = stockKeys.clone();
    Arrays.sort(sorted);
    return new StockLines(minLineWords, 1, key -> Arrays.binarySearch(sorted, key) >= 0);
  }

  /**
   * Stock lines counted by a store that keeps each document's {@link Lines} (the standing index):
   * {@code isStock} says whether a line key was seen in at least {@link #minSurroundings} surroundings.
   */
  public static StockLines lookedUp(int minLineWords, int minSurroundings, LongPredicate isStock) {
    return new StockLines(minLineWords, minSurroundings, isStock);
  }

  /** Distinct surroundings from which a line is stock; 0 when learning is off. */
  public int minSurroundings() {
    return minSurroundings;
  }

  /**
   * One document's lines, in the form {@link #add} counts: computed on any thread.
   *
   * @param keys each line's key, for the lines long enough to be stock, then the key of the text's first
   *     and last 2 to {@link #MAX_EDGE_BLOCK} lines as blocks
   * @param inSurroundings the same line keyed together with its surroundings
   */
  public record Lines(long[] keys, long[] inSurroundings) implements Serializable {}

  /**
   * {@code words}' lines in the form {@link #add} counts: computed on any thread, since it reads only the settings.
   * None when learning is off ({@link #minSurroundings()} 0).
   */
  public Lines lines(TokenSequence words) {
    if (minSurroundings == 0) {
      return new Lines(new long[0], new long[0]);
    }
    int[] starts = LineKeys.lineStarts(words);
    int lines = starts.length - 1;
    long[] all = new long[lines];
    long[] sketches = new long[lines];
    for (int l = 0; l < lines; l++) {
      all[l] = LineKeys.key(words, starts[l], starts[l + 1]);
      sketches[l] = sketch(words, starts[l], starts[l + 1]);
    }
    long[] keys = new long[lines];
    long[] inSurroundings = new long[lines];
    int count = 0;
    for (int l = 0; l < lines; l++) {
      if (starts[l + 1] - starts[l] >= minLineWords) {
        long before = l > 0 ? sketches[l - 1] : 1;
        long after = l + 1 < lines ? sketches[l + 1] : 2;
        keys[count] = all[l];
        inSurroundings[count] = inSurroundings(all[l], before, after);
        count++;
      }
    }
    // a block of the whole text has the text's edges as its only surroundings, and is never stock
    int longest = Math.min(MAX_EDGE_BLOCK, lines - 1);
    if (longest >= 2) {
      keys = Arrays.copyOf(keys, count + 2 * (longest - 1));
      inSurroundings = Arrays.copyOf(inSurroundings, keys.length);
      for (int k = 2; k <= longest; k++) {
        // the first k lines, followed by line k; the last k, after line lines-k-1
        keys[count] = blockKey(words, starts, 0, k);
        inSurroundings[count] = inSurroundings(keys[count], 1, sketches[k]);
        count++;
        keys[count] = blockKey(words, starts, lines - k, lines);
        inSurroundings[count] = inSurroundings(keys[count], sketches[lines - k - 1], 2);
        count++;
      }
    }
    return new Lines(Arrays.copyOf(keys, count), Arrays.copyOf(inSurroundings, count));
  }

  /** A line's (or block's) key together with the sketches of the lines before and after it (1 and 2 at the text's edges). */
  private static long inSurroundings(long key, long before, long after) {
    return Hashing.mix(key * 0x9E3779B97F4A7C15L ^ Hashing.mix(before * 31 + after));
  }

  /**
   * The key of lines {@code [from, to)} as one block: the key of their words, its upper half set apart from
   * every single line's key (an {@code int}) by the block's number of lines.
   */
  private static long blockKey(TokenSequence words, int[] starts, int from, int to) {
    return LineKeys.key(words, starts[from], starts[to]) ^ (long) (to - from) << 32;
  }

  /**
   * A neighbour line's smallest word hash: unchanged by most light edits (a near-duplicate with a
   * few words changed keeps its surroundings), unlike the line's own key.
   */
  private static long sketch(TokenSequence words, int from, int to) {
    long min = Long.MAX_VALUE;
    for (int i = from; i < to; i++) {
      min = Math.min(min, words.hash(i));
    }
    return min;
  }

  /** Adds one document's lines, to be counted. Not thread-safe: called in the order documents are added. */
  void add(Lines lines) {
    if (known != null) {
      throw new IllegalStateException("these stock lines were counted elsewhere");
    }
    int n = lines.keys().length;
    if (added + n > addedKeys.length) {
      int capacity = Math.max(added + n, addedKeys.length * 2);
      addedKeys = Arrays.copyOf(addedKeys, capacity);
      addedInSurroundings = Arrays.copyOf(addedInSurroundings, capacity);
    }
    System.arraycopy(lines.keys(), 0, addedKeys, added, n);
    System.arraycopy(lines.inSurroundings(), 0, addedInSurroundings, added, n);
    added += n;
    if (documents == documentEnds.length) {
      // at least one more: a query of a corpus still empty counted its lines and trimmed these arrays to length 0,
      // which doubling kept at 0, so every later add threw (ArrayIndexOutOfBoundsException) after inserting its document
      documentEnds = Arrays.copyOf(documentEnds, Math.max(16, documents * 2));
    }
    documentEnds[documents++] = added;
    counted = null;
  }

  /**
   * Counts the lines added so far now, rather than at the first {@link #mask}, and drops the spare
   * room of the arrays that hold them: what a corpus does once a batch of documents is in.
   */
  void count() {
    if (known == null && minSurroundings > 0) {
      stockKeys();
    }
  }

  /**
   * The stock line keys, sorted: each document's lines in the order added, a line's surrounding counting
   * for the first document that brings it, and a line stock once that many documents brought one of its
   * surroundings. The hash tables this takes (about 50 bytes a line) live only while counting; counting
   * as documents were added kept them for the whole scan.
   */
  private synchronized long[] stockKeys() {
    long[] stock = counted;
    if (stock != null) {
      return stock;
    }
    addedKeys = Arrays.copyOf(addedKeys, added);
    addedInSurroundings = Arrays.copyOf(addedInSurroundings, added);
    documentEnds = Arrays.copyOf(documentEnds, documents);
    // each holds at most one entry an added line: sized once, since growing leaves a chain of ever larger tables
    // that, at a hundred thousand documents, outlives the young generation (peak memory, docs/benchmarks.md)
    DocumentFrequencies seen = DocumentFrequencies.sizedFor(added);
    DocumentFrequencies surroundings = DocumentFrequencies.sizedFor(added);
    int from = 0;
    for (int d = 0; d < documents; d++) {
      int to = documentEnds[d];
      long[] fresh = new long[to - from];
      int count = 0;
      for (int i = from; i < to; i++) {
        if (seen.count(addedInSurroundings[i]) == 0) {
          fresh[count++] = addedKeys[i];
        }
      }
      seen.add(Arrays.copyOfRange(addedInSurroundings, from, to));
      surroundings.add(Arrays.copyOf(fresh, count));
      from = to;
    }
    long[] found = new long[16];
    int n = 0;
    for (int i = 0; i < added; i++) {
      if (surroundings.count(addedKeys[i]) >= minSurroundings) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = addedKeys[i];
      }
    }
    stock = Arrays.stream(found, 0, n).sorted().distinct().toArray();
    counted = stock;
    return stock;
  }

  /** {@code result[i]} is true when word {@code i} lies in a stock line. */
  boolean[] mask(TokenSequence words) {
    boolean[] stock = new boolean[words.size()];
    if (minSurroundings == 0) {
      return stock;
    }
    int[] starts = LineKeys.lineStarts(words);
    int lines = starts.length - 1;
    for (int l = 0; l < lines; l++) {
      if (starts[l + 1] - starts[l] >= minLineWords && isStock(LineKeys.key(words, starts[l], starts[l + 1]))) {
        Arrays.fill(stock, starts[l], starts[l + 1], true);
      }
    }
    for (int k = 2; k <= Math.min(MAX_EDGE_BLOCK, lines - 1); k++) {
      if (isStock(blockKey(words, starts, 0, k))) {
        Arrays.fill(stock, 0, starts[k], true);
      }
      if (isStock(blockKey(words, starts, lines - k, lines))) {
        Arrays.fill(stock, starts[lines - k], words.size(), true);
      }
    }
    return stock;
  }

  private boolean isStock(long lineKey) {
    return known != null ? known.test(lineKey) : Arrays.binarySearch(stockKeys(), lineKey) >= 0;
  }
}
