package org.doppel.match;

/** Word positions where the same k words start in both documents, in order of the second document. */
final class Seeds {
  final int[] a;
  final int[] b;
  final int count;
  final int length;

  Seeds(int[] a, int[] b, int count, int length) {
    this.a = a;
    this.b = b;
    this.count = count;
    this.length = length;
  }
}
