package org.doppel.index;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * A document's keys of one kind (band, line, anchor, fact or word hashes) as one stream of binary
 * terms, big-endian, each {@code width} bytes. One field per kind instead of one per key: Lucene
 * then sets up a field once a document rather than a few hundred times (the words alone are ~250
 * a news article). A key given twice is two tokens, so its term frequency counts it twice, as the
 * scan's postings do.
 */
final class KeyTerms extends TokenStream {
  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final byte[] bytes;
  private final int width;
  /** One reference moved along the bytes: the indexer copies each term before asking for the next. */
  private final BytesRef current;
  private int next;

  private KeyTerms(byte[] bytes, int width) {
    this.bytes = bytes;
    this.width = width;
    this.current = new BytesRef(bytes, 0, bytes.length == 0 ? 0 : width);
  }

  /** The {@code count} keys {@code key} gives for 0, 1, ... as an array, to be indexed with {@link #ofInts}. */
  static int[] keys(int count, IntUnaryOperator key) {
    int[] keys = new int[count];
    Arrays.setAll(keys, key::applyAsInt);
    return keys;
  }

  static KeyTerms ofInts(int[] keys) {
    byte[] bytes = new byte[keys.length * Integer.BYTES];
    for (int i = 0; i < keys.length; i++) {
      putInt(bytes, i * Integer.BYTES, keys[i]);
    }
    return new KeyTerms(bytes, Integer.BYTES);
  }

  static KeyTerms ofLongs(long[] keys) {
    byte[] bytes = new byte[keys.length * Long.BYTES];
    for (int i = 0; i < keys.length; i++) {
      putLong(bytes, i * Long.BYTES, keys[i]);
    }
    return new KeyTerms(bytes, Long.BYTES);
  }

  /** Pairs of long keys, {@code firsts[i]} then {@code seconds[i]}, 16 bytes a term: terms of one first key share a prefix. */
  static KeyTerms ofLongPairs(long[] firsts, long[] seconds) {
    byte[] bytes = new byte[firsts.length * 2 * Long.BYTES];
    for (int i = 0; i < firsts.length; i++) {
      putLong(bytes, i * 2 * Long.BYTES, firsts[i]);
      putLong(bytes, (i * 2 + 1) * Long.BYTES, seconds[i]);
    }
    return new KeyTerms(bytes, 2 * Long.BYTES);
  }

  /** The second key of a term of {@link #ofLongPairs}. */
  static long secondOfPair(BytesRef term) {
    return getLong(term.bytes, term.offset + Long.BYTES);
  }

  /** The term of one int key, as {@link #ofInts} indexes it. */
  static BytesRef intTerm(int key) {
    byte[] bytes = new byte[Integer.BYTES];
    putInt(bytes, 0, key);
    return new BytesRef(bytes);
  }

  /** The term of one long key, as {@link #ofLongs} indexes it. */
  static BytesRef longTerm(long key) {
    byte[] bytes = new byte[Long.BYTES];
    putLong(bytes, 0, key);
    return new BytesRef(bytes);
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  @Override
  public boolean incrementToken() {
    if (next >= bytes.length) {
      return false;
    }
    clearAttributes();
    current.offset = next;
    term.setBytesRef(current);
    next += width;
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }

  private static void putLong(byte[] bytes, int at, long value) {
    putInt(bytes, at, (int) (value >>> 32));
    putInt(bytes, at + Integer.BYTES, (int) value);
  }

  private static long getLong(byte[] bytes, int at) {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = value << 8 | (bytes[at + i] & 0xFF);
    }
    return value;
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }
}
