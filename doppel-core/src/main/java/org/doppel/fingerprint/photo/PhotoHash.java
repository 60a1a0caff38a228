package org.doppel.fingerprint.photo;

import java.util.HexFormat;

/**
 * A 256-bit perceptual hash of a picture (or of one region of it): bit k is set when DCT coefficient
 * k of its 64×64 brightness is above the median of the 256 lowest coefficients. Two hashes of the
 * same photo differ in few bits, of different photos in about half (128).
 */
public record PhotoHash(long w0, long w1, long w2, long w3) {
  public static final int BITS = 256;
  public static final int BYTES = 32;

  /** The number of bits in which the two hashes differ, 0..256. */
  public int distance(PhotoHash other) {
    return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1) + Long.bitCount(w2 ^ other.w2) + Long.bitCount(w3 ^ other.w3);
  }

  /** Sixteen bits starting at bit {@code 16 * chunk}, for multi-index hashing. */
  public int chunk(int chunk) {
    long word = switch (chunk >> 2) {
      case 0 -> w0;
      case 1 -> w1;
      case 2 -> w2;
      default -> w3;
    };
    return (int) (word >>> ((chunk & 3) * 16)) & 0xffff;
  }

  /** 64 hex digits, most significant word first. */
  public String toHex() {
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(w3) + hex.toHexDigits(w2) + hex.toHexDigits(w1) + hex.toHexDigits(w0);
  }

  public static PhotoHash fromHex(String hex) {
    if (hex.length() != 64) {
      throw new IllegalArgumentException("a photo hash is 64 hex digits, got " + hex.length());
    }
    return new PhotoHash(HexFormat.fromHexDigitsToLong(hex, 48, 64), HexFormat.fromHexDigitsToLong(hex, 32, 48),
        HexFormat.fromHexDigitsToLong(hex, 16, 32), HexFormat.fromHexDigitsToLong(hex, 0, 16));
  }

  static PhotoHash fromBits(boolean[] bits) {
    long[] words = new long[4];
    for (int k = 0; k < BITS; k++) {
      if (bits[k]) {
        words[k >> 6] |= 1L << (k & 63);
      }
    }
    return new PhotoHash(words[0], words[1], words[2], words[3]);
  }
}
