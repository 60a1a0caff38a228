package org.doppel.fingerprint;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the index keeps of a document: a hash of its whole normalised content (equal for exact
 * copies), its length in words, a MinHash signature (resemblance) and a sample of anchor shingles
 * (containment). Small, immutable and serialisable with {@link #toBytes()}: about 4 bytes per MinHash
 * bin plus 4 per anchor.
 */
public final class Fingerprint {
  private static final byte FORMAT = 1;
  private final long contentHash;
  private final int wordCount;
  private final MinHashSignature minHash;
  private final int[] anchors;

  public Fingerprint(long contentHash, int wordCount, MinHashSignature minHash, int[] anchors) {
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must be >= 0, got " + wordCount);
    }
    this.contentHash = contentHash;
    this.wordCount = wordCount;
    this.minHash = minHash;
    this.anchors = anchors.clone();
  }

  public long contentHash() {
    return contentHash;
  }

  public int wordCount() {
    return wordCount;
  }

  public MinHashSignature minHash() {
    return minHash;
  }

  public int anchorCount() {
    return anchors.length;
  }

  public int anchor(int index) {
    return anchors[index];
  }

  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(1 + 8 + 4 + 8 + 4 + 4 * minHash.size() + 4 + 4 * anchors.length);
    out.put(FORMAT).putLong(contentHash).putInt(wordCount).putLong(minHash.seed()).putInt(minHash.size());
    for (int i = 0; i < minHash.size(); i++) {
      out.putInt(minHash.value(i));
    }
    out.putInt(anchors.length);
    for (int anchor : anchors) {
      out.putInt(anchor);
    }
    return out.array();
  }

  public static Fingerprint fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte format = in.get();
    if (format != FORMAT) {
      throw new IllegalArgumentException("unknown fingerprint format " + format + ", expected " + FORMAT);
    }
    long contentHash = in.getLong();
    int wordCount = in.getInt();
    long seed = in.getLong();
    int[] minima = new int[in.getInt()];
    for (int i = 0; i < minima.length; i++) {
      minima[i] = in.getInt();
    }
    int[] anchors = new int[in.getInt()];
    for (int i = 0; i < anchors.length; i++) {
      anchors[i] = in.getInt();
    }
    return new Fingerprint(contentHash, wordCount, new MinHashSignature(minima, seed), anchors);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.contentHash == contentHash && f.wordCount == wordCount
        && f.minHash.equals(minHash) && Arrays.equals(f.anchors, anchors);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(contentHash) * 31 + minHash.hashCode();
  }
}
