package org.doppel.index;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.doppel.fingerprint.DocumentVectorizer;

/**
 * The rule by which a short text's vocabulary vector proposes its nearest neighbours, written so that a
 * local scan ({@link BucketNeighbours}) and a distributed job (the Spark job's vector stage) compute the same
 * answer: random-hyperplane LSH (SimHash) puts each vector into one bucket per band; within a bucket every
 * pair's exact cosine is computed; each document keeps, among the documents it shares some bucket with, the
 * {@code k} nearest from {@code minCosine}, ties at the k-th cosine included ({@link #nearest}).
 *
 * <p>A band's signature has {@value #MAX_BITS} bits; a bucket is first the band and its top
 * {@value #BASE_BITS} bits. A bucket of more than {@value #MAX_BUCKET} documents is split by
 * {@value #STEP_BITS} bits more, again and again up to all {@value #MAX_BITS}, so that bucket sizes, and the
 * pairs compared, stay bounded like hot keys; a bucket still too large then is skipped ({@link #forEachPair}
 * counts its documents). Every step depends only on the bucket's members, which is what lets a job that brings
 * each bucket's members into one task get the scan's answer.
 *
 * <p>Only a query ({@link VectorSearch#queries}, a short text) searches, so only a base bucket that holds one
 * yields pairs, and a bucket's bits past its base ones are read only when it is split. So every text's base bits
 * come first ({@link #baseSignatures}), and the bits a split reads are computed for the members of a bucket holding
 * a query when it splits them ({@link #split}): the same buckets and pairs as full signatures, for about half of
 * their plane products on a corpus whose texts with a vector are mostly long (docs/benchmarks.md, "base bits
 * first").
 *
 * <p>Why LSH and not an approximate graph (HNSW): a graph's answer depends on its build order and cannot be
 * cut into parts, so no distributed job can reproduce it. On rewrites-dev's 1,417 short texts these
 * {@value #BANDS} bands find 3,223 of the 3,224 pairs an exact all-pairs top 6 gives, and nothing else; the
 * HNSW graph the scan used before found 3,218 (docs/scale.md).
 */
public final class VectorBuckets {
  public static final int BANDS = 96;
  public static final int BASE_BITS = 7;
  public static final int STEP_BITS = 4;
  public static final int MAX_BITS = 16;
  public static final int MAX_BUCKET = 100;
  /** How much lower the floor is for two vectors of wide vocabulary ({@link #isClose}). */
  public static final double WIDE_FLOOR_LOWER_BY = 0.05;
  /**
   * Non-zero dimensions that make a vector's vocabulary wide ({@link #isClose}); chosen on the fit parts. A vector
   * with fewer is narrow: a snippet of one or two sentences.
   */
  public static final int WIDE_SUPPORT = 50;
  /**
   * A narrow vector with at most this share of a wide one's non-zero dimensions is read as its condensation, and the
   * two are proposed from the wide floor ({@link #isClose}, {@link #condensed}).
   */
  public static final double CONDENSED_SUPPORT_SHARE = 0.5;
  /**
   * Non-zero dimensions under which a vector is a short text's: a snippet (under {@value #WIDE_SUPPORT}), a paragraph, a
   * short article or a simplification of one, up to about 230 words, the length the readings of two short texts take
   * (200–250 words give 62–88 non-zero dimensions on the development sets and a generated news corpus); two such are
   * proposed from {@link #SHORT_FLOOR_LOWER_BY} less ({@link #isClose}). It was 80, and 90 only for a condensation
   * beside its original; on the fit parts of the three easy-language sets written blind two German versions of
   * originals of 181 and 185 words (80 and 82 dimensions, cosines 0.27 and 0.41) were verified alone and never
   * proposed, and from 90 for every pair the scans of every development set add those two and nothing else
   * (docs/quality.md, "Easy language written blind, a third set").
   */
  public static final int SHORT_SUPPORT = 90;
  /** How much lower the floor is for two vectors of narrow vocabulary, two snippets ({@link #isClose}). */
  public static final double NARROW_FLOOR_LOWER_BY = 0.2;
  /**
   * How much lower the floor is for two short texts (both under {@value #SHORT_SUPPORT} dimensions), two snippets under
   * their own floor included
   * ({@link #isClose}): a paragraph or a short article beside its easy-language version or summary. Chosen on the fit
   * parts: two such versions verified alone but never proposed had cosines of 0.280 and 0.288 with their originals, and
   * from 0.25 the scans of the fit parts of every development set add right pairs only (docs/quality.md, "Easy language
   * written blind, a second set"). A pair proposed only from here is judged whole before it is reported
   * ({@link #closeOnlyAsShortTexts}).
   */
  public static final double SHORT_FLOOR_LOWER_BY = 0.25;
  /**
   * Line keys ({@link org.doppel.fingerprint.Fingerprint#lineKeyCount}: distinct lines of four words or more) a text
   * needs to be read as laid out in lines ({@link #laidOutInLines}).
   */
  public static final int LINES_MIN = 12;
  /** Words a text laid out in lines ({@link #laidOutInLines}) has at most per line key. */
  public static final int LINES_MAX_WORDS = 10;
  /**
   * Top bits of a band's signature that place a text laid out in lines ({@link #laidOutInLines}): it joins every base
   * bucket that shares them ({@link #baseBuckets}), four a band where another text joins one.
   */
  public static final int LINES_BASE_BITS = 5;
  /** Base buckets there are: one per band and base bits, numbered by {@link #baseBucket}. */
  public static final int BASE_BUCKETS = BANDS << BASE_BITS;
  /** A signature's bits past the base ones, read only when a bucket is split. */
  static final int REST_BITS = MAX_BITS - BASE_BITS;

  private VectorBuckets() {}

  /** Receives a pair of members (indices into the arrays given) whose cosine reached the minimum. */
  public interface PairSink {
    void accept(int i, int j, double cosine);
  }

  /**
   * One base bucket's members in the order of their signatures in its band, ties by index: {@code order[i]} is
   * the i-th member's index in the arrays given to {@link #split}, {@code signatures[i]} its signature, exact in
   * as many bits as the bucket's split reads and 0 past them.
   */
  public record Split(int[] order, int[] signatures) {}

  /** Each band's {@value #MAX_BITS}-bit signature of {@code vector}: bit b says on which side of plane b it lies. */
  public static int[] signatures(byte[] vector) {
    return BandSignatures.full(vector);
  }

  /**
   * Each band's signature of {@code vector} exact in its top {@value #BASE_BITS} bits, the rest 0: all that puts
   * it in its base buckets ({@link #baseBucket}).
   */
  public static int[] baseSignatures(byte[] vector) {
    return BandSignatures.base(vector);
  }

  /**
   * The number of the bucket a band's signature starts in, from 0 to {@link #BASE_BUCKETS}: the band and the
   * signature's top {@value #BASE_BITS} bits.
   */
  public static int baseBucket(int band, int signature) {
    return band << BASE_BITS | signature >>> REST_BITS;
  }

  /**
   * Whether a short text of {@code words} words with {@code lineKeys} line keys is laid out in lines: at least {@value
   * #LINES_MIN} lines of four words or more and at most {@value #LINES_MAX_WORDS} words a line, one short statement a line
   * as an easy-language version ("Leichte Sprache", Easy Read) writes it (news prose: a paragraph of 40–100 words a
   * line). The fingerprint's share of {@link org.doppel.document.EasyReadLayout}: on the fit parts of the development
   * sets every text that reads as easy language (54) has 14 line keys or more and at most 10 words for each, and none of
   * the other 1,573 texts of up to 300 words has 12 or more at that length.
   */
  public static boolean laidOutInLines(int words, int lineKeys) {
    return lineKeys >= LINES_MIN && words <= LINES_MAX_WORDS * lineKeys;
  }

  /**
   * The base buckets ({@link #baseBucket}) a vector with {@code signature} in {@code band} joins: its own, first, and
   * for a text laid out in lines ({@link #laidOutInLines}) also the others that share its top {@value #LINES_BASE_BITS}
   * bits. An easy-language version says its original's news in a small vocabulary of its own, so their cosine is about
   * 0.3 (0.21–0.31 for the English versions the scan missed on the fit parts, docs/quality.md, "Easy language written
   * blind, a second set"), where two vectors share a base bucket in a band with a chance of 0.6 to the 7th power (about
   * 2.7 bands of 96 expected, none for two of those versions); sharing 5 bits, 7.5 bands. Few texts are laid out so (none of
   * a generated news corpus's 20,000), so the pairs compared grow by little.
   */
  public static int[] baseBuckets(int band, int signature, boolean laidOutInLines) {
    int own = baseBucket(band, signature);
    if (!laidOutInLines) {
      return new int[] {own};
    }
    int spread = 1 << BASE_BITS - LINES_BASE_BITS;
    int first = own & ~(spread - 1);
    int[] out = new int[spread];
    out[0] = own;
    for (int i = 0, at = 1; i < spread; i++) {
      if (first + i != own) {
        out[at++] = first + i;
      }
    }
    return out;
  }

  /**
   * {@code signature} as a member of {@code baseBucket} reads it: the bucket's base bits, then its own. A text laid
   * out in lines joins base buckets whose bits are not its own ({@link #baseBuckets}); a split sorts it there by its
   * bits past them ({@link #split}).
   */
  public static int signatureIn(int baseBucket, int signature) {
    return baseSignatureOf(baseBucket) | signature & (1 << REST_BITS) - 1;
  }

  /** The band of a base bucket ({@link #baseBucket}). */
  public static int bandOf(int baseBucket) {
    return baseBucket >>> BASE_BITS;
  }

  /** The signature whose top bits put it in a base bucket ({@link #baseBucket}), 0 past them: its members' base signature. */
  public static int baseSignatureOf(int baseBucket) {
    return (baseBucket & (1 << BASE_BITS) - 1) << REST_BITS;
  }

  /**
   * Whether two members are compared: unless neither is a query ({@link VectorSearch#queries}, a short
   * text). A long text is there to be found by the short texts it may be the source of; two long texts
   * are left to the other keys, and are what would make the search cost (docs/quality.md, heavy revisions).
   */
  public static boolean compared(boolean query, boolean otherQuery) {
    return query || otherQuery;
  }

  /** Whether any member is a query: a base bucket with none yields no pairs, so is neither split nor compared. */
  public static boolean holdsQuery(boolean[] queries) {
    for (boolean query : queries) {
      if (query) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members of one base bucket in signature order, with as many bits of their signatures as the bucket's
   * split reads: none past the base ones in a bucket of at most {@value #MAX_BUCKET}, {@value #STEP_BITS} more in
   * one above, and so on only in the parts still above. The members' base bits are all the bucket's, so they are
   * not asked for.
   *
   * @param baseBucket the bucket ({@link #baseBucket})
   * @param vectors its members' vectors
   */
  public static Split split(int baseBucket, byte[][] vectors) {
    int n = vectors.length;
    int[] order = new int[n];
    int[] signatures = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      signatures[i] = baseSignatureOf(baseBucket);
    }
    refine(bandOf(baseBucket), vectors, order, signatures, 0, n, BASE_BITS);
    return new Split(order, signatures);
  }

  /** Sorts {@code [from, to)}, whose members share their top {@code bits} bits, by the bits its split reads next. */
  private static void refine(int band, byte[][] vectors, int[] order, int[] signatures, int from, int to, int bits) {
    if (to - from <= MAX_BUCKET || bits >= MAX_BITS) {
      return;
    }
    int next = Math.min(MAX_BITS, bits + STEP_BITS);
    long[] keyed = new long[to - from]; // signature << 32 | index, so sorting orders by signature, then index
    for (int i = from; i < to; i++) {
      keyed[i - from] = (long) BandSignatures.refined(vectors[order[i]], band, signatures[i], bits, next) << 32 | order[i];
    }
    Arrays.sort(keyed);
    for (int i = from; i < to; i++) {
      order[i] = (int) keyed[i - from];
      signatures[i] = (int) (keyed[i - from] >>> 32);
    }
    for (int start = from; start < to; ) {
      int end = start;
      while (end < to && prefix(signatures[end], next) == prefix(signatures[start], next)) {
        end++;
      }
      refine(band, vectors, order, signatures, start, end, next);
      start = end;
    }
  }

  /**
   * Every pair of the members of one base bucket that share a final bucket, are {@link #compared} and are
   * {@link #isClose} from {@code minCosine}, each once.
   *
   * @param split the members in signature order ({@link #split})
   * @param vectors the members' vectors, as given to {@link #split}
   * @param queries whether each member is a query, in the same order
   * @return the members left out in buckets still above {@value #MAX_BUCKET} at {@value #MAX_BITS} bits
   */
  public static int forEachPair(Split split, byte[][] vectors, boolean[] queries, double minCosine, PairSink sink) {
    int[] order = split.order();
    return split(split.signatures(), 0, order.length, BASE_BITS, (from, to) -> {
      // from each query, so that a bucket of long texts and few queries costs its queries' pairs only
      for (int query = from; query < to; query++) {
        if (!queries[order[query]]) {
          continue;
        }
        for (int other = from; other < to; other++) {
          if (other == query || queries[order[other]] && other < query) {
            continue; // two queries: compared once, from the first
          }
          int i = Math.min(order[query], order[other]);
          int j = Math.max(order[query], order[other]);
          double cosine = DocumentVectorizer.cosine(vectors[i], vectors[j]);
          if (isClose(vectors[i], vectors[j], cosine, minCosine)) {
            sink.accept(i, j, cosine);
          }
        }
      }
    });
  }

  /**
   * The members of one base bucket (its {@link Split#signatures}) that share the final bucket of a query's
   * signature, as the range {@code from << 32 | to} of the split's order: the bucket {@link #forEachPair}
   * compares the query in when it is a member; empty ({@code from == to}) when that bucket is skipped as too large.
   */
  public static long bucketOf(int[] signatures, int querySignature) {
    int from = 0;
    int to = signatures.length;
    for (int bits = BASE_BITS; to - from > MAX_BUCKET; ) {
      if (bits >= MAX_BITS) {
        return 0;
      }
      bits = Math.min(MAX_BITS, bits + STEP_BITS);
      int wanted = prefix(querySignature, bits);
      int start = from;
      while (start < to && prefix(signatures[start], bits) < wanted) {
        start++;
      }
      int end = start;
      while (end < to && prefix(signatures[end], bits) == wanted) {
        end++;
      }
      from = start;
      to = end;
    }
    return (long) from << 32 | to;
  }

  /**
   * Which of a document's neighbours it proposes: the {@code k} with the highest cosines, and any more
   * whose cosine ties the k-th (so the answer does not depend on how documents are numbered).
   *
   * @param others the neighbours found, each once
   * @param cosines their cosines, in the same order
   * @return the proposed neighbours, in no particular order
   */
  public static long[] nearest(long[] others, double[] cosines, int k) {
    if (others.length <= k) {
      return others.clone();
    }
    double[] sorted = cosines.clone();
    Arrays.sort(sorted);
    double kth = sorted[sorted.length - k];
    return IntStream.range(0, others.length).filter(i -> cosines[i] >= kth).mapToLong(i -> others[i]).toArray();
  }

  /**
   * Whether two vectors at {@code cosine} are close enough to be proposed: from {@code minCosine}, or from
   * {@value #WIDE_FLOOR_LOWER_BY} less when both have at least {@value #WIDE_SUPPORT} non-zero dimensions, or from
   * {@value #NARROW_FLOOR_LOWER_BY} less when both have fewer than {@value #SHORT_SUPPORT} (below). A cosine of few dimensions is noisy: two
   * 40-word snippets on one celebrity couple reach 0.45 on their names alone, and with the floor lowered to 0.45 for
   * every pair, on rewrites-dev's fit part a fifth of the pairs added were wrong (a sixteenth of the pairs reported). Two texts of about 120 words and more (about 50 distinct content stems) at 0.45 share enough of their
   * vocabulary to be worth verifying: a restyled article (tabloid, casual) or a heavily revised answer changes most
   * of its words' forms and register, which takes its cosine with its original to 0.45-0.50 (docs/quality.md,
   * "Restyled, simplified and heavily revised short texts").
   *
   * <p>Two snippets (both vectors under {@value #WIDE_SUPPORT} non-zero dimensions, about 120 words) are proposed
   * from {@value #NARROW_FLOOR_LOWER_BY} less. A model's rewrite of a one- or two-sentence news snippet swaps most of
   * its few content words, so its cosine with its original falls to 0.3-0.5, and the 0.5 floor kept most of the
   * snippet rewrites the scan still missed from ever being verified. The six-nearest limit keeps the pairs a snippet
   * proposes bounded, and between two snippets the verification (every sentence pair judged by the model, the
   * whole-text judge) is what tells a rewrite from a same-topic snippet: on rewrites-dev's fit part this added 50-53
   * right pairs and 5 wrong ones from a floor lowered by 0.15 to 0.25, and none of the fit part's hardest same-topic
   * negatives (docs/quality.md, "Short news paragraphs rewritten by models"). Where only one side is narrow the floor
   * stays, a snippet and a longer same-story article at 0.45 being the noise the wide rule's measurements found, unless
   * the narrow one has at most {@value #CONDENSED_SUPPORT_SHARE} of the wide one's dimensions ({@link #condensed}): then
   * the wide floor. A model's condensation of a 110–230-word passage to 30–66 words keeps a part of its words, and the
   * four the search missed on the fit parts of data/model-rewrites, model-rewrites2 and german-rewrites had cosines of
   * 0.41–0.49 with their originals, three of them from 0.45 (docs/quality.md, "Condensed web passages").
   *
   * <p>Two short texts (both under {@value #SHORT_SUPPORT} dimensions, up to about 230 words: a snippet, a paragraph, a
   * short article and its simplification) are proposed from {@value #SHORT_FLOOR_LOWER_BY} less, under the snippets' floor
   * (it was that floor until two easy-language versions at 0.280 and 0.288 were found never proposed). A simplification, an easy-language
   * version or a condensation says its original's content in a small vocabulary of common words (a 140-word
   * simplification has 46 non-zero dimensions, an easy-language version 36–44 for 130–160 words), so it is narrow beside its
   * wider original and their cosine is 0.21–0.48; on the fit parts, 8 of the 16 simplifications and condensations the
   * scan missed were verified as rewrites when paired alone but never proposed. From this floor the scan finds 7 of
   * those 8 (docs/quality.md, "Candidates for easy-language, simplified and condensed versions"). Texts this short are few in a
   * news corpus (58 of 20,000 texts of up to 300 words in a generated one), and each still proposes at most its six
   * nearest. Two German summaries of 191- and 219-word originals (88 and 89 dimensions, cosines 0.33 and 0.37) were verified
   * alone and never proposed while the bound was 80 (docs/quality.md, "Easy language written blind").
   *
   * <p>Depends on the two vectors alone, so the scan, the Spark job and the standing index apply it alike.
   */
  public static boolean isClose(byte[] a, byte[] b, double cosine, double minCosine) {
    return proposingFloor(a, b, cosine, minCosine) != ProposingFloor.NONE;
  }

  /**
   * Whether two vectors are {@link #isClose} only by the short texts' floor: both under {@value #SHORT_SUPPORT}
   * dimensions, below {@code minCosine}, and neither two snippets (both under {@value #WIDE_SUPPORT}) nor close by the
   * wide or the condensed floor. Such a pair's cosine does not tell a simplification from a same-topic text (0.30–0.50
   * for both on the fit parts), so the scan asks the whole-text judge about it before reporting it
   * ({@link CandidatePairs#judgedWhole}).
   */
  public static boolean closeOnlyAsShortTexts(byte[] a, byte[] b, double cosine, double minCosine) {
    return proposingFloor(a, b, cosine, minCosine) == ProposingFloor.SHORT_TEXTS;
  }

  /** The floors {@link #isClose} proposes a pair from, the first that holds in this order. */
  private enum ProposingFloor { MIN_COSINE, WIDE_OR_CONDENSED, SNIPPETS, SHORT_TEXTS, NONE }

  /** Which floor proposes two vectors at {@code cosine}: one reading of their supports for both questions asked of it. */
  private static ProposingFloor proposingFloor(byte[] a, byte[] b, double cosine, double minCosine) {
    if (cosine >= minCosine) {
      return ProposingFloor.MIN_COSINE;
    }
    if (cosine < lowestCosine(minCosine)) {
      return ProposingFloor.NONE;
    }
    int supportA = support(a);
    int supportB = support(b);
    boolean bothWide = supportA >= WIDE_SUPPORT && supportB >= WIDE_SUPPORT;
    if ((bothWide || condensed(supportA, supportB)) && cosine >= minCosine - WIDE_FLOOR_LOWER_BY) {
      return ProposingFloor.WIDE_OR_CONDENSED;
    }
    if (supportA < WIDE_SUPPORT && supportB < WIDE_SUPPORT) {
      if (cosine >= minCosine - NARROW_FLOOR_LOWER_BY) {
        return ProposingFloor.SNIPPETS;
      }
    }
    boolean shortTexts = supportA < SHORT_SUPPORT && supportB < SHORT_SUPPORT;
    return shortTexts && cosine >= minCosine - SHORT_FLOOR_LOWER_BY ? ProposingFloor.SHORT_TEXTS : ProposingFloor.NONE;
  }

  /**
   * Whether one vector is narrow and has at most {@value #CONDENSED_SUPPORT_SHARE} of the other's (wide) support: a
   * condensation beside its original. A condensation keeps a part of its original's words, so their cosine is about
   * the square root of the share of the original's weight it keeps (0.55 for three tenths), however faithful it is.
   */
  static boolean condensed(int supportA, int supportB) {
    int narrow = Math.min(supportA, supportB);
    int wide = Math.max(supportA, supportB);
    return narrow < WIDE_SUPPORT && wide >= WIDE_SUPPORT && narrow <= CONDENSED_SUPPORT_SHARE * wide;
  }

  /** The lowest cosine {@link #isClose} ever admits from {@code minCosine}. */
  public static double lowestCosine(double minCosine) {
    return minCosine - Math.max(Math.max(WIDE_FLOOR_LOWER_BY, NARROW_FLOOR_LOWER_BY), SHORT_FLOOR_LOWER_BY);
  }

  /** How many of a vector's dimensions are not zero: about its text's distinct content stems, up to collisions. */
  static int support(byte[] vector) {
    int n = 0;
    for (byte b : vector) {
      n += b != 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether {@code vector} has no content words, so no neighbours: all zeros, or empty (a text too long to have
   * one computed; the loop below finds nothing in it).
   */
  public static boolean hasNoWords(byte[] vector) {
    for (byte b : vector) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@link #nearest(long[], double[], int)} of the close others found for one document, each with its cosine. */
  public static long[] nearest(Map<Long, Double> close, int k) {
    long[] others = new long[close.size()];
    double[] cosines = new double[close.size()];
    int i = 0;
    for (Map.Entry<Long, Double> e : close.entrySet()) {
      others[i] = e.getKey();
      cosines[i++] = e.getValue();
    }
    return nearest(others, cosines, k);
  }

  private interface RangeSink {
    void accept(int from, int to);
  }

  /** Calls {@code sink} for each final bucket of {@code [from, to)}, whose members share their top {@code bits} bits. */
  private static int split(int[] signatures, int from, int to, int bits, RangeSink sink) {
    if (to - from <= MAX_BUCKET) {
      if (to - from > 1) {
        sink.accept(from, to);
      }
      return 0;
    }
    if (bits >= MAX_BITS) {
      return to - from;
    }
    int next = Math.min(MAX_BITS, bits + STEP_BITS);
    int skipped = 0;
    for (int start = from; start < to; ) {
      int end = start;
      while (end < to && prefix(signatures[end], next) == prefix(signatures[start], next)) {
        end++;
      }
      skipped += split(signatures, start, end, next, sink);
      start = end;
    }
    return skipped;
  }

  private static int prefix(int signature, int bits) {
    return signature >>> (MAX_BITS - bits);
  }
}
