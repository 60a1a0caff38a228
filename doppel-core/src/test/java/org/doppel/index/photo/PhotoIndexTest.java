package org.doppel.index.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doppel.fingerprint.photo.PhotoHash;
import org.junit.jupiter.api.Test;

class PhotoIndexTest {
  @Test
  void findsEveryHashWithinTheExactRadiusAndNothingBeyondTheLimit() {
    Random random = new Random(7);
    PhotoIndex index = new PhotoIndex(2);
    assertThat(index.exactRadius()).isEqualTo(47);
    PhotoHash query = new PhotoHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    for (int i = 0; i < 500; i++) {
      index.add(i, 0, new PhotoHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()));
    }
    int[] distances = {0, 5, 20, 47};
    for (int i = 0; i < distances.length; i++) {
      index.add(1000 + i, 1, flip(query, distances[i], random));
    }
    List<int[]> hits = new ArrayList<>();
    index.search(query, 47, 0b10, (owner, tag, d) -> hits.add(new int[] {owner, d}));
    assertThat(hits).extracting(h -> h[0]).containsExactlyInAnyOrder(1000, 1001, 1002, 1003);
    assertThat(hits).allSatisfy(h -> assertThat(h[1]).isEqualTo(distances[h[0] - 1000]));
    List<Integer> near = new ArrayList<>();
    index.search(query, 19, 0b11, (owner, tag, d) -> near.add(owner));
    assertThat(near).containsExactlyInAnyOrder(1000, 1001);
  }

  @Test
  void theNearSearchFindsEveryHashWithin31BitsAndMostAt40() {
    Random random = new Random(11);
    PhotoIndex index = new PhotoIndex(2);
    PhotoHash query = new PhotoHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    for (int i = 0; i < 200; i++) {
      index.add(i, 0, flip(query, 31, random));
      index.add(1000 + i, 1, flip(query, 40, random));
    }
    List<Integer> within31 = new ArrayList<>();
    List<Integer> at40 = new ArrayList<>();
    index.searchNear(query, 64, 0b11, (owner, tag, d) -> (tag == 0 ? within31 : at40).add(owner));
    assertThat(within31).hasSize(200);
    // at 40 bits a hash is missed when no chunk of 16 differs in at most one bit: about 0.4 % of them
    assertThat(at40.size()).isGreaterThan(190);
  }

  private static PhotoHash flip(PhotoHash hash, int bits, Random random) {
    long[] w = {hash.w0(), hash.w1(), hash.w2(), hash.w3()};
    java.util.Set<Integer> chosen = new java.util.HashSet<>();
    while (chosen.size() < bits) {
      chosen.add(random.nextInt(256));
    }
    for (int bit : chosen) {
      w[bit >> 6] ^= 1L << (bit & 63);
    }
    return new PhotoHash(w[0], w[1], w[2], w[3]);
  }
}
