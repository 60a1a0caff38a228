package org.doppel.document;

/**
 * {@link Character}'s answers, given for ASCII without it. Under C1, the scan's only compiler, each of Character's
 * calls dispatches to a {@code CharacterData} table; the whole-text scans of a paraphrase pair's direction signals ask
 * one of them of every char of both texts, and most chars are ASCII (docs/benchmarks.md, "The model scan without
 * AVX-512"). Beyond ASCII the answer is Character's.
 */
public final class AsciiFirst {
  private AsciiFirst() {}

  /** {@link Character#isWhitespace(int)}. */
  public static boolean isWhitespace(int c) {
    return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) : Character.isWhitespace(c);
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
