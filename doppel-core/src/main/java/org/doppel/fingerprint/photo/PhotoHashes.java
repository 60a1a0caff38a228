package org.doppel.fingerprint.photo;

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
}
