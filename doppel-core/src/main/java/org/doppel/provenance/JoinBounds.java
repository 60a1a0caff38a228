package org.doppel.provenance;

import java.util.Arrays;

/**
 * Shows, by bounds over part of a lone document's words, that it cannot join any family, so that {@link
 * StoryLinks#link} sums its words in full only where it may join (most documents alone cannot).
 *
 * <p>Every weight is positive, so the dot product over some of the document's words is a lower bound of a member's
 * cosine, and the words left out can add at most their weight times the largest weight any member gives the word.
 * The words left out are the ones with the most members (the band's commonest words, whose postings are most of the
 * sums' work: a document alone was compared with thousands of members through them), as many as keep what they
 * can add under {@code LEFT_OUT_SHARE} of {@code minSimilarity}. Then no family can join when no member's lower
 * bound plus that is {@code minSimilarity}, or when, with the two families of the highest lower bounds, the first's
 * upper bound is under the margin times the second's lower bound and every other family's upper bound under the
 * margin times the first's lower bound.
 */
final class JoinBounds {
  /** How far a bound may be from the exact sums' rounding: far more than a double's error, far less than any threshold. */
  private static final double SLACK = 1e-9;

  /** The share of {@code minSimilarity} that the words left out of the first pass may add at most. */
  private static final double LEFT_OUT_SHARE = 0.5;

  private JoinBounds() {}

  /**
   * False only where the document cannot join any family under {@code minSimilarity} and {@code minMargin} (the
   * rule's, {@link StoryLinks}), shown by bounds without summing every word: true where it may (then {@link
   * StoryLinks#link} sums it in full, so the links and their figures are those of the full sums). Reads {@code
   * scratch.postingOf}, filled for the document, and leaves the rest of {@code scratch} as it found it.
   */
  static boolean mayJoin(SpecificWords vector, StoryMembers index, LinkScratch scratch, double minSimilarity, double minMargin) {
    int shared = sharedWordsByMembers(vector, index.postings(), scratch);
    LeftOut leftOut = leftOut(vector, index.postings(), scratch, shared, minSimilarity);
    if (leftOut.words() == 0) {
      return true; // nothing to leave out: the full sums are the bound
    }
    partialSums(vector, index.postings(), scratch, leftOut.words(), shared);
    TopTwo lower = highestTwoFamilies(index, scratch);
    double most = leftOut.most();
    if (lower.top() + most + SLACK < minSimilarity) {
      return false;
    }
    return !(lower.top() + most + SLACK < minMargin * (lower.second() - SLACK) && lower.second() + most + SLACK < minMargin * (lower.top() - SLACK));
  }

  /**
   * Puts the document's shared words in {@code scratch.byMembers} by how many members hold them, most first, as
   * {@code -(members << 32 | word)} sorted; returns how many words are shared.
   */
  private static int sharedWordsByMembers(SpecificWords vector, MemberPostings postings, LinkScratch scratch) {
    int[] postingOf = scratch.postingOf;
    long[] byMembers = scratch.byMembers;
    int shared = 0;
    for (int i = 0; i < vector.hashes().length; i++) {
      int at = postingOf[i];
      if (at >= 0) {
        byMembers[shared++] = -((long) (postings.starts()[at + 1] - postings.starts()[at]) << 32 | i);
      }
    }
    Arrays.sort(byMembers, 0, shared);
    return shared;
  }

  /** The first {@code words} of the shared words by members, left out of the partial sums, and the most they can add. */
  private record LeftOut(int words, double most) {}

  /** The commonest shared words that together can add less than {@code LEFT_OUT_SHARE} of {@code minSimilarity}. */
  private static LeftOut leftOut(SpecificWords vector, MemberPostings postings, LinkScratch scratch, int shared, double minSimilarity) {
    double leftOut = 0;
    int first = 0;
    for (; first < shared; first++) {
      int i = word(scratch.byMembers[first]);
      double most = vector.weights()[i] * postings.maxWeights()[scratch.postingOf[i]];
      if (leftOut + most >= LEFT_OUT_SHARE * minSimilarity) {
        break;
      }
      leftOut += most;
    }
    return new LeftOut(first, leftOut);
  }

  /** The document's word in an entry of {@code byMembers}. */
  private static int word(long byMembers) {
    return (int) (-byMembers & 0xffffffffL);
  }

  /**
   * The dot products over the shared words from {@code first} on, summed into {@code scratch.dot} without the list of
   * members touched: most members are, through the band's words.
   */
  private static void partialSums(SpecificWords vector, MemberPostings postings, LinkScratch scratch, int first, int shared) {
    double[] dot = scratch.dot;
    int[] starts = postings.starts();
    int[] holders = postings.members();
    double[] held = postings.weights();
    for (int k = first; k < shared; k++) {
      int i = word(scratch.byMembers[k]);
      int at = scratch.postingOf[i];
      double weight = vector.weights()[i];
      for (int p = starts[at]; p < starts[at + 1]; p++) {
        dot[holders[p]] += weight * held[p];
      }
    }
  }

  /** The highest and the second highest of the families' highest partial sums (0: none). */
  private record TopTwo(double top, double second) {}

  /**
   * Each family's highest partial sum by one pass over all members, which clears the sums for the next document (and
   * the per family scratch after it), then the two highest of them.
   */
  private static TopTwo highestTwoFamilies(StoryMembers index, LinkScratch scratch) {
    double[] dot = scratch.dot;
    double[] highest = scratch.nearestDot;
    int[] seen = scratch.nearestOf;
    int[] families = scratch.families;
    int[] familyOf = index.familyOf();
    int familyCount = 0;
    int memberCount = index.ids().size();
    for (int member = 0; member < memberCount; member++) {
      double d = dot[member];
      if (d == 0) {
        continue;
      }
      dot[member] = 0;
      int family = familyOf[member];
      if (seen[family] < 0) {
        seen[family] = member;
        highest[family] = d;
        families[familyCount++] = family;
      } else if (d > highest[family]) {
        highest[family] = d;
      }
    }
    double top = 0;
    double second = 0;
    for (int k = 0; k < familyCount; k++) {
      double h = highest[families[k]];
      seen[families[k]] = -1;
      if (h > top) {
        second = top;
        top = h;
      } else if (h > second) {
        second = h;
      }
    }
    return new TopTwo(top, second);
  }
}
