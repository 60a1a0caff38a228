package org.doppel.index.photo;

import java.util.Arrays;
import java.util.List;
import org.doppel.fingerprint.photo.PhotoHash;

/**
 * {@link PhotoIndex}'s multi-index hashing as plain keys, for stores that look keys up instead of
 * walking in-memory lists (a Lucene index, a Spark join): a key is a chunk number and the chunk's
 * 16-bit value in one int. A stored hash posts its {@link #exact} keys; a query asks for its
 * {@link #near} keys, every value within the radius of each of its chunks, so that a stored hash
 * shares a key with the query exactly when {@code PhotoIndex} would visit it: some chunk within the
 * radius (pigeonhole: certain up to 47 bits at radius 2). Sharing a key makes a candidate only; the
 * caller then compares the hashes themselves.
 */
public final class PhotoKeys {
  private static final int[][] MASKS = {PhotoIndex.masksUpTo(0), PhotoIndex.masksUpTo(1), PhotoIndex.masksUpTo(2)};

  private PhotoKeys() {}

  /** The key of value {@code value} (16 bits) of chunk {@code chunk}. */
  public static int key(int chunk, int value) {
    return chunk << 16 | value;
  }

  /** The keys of the hashes' own chunk values: sorted, distinct. */
  public static int[] exact(List<PhotoHash> hashes) {
    return near(hashes, 0);
  }

  /** Every key within {@code radius} bits (0..2) of a chunk of one of the hashes: sorted, distinct. */
  public static int[] near(List<PhotoHash> hashes, int radius) {
    int[] masks = MASKS[radius];
    int[] keys = new int[hashes.size() * PhotoIndex.CHUNKS * masks.length];
    int n = 0;
    for (PhotoHash hash : hashes) {
      for (int c = 0; c < PhotoIndex.CHUNKS; c++) {
        int value = hash.chunk(c);
        for (int mask : masks) {
          keys[n++] = key(c, value ^ mask);
        }
      }
    }
    return Arrays.stream(keys, 0, n).sorted().distinct().toArray();
  }
}
