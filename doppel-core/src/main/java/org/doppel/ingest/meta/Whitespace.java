package org.doppel.ingest.meta;

/**
 * Runs of whitespace as one space, trimmed, without a regex: {@code replaceAll("\\s+", " ").strip()} compiled a pattern
 * for every short block of every page (5 % of extraction time) and for every metadata value a scan reads.
 *
 * <p>Which characters make a run is the caller's choice ({@link Spaces}), and the choices differ on purpose. The
 * extraction keeps the regex's ASCII set: its values are outputs (titles, bylines, the short blocks its patterns read),
 * and a wider set would rewrite every value with a thin or ideographic space inside. {@code SentencePair.sameText} takes
 * every Unicode space: it asks whether two sentences are the same words, and any space between two words parts them
 * alike.
 */
public final class Whitespace {
  private Whitespace() {}

  /** The characters that make a run of whitespace. */
  public enum Spaces {
    /**
     * Java's regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return; what the extraction's
     * {@code replaceAll("\\s+", " ")} collapsed.
     */
    ASCII,
    /** {@link #ASCII} and the no-break space U+00A0, which pages write between the words of a short block. */
    ASCII_AND_NO_BREAK,
    /**
     * Every character {@link Character#isWhitespace} or {@link Character#isSpaceChar} accepts: the ASCII ones, the
     * information separators U+001C to U+001F, and every space and line or paragraph separator, no-break ones
     * included.
     */
    UNICODE
  }

  /**
   * {@code raw} with each run of {@code spaces} as one space, stripped: for {@link Spaces#ASCII} the same as
   * {@code replaceAll("\\s+", " ").strip()} (after mapping U+00A0 to a space for {@link Spaces#ASCII_AND_NO_BREAK}).
   */
  public static String collapse(CharSequence raw, Spaces spaces) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c, spaces)) {
        pendingSpace = !out.isEmpty();
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    // strip() as the regex form did: other Unicode spaces at the ends go too (for UNICODE none is left there)
    return out.toString().strip();
  }

  private static boolean isSpace(char c, Spaces spaces) {
    return switch (spaces) {
      case ASCII -> isAsciiSpace(c);
      case ASCII_AND_NO_BREAK -> isAsciiSpace(c) || c == '\u00a0';
      case UNICODE -> Character.isWhitespace(c) || Character.isSpaceChar(c);
    };
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
  }
}
