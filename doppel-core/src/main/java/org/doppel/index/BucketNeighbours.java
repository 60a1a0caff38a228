package org.doppel.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
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
  private @Nullable Buckets buckets;

  void add(int docNumber, byte[] vector, boolean query) {
    if (VectorBuckets.hasNoWords(vector)) {
      return; // a document without content words has no neighbours
    }
    vectors.add(vector);
    numbers.add(docNumber);
    queries.add(query);
  }

  long memoryBytes() {
    return vectors.isEmpty() ? 0 : (long) vectors.size() * (vectors.get(0).length + 16 + 4L * VectorBuckets.BANDS);
  }

  /**
   * Each document paired with its nearest others ({@link VectorBuckets#nearest}: {@code k}, ties included)
   * whose cosine is at least {@code minCosine}, packed as in {@link CandidatePairs}, sorted and distinct.
   */
  long[] pairs(int k, double minCosine) {
    Buckets buckets = buckets();
    // the pairs of each base bucket from the minimum cosine, both ways: (member, other, cosine)
    List<Neighbour>[] found = buckets.members.values().parallelStream()
        .map(bucket -> {
          List<Neighbour> close = new ArrayList<>();
          VectorBuckets.forEachPair(bucket.signatures, bucket.vectors(vectors), bucket.queries(queries), minCosine, (i, j, cosine) -> {
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

  /**
   * The documents {@code vector} proposes: its nearest ({@link VectorBuckets#nearest}) among the documents it
   * would share a bucket with, {@code self} left out. For a document of the index this is what {@link #pairs}
   * pairs it with; {@code query} says whether it is a query ({@link VectorSearch#queries}).
   */
  int[] nearest(int self, byte[] vector, boolean query, int k, double minCosine) {
    if (VectorBuckets.hasNoWords(vector) || vectors.isEmpty()) {
      return new int[0];
    }
    Buckets buckets = buckets();
    int[] signatures = VectorBuckets.signatures(vector);
    Map<Long, Double> close = new HashMap<>();
    for (int band = 0; band < VectorBuckets.BANDS; band++) {
      Bucket bucket = buckets.members.get(VectorBuckets.baseBucket(band, signatures[band]));
      if (bucket == null) {
        continue;
      }
      long range = VectorBuckets.bucketOf(bucket.signatures, signatures[band]);
      for (int at = (int) (range >>> 32); at < (int) range; at++) {
        int member = bucket.members[at];
        if (numbers.get(member) == self || !VectorBuckets.compared(query, queries.get(member))) {
          continue;
        }
        double cosine = org.doppel.fingerprint.DocumentVectorizer.cosine(vector, vectors.get(member));
        if (cosine >= minCosine) {
          close.put((long) member, cosine);
        }
      }
    }
    return Arrays.stream(VectorBuckets.nearest(close, k)).mapToInt(member -> numbers.get((int) member)).sorted().toArray();
  }

  private synchronized Buckets buckets() {
    if (buckets == null || buckets.size != vectors.size()) {
      buckets = Buckets.of(vectors);
    }
    return buckets;
  }

  private record Neighbour(int member, int other, double cosine) {}

  /** The members of one base bucket (indices into the vectors), sorted by their signature in its band. */
  private record Bucket(int[] members, int[] signatures) {
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

  private record Buckets(Map<Long, Bucket> members, int size) {
    static Buckets of(List<byte[]> vectors) {
      int[][] signatures = IntStream.range(0, vectors.size()).parallel().mapToObj(i -> VectorBuckets.signatures(vectors.get(i))).toArray(int[][]::new);
      // (signature << 32 | member) per base bucket, so sorting orders members by signature, then index
      Map<Long, long[]> grouped = new HashMap<>();
      Map<Long, Integer> sizes = new HashMap<>();
      for (int i = 0; i < signatures.length; i++) {
        for (int band = 0; band < VectorBuckets.BANDS; band++) {
          long key = VectorBuckets.baseBucket(band, signatures[i][band]);
          int size = sizes.merge(key, 1, Integer::sum);
          long[] list = grouped.computeIfAbsent(key, x -> new long[4]);
          if (size > list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            grouped.put(key, list);
          }
          list[size - 1] = (long) signatures[i][band] << 32 | i;
        }
      }
      Map<Long, Bucket> members = new HashMap<>();
      grouped.forEach((key, list) -> {
        long[] sorted = Arrays.copyOf(list, Objects.requireNonNull(sizes.get(key)));
        Arrays.sort(sorted);
        int[] ids = new int[sorted.length];
        int[] sigs = new int[sorted.length];
        for (int j = 0; j < sorted.length; j++) {
          ids[j] = (int) sorted[j];
          sigs[j] = (int) (sorted[j] >>> 32);
        }
        members.put(key, new Bucket(ids, sigs));
      });
      return new Buckets(members, vectors.size());
    }
  }
}
