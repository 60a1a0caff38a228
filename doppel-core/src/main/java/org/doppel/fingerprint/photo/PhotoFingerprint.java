package org.doppel.fingerprint.photo;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * What is kept of a picture: six 256-bit {@link PhotoHash}es (6 × 32 = {@value #HASH_BYTES} bytes),
 * the box of the content inside the file's picture (the whole picture, or the part inside a caption
 * band or border, see {@link BorderFinder}) and the hash's quality.
 *
 * <p>Slot k holds the hash of {@link PhotoRegion} k of the content, except when a band was trimmed:
 * then the slot of {@link #frameSlot} holds the hash of the centre 80 % of the whole picture, band and
 * all (the frame). Both are needed whichever picture of a pair comes first: an added caption band is
 * outside the photo, so the content matches the original; a banner laid over the photo's top edge
 * looks like a band, so only the frame matches the original, and its centre, which leaves out most of
 * a banner at the edge, matches best. The region given up is the 70 % window on the side trimmed
 * most, which a banner or band would cross anyway; the budget stays at 192 bytes a picture.
 *
 * @param hashes one hash per slot, in {@link PhotoRegion} order, the frame in its slot
 * @param content where the hashed content lies in the picture
 * @param quality PDQ's quality, 0..100: how much detail the hash rests on; flat pictures score low
 */
public record PhotoFingerprint(List<PhotoHash> hashes, Box content, int quality) {
  public static final int HASH_BYTES = PhotoHash.BYTES * 6;
  /** The index tag of the frame hash (tags 0..5 are the regions' ordinals). */
  public static final int FRAME_TAG = 6;

  public PhotoFingerprint {
    hashes = List.copyOf(hashes);
    if (hashes.size() != PhotoRegion.values().length) {
      throw new IllegalArgumentException("one hash per region expected, got " + hashes.size());
    }
  }

  /** The slot that holds the frame's hash instead of a region's, when {@code content} is not the whole picture. */
  public static Optional<PhotoRegion> frameSlot(Box content) {
    if (content.isWhole()) {
      return Optional.empty();
    }
    double[] trimmed = {content.y0(), 1 - content.y1(), content.x0(), 1 - content.x1()};
    PhotoRegion[] side = {PhotoRegion.TOP_70, PhotoRegion.BOTTOM_70, PhotoRegion.LEFT_70, PhotoRegion.RIGHT_70};
    int most = 0;
    for (int s = 1; s < 4; s++) {
      if (trimmed[s] > trimmed[most]) {
        most = s;
      }
    }
    return Optional.of(side[most]);
  }

  /** The hash of {@code region} of the content; empty for the region whose slot holds the frame. */
  public Optional<PhotoHash> hash(PhotoRegion region) {
    return frameSlot(content).filter(region::equals).isPresent() ? Optional.empty() : Optional.of(hashes.get(region.ordinal()));
  }

  /** The hash of the centre 80 % of the whole picture, band and all, when a band was trimmed off the content. */
  public Optional<PhotoHash> frame() {
    return frameSlot(content).map(slot -> hashes.get(slot.ordinal()));
  }

  /** The index tag of slot {@code slot}: the region's ordinal, or {@link #FRAME_TAG}. */
  public int tag(int slot) {
    return frameSlot(content).filter(region -> region.ordinal() == slot).isPresent() ? FRAME_TAG : slot;
  }

  public PhotoHash whole() {
    return hashes.get(PhotoRegion.WHOLE.ordinal());
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
