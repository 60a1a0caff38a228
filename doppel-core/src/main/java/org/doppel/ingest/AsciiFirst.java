package org.doppel.ingest;

/**
 * {@link Character}'s answers, given for ASCII without it. Under C1, the scan's only compiler, each of Character's
 * calls dispatches to a {@code CharacterData} table; the line readers ask whether a char is white space of every char of
 * a line they trim or count the words of, and the whole-text scans of a paraphrase pair's direction signals ask one of
 * these of every char of both texts, and most chars are ASCII (docs/benchmarks.md, "The model scan without AVX-512").
 * Beyond ASCII the answer is Character's. In the ingest stage, the earliest that asks (the metadata line readers), so
 * that every stage may.
 */
public final class AsciiFirst {
  /** Per ASCII char, whether it is white space: a table, faster under C1 than the comparisons it replaced. */
  private static final boolean[] ASCII_WHITESPACE = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WHITESPACE[c] = Character.isWhitespace(c);
    }
  }

  private AsciiFirst() {}

  /** {@link Character#isWhitespace(int)}, answered for ASCII by table: small enough for C1 to inline. */
  public static boolean isWhitespace(int c) {
    return c < 0x80 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
  }

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c);
  }

  /** {@link Character#isUpperCase(int)}, {@link Character#isLowerCase(int)} or {@link Character#isTitleCase(int)}. */
  public static boolean isCased(int c) {
    return c < 0x80 ? isAsciiLetter(c) : Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
  }

  /** {@link Character#isLowerCase(int)}. */
  public static boolean isLowerCase(int c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** Whether {@code c} is one of the ASCII letters, A to Z or a to z. */
  public static boolean isAsciiLetter(int c) {
    return (char) ((c | 0x20) - 'a') < 26;
  }
}
