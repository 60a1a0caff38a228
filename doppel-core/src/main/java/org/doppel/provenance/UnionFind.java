package org.doppel.provenance;

/** Union-find over the numbers 0 to n - 1, with path halving and union by size. */
final class UnionFind {
  private final int[] parent;
  private final int[] size;

  UnionFind(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  boolean same(int x, int y) {
    return find(x) == find(y);
  }

  int size(int x) {
    return size[find(x)];
  }

  void union(int x, int y) {
    int rx = find(x);
    int ry = find(y);
    if (rx == ry) {
      return;
    }
    if (size[rx] < size[ry]) {
      int t = rx;
      rx = ry;
      ry = t;
    }
    parent[ry] = rx;
    size[rx] += size[ry];
  }
}
