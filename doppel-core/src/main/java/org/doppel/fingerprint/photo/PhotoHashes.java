package org.doppel.fingerprint.photo;

import java.util.Optional;

/**
 * A picture's kept fingerprint with the hashes that are only asked with, never kept: its content
 * flipped left to right (PDQ's mirror, from the same DCT by changing the sign of the odd horizontal
 * frequencies), and, when a border was cut off, the picture as a whole.
 */
public record PhotoHashes(PhotoFingerprint fingerprint, PhotoHash mirrored, Optional<PhotoHash> uncut) {}
