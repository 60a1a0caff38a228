package org.doppel.fingerprint.photo;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * What is kept of a picture: a {@link PhotoHash} of each {@link PhotoRegion} of its content (6 × 32 =
 * {@value #HASH_BYTES} bytes), the box of the content inside the file's picture (the whole picture, or
 * the part inside a caption band or border, see {@link BorderFinder}) and the hash's quality.
 *
 * @param hashes one hash per region, in {@link PhotoRegion} order
 * @param content where the hashed content lies in the picture
 * @param quality PDQ's quality, 0..100: how much detail the hash rests on; flat pictures score low
 */
public record PhotoFingerprint(List<PhotoHash> hashes, Box content, int quality) {
  public static final int HASH_BYTES = PhotoHash.BYTES * 6;

  public PhotoFingerprint {
    hashes = List.copyOf(hashes);
    if (hashes.size() != PhotoRegion.values().length) {
      throw new IllegalArgumentException("one hash per region expected, got " + hashes.size());
    }
  }

  public PhotoHash hash(PhotoRegion region) {
    return hashes.get(region.ordinal());
  }

  public PhotoHash whole() {
    return hash(PhotoRegion.WHOLE);
  }

  /** Hashes, content box (4 floats) and quality in {@value #HASH_BYTES} + 17 bytes. */
  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(HASH_BYTES + 17);
    for (PhotoHash hash : hashes) {
      out.putLong(hash.w0()).putLong(hash.w1()).putLong(hash.w2()).putLong(hash.w3());
    }
    out.putFloat((float) content.x0()).putFloat((float) content.y0()).putFloat((float) content.x1()).putFloat((float) content.y1());
    out.put((byte) quality);
    return out.array();
  }

  public static PhotoFingerprint fromBytes(byte[] bytes) {
    if (bytes.length != HASH_BYTES + 17) {
      throw new IllegalArgumentException("a photo fingerprint is " + (HASH_BYTES + 17) + " bytes, got " + bytes.length);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    PhotoHash[] hashes = new PhotoHash[PhotoRegion.values().length];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = new PhotoHash(in.getLong(), in.getLong(), in.getLong(), in.getLong());
    }
    Box box = new Box(in.getFloat(), in.getFloat(), in.getFloat(), in.getFloat());
    return new PhotoFingerprint(List.of(hashes), box, in.get());
  }
}
