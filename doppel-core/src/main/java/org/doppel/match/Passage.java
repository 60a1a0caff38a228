package org.doppel.match;

import java.io.Serializable;
import org.doppel.document.Span;

/**
 * A stretch of text found in both documents.
 *
 * @param a where it is in the first document (chars of the original text)
 * @param b where it is in the second document
 * @param wordsA words the passage spans in the first document
 * @param wordsB words the passage spans in the second document
 * @param matchedA words of the passage in the first document covered by shared seeds
 * @param matchedB words of the passage in the second document covered by shared seeds
 */
public record Passage(Span a, Span b, int wordsA, int wordsB, int matchedA, int matchedB) implements Serializable {
  public Passage {
    if (matchedA > wordsA || matchedB > wordsB) {
      throw new IllegalArgumentException("a passage cannot match more words than it spans");
    }
  }

  /** Share of the passage's words, on its sparser side, that are covered by shared seeds. */
  public double density() {
    return Math.min(wordsA == 0 ? 0 : (double) matchedA / wordsA, wordsB == 0 ? 0 : (double) matchedB / wordsB);
  }

  /**
   * The passage with each span widened over the punctuation glued to its first and last word
   * (opening quotes and brackets before, closing quotes, full stops and brackets after), so a
   * quoted passage reads as the sentence it is. Never crosses whitespace.
   */
  public Passage withAttachedPunctuation(String textA, String textB) {
    return new Passage(widen(textA, a), widen(textB, b), wordsA, wordsB, matchedA, matchedB);
  }

  private static Span widen(String text, Span span) {
    int start = span.start();
    while (start > 0 && isAttached(text.charAt(start - 1))) {
      start--;
    }
    int end = span.end();
    while (end < text.length() && isAttached(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isAttached(char c) {
    return !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  /** The same passage seen from the other document. */
  public Passage swapped() {
    return new Passage(b, a, wordsB, wordsA, matchedB, matchedA);
  }
}
