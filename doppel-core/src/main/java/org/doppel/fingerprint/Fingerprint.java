package org.doppel.fingerprint;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the index keeps of a document: a hash of its whole normalised content (equal for exact
 * copies), its length in words, a MinHash signature (resemblance) and a sample of anchor shingles
 * (containment), a key per whole line (verbatim paragraphs) and the keys of its facts (rewrites,
 * see {@link FactExtractor}). Small, immutable and serialisable with {@link #toBytes()}: 4 bytes per
 * MinHash bin, anchor, line key and fact, and the document's vocabulary vector
 * ({@link DocumentVectorizer}, 256 bytes) for nearest-neighbour search.
 */
public final class Fingerprint {
  private static final byte FORMAT = 3;
  private final long contentHash;
  private final int wordCount;
  private final MinHashSignature minHash;
  private final int[] anchors;
  private final int[] lineKeys;
  private final int[] facts;
  private final byte[] vector;

  public Fingerprint(long contentHash, int wordCount, MinHashSignature minHash, int[] anchors) {
    this(contentHash, wordCount, minHash, anchors, new int[0], new int[0], new byte[0]);
  }

  /**
   * @param vector the vocabulary vector of {@link DocumentVectorizer}, or an empty array
   */
  public Fingerprint(long contentHash, int wordCount, MinHashSignature minHash, int[] anchors, int[] lineKeys, int[] facts, byte[] vector) {
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must be >= 0, got " + wordCount);
    }
    this.contentHash = contentHash;
    this.wordCount = wordCount;
    this.minHash = minHash;
    this.anchors = anchors.clone();
    this.lineKeys = lineKeys.clone();
    this.facts = facts.clone();
    this.vector = vector.clone();
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

  public int lineKeyCount() {
    return lineKeys.length;
  }

  /** Key of a whole line of the document; see {@link LineKeys}. */
  public int lineKey(int index) {
    return lineKeys[index];
  }

  public int factCount() {
    return facts.length;
  }

  /** Key of one of the document's facts, in ascending order; see {@link Fact#key()}. */
  public int fact(int index) {
    return facts[index];
  }

  /** The document's vocabulary vector (see {@link DocumentVectorizer}); a copy, empty when not computed. */
  public byte[] vector() {
    return vector.clone();
  }

  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(1 + 8 + 4 + 8 + 4 + 4 * minHash.size() + 4 + 4 * anchors.length + 4 + 4 * lineKeys.length + 4 + 4 * facts.length + 4 + vector.length);
    out.put(FORMAT).putLong(contentHash).putInt(wordCount).putLong(minHash.seed()).putInt(minHash.size());
    for (int i = 0; i < minHash.size(); i++) {
      out.putInt(minHash.value(i));
    }
    out.putInt(anchors.length);
    for (int anchor : anchors) {
      out.putInt(anchor);
    }
    out.putInt(lineKeys.length);
    for (int key : lineKeys) {
      out.putInt(key);
    }
    out.putInt(facts.length);
    for (int key : facts) {
      out.putInt(key);
    }
    out.putInt(vector.length).put(vector);
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
    int[] lineKeys = new int[in.getInt()];
    for (int i = 0; i < lineKeys.length; i++) {
      lineKeys[i] = in.getInt();
    }
    int[] facts = new int[in.getInt()];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = in.getInt();
    }
    byte[] vector = new byte[in.getInt()];
    in.get(vector);
    return new Fingerprint(contentHash, wordCount, new MinHashSignature(minima, seed), anchors, lineKeys, facts, vector);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.contentHash == contentHash && f.wordCount == wordCount
        && f.minHash.equals(minHash) && Arrays.equals(f.anchors, anchors) && Arrays.equals(f.lineKeys, lineKeys)
        && Arrays.equals(f.facts, facts) && Arrays.equals(f.vector, vector);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(contentHash) * 31 + minHash.hashCode();
  }
}
