package org.doppel.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.doppel.fingerprint.DocumentVectorizer;
import org.jspecify.annotations.Nullable;

/**
 * The nearest neighbours of document vectors in memory, by the rule of {@link VectorBuckets}: the same answer
 * as the Spark job's vector stage. Vectors are collected by {@link #add}; the buckets are built once, when
 * neighbours are first asked for.
 *
 * <p>Not thread-safe while adding; {@link #pairs} runs on the caller's fork-join pool.
 */
final class BucketNeighbours {
  private final List<byte[]> vectors = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  /** Whether each document is a query ({@link VectorSearch#queries}); two that are not are never compared. */
  private final List<Boolean> queries = new ArrayList<>();
  /** Whether each document is laid out in lines ({@link VectorBuckets#laidOutInLines}), so joins more base buckets. */
  private final List<Boolean> inLines = new ArrayList<>();
  private @Nullable Buckets buckets;

  /** @param inLines laid out in lines ({@link VectorBuckets#laidOutInLines}): joins every base bucket {@link VectorBuckets#baseBuckets} names */
  void add(int docNumber, byte[] vector, boolean query, boolean inLines) {
    if (VectorBuckets.hasNoWords(vector)) {
      return; // a document without content words has no neighbours
    }
    vectors.add(vector);
    numbers.add(docNumber);
    queries.add(query);
    this.inLines.add(inLines);
  }

  long memoryBytes() {
    return vectors.isEmpty() ? 0 : (long) vectors.size() * (vectors.get(0).length + 16 + 4L * VectorBuckets.BANDS);
  }

  /**
   * Each document paired with its nearest others ({@link VectorBuckets#nearest}: {@code k}, ties included)
   * that are {@link CloseVectors#isClose} from {@code minCosine}, packed as in {@link CandidatePairs}, sorted and distinct.
   */
  long[] pairs(int k, double minCosine) {
    Buckets buckets = buckets();
    // the pairs of each base bucket holding a query from the minimum cosine, both ways: (member, other, cosine)
    List<Neighbour>[] found = Arrays.stream(buckets.members).parallel()
        .filter(bucket -> bucket != null && bucket.holdsQuery && bucket.members.length > 1)
        .map(bucket -> {
          List<Neighbour> close = new ArrayList<>();
          VectorBuckets.forEachPair(bucket.split(vectors), bucket.vectors(vectors), bucket.queries(queries), minCosine, (i, j, cosine) -> {
            close.add(new Neighbour(bucket.members[i], bucket.members[j], cosine));
            close.add(new Neighbour(bucket.members[j], bucket.members[i], cosine));
          });
          return close;
        })
        .toArray(List[]::new);
    Map<Integer, Map<Long, Double>> byMember = new HashMap<>();
    for (List<Neighbour> part : found) {
      for (Neighbour neighbour : part) {
        byMember.computeIfAbsent(neighbour.member, m -> new HashMap<>()).put((long) neighbour.other, neighbour.cosine);
      }
    }
    long[] pairs = byMember.entrySet().parallelStream()
        .flatMapToLong(member -> {
          int self = numbers.get(member.getKey());
          return Arrays.stream(VectorBuckets.nearest(member.getValue(), k))
              .map(other -> CandidatePairs.pack(Math.min(self, numbers.get((int) other)), Math.max(self, numbers.get((int) other))));
        })
        .sorted()
        .distinct()
        .toArray();
    return pairs;
  }

  /** The vector added for document {@code docNumber}, which has one ({@link #add}). */
  byte[] vectorOf(int docNumber) {
    return vectors.get(numbers.indexOf(docNumber));
  }

  /**
   * Those of {@code pairs} (as {@link #pairs} gives them) that are close only by the short texts' floor
   * ({@link CloseVectors#closeOnlyAsShortTexts}), sorted: the pairs whose report waits on the whole-text judge.
   */
  long[] closeOnlyAsShortTexts(long[] pairs, double minCosine) {
    Map<Integer, Integer> memberOf = new HashMap<>();
    for (int member = 0; member < numbers.size(); member++) {
      memberOf.put(numbers.get(member), member);
    }
    return Arrays.stream(pairs).filter(pair -> {
      byte[] a = vectors.get(Objects.requireNonNull(memberOf.get((int) (pair >>> 32))));
      byte[] b = vectors.get(Objects.requireNonNull(memberOf.get((int) pair)));
      return CloseVectors.closeOnlyAsShortTexts(a, b, DocumentVectorizer.cosine(a, b), minCosine);
    }).toArray();
  }

  /**
   * The documents {@code vector} proposes: its nearest ({@link VectorBuckets#nearest}) among the documents it
   * would share a bucket with, {@code self} left out. For a document of the index this is what {@link #pairs}
   * pairs it with; {@code query} says whether it is a query ({@link VectorSearch#queries}).
   */
  int[] nearest(int self, byte[] vector, boolean query, boolean inLines, int k, double minCosine) {
    if (VectorBuckets.hasNoWords(vector) || vectors.isEmpty()) {
      return new int[0];
    }
    Buckets buckets = buckets();
    int[] signatures = VectorBuckets.signatures(vector);
    Map<Long, Double> close = new HashMap<>();
    for (int band = 0; band < VectorBuckets.BANDS; band++) {
      for (int number : VectorBuckets.baseBuckets(band, signatures[band], inLines)) {
        Bucket bucket = buckets.members[number];
        if (bucket == null || !VectorBuckets.compared(query, bucket.holdsQuery)) {
          continue; // a text that is not a query finds none in a bucket of none
        }
        VectorBuckets.Split split = bucket.split(vectors);
        long range = VectorBuckets.bucketOf(split.signatures(), VectorBuckets.signatureIn(number, signatures[band]));
        for (int at = (int) (range >>> 32); at < (int) range; at++) {
          int member = bucket.members[split.order()[at]];
          if (numbers.get(member) == self || !VectorBuckets.compared(query, queries.get(member))) {
            continue;
          }
          double cosine = DocumentVectorizer.cosine(vector, vectors.get(member));
          if (CloseVectors.isClose(vector, vectors.get(member), cosine, minCosine)) {
            close.put((long) member, cosine);
          }
        }
      }
    }
    return Arrays.stream(VectorBuckets.nearest(close, k)).mapToInt(member -> numbers.get((int) member)).sorted().toArray();
  }

  private synchronized Buckets buckets() {
    if (buckets == null || buckets.size != vectors.size()) {
      buckets = Buckets.of(vectors, queries, inLines);
    }
    return buckets;
  }

  private record Neighbour(int member, int other, double cosine) {}

  /**
   * The members of one base bucket (indices into the vectors, ascending), whether one is a query, and their
   * {@link VectorBuckets#split}, made when first asked for: only the buckets a query searches need one.
   */
  private static final class Bucket {
    private final int number;
    private final int[] members;
    private final boolean holdsQuery;
    private VectorBuckets.@Nullable Split split;

    Bucket(int number, int[] members, boolean holdsQuery) {
      this.number = number;
      this.members = members;
      this.holdsQuery = holdsQuery;
    }

    synchronized VectorBuckets.Split split(List<byte[]> all) {
      if (split == null) {
        split = VectorBuckets.split(number, vectors(all));
      }
      return split;
    }

    byte[][] vectors(List<byte[]> all) {
      byte[][] out = new byte[members.length][];
      Arrays.setAll(out, i -> all.get(members[i]));
      return out;
    }

    boolean[] queries(List<Boolean> all) {
      boolean[] out = new boolean[members.length];
      for (int i = 0; i < members.length; i++) {
        out[i] = all.get(members[i]);
      }
      return out;
    }
  }

  /** Each base bucket by its number ({@link VectorBuckets#baseBucket}), null when empty. */
  private record Buckets(@Nullable Bucket[] members, int size) {
    static Buckets of(List<byte[]> vectors, List<Boolean> queries, List<Boolean> inLines) {
      // the base bits only: the others are computed where a split reads them
      int[][] signatures = IntStream.range(0, vectors.size()).parallel().mapToObj(i -> VectorBuckets.baseSignatures(vectors.get(i))).toArray(int[][]::new);
      int[] sizes = new int[VectorBuckets.BASE_BUCKETS];
      for (int i = 0; i < signatures.length; i++) {
        for (int band = 0; band < VectorBuckets.BANDS; band++) {
          for (int bucket : VectorBuckets.baseBuckets(band, signatures[i][band], inLines.get(i))) {
            sizes[bucket]++;
          }
        }
      }
      int[][] members = new int[VectorBuckets.BASE_BUCKETS][];
      boolean[] holdsQuery = new boolean[VectorBuckets.BASE_BUCKETS];
      int[] filled = new int[VectorBuckets.BASE_BUCKETS];
      for (int i = 0; i < signatures.length; i++) {
        for (int band = 0; band < VectorBuckets.BANDS; band++) {
          for (int bucket : VectorBuckets.baseBuckets(band, signatures[i][band], inLines.get(i))) {
            if (members[bucket] == null) {
              members[bucket] = new int[sizes[bucket]];
            }
            members[bucket][filled[bucket]++] = i;
            holdsQuery[bucket] |= queries.get(i);
          }
        }
      }
      @Nullable Bucket[] out = new Bucket[VectorBuckets.BASE_BUCKETS];
      for (int bucket = 0; bucket < out.length; bucket++) {
        if (members[bucket] != null) {
          out[bucket] = new Bucket(bucket, members[bucket], holdsQuery[bucket]);
        }
      }
      return new Buckets(out, vectors.size());
    }
  }
}
