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
   * The hashes of the words of {@code words} inside each of {@code spans} in turn (a word inside two spans is
   * there twice): a loop over an array, where a stream or a lambda a word cost more under C1 than the words.
   */
  static long[] hashesInside(TokenSequence words, List<Span> spans) {
    long[] hashes = new long[words.size()];
    int count = 0;
    for (Span span : spans) {
      for (int i = words.firstStartingAt(span.start()); i < words.size() && words.start(i) < span.end(); i++) {
        if (words.end(i) <= span.end()) {
          if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, 2 * count);
          }
          hashes[count++] = words.hash(i);
        }
      }
    }
    return Arrays.copyOf(hashes, count);
  }
}
