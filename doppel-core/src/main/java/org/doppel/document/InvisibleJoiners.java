package org.doppel.document;

/**
 * The invisible format characters that sit inside a word without separating it: the soft hyphen (U+00AD, which
 * German publishers' systems insert for hyphenation), the word joiner (U+2060), the zero width joiner (U+200D, which
 * Indic scripts use inside words) and the zero width no-break space (U+FEFF, a byte-order mark left mid-text). For
 * matching a word holding them is the same word without them. The zero width space (U+200B) and the zero width
 * non-joiner (U+200C) are left out: both mark a boundary on purpose (a possible line break between words, a Persian
 * morpheme break that writers also type as a space), so they stay word breaks.
 */
public final class InvisibleJoiners {
  private InvisibleJoiners() {}

  /** Whether {@code c} is one of the joiners. */
  public static boolean is(char c) {
    return c == '\u00AD' || c == '\u2060' || c == '\u200D' || c == '\uFEFF';
  }

  /** {@code text[from, to)} without its joiners. */
  public static String strip(char[] text, int from, int to) {
    StringBuilder kept = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (!is(text[i])) {
        kept.append(text[i]);
      }
    }
    return kept.toString();
  }
}
