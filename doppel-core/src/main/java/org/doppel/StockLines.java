package org.doppel;

import org.doppel.document.Hashing;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.LineKeys;
import org.doppel.provenance.DocumentFrequencies;

/**
 * Boilerplate learned from the corpus itself: lines (paragraphs, headings, prompts) that recur in
 * many documents in different surroundings, such as a site's newsletter prompt or an agency's
 * footer under every article. Such a line is true shared text but no evidence that one document
 * took it from the other.
 *
 * <p>A line counts once per distinct surrounding (the lines before and after it, each by its smallest
 * word hash, which light edits seldom change), so an article that many sites carry whole or lightly
 * edited, whose lines keep their neighbours, does not become stock, while a prompt printed under a
 * different article each time does. Costs two hash-table entries
 * per distinct line and surrounding (about 50 bytes a line at half load); counted as documents are
 * added, read once adding is done.
 *
 * <p>A distributed scan counts the same thing with its own aggregation over {@link #lines} and hands
 * the result back as {@link #known}: a line is stock when the documents that first brought one of its
 * surroundings (in the order documents are added) number at least {@link #minSurroundings}.
 */
public final class StockLines {
  private final int minLineWords;
  private final int minSurroundings;
  /** The stock line keys, sorted, when they were counted elsewhere; null while this instance learns them. */
  private final long[] known;
  /** Each (line, surrounding) seen, so that a surrounding counts once. */
  private final DocumentFrequencies seen = new DocumentFrequencies();
  /** For each line key, the distinct surroundings it was seen in. */
  private final DocumentFrequencies surroundings = new DocumentFrequencies();

  /**
   * @param minLineWords lines shorter than this are never stock (nor candidates' line keys)
   * @param minSurroundings distinct surroundings from which a line is stock; 0 turns learning off
   */
  public StockLines(int minLineWords, int minSurroundings) {
    this(minLineWords, minSurroundings, null);
  }

  private StockLines(int minLineWords, int minSurroundings, long[] known) {
    this.minLineWords = minLineWords;
    this.minSurroundings = minSurroundings;
    this.known = known;
  }

  /** Stock lines counted elsewhere (a distributed scan): the keys of {@link Lines#keys()} that are stock. */
  public static StockLines known(int minLineWords, long[] stockKeys) {
    long[] sorted = stockKeys.clone();
    java.util.Arrays.sort(sorted);
    return new StockLines(minLineWords, 1, sorted);
  }

  private boolean isStockLine(long lineKey) {
    return lookup != null ? lookup.test(lineKey) : isStock(lineKey);
  }

  /** Whether a line key is stock, when a store counts it ({@link #lookedUp}); null otherwise. Set once, before use. */
  private java.util.function.LongPredicate lookup;

  /**
   * Stock lines counted by a store that keeps each document's {@link Lines} (the standing index):
   * {@code isStock} says whether a line key was seen in at least {@code minSurroundings} surroundings.
   */
  public static StockLines lookedUp(int minLineWords, int minSurroundings, java.util.function.LongPredicate isStock) {
    StockLines stock = new StockLines(minLineWords, minSurroundings, new long[0]);
    stock.lookup = isStock;
    return stock;
  }

  /** Distinct surroundings from which a line is stock; 0 when learning is off. */
  public int minSurroundings() {
    return minSurroundings;
  }

  /**
   * One document's lines, in the form {@link #add} counts: computed on any thread.
   *
   * @param keys each line's key, for the lines long enough to be stock
   * @param inSurroundings the same line keyed together with its surroundings
   */
  public record Lines(long[] keys, long[] inSurroundings) implements java.io.Serializable {}

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
        inSurroundings[count] = Hashing.mix(all[l] * 0x9E3779B97F4A7C15L ^ Hashing.mix(before * 31 + after));
        count++;
      }
    }
    return new Lines(java.util.Arrays.copyOf(keys, count), java.util.Arrays.copyOf(inSurroundings, count));
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

  /** Counts one document's lines. Not thread-safe: called in the order documents are added. */
  void add(Lines lines) {
    if (known != null) {
      throw new IllegalStateException("these stock lines were counted elsewhere");
    }
    long[] fresh = new long[lines.keys().length];
    int count = 0;
    for (int i = 0; i < fresh.length; i++) {
      if (seen.count(lines.inSurroundings()[i]) == 0) {
        fresh[count++] = lines.keys()[i];
      }
    }
    seen.add(lines.inSurroundings().clone());
    surroundings.add(java.util.Arrays.copyOf(fresh, count));
  }

  /** {@code result[i]} is true when word {@code i} lies in a stock line. */
  boolean[] mask(TokenSequence words) {
    boolean[] stock = new boolean[words.size()];
    if (minSurroundings == 0) {
      return stock;
    }
    int[] starts = LineKeys.lineStarts(words);
    for (int l = 0; l + 1 < starts.length; l++) {
      if (starts[l + 1] - starts[l] >= minLineWords && isStockLine(LineKeys.key(words, starts[l], starts[l + 1]))) {
        java.util.Arrays.fill(stock, starts[l], starts[l + 1], true);
      }
    }
    return stock;
  }

  private boolean isStock(long lineKey) {
    return known != null ? java.util.Arrays.binarySearch(known, lineKey) >= 0 : surroundings.count(lineKey) >= minSurroundings;
  }
}
