package org.doppel.ingest.meta;

import org.doppel.ingest.AsciiFirst;

/**
 * Cheap tests on one line of text that the line readers run before any regular expression, so that
 * ordinary article text, most of every document, never reaches a regex. Each test is a necessary
 * condition of a reader's patterns: it may let a line through that the patterns then reject, never
 * the reverse (MetadataLinesTest checks the readers against their bare patterns).
 *
 * <p>{@link #fold} maps each character the way {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}
 * compares literals ({@code toLowerCase(toUpperCase(c))}), so a keyword found in the folded line is
 * exactly a keyword the case-insensitive pattern would see. Stateless and thread-safe.
 */
public final class LineShape {
  private LineShape() {}

  /**
   * The last line folded on this thread and its folded form: the readers of one line (site, attribution,
   * byline, credit) each fold it, and a line a reader did not strip is the same string for all of them.
   */
  private static final int MAX_REMEMBERED = 1024; // a metadata line is short; a long one is not kept alive
  private static final ThreadLocal<String[]> LAST_FOLDED = ThreadLocal.withInitial(() -> new String[2]);

  /** {@code line} with every character case-folded as the case-insensitive patterns compare it. */
  public static String fold(String line) {
    String[] last = LAST_FOLDED.get();
    if (last[0] == line) {
      return last[1];
    }
    String folded = foldAfresh(line);
    if (line.length() <= MAX_REMEMBERED) {
      last[0] = line;
      last[1] = folded;
    }
    return folded;
  }

  /**
   * The fold of each char, filled in beyond ASCII as the chars are met (0: not yet; no char folds to 0 but 0):
   * {@code Character}'s case tables for chars beyond Latin-1 are methods of 3,500 bytecodes, which C1 compiles
   * late, and were asked again for every such char of every edge line. A race writes the same value twice.
   */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (char c = 0; c < 128; c++) {
      FOLDED[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }

  /** {@code c} case-folded as the case-insensitive patterns compare it; small enough for C1 to inline. */
  static char fold(char c) {
    char folded = FOLDED[c];
    return folded != 0 || c == 0 ? folded : foldFirstTime(c);
  }

  private static char foldFirstTime(char c) {
    char folded = Character.toLowerCase(Character.toUpperCase(c));
    FOLDED[c] = folded;
    return folded;
  }

  private static String foldAfresh(String line) {
    char[] out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = line.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? line : new String(out);
  }

  /** The leading run of letters of a folded line ("source" for "source: AFP"); empty when it starts otherwise. */
  public static String firstWord(String folded) {
    int end = 0;
    while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
      end++;
    }
    return folded.substring(0, end);
  }

  /** Per ASCII char, whether it is one of {@code [ \t\n\x0B\f\r]}, which separate words. */
  private static final boolean[] SEPARATES_WORDS = new boolean[128];

  static {
    for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
      SEPARATES_WORDS[c] = true;
    }
  }

  /** One of {@code [ \t\n\x0B\f\r]}, by table: small enough for C1 to inline. */
  static boolean separatesWords(char c) {
    return c < 128 && SEPARATES_WORDS[c];
  }

  /**
   * Where {@code text[start, end)}, a line, starts once stripped: its first char that is no white space ({@link
   * AsciiFirst#isWhitespace}), or {@code end}. The document stage's metadata lines and {@link TextMetadata}'s are
   * stripped by this one rule, so that their line ranges are the same. Char by char: no white space lies outside the
   * Basic Multilingual Plane, so a surrogate stops the strip as its code point would.
   */
  public static int strippedStart(char[] text, int start, int end) {
    while (start < end && AsciiFirst.isWhitespace(text[start])) {
      start++;
    }
    return start;
  }

  /** Where {@code text[start, end)} ends once stripped, as {@link #strippedStart} strips its start: {@code start} at least. */
  public static int strippedEnd(char[] text, int start, int end) {
    while (end > start && AsciiFirst.isWhitespace(text[end - 1])) {
      end--;
    }
    return end;
  }

  /** The number of runs of non-whitespace chars in {@code text} ({@link AsciiFirst#isWhitespace} separates them). */
  public static int wordCount(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = AsciiFirst.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** True when {@code text} holds an ASCII digit, which every date pattern needs ({@code \d} is ASCII). */
  public static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** As {@link #hasDigit(String)}, for {@code text[start, end)}: a line tested before it is made a string. */
  static boolean hasDigit(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** As {@link #hasAny(String, Chars)}, for {@code text[start, end)}. */
  static boolean hasAny(char[] text, int start, int end, Chars chars) {
    for (int i = start; i < end; i++) {
      if (chars.contains(text[i])) {
        return true;
      }
    }
    return false;
  }

  /** {@link #firstWord} of {@code text[start, end)} folded: only the word is folded and made a string, not the line. */
  static String firstFoldedWord(char[] text, int start, int end) {
    int wordEnd = start;
    while (wordEnd < end && Character.isLetter(fold(text[wordEnd]))) {
      wordEnd++;
    }
    char[] word = new char[wordEnd - start];
    for (int i = 0; i < word.length; i++) {
      word[i] = fold(text[start + i]);
    }
    return new String(word);
  }

  /** Whether {@code text[at, end)} folded starts with {@code folded}, a folded string: {@code fold(line).startsWith(folded, at)}. */
  static boolean foldedStartsWith(char[] text, int at, int end, String folded) {
    if (end - at < folded.length()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (fold(text[at + i]) != folded.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[start, end)} folded contains {@code folded}, a folded string: {@code fold(line).contains(folded)}. */
  static boolean foldedContains(char[] text, int start, int end, String folded) {
    char first = folded.charAt(0);
    for (int at = start; at + folded.length() <= end; at++) {
      if (fold(text[at]) == first && foldedStartsWith(text, at, end, folded)) { // the first char inline: a call a char was most of it
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} holds one of {@code chars}. */
  public static boolean hasAny(String text, Chars chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.contains(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A few chars to look for in a line, by table: {@code String.indexOf(c)} per char of the line (a call and
   * a loop each under C1) was most of the site-line test that every short edge line of a document goes through.
   */
  public static final class Chars {
    private final boolean[] latin1 = new boolean[256];
    private final String others;

    private Chars(String chars) {
      StringBuilder beyond = new StringBuilder();
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c < 256) {
          latin1[c] = true;
        } else {
          beyond.append(c);
        }
      }
      this.others = beyond.toString();
    }

    /** The set of the chars of {@code chars}. */
    public static Chars of(String chars) {
      return new Chars(chars);
    }

    boolean contains(char c) {
      return c < 256 ? latin1[c] : others.indexOf(c) >= 0;
    }
  }

  /**
   * True when {@code text} (stripped) has more than {@code max} words, words being what
   * {@code text.split("\\s+")} returns: runs of characters other than {@code [ \t\n\x0B\f\r]}.
   * Stops counting at {@code max + 1}, so a long paragraph costs only its first words.
   */
  public static boolean moreWordsThan(String text, int max) {
    return moreWordsThan(text, 0, text.length(), max);
  }

  /**
   * The words of {@code text[start, end)} as {@link #moreWordsThan(String, int)} counts them, or {@code max} when there
   * are at least that many: counting stops there, so a long paragraph costs only its first words.
   */
  public static int words(char[] text, int start, int end, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text[i];
      boolean space = c <= ' ' && separatesWords(c);
      if (!space && !inWord && ++words == max) {
        return max;
      }
      inWord = !space;
    }
    return words;
  }

  /** As {@link #moreWordsThan(String, int)}, for {@code text[start, end)}. */
  public static boolean moreWordsThan(String text, int start, int end, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean space = separatesWords(text.charAt(i));
      if (!space && !inWord && ++words > max) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }
}
