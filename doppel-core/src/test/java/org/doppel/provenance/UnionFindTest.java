package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {
  @Test
  void everyNumberStartsAloneInAGroupOfOne() {
    UnionFind groups = new UnionFind(3);
    assertThat(groups.same(0, 1)).isFalse();
    assertThat(groups.size(2)).isEqualTo(1);
    assertThat(groups.find(2)).isEqualTo(2);
  }

  @Test
  void unionsJoinGroupsTransitivelyAndAddTheirSizes() {
    UnionFind groups = new UnionFind(5);
    groups.union(0, 1);
    groups.union(3, 4);
    groups.union(1, 4);
    assertThat(groups.same(0, 3)).isTrue();
    assertThat(groups.size(4)).isEqualTo(4);
    assertThat(groups.same(2, 0)).isFalse();
    groups.union(0, 3); // already one group: nothing changes
    assertThat(groups.size(0)).isEqualTo(4);
  }
}
