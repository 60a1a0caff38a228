package org.doppel.document;

import java.util.Arrays;

/**
 * The words of a document's content, in order: for each word a 64-bit hash of its normalised form
 * and the span it covers in the original text. Words never cross a {@linkplain #isBreakBefore break}
 * such as a removed boilerplate line, so seeds and shingles built on them never join text that was
 * not adjacent in the article.
 *
 * <p>Immutable; arrays are owned by the sequence and never handed out.
 */
public final class TokenSequence {
  /** {@link #flags} bit: a break lies before the word. */
  static final byte BREAK_BEFORE = 1;
  /** {@link #flags} bit: the word is the first of its line. */
  static final byte LINE_START = 2;
  /** {@link #flags} bit: one of the word's chars is a digit ({@link Character#isDigit(char)}). */
  static final byte HAS_DIGIT = 4;
  /** {@link #flags} bit: the word's first char is a capital ({@link Character#isUpperCase(char)}). */
  static final byte UPPER_CASE_FIRST = 8;
  /** {@link #flags} bit: the word's first char is a digit. */
  static final byte DIGIT_FIRST = 16;
  /** {@link #flags} bit: the char right before the word in the text opens a quotation ({@link #isOpeningQuote}). */
  static final byte QUOTE_BEFORE = 32;

  private final long[] hashes;
  private final int[] starts;
  private final int[] ends;
  /**
   * What the tokenizer saw of each word, as bits: the stages after it (sentences, facts) ask these of every word,
   * and reading a char of the text again costs far more under the C1 compiler that ./doppel runs than one array read.
   */
  private final byte[] flags;

  TokenSequence(long[] hashes, int[] starts, int[] ends, byte[] flags, int size) {
    this.hashes = Arrays.copyOf(hashes, size);
    this.starts = Arrays.copyOf(starts, size);
    this.ends = Arrays.copyOf(ends, size);
    this.flags = Arrays.copyOf(flags, size);
  }

  public int size() {
    return hashes.length;
  }

  public long hash(int index) {
    return hashes[index];
  }

  public int start(int index) {
    return starts[index];
  }

  public int end(int index) {
    return ends[index];
  }

  /** True when a paragraph boundary or removed boilerplate lies between word {@code index - 1} and this word. */
  public boolean isBreakBefore(int index) {
    return (flags[index] & BREAK_BEFORE) != 0;
  }

  /** True when this word is the first of its line (a paragraph, heading or caption). */
  public boolean isLineStart(int index) {
    return (flags[index] & LINE_START) != 0;
  }

  /** True when words {@code first..last} are exactly one or more whole lines. */
  public boolean isWholeLines(int first, int last) {
    return isLineStart(first) && (last + 1 == hashes.length || isLineStart(last + 1));
  }

  /** True when a char of the word in the text is a digit ({@link Character#isDigit(char)}): "1948", "G7", "٣". */
  public boolean hasDigit(int index) {
    return (flags[index] & HAS_DIGIT) != 0;
  }

  /** True when the word's first char in the text is a capital ({@link Character#isUpperCase(char)}). */
  public boolean startsUpperCase(int index) {
    return (flags[index] & UPPER_CASE_FIRST) != 0;
  }

  /** True when the word's first char in the text is a digit ({@link Character#isDigit(char)}). */
  public boolean startsWithDigit(int index) {
    return (flags[index] & DIGIT_FIRST) != 0;
  }

  /**
   * True when the char right before the word in the text (whether or not it lies in a removed span) opens a
   * quotation: “, ", « or „.
   */
  public boolean followsOpeningQuote(int index) {
    return (flags[index] & QUOTE_BEFORE) != 0;
  }

  /**
   * The chars {@link #followsOpeningQuote} looks for: ", «, “ (U+201C) and „ (U+201E), the only two chars that are „
   * with bit 1 set. Written so for C1, which inlines less the deeper the call: as four compares (33 bytes of code) it
   * was a call per word in the tokenizer's ASCII loop, two calls deep there; as three (28) it is inlined
   * ({@code -XX:+PrintInlining}). TokenSequenceTest checks every char.
   */
  static boolean isOpeningQuote(char c) {
    return c == '"' || c == '«' || (c | 2) == '„';
  }

  /**
   * Positions where a run of {@code k} consecutive words starts without crossing a break: where
   * shingles and alignment seeds may start.
   */
  public int[] runStarts(int k) {
    int n = hashes.length;
    int[] starts = new int[Math.max(0, n - k + 1)];
    int count = 0;
    int runStart = 0;
    for (int end = 0; end < n; end++) {
      if ((flags[end] & BREAK_BEFORE) != 0) {
        runStart = end;
      }
      if (end - runStart + 1 >= k) {
        starts[count++] = end - k + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Every word's hash, in order, a copy. */
  public long[] hashes() {
    return hashes.clone();
  }

  /** The hashes of words {@code from} to {@code to} (exclusive), a copy. */
  public long[] hashes(int from, int to) {
    return Arrays.copyOfRange(hashes, from, to);
  }

  /** The index of the first word that starts at or after {@code offset} ({@link #size()} when none does). */
  public int firstStartingAt(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The original-text span from the start of word {@code first} to the end of word {@code last}, inclusive. */
  public Span span(int first, int last) {
    return new Span(starts[first], ends[last]);
  }
}
