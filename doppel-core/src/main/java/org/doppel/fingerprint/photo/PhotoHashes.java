package org.doppel.fingerprint.photo;

import java.util.List;
import java.util.Optional;

/**
 * A picture's kept fingerprint with the hashes that are only asked with, never kept: its content
 * flipped left to right (PDQ's mirror, from the same DCT by changing the sign of the odd horizontal
 * frequencies); when a border was cut off, the picture as a whole; and {@link RotationProbes}: the
 * centre of the photo this picture would be if it had been rotated by a few degrees.
 */
public record PhotoHashes(PhotoFingerprint fingerprint, PhotoHash mirrored, Optional<PhotoHash> uncut, List<PhotoHash> rotated) {
  public PhotoHashes {
    rotated = List.copyOf(rotated);
  }
}
