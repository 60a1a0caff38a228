package org.doppel.document;

/**
 * A crude stem of a word: its first {@value #LENGTH} letters, lower-cased, hashed. "visited",
 * "visiting" and "visits" meet; so, harmlessly, do a few unrelated words. Cheaper than a real
 * stemmer by an order of magnitude and language-neutral, which is what comparing sentence and
 * document vocabularies needs.
 */
public final class WordStems {
  public static final int LENGTH = 5;

  private WordStems() {}

  /** Stem of word {@code index} of {@code words}, whose spans point into {@code text}. */
  public static long of(TokenSequence words, String text, int index) {
    int start = words.start(index);
    int end = words.end(index);
    long h = Hashing.startWord();
    for (int c = start, taken = 0; c < end && taken < LENGTH; c++) {
      char ch = text.charAt(c);
      if (ch >= 0x80 && InvisibleJoiners.is(ch)) {
        continue; // a soft hyphen inside the word: "Re\u00ADgierung" stems as "Regierung" does
      }
      taken++;
      // ASCII lower-cased inline, as Character.toLowerCase does it: under the scan's C1 compiler its table
      // lookup is a virtual call per char, and sentence alignment stems every word of every pair it reads
      h = Hashing.addChar(h, ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch) : Character.toLowerCase(ch));
    }
    return Hashing.mix(h);
  }
}
