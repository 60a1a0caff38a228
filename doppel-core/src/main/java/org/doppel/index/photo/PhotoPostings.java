package org.doppel.index.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.doppel.fingerprint.photo.PhotoHash;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.fingerprint.photo.PhotoRegion;

/**
 * The {@link PhotoKeys} of a picture in three groups, so that a store of keys proposes every pair that
 * {@code PhotoMatcher} compares, whichever of the two pictures came first. The matcher asks, for a new
 * picture: its kept hashes and its mirrored hash against the kept hashes of earlier ones (within
 * {@link PhotoIndex#SEARCH_RADIUS} a chunk), and its rotation probes against their centres (within
 * {@link PhotoIndex#NEAR_RADIUS}). When the stored picture is the later one, its own mirrored hash
 * and probes are the ones compared: so a stored picture posts them too, and a query asks for them with
 * its whole hash and its centre.
 *
 * @param kept keys of the kept hashes ({@code PhotoFingerprint}, six)
 * @param mirrored keys of the mirrored hash
 * @param turned keys of the rotation probes
 */
public record PhotoPostings(int[] kept, int[] mirrored, int[] turned) {
  /** What a stored picture posts: its hashes' own chunk values. */
  public static PhotoPostings posted(PhotoHashes hashes) {
    return new PhotoPostings(PhotoKeys.exact(hashes.fingerprint().hashes()), PhotoKeys.exact(List.of(hashes.mirrored())),
        PhotoKeys.exact(hashes.rotated()));
  }

  /** What a query picture asks for, group by group: every value near a chunk of the hashes compared with that group. */
  public static PhotoPostings asked(PhotoHashes hashes) {
    List<PhotoHash> keptAndMirrored = new ArrayList<>(hashes.fingerprint().hashes());
    keptAndMirrored.add(hashes.mirrored());
    int[] kept = union(PhotoKeys.near(keptAndMirrored, PhotoIndex.SEARCH_RADIUS), PhotoKeys.near(hashes.rotated(), PhotoIndex.NEAR_RADIUS));
    PhotoHash centre = hashes.fingerprint().hashes().get(PhotoRegion.CENTRE_80.ordinal());
    return new PhotoPostings(kept, PhotoKeys.near(List.of(hashes.fingerprint().whole()), PhotoIndex.SEARCH_RADIUS),
        PhotoKeys.near(List.of(centre), PhotoIndex.NEAR_RADIUS));
  }

  /**
   * What a picture posts in a key join where both sides spread (a Spark join): each chunk value within
   * 1 bit of its own, so that a query {@link #askedHalfway} meets it where {@link #asked} meets
   * {@link #posted}. Two values within 2 bits are each within 1 bit of a common value; the probes'
   * radius of 1 is met by the posted spread alone. About 2,200 keys posted and 2,700 asked a picture
   * instead of 400 and 22,700: fewer rows to shuffle, each pair met by a few more keys.
   */
  public static PhotoPostings postedHalfway(PhotoHashes hashes) {
    return new PhotoPostings(PhotoKeys.near(hashes.fingerprint().hashes(), 1), PhotoKeys.near(List.of(hashes.mirrored()), 1),
        PhotoKeys.exact(hashes.rotated()));
  }

  /** What a picture asks for against {@link #postedHalfway}. */
  public static PhotoPostings askedHalfway(PhotoHashes hashes) {
    List<PhotoHash> keptAndMirrored = new ArrayList<>(hashes.fingerprint().hashes());
    keptAndMirrored.add(hashes.mirrored());
    PhotoHash centre = hashes.fingerprint().hashes().get(PhotoRegion.CENTRE_80.ordinal());
    return new PhotoPostings(union(PhotoKeys.near(keptAndMirrored, 1), PhotoKeys.exact(hashes.rotated())),
        PhotoKeys.near(List.of(hashes.fingerprint().whole()), 1), PhotoKeys.near(List.of(centre), 1));
  }

  /** The keys of several pictures together, group by group: sorted, distinct. */
  public static PhotoPostings union(List<PhotoPostings> all) {
    return new PhotoPostings(union(all.stream().map(PhotoPostings::kept).toArray(int[][]::new)),
        union(all.stream().map(PhotoPostings::mirrored).toArray(int[][]::new)),
        union(all.stream().map(PhotoPostings::turned).toArray(int[][]::new)));
  }

  private static int[] union(int[]... keys) {
    return java.util.Arrays.stream(keys).flatMapToInt(IntStream::of).sorted().distinct().toArray();
  }
}
