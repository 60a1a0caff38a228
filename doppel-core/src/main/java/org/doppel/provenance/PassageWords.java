package org.doppel.provenance;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;

/** Which of a document's words lie inside a pair's passages. */
final class PassageWords {
  private PassageWords() {}

  /** The indexes of the words inside any of {@code spans}; a word inside two overlapping spans is one word. */
  static BitSet inside(TokenSequence words, List<Span> spans) {
    BitSet inside = new BitSet(words.size());
    for (Span span : spans) {
      // words are in text order: those inside the span follow the first that starts in it; each run of them is set as
      // one range, where a lambda a word cost more under C1 than the bit
      int runStart = -1;
      int i = words.firstStartingAt(span.start());
      for (; i < words.size() && words.start(i) < span.end(); i++) {
        if (words.end(i) <= span.end()) {
          if (runStart < 0) {
            runStart = i;
          }
        } else if (runStart >= 0) {
          inside.set(runStart, i);
          runStart = -1;
        }
      }
      if (runStart >= 0) {
        inside.set(runStart, i);
      }
    }
    return inside;
  }

  /**
   * The hashes of the words of {@code words} inside {@code span}: a loop over an array, where a stream or a lambda a
   * word cost more under C1 than the words. Words do not overlap, so those inside are one run, copied at once; a word
   * after the run that still ends inside the span would be added as the loop over every word adds it.
   */
  static long[] hashesInside(TokenSequence words, Span span) {
    int first = words.firstStartingAt(span.start());
    int last = first;
    while (last < words.size() && words.start(last) < span.end() && words.end(last) <= span.end()) {
      last++;
    }
    long[] hashes = words.hashes(first, last);
    int count = hashes.length;
    for (int i = last; i < words.size() && words.start(i) < span.end(); i++) {
      if (words.end(i) <= span.end()) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, Math.max(4, 2 * count));
        }
        hashes[count++] = words.hash(i);
      }
    }
    return count == hashes.length ? hashes : Arrays.copyOf(hashes, count);
  }

  /** The arrays one after another. */
  static long[] concatenated(long[][] arrays) {
    if (arrays.length == 1) {
      return arrays[0];
    }
    int length = 0;
    for (long[] array : arrays) {
      length += array.length;
    }
    long[] all = new long[length];
    int at = 0;
    for (long[] array : arrays) {
      System.arraycopy(array, 0, all, at, array.length);
      at += array.length;
    }
    return all;
  }
}
