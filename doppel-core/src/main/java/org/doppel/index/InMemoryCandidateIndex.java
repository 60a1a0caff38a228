package org.doppel.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.doppel.fingerprint.Fingerprint;
import org.jspecify.annotations.Nullable;

/**
 * The scan's index: postings of LSH band keys (resemblance), whole-line keys (verbatim paragraphs)
 * and sampled anchors (containment), each kept as sorted {@code key << 32 | doc} longs, 8 bytes a
 * posting, and the keys of facts (numbers, names, quotations) for rewrites that share few shingles.
 * A pair of documents is a candidate when it shares a band, a line, at least
 * {@code minSharedAnchors} anchors, or at least {@code minSharedFacts} facts: one shared 4-word
 * shingle happens between unrelated articles, two rarely do, and a copied paragraph of 40 words
 * shares two with probability 0.96. A spun article keeps its numbers and names, and the rarity cut
 * below leaves only the facts few documents share. Last, each document's vocabulary vector proposes
 * its nearest neighbours among the documents it shares an LSH bucket with ({@link VectorSearch},
 * {@link VectorBuckets}): a rewrite that keeps the vocabulary but neither four words in a row nor enough
 * rare facts.
 *
 * <p>Keys posted under more than {@code maxPostings} documents are ignored: they are stock phrases,
 * not evidence of copying, and skipping them bounds the work per key, so a scan is O(n). A band key is the
 * exception ({@link HotBands}, in {@link #allCandidatePairs(IntUnaryOperator)} and {@link #candidates}, as in the
 * standing index and the Spark job): a band is four MinHash values of the whole text, which
 * a stock phrase does not fix, so a band in many documents is one text copied into all of them (a wire story on
 * 200 sites). Its documents are paired, earliest first, each with the {@value HotBands#HUBS} earliest and the
 * {@value HotBands#NEIGHBOURS} just before it: at most that many pairs a document and key, and enough to make the
 * copies one family around the earliest.
 *
 * <p>{@link #add} is not thread-safe; once adding is done, queries may run concurrently.
 */
public final class InMemoryCandidateIndex implements CandidateIndex {
  private final LshBanding banding;
  private final CandidateKeys keys;
  private final int maxPostings;
  private final int minSharedAnchors;
  private final SortedPostings bandPostings = new SortedPostings();
  private final SortedPostings linePostings = new SortedPostings();
  private final SortedPostings anchorPostings = new SortedPostings();
  private final SortedPostings factPostings = new SortedPostings();
  private final int minSharedFacts;
  private final VectorSearch vectorSearch;
  private final BucketNeighbours neighbours = new BucketNeighbours();
  private int size;

  /**
   * @param banding how MinHash bins are grouped into LSH bands
   * @param maxPostings keys shared by more documents than this are treated as stock phrases
   * @param minSharedAnchors anchors a candidate must share when it shares no band and no line
   * @param minSharedFacts facts a candidate must share when nothing else links it
   * @param vectorSearch how many nearest neighbours by vocabulary vector, from what cosine, each
   *     document proposes
   */
  public InMemoryCandidateIndex(LshBanding banding, int maxPostings, int minSharedAnchors, int minSharedFacts, VectorSearch vectorSearch) {
    if (maxPostings < 2) {
      throw new IllegalArgumentException("maxPostings must be >= 2, got " + maxPostings);
    }
    this.keys = new CandidateKeys(banding, minSharedAnchors, minSharedFacts);
    this.banding = banding;
    this.maxPostings = maxPostings;
    this.minSharedAnchors = minSharedAnchors;
    this.minSharedFacts = minSharedFacts;
    this.vectorSearch = vectorSearch;
  }

  /** An index without vector search. */
  public InMemoryCandidateIndex(LshBanding banding, int maxPostings, int minSharedAnchors, int minSharedFacts) {
    this(banding, maxPostings, minSharedAnchors, minSharedFacts, VectorSearch.OFF);
  }

  @Override
  public void add(int docNumber, Fingerprint fingerprint) {
    if (docNumber < 0) {
      throw new IllegalArgumentException("docNumber must be >= 0, got " + docNumber);
    }
    keys.forEach(fingerprint, (kind, key) -> postings(kind).add(key, docNumber));
    if (vectorSearch.isOn() && fingerprint.vector().length > 0) {
      neighbours.add(docNumber, fingerprint.vector(), vectorSearch.queries(fingerprint.wordCount()), searchesWiderBuckets(fingerprint));
    }
    size++;
  }

  private boolean searchesWiderBuckets(Fingerprint fingerprint) {
    return vectorSearch.searchesWiderBuckets(fingerprint.wordCount(), fingerprint.lineKeyCount());
  }

  @Override
  public List<Candidate> candidates(Fingerprint fingerprint, int self, IntToLongFunction minute, long selfMinute) {
    long[] bands = hits(bandPostings, banding.keys(fingerprint.minHash()), self, minute, selfMinute);
    int[] lineKeys = new int[fingerprint.lineKeyCount()];
    Arrays.setAll(lineKeys, fingerprint::lineKey);
    long[] lines = hits(linePostings, lineKeys, self, null, 0);
    int[] anchorKeys = new int[fingerprint.anchorCount()];
    Arrays.setAll(anchorKeys, fingerprint::anchor);
    long[] anchors = hits(anchorPostings, anchorKeys, self, null, 0);
    int[] factKeys = new int[fingerprint.factCount()];
    Arrays.setAll(factKeys, fingerprint::fact);
    long[] facts = hits(factPostings, factKeys, self, null, 0);
    // Each hits array holds doc << 32 | count, sorted by doc; merge the four by doc.
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int k = 0;
    int f = 0;
    while (i < bands.length || j < lines.length || k < anchors.length || f < facts.length) {
      int doc = Math.min(Math.min(docAt(bands, i), docAt(lines, j)), Math.min(docAt(anchors, k), docAt(facts, f)));
      int sharedBands = docAt(bands, i) == doc ? (int) bands[i++] : 0;
      int sharedLines = docAt(lines, j) == doc ? (int) lines[j++] : 0;
      int sharedAnchors = docAt(anchors, k) == doc ? (int) anchors[k++] : 0;
      int sharedFacts = docAt(facts, f) == doc ? (int) facts[f++] : 0;
      if (sharedBands > 0 || sharedLines > 0 || sharedAnchors >= minSharedAnchors || sharedFacts >= minSharedFacts) {
        out.add(new Candidate(doc, sharedBands, sharedAnchors + sharedLines, sharedFacts));
      }
    }
    if (vectorSearch.isOn() && fingerprint.vector().length > 0) {
      Set<Integer> proposed = new HashSet<>();
      out.forEach(c -> proposed.add(c.docNumber()));
      for (int doc : neighbours.nearest(self, fingerprint.vector(), vectorSearch.queries(fingerprint.wordCount()), searchesWiderBuckets(fingerprint), vectorSearch.neighbours(), vectorSearch.minCosine())) {
        if (proposed.add(doc)) {
          out.add(Candidate.byVectorsAlone(doc, fingerprint.vector(), neighbours.vectorOf(doc), vectorSearch.minCosine()));
        }
      }
      out.sort(Comparator.comparingInt(Candidate::docNumber));
    }
    return out;
  }

  private static int docAt(long[] hits, int index) {
    return index < hits.length ? (int) (hits[index] >>> 32) : Integer.MAX_VALUE;
  }

  /**
   * For each doc sharing some of {@code keys}: {@code doc << 32 | keys shared}, sorted by doc. A key in more than
   * {@code maxPostings} documents is skipped, or, where {@code minute} is given (bands), gives the documents
   * {@link HotBands#linked} picks. A text that is not indexed ({@code self < 0}) counts its own keys with the postings,
   * as a scan of the index and the text would, and as a standing index's query does: a paragraph in exactly
   * {@code maxPostings} documents was a stock phrase to both and paired with all of them here.
   */
  private long[] hits(SortedPostings postings, int[] keys, int self, @Nullable IntToLongFunction minute, long selfMinute) {
    int[] docs = new int[16];
    int n = 0;
    int[] sorted = keys.clone();
    Arrays.sort(sorted);
    for (int start = 0, end; start < sorted.length; start = end) {
      int key = sorted[start];
      end = start;
      while (end < sorted.length && sorted[end] == key) {
        end++;
      }
      int multiplicity = end - start;
      int[] found;
      if (postings.count(key, maxPostings) > maxPostings - (self < 0 ? multiplicity : 0)) {
        if (minute == null) {
          continue;
        }
        found = HotBands.linkedDocs(postings.docs(key), self, minute, selfMinute);
      } else {
        found = postings.docs(key);
      }
      for (int repeat = 0; repeat < multiplicity; repeat++) {
        if (n + found.length > docs.length) {
          docs = Arrays.copyOf(docs, Math.max(docs.length * 2, n + found.length));
        }
        System.arraycopy(found, 0, docs, n, found.length);
        n += found.length;
      }
    }
    Arrays.sort(docs, 0, n);
    long[] out = new long[n];
    int m = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end < n && docs[end] == docs[start]) {
        end++;
      }
      if (docs[start] != self) {
        out[m++] = ((long) docs[start] << 32) | (end - start);
      }
      start = end;
    }
    return Arrays.copyOf(out, m);
  }

  /**
   * Every candidate pair of the index in one pass over the postings, the way a batch job would do
   * it: each key's documents are paired with each other, and pairs are kept when they share a band,
   * a line, enough anchors or enough facts. Costs O(postings + pairs emitted), never O(n²).
   */
  @Override
  public CandidatePairs allCandidatePairs() {
    return allCandidatePairs(doc -> doc);
  }

  /**
   * As {@link #allCandidatePairs()}, with the documents of a band key in more than {@code maxPostings} documents
   * paired in the order of {@code rank} (a document's rank, lower is earlier, equal ranks by document number: its
   * publication minute's order), which is asked for those documents only.
   */
  @Override
  public CandidatePairs allCandidatePairs(IntUnaryOperator rank) {
    // The four kinds are independent (each its own postings, merged and paired apart), so they run in
    // parallel: on the caller's fork-join pool when it runs on one.
    List<long[]> parts = new ArrayList<>(Stream.of(CandidateKeys.Kind.values()).parallel().map(kind -> pairsSharing(kind, rank)).toList());
    long[] vectorPairs = vectorSearch.isOn() ? neighbours.pairs(vectorSearch.neighbours(), vectorSearch.minCosine()) : new long[0];
    // the vector pairs close only by the short texts' floor that no other key proposes: judged whole before reported
    long[] judgedWhole = CandidatePairs.inNone(neighbours.closeOnlyAsShortTexts(vectorPairs, vectorSearch.minCosine()), parts);
    parts.add(vectorPairs);
    // Joined in as many ranges of pairs as the pairs were found in slices: one merge on one thread of two
    // otherwise (the anchors hold most of the pairs, so their merge and this one ran alone).
    return CandidatePairs.union(anchorPostings.slices(), parts.toArray(long[][]::new)).withJudgedWhole(judgedWhole);
  }

  private SortedPostings postings(CandidateKeys.Kind kind) {
    return switch (kind) {
      case BAND -> bandPostings;
      case LINE -> linePostings;
      case ANCHOR -> anchorPostings;
      case FACT -> factPostings;
    };
  }

  /**
   * The pairs of documents sharing at least the kind's minimum of its keys. The keys are paired in slices (see
   * {@link SortedPostings#forEachRun(int, int, int, SortedPostings.RunSink)}) in parallel, on the caller's pool,
   * each slice's pairs sorted there, and the sorted slices merged: the same pairs for any number of slices. On
   * one thread the pairing and its sort were about a second of a two-thread scan of 100,000 documents.
   */
  private long[] pairsSharing(CandidateKeys.Kind kind, IntUnaryOperator rank) {
    SortedPostings postings = postings(kind);
    int minShared = keys.minShared(kind);
    postings.merge(); // once, before the slices read the sorted postings (the merge itself runs in parallel)
    int parts = postings.slices();
    long[][] sliced = new long[parts][];
    IntStream slices = IntStream.range(0, parts);
    (parts > 1 ? slices.parallel() : slices).forEach(part -> {
      long[] pairs = pairsIn(postings, part, parts);
      if (kind == CandidateKeys.Kind.BAND) {
        long[] copied = widelyCopiedPairs(postings, part, parts, rank);
        if (copied.length > 0) {
          int normal = pairs.length;
          pairs = Arrays.copyOf(pairs, normal + copied.length);
          System.arraycopy(copied, 0, pairs, normal, copied.length);
        }
      }
      Arrays.sort(pairs);
      sliced[part] = pairs;
    });
    return SortedLongs.atLeast(sliced, minShared, parts);
  }

  /**
   * Every pair of distinct documents posted under one key of slice {@code part}, once per key, in key order, in an
   * array sized by a first pass that counts them. Grown by doubling, each slice's pairs were allocated about three
   * times over, and on two threads the slices' arrays, half as long as one thread's, were short enough to be placed
   * in the young generation and copied out of it by the collections they set off (at 100,000 documents, young
   * collections in a row that kept most of what they found: a second of pauses at the load of docs/benchmarks.md's
   * "Seventh pass"), where one thread's longer arrays went straight to the old generation.
   */
  private long[] pairsIn(SortedPostings postings, int part, int parts) {
    long[] exact = {0};
    postings.forEachRun(maxPostings, part, parts, (run, from, to) -> {
      exact[0] += pairsOf(to - from);
      for (int x = from, same; x < to; x += same) { // a document posted twice under the key is no pair with itself
        same = 1;
        while (x + same < to && run[x + same] == run[x]) {
          same++;
        }
        exact[0] -= pairsOf(same);
      }
    });
    long[] pairs = new long[Math.toIntExact(exact[0])];
    int[] count = {0};
    postings.forEachRun(maxPostings, part, parts, (run, from, to) -> {
      for (int x = from; x < to; x++) {
        int first = SortedPostings.docOf(run[x]);
        for (int y = x + 1; y < to; y++) {
          int second = SortedPostings.docOf(run[y]);
          if (second != first) {
            pairs[count[0]++] = CandidatePairs.pack(first, second);
          }
        }
      }
    });
    return pairs;
  }

  /**
   * The pairs of the band keys of slice {@code part} posted under more than {@code maxPostings} documents: each
   * key's documents in {@code rank} order, each paired with the {@value HotBands#HUBS} first and the
   * {@value HotBands#NEIGHBOURS} before it. A pair found under several keys is here as often, as a shared band.
   */
  private long[] widelyCopiedPairs(SortedPostings postings, int part, int parts, IntUnaryOperator rank) {
    long[][] pairs = {new long[64]};
    int[] count = {0};
    postings.forEachLongerRun(maxPostings, part, parts, (run, from, to) -> {
      long[] ranked = new long[to - from];
      int n = 0;
      for (int x = from; x < to; x++) {
        int doc = SortedPostings.docOf(run[x]);
        if (x == from || doc != SortedPostings.docOf(run[x - 1])) { // a document posted twice under the key once
          ranked[n++] = ((long) rank.applyAsInt(doc) << 32) | doc;
        }
      }
      Arrays.sort(ranked, 0, n);
      if (pairs[0].length - count[0] < HotBands.maxPairs(n)) {
        pairs[0] = Arrays.copyOf(pairs[0], Math.toIntExact(Math.max(2L * pairs[0].length, count[0] + HotBands.maxPairs(n))));
      }
      HotBands.forEachPair(n, (earlier, later) -> {
        int doc = (int) ranked[later];
        int other = (int) ranked[earlier];
        pairs[0][count[0]++] = CandidatePairs.pack(Math.min(doc, other), Math.max(doc, other));
      });
    });
    return Arrays.copyOf(pairs[0], count[0]);
  }

  private static long pairsOf(int postings) {
    return (long) postings * (postings - 1) / 2;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long memoryBytes() {
    return bandPostings.memoryBytes() + linePostings.memoryBytes() + anchorPostings.memoryBytes() + factPostings.memoryBytes() + neighbours.memoryBytes();
  }
}
