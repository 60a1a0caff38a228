package org.doppel.fingerprint.photo;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * A picture's kept fingerprint with the hashes that are only asked with, never kept: its content
 * flipped left to right (PDQ's mirror, from the same DCT by changing the sign of the odd horizontal
 * frequencies) and {@link RotationProbes}: the centre of the photo this picture would be if it had
 * been rotated by a few degrees.
 */
public record PhotoHashes(PhotoFingerprint fingerprint, PhotoHash mirrored, List<PhotoHash> rotated) {
  public PhotoHashes {
    rotated = List.copyOf(rotated);
  }

  /**
   * The fingerprint's bytes, the mirrored hash and the rotation probes: what a standing index stores
   * with a picture, so that a later query finds it whichever of the two a scan would have read first.
   */
  public byte[] toBytes() {
    byte[] kept = fingerprint.toBytes();
    ByteBuffer out = ByteBuffer.allocate(kept.length + PhotoHash.BYTES * (1 + rotated.size()) + 1);
    out.put(kept);
    put(out, mirrored);
    out.put((byte) rotated.size());
    rotated.forEach(hash -> put(out, hash));
    return out.array();
  }

  public static PhotoHashes fromBytes(byte[] bytes) {
    int kept = PhotoFingerprint.HASH_BYTES + 17;
    if (bytes.length < kept + PhotoHash.BYTES + 1) {
      throw new IllegalArgumentException("photo hashes need at least " + (kept + PhotoHash.BYTES + 1) + " bytes, got " + bytes.length);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    PhotoFingerprint fingerprint = PhotoFingerprint.fromBytes(Arrays.copyOf(bytes, kept));
    in.position(kept);
    PhotoHash mirrored = get(in);
    int count = in.get() & 0xff;
    if (in.remaining() != count * PhotoHash.BYTES) {
      throw new IllegalArgumentException("photo hashes: " + count + " rotation probes announced, " + in.remaining() + " bytes left");
    }
    PhotoHash[] rotated = new PhotoHash[count];
    for (int i = 0; i < count; i++) {
      rotated[i] = get(in);
    }
    return new PhotoHashes(fingerprint, mirrored, List.of(rotated));
  }

  private static void put(ByteBuffer out, PhotoHash hash) {
    out.putLong(hash.w0()).putLong(hash.w1()).putLong(hash.w2()).putLong(hash.w3());
  }

  private static PhotoHash get(ByteBuffer in) {
    return new PhotoHash(in.getLong(), in.getLong(), in.getLong(), in.getLong());
  }
}
