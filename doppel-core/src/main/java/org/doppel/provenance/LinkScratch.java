package org.doppel.provenance;

import java.util.Arrays;

/**
 * One thread's working arrays for {@link StoryLinks#link} and {@link JoinBounds}, kept between documents so that a
 * lone document costs no allocation: its dot products by member (all zero between documents), the members it touched,
 * and per family scratch.
 */
final class LinkScratch {
  private static final ThreadLocal<LinkScratch> OF_THREAD = ThreadLocal.withInitial(LinkScratch::new);

  double[] dot = new double[0];
  int[] touched = new int[0];
  /** Per family, its member nearest to the document so far; -1 between documents. */
  int[] nearestOf = new int[0];
  /** Per family, the cosine of its nearest member so far (read only where {@code nearestOf} is set). */
  double[] nearestDot = new double[0];
  int[] families = new int[0];
  /** Per word of the document, its place in the postings (negative: no member holds it). */
  int[] postingOf = new int[0];
  /** The document's shared words by how many members hold them ({@link JoinBounds#mayJoin}). */
  long[] byMembers = new long[0];

  private LinkScratch() {}

  /** This thread's scratch, large enough for {@code members}, {@code familyCount} families and {@code words}. */
  static LinkScratch ofThread(int members, int familyCount, int words) {
    return OF_THREAD.get().sizedFor(members, familyCount, words);
  }

  private LinkScratch sizedFor(int members, int familyCount, int words) {
    if (postingOf.length < words) {
      postingOf = new int[words];
      byMembers = new long[words];
    }
    if (dot.length < members) {
      dot = new double[members];
      touched = new int[members];
    }
    if (nearestOf.length < familyCount) {
      nearestOf = new int[familyCount];
      Arrays.fill(nearestOf, -1);
      nearestDot = new double[familyCount];
      families = new int[familyCount];
    }
    return this;
  }
}
