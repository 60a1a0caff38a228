package org.doppel.match.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doppel.fingerprint.photo.Box;
import org.doppel.fingerprint.photo.PhotoFingerprint;
import org.doppel.fingerprint.photo.PhotoHash;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.index.photo.PhotoPostings;
import org.junit.jupiter.api.Test;

/**
 * A store of {@link PhotoPostings} keys (posted exactly or halfway) proposes every pair the matcher finds, in either order: for
 * hashes at random distances around the thresholds, whenever {@link PhotoMatcher} matches a later
 * picture with an earlier one, what the later one asks meets what the earlier one posts, and the other
 * way round (the query may be either).
 */
class PhotoPostingsTest {
  @Test
  void everyPairTheMatcherFindsSharesAKeyWhicheverSideIsStored() {
    Random random = new Random(16);
    int matched = 0;
    for (int trial = 0; trial < 400; trial++) {
      PhotoHashes first = randomHashes(random);
      PhotoHashes second = near(first, 20 + random.nextInt(60), random);
      PhotoMatcher matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS);
      matcher.add(first);
      if (!matcher.add(second).isEmpty()) {
        matched++;
        assertThat(meet(PhotoPostings.asked(second), PhotoPostings.posted(first))).as("trial %d, later asks", trial).isTrue();
        assertThat(meet(PhotoPostings.asked(first), PhotoPostings.posted(second))).as("trial %d, earlier asks", trial).isTrue();
        assertThat(meetWithin(second, first)).as("trial %d, later asks halfway", trial).isTrue();
        assertThat(meetWithin(first, second)).as("trial %d, earlier asks halfway", trial).isTrue();
      }
    }
    assertThat(matched).isBetween(50, 399);
  }

  @Test
  void hashesSurviveTheirBytes() {
    PhotoHashes hashes = randomHashes(new Random(3));
    assertThat(PhotoHashes.fromBytes(hashes.toBytes())).isEqualTo(hashes);
  }

  /** Whether a key {@code asking} asks halfway meets one {@code posting} posts with hashes within the largest threshold (the Spark join's test). */
  private static boolean meetWithin(PhotoHashes asking, PhotoHashes posting) {
    java.util.Map<Long, List<org.doppel.fingerprint.photo.PhotoHash>> posted = new java.util.HashMap<>();
    PhotoPostings.postHalfway(posting, (group, key, hash) -> posted.computeIfAbsent((long) group << 32 | key & 0xffffffffL, k -> new ArrayList<>()).add(hash));
    boolean[] met = {false};
    PhotoPostings.askHalfway(asking, (group, key, hash) -> {
      for (PhotoHash other : posted.getOrDefault((long) group << 32 | key & 0xffffffffL, List.of())) {
        met[0] |= hash.distance(other) <= PhotoThresholds.DEFAULTS.max();
      }
    });
    return met[0] && meet(PhotoPostings.askedHalfway(asking), PhotoPostings.postedHalfway(posting));
  }

  private static boolean meet(PhotoPostings asked, PhotoPostings posted) {
    return intersect(asked.kept(), posted.kept()) || intersect(asked.mirrored(), posted.mirrored()) || intersect(asked.turned(), posted.turned());
  }

  private static boolean intersect(int[] a, int[] b) {
    for (int key : a) {
      if (java.util.Arrays.binarySearch(b, key) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static PhotoHashes randomHashes(Random random) {
    List<PhotoHash> kept = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      kept.add(new PhotoHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()));
    }
    List<PhotoHash> turned = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      turned.add(new PhotoHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()));
    }
    return new PhotoHashes(new PhotoFingerprint(kept, Box.WHOLE, 80), new PhotoHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()), turned);
  }

  /** Every hash of {@code hashes} with {@code bits} random bits flipped; mirror and probes too, so that any comparison may match. */
  private static PhotoHashes near(PhotoHashes hashes, int bits, Random random) {
    List<PhotoHash> kept = hashes.fingerprint().hashes().stream().map(h -> flip(h, bits, random)).toList();
    // the mirror of one picture against the whole of the other, and probes against the centre
    PhotoHash mirrored = flip(hashes.fingerprint().whole(), bits, random);
    List<PhotoHash> turned = hashes.rotated().stream().map(h -> flip(hashes.fingerprint().hashes().get(1), bits, random)).toList();
    return new PhotoHashes(new PhotoFingerprint(kept, Box.WHOLE, 80), mirrored, turned);
  }

  private static PhotoHash flip(PhotoHash hash, int bits, Random random) {
    long[] w = {hash.w0(), hash.w1(), hash.w2(), hash.w3()};
    java.util.Set<Integer> flipped = new java.util.HashSet<>();
    while (flipped.size() < bits) {
      flipped.add(random.nextInt(256));
    }
    for (int bit : flipped) {
      w[bit >> 6] ^= 1L << (bit & 63);
    }
    return new PhotoHash(w[0], w[1], w[2], w[3]);
  }
}
