package org.doppel.match;

/**
 * Word positions where the same k words start in both documents, in order of the second document.
 * A seed is <em>distinctive</em> when its k-gram occurs once in at least one of the two documents; a
 * stock phrase repeated in both ("of North Korea") pairs every occurrence with every other and would
 * join unrelated parts of the texts, so such seeds only fill in passages that distinctive ones found.
 */
final class Seeds {
  final int[] a;
  final int[] b;
  final boolean[] distinctive;
  final int count;
  final int length;

  Seeds(int[] a, int[] b, boolean[] distinctive, int count, int length) {
    this.a = a;
    this.b = b;
    this.distinctive = distinctive;
    this.count = count;
    this.length = length;
  }
}
