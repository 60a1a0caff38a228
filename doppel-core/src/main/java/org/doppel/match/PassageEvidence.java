package org.doppel.match;

import java.util.function.Supplier;
import org.doppel.document.TokenSequence;

/**
 * How much of a pair's shared passages is evidence that one document took text from the other: the
 * passage words that are neither inside quotation marks nor stock text (a passage the corpus shows
 * in many documents, a sentence that is site or prompt furniture by its form, or a short sign-off that
 * ends both documents). A shared quotation or newsletter
 * prompt is true shared text, but two articles quoting one speaker, or printed by one site, have not
 * copied each other.
 *
 * @param mostOwnWords the most such words in one passage, counted on the side with fewer
 * @param ownLine some passage is one or more whole lines (a paragraph, a heading) in both documents
 *     with at least one such word: a paragraph taken whole, even one that is mostly a quotation
 */
public record PassageEvidence(int mostOwnWords, boolean ownLine) {
  /**
   * @param discountedA {@code discountedA[i]} is true when word {@code i} of {@code a} is no evidence
   *     on its own (quoted, a stock line or a stock sentence); the same for {@code discountedB}. Each is asked for
   *     only when some passage is neither empty nor a sign-off: a pair whose passages are all sign-offs has no
   *     evidence whatever its words are, and its documents' quotations and stock text are not read for it.
   */
  public static PassageEvidence of(Alignment alignment, TokenSequence a, Supplier<boolean[]> discountedA, TokenSequence b,
      Supplier<boolean[]> discountedB) {
    int most = 0;
    boolean line = false;
    boolean[] wordsA = NOT_READ;
    boolean[] wordsB = NOT_READ;
    for (Passage passage : alignment.passages()) {
      int firstA = firstWordFrom(a, passage.a().start());
      int endA = firstWordFrom(a, passage.a().end());
      int firstB = firstWordFrom(b, passage.b().start());
      int endB = firstWordFrom(b, passage.b().end());
      if (firstA >= endA || firstB >= endB || signOff(firstA, endA, a.size(), firstB, endB, b.size())) {
        continue;
      }
      if (wordsA == NOT_READ) {
        wordsA = discountedA.get();
        wordsB = discountedB.get();
      }
      int own = Math.min(count(wordsA, firstA, endA), count(wordsB, firstB, endB));
      most = Math.max(most, own);
      line |= own > 0 && a.isWholeLines(firstA, endA - 1) && b.isWholeLines(firstB, endB - 1);
    }
    return new PassageEvidence(most, line);
  }

  /**
   * Whether a passage is a sign-off that ends both documents: it runs to the last word of each, has
   * fewer than {@value #SIGN_OFF_WORDS} words and holds less than {@value #SIGN_OFF_SHARE} of each
   * one's words. A site's tips-line appeal or a prompt leftover closes many unrelated texts, too few of
   * them to be learned as stock; a copied closing paragraph is longer (the "40 words" is where
   * a passage starts to be evidence on its own) or a larger part of the texts. On the rewrites-dev fit
   * part every passage ending both texts below 20% of each was a sign-off (8 wrong pairs, 13–28 words,
   * no right one; right pairs whose passage ends both texts cover 29% and more).
   */
  private static boolean signOff(int firstA, int endA, int wordsA, int firstB, int endB, int wordsB) {
    return endA == wordsA && endB == wordsB && endA - firstA < SIGN_OFF_WORDS && endB - firstB < SIGN_OFF_WORDS
        && endA - firstA < SIGN_OFF_SHARE * wordsA && endB - firstB < SIGN_OFF_SHARE * wordsB;
  }

  /** The discounted words of a side not asked for yet (no passage has counted). */
  private static final boolean[] NOT_READ = new boolean[0];

  /** The share of a document's words below which a passage ending both documents may be a sign-off. */
  static final double SIGN_OFF_SHARE = 0.2;
  /** The length from which a passage ending both documents is no sign-off. */
  static final int SIGN_OFF_WORDS = 40;

  /** Words of {@code [from, to)} that are not discounted. */
  private static int count(boolean[] discounted, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!discounted[i]) {
        n++;
      }
    }
    return n;
  }

  /** The first word that starts at or after char {@code offset} (binary search; words are in text order). */
  private static int firstWordFrom(TokenSequence words, int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
