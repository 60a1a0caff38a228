package org.doppel.index.photo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.doppel.fingerprint.photo.PhotoHash;

/**
 * Finds the stored photo hashes within a Hamming distance of a query without comparing it with all
 * of them: multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with
 * multi-index hashing", CVPR 2012). Each 256-bit hash is cut into 16 chunks of 16 bits, and each
 * chunk value has a posting list. Two hashes within distance d differ, by pigeonhole, in at most
 * ⌊d/16⌋ bits of some chunk, so probing every chunk value within {@code chunkRadius} bits of the
 * query's finds every hash within 16·(chunkRadius+1) − 1 bits for certain: 47 for the default 2, at
 * 137 probes per chunk. Beyond that a hit is likely, not certain: a pair at distance 64 whose
 * differing bits fall at random is found with probability 0.97.
 *
 * <p>Each stored hash costs its 32 bytes, an owner and a tag (5 bytes) and 16 list links (64 bytes);
 * the 16 list heads take 4 MB in all. Not thread-safe: searches share a visited-stamp array.
 */
public final class PhotoIndex {
  public static final int CHUNKS = 16;
  /** The chunk radius of {@link #search} in the index a {@code PhotoMatcher} uses. */
  public static final int SEARCH_RADIUS = 2;
  /** The chunk radius of {@link #searchNear}. */
  public static final int NEAR_RADIUS = 1;
  /** Masks within {@link #NEAR_RADIUS} bits: 1 + 16. */
  private static final int NEAR_PROBES = 17;
  private final int[] probes;
  private final int[][] heads = new int[CHUNKS][1 << 16];
  private int[] next = new int[CHUNKS * 1024];
  private long[] words = new long[4 * 1024];
  private int[] owners = new int[1024];
  private byte[] tags = new byte[1024];
  private int[] seen = new int[1024];
  private int stamp;
  private int size;

  /** @param chunkRadius bits probed around each chunk value, 0..3; see the class comment for the trade-off */
  public PhotoIndex(int chunkRadius) {
    if (chunkRadius < 0 || chunkRadius > 3) {
      throw new IllegalArgumentException("chunkRadius must be 0..3, got " + chunkRadius);
    }
    probes = masksUpTo(chunkRadius);
    for (int[] head : heads) {
      Arrays.fill(head, -1);
    }
  }

  /** The largest distance at which every stored hash is certainly found. */
  public int exactRadius() {
    return CHUNKS * (Integer.bitCount(probes[probes.length - 1]) + 1) - 1;
  }

  public int size() {
    return size;
  }

  /** Stores {@code hash} for picture {@code owner} with a caller's tag (0..7, e.g. the region hashed). */
  public void add(int owner, int tag, PhotoHash hash) {
    if (tag < 0 || tag > 7) {
      throw new IllegalArgumentException("tag must be 0..7, got " + tag);
    }
    if (size == owners.length) {
      grow();
    }
    int entry = size++;
    owners[entry] = owner;
    tags[entry] = (byte) tag;
    words[4 * entry] = hash.w0();
    words[4 * entry + 1] = hash.w1();
    words[4 * entry + 2] = hash.w2();
    words[4 * entry + 3] = hash.w3();
    for (int c = 0; c < CHUNKS; c++) {
      int value = hash.chunk(c);
      next[entry * CHUNKS + c] = heads[c][value];
      heads[c][value] = entry;
    }
  }

  /** Receives each stored hash found. */
  public interface Hits {
    void hit(int owner, int tag, int distance);
  }

  /** Reports, once each, the stored hashes with a tag in {@code tagMask} (bit t for tag t) within {@code maxDistance}. */
  public void search(PhotoHash query, int maxDistance, int tagMask, Hits hits) {
    search(query, maxDistance, tagMask, probes.length, hits);
  }

  /**
   * As {@link #search(PhotoHash, int, int, Hits)}, probing only chunk values within 1 bit: 17 probes
   * a chunk instead of 137, so 8 times fewer list heads read (the heads are 4 MB, so each read is a
   * cache miss). Certain up to 31 bits; a pair at 40 bits whose differing bits fall at random is
   * found with probability 0.996, at 50 with 0.96. For queries that come many to a picture and each
   * need only one hit of several (rotation probes).
   */
  public void searchNear(PhotoHash query, int maxDistance, int tagMask, Hits hits) {
    search(query, maxDistance, tagMask, Math.min(probes.length, NEAR_PROBES), hits);
  }

  private void search(PhotoHash query, int maxDistance, int tagMask, int probeCount, Hits hits) {
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    for (int c = 0; c < CHUNKS; c++) {
      int value = query.chunk(c);
      int[] head = heads[c];
      for (int p = 0; p < probeCount; p++) {
        for (int entry = head[value ^ probes[p]]; entry >= 0; entry = next[entry * CHUNKS + c]) {
          if (seen[entry] == stamp) {
            continue;
          }
          seen[entry] = stamp;
          if ((tagMask >>> tags[entry] & 1) == 0) {
            continue;
          }
          int distance = Long.bitCount(words[4 * entry] ^ query.w0()) + Long.bitCount(words[4 * entry + 1] ^ query.w1())
              + Long.bitCount(words[4 * entry + 2] ^ query.w2()) + Long.bitCount(words[4 * entry + 3] ^ query.w3());
          if (distance <= maxDistance) {
            hits.hit(owners[entry], tags[entry], distance);
          }
        }
      }
    }
  }

  private void grow() {
    int capacity = owners.length * 2;
    next = Arrays.copyOf(next, capacity * CHUNKS);
    words = Arrays.copyOf(words, capacity * 4);
    owners = Arrays.copyOf(owners, capacity);
    tags = Arrays.copyOf(tags, capacity);
    seen = Arrays.copyOf(seen, capacity);
  }

  /** Every 16-bit mask with at most {@code radius} bits set, fewest bits first. */
  static int[] masksUpTo(int radius) {
    return IntStream.range(0, 1 << 16).filter(m -> Integer.bitCount(m) <= radius)
        .boxed().sorted(Comparator.comparingInt(Integer::bitCount)).mapToInt(Integer::intValue).toArray();
  }
}
