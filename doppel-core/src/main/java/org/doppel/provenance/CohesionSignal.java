package org.doppel.provenance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doppel.document.LongHashSet;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A passage pasted into another article stands apart from its new surroundings, while in the original it is
 * woven into the rest of the story: the names and rare words of the passage recur in the paragraphs around it.
 * For a partial pair we measure, on each side, the cohesion of the shared passages with the rest of the
 * document: the share of the passages' distinct words, weighted by inverse document frequency
 * {@code ln(N / df)}, that also occur outside them. Words in at least a fifth of the corpus are left out as
 * stock. The side with the higher cohesion is the original when the two differ by at least {@code margin}.
 *
 * <p>Measured on reuse-dev with the truth passages: at a margin of 0.1 all 19 partial pairs whose source is
 * one of the two point the right way (docs/quality.md). Only partial pairs are judged: a near-duplicate has
 * almost nothing outside its passages.
 *
 * <p>When both sides' passages are woven in, as between a text and its model rewrite (the rewrite keeps the names that
 * recur around the passage), a margin of 0.1 is small against shares of 0.4 to 0.7: the higher cohesion must also reach
 * {@code minRatio} (1.5) times the lower. On the fit parts of the development sets the cohesion answers under that ratio
 * were backwards 3 times (rewrites-dev 2, a simplification) and right once; reuse-dev and g20k-s7 have none under it
 * (docs/quality.md, "Direction: substitutions, cuts and cohesion").
 */
public final class CohesionSignal implements DirectionSignal {
  private final WordFrequencies frequencies;
  private final double margin;
  private final double minRatio;

  /**
   * @param frequencies document frequencies of the corpus's words
   * @param margin least difference of cohesion, in 0..1
   */
  public CohesionSignal(WordFrequencies frequencies, double margin) {
    this(frequencies, margin, 1);
  }

  /**
   * @param frequencies document frequencies of the corpus's words
   * @param margin least difference of cohesion, in 0..1
   * @param minRatio the higher cohesion must reach this multiple of the lower, {@code >= 1} (1: the margin alone)
   */
  public CohesionSignal(WordFrequencies frequencies, double margin, double minRatio) {
    if (!(minRatio >= 1)) {
      throw new IllegalArgumentException("minRatio must be >= 1, got " + minRatio);
    }
    this.minRatio = minRatio;
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be in 0..1, got " + margin);
    }
    this.frequencies = frequencies;
    this.margin = margin;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (pair.pair().relation() != Relation.PARTIAL || pair.pair().passages().isEmpty() || !frequencies.isLargeEnough()) {
      return List.of();
    }
    double a = cohesion(pair.wordsA(), pair.pair().passages().stream().map(Passage::a).toList());
    double b = cohesion(pair.wordsB(), pair.pair().passages().stream().map(Passage::b).toList());
    if (Double.isNaN(a) || Double.isNaN(b) || Math.abs(a - b) < margin) {
      return List.of();
    }
    if (Math.max(a, b) < minRatio * Math.min(a, b)) {
      return List.of(); // both sides woven in (a reworded passage keeps its names on both): the difference is relative noise
    }
    SourceText original = a > b ? pair.a() : pair.b();
    SourceText copy = pair.other(original);
    return List.of(new DirectionClue("cohesion", original.id(), false, String.format(Locale.ROOT,
        "the shared passage's rare words recur in the rest of %s (%.0f%%) more than in the rest of %s (%.0f%%)",
        original.id(), 100 * Math.max(a, b), copy.id(), 100 * Math.min(a, b))));
  }

  /** IDF-weighted share of the distinct words inside {@code spans} that also occur outside them; NaN if none. */
  private double cohesion(TokenSequence sequence, List<Span> spans) {
    long[] insideWords = new long[sequence.size()];
    int insideCount = 0;
    long[] outsideWords = new long[sequence.size()];
    int outsideCount = 0;
    boolean[] within = within(sequence, spans);
    for (int i = 0; i < sequence.size(); i++) {
      if (within[i]) {
        insideWords[insideCount++] = sequence.hash(i);
      } else {
        outsideWords[outsideCount++] = sequence.hash(i);
      }
    }
    LongHashSet outside = LongHashSet.of(Arrays.copyOf(outsideWords, outsideCount));
    // the sums run in the order a HashSet of the inside words iterates them, as they always ran: another order could
    // move their last bits; that order is worked out without boxing a word, or read from such a set when it cannot be
    long[] inside = hashSetOrder(distinctInOrder(insideWords, insideCount));
    if (inside == null) {
      Set<Long> boxed = new HashSet<>();
      for (int i = 0; i < insideCount; i++) {
        boxed.add(insideWords[i]);
      }
      inside = boxed.stream().mapToLong(Long::longValue).toArray();
    }
    int n = frequencies.documents();
    double total = 0;
    double recurring = 0;
    for (long word : inside) {
      int df = Math.max(1, frequencies.count(word));
      if (df * 5 >= n) {
        continue;
      }
      double idf = Math.log((double) n / df);
      total += idf;
      if (outside.contains(word)) {
        recurring += idf;
      }
    }
    return total == 0 ? Double.NaN : recurring / total;
  }

  /** The distinct values of {@code words[0, count)}, each where it first occurs. */
  static long[] distinctInOrder(long[] words, int count) {
    int mask = Integer.highestOneBit(Math.max(4, 2 * count) - 1) * 2 - 1;
    long[] keys = new long[mask + 1];
    boolean[] used = new boolean[mask + 1];
    long[] distinct = new long[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      long word = words[i];
      int slot = (int) (word ^ (word >>> 32)) & mask;
      while (used[slot] && keys[slot] != word) {
        slot = (slot + 1) & mask;
      }
      if (!used[slot]) {
        used[slot] = true;
        keys[slot] = word;
        distinct[n++] = word;
      }
    }
    return Arrays.copyOf(distinct, n);
  }

  /**
   * The order in which a {@code HashSet<Long>} that was given the distinct values {@code added}, in that order, iterates
   * them; null when its table would have made a tree of a bucket, whose order this does not work out. Such a set (a
   * {@code HashMap}'s keys) starts with 16 buckets and doubles them whenever it holds more than three quarters as many
   * values; a value's bucket is the low bits of {@code h ^ (h >>> 16)} for its {@code Long.hashCode} {@code h}; a bucket
   * lists its values in the order they were added, a doubling splits each bucket in two keeping that order, and the set
   * iterates bucket by bucket. A bucket of 8 or more values at any doubling is left to the set itself (it treeifies a
   * bucket from 9, or doubles early below 64 buckets).
   */
  static long @Nullable [] hashSetOrder(long[] added) {
    int n = added.length;
    int[] spread = new int[n];
    for (int i = 0; i < n; i++) {
      int h = Long.hashCode(added[i]);
      spread[i] = h ^ (h >>> 16);
    }
    int capacity = 16;
    while (true) {
      // the values the table held at this size, the one whose adding doubled it included
      int held = capacity * 3 / 4 < n ? capacity * 3 / 4 + 1 : n;
      int[] counts = new int[capacity];
      for (int i = 0; i < held; i++) {
        if (++counts[spread[i] & (capacity - 1)] >= 8) {
          return null;
        }
      }
      if (held == n && n <= capacity * 3 / 4) {
        break;
      }
      capacity *= 2;
    }
    // a stable counting sort by bucket: within one, the order of adding
    int[] starts = new int[capacity + 1];
    for (int i = 0; i < n; i++) {
      starts[(spread[i] & (capacity - 1)) + 1]++;
    }
    for (int b = 0; b < capacity; b++) {
      starts[b + 1] += starts[b];
    }
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[starts[spread[i] & (capacity - 1)]++] = added[i];
    }
    return order;
  }

  /**
   * For each word, whether it lies inside one of {@code spans}: each span marks the words from the first that
   * starts in it, as far as they end in it (words are in text order), instead of every word asking every span.
   */
  private static boolean[] within(TokenSequence sequence, List<Span> spans) {
    boolean[] within = new boolean[sequence.size()];
    for (Span span : spans) {
      for (int i = sequence.firstStartingAt(span.start()); i < sequence.size() && sequence.start(i) < span.end(); i++) {
        within[i] |= sequence.end(i) <= span.end();
      }
    }
    return within;
  }
}
