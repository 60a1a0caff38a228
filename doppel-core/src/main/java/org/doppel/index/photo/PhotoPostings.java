package org.doppel.index.photo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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

  /** Receives a key of a group (0 kept, 1 mirrored, 2 turned) with the hash it was made from. */
  public interface KeySink {
    void key(int group, int key, PhotoHash hash);
  }

  /**
   * What a picture posts in a key join where both sides spread (a Spark join), each key with the hash
   * it comes from, so the join can compare the two hashes at once: each chunk value within 1 bit of its
   * own, so that what a picture {@link #askHalfway asks halfway} meets it where {@link #asked} meets
   * {@link #posted}. Two values within 2 bits are each within 1 bit of a common value; the probes'
   * radius of 1 is met by the posted spread alone. About 2,200 keys posted and 2,700 asked a picture
   * instead of 400 and 22,700: fewer rows to shuffle, each pair met by a few more keys.
   */
  public static void postHalfway(PhotoHashes hashes, KeySink sink) {
    hashes.fingerprint().hashes().forEach(hash -> emit(0, hash, 1, sink));
    emit(1, hashes.mirrored(), 1, sink);
    hashes.rotated().forEach(hash -> emit(2, hash, 0, sink));
  }

  /** What a picture asks for against {@link #postHalfway}, each key with the hash it comes from. */
  public static void askHalfway(PhotoHashes hashes, KeySink sink) {
    hashes.fingerprint().hashes().forEach(hash -> emit(0, hash, 1, sink));
    emit(0, hashes.mirrored(), 1, sink);
    hashes.rotated().forEach(hash -> emit(0, hash, 0, sink));
    emit(1, hashes.fingerprint().whole(), 1, sink);
    emit(2, hashes.fingerprint().hashes().get(PhotoRegion.CENTRE_80.ordinal()), 1, sink);
  }

  private static void emit(int group, PhotoHash hash, int radius, KeySink sink) {
    for (int key : PhotoKeys.near(List.of(hash), radius)) {
      sink.key(group, key, hash);
    }
  }

  /** The keys {@link #postHalfway} gives, by group. */
  public static PhotoPostings postedHalfway(PhotoHashes hashes) {
    return collect(sink -> postHalfway(hashes, sink));
  }

  /** The keys {@link #askHalfway} gives, by group. */
  public static PhotoPostings askedHalfway(PhotoHashes hashes) {
    return collect(sink -> askHalfway(hashes, sink));
  }

  private static PhotoPostings collect(Consumer<KeySink> emitter) {
    List<List<Integer>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    emitter.accept((group, key, hash) -> groups.get(group).add(key));
    int[][] keys = groups.stream().map(g -> g.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()).toArray(int[][]::new);
    return new PhotoPostings(keys[0], keys[1], keys[2]);
  }

  /** The keys of several pictures together, group by group: sorted, distinct. */
  public static PhotoPostings union(List<PhotoPostings> all) {
    return new PhotoPostings(union(all.stream().map(PhotoPostings::kept).toArray(int[][]::new)),
        union(all.stream().map(PhotoPostings::mirrored).toArray(int[][]::new)),
        union(all.stream().map(PhotoPostings::turned).toArray(int[][]::new)));
  }

  private static int[] union(int[]... keys) {
    return Arrays.stream(keys).flatMapToInt(IntStream::of).sorted().distinct().toArray();
  }
}
