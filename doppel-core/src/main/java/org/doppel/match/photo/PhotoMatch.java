package org.doppel.match.photo;

import org.doppel.fingerprint.photo.Box;

/**
 * Two pictures that show the same photo.
 *
 * @param a the earlier picture's number (in the order they were added)
 * @param b the later picture's number
 * @param distance Hamming distance of the hashes that matched, 0..256
 * @param score 1 − distance/128, clipped to 0..1: 1 for identical hashes, 0 at chance
 * @param edit what the hashes say was done
 * @param regionA where the shared photo lies in picture a (the whole picture unless cropped or banded)
 * @param regionB the same in picture b
 */
public record PhotoMatch(int a, int b, int distance, double score, PhotoEdit edit, Box regionA, Box regionB) {}
