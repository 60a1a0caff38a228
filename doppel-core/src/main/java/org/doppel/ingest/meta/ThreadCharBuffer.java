package org.doppel.ingest.meta;

/**
 * A char array per thread that a text is copied into to be read char by char: {@code String.getChars} is one
 * bulk copy, and with the C1 compiler ./doppel runs, {@code charAt} per character (a coder test, a bounds check,
 * a call) costs far more than an array read. The array is reused by the thread's next copy, so a caller reads
 * it only until it asks for another.
 */
public final class ThreadCharBuffer {
  /** Texts longer than this get an array of their own that is not kept (a huge file must not pin memory). */
  private static final int MAX_KEPT = 1 << 20;
  private final ThreadLocal<char[][]> buffers = ThreadLocal.withInitial(() -> new char[][] {new char[8192]});

  /** An array whose first {@code text.length()} chars are {@code text}'s. */
  public char[] copyOf(String text) {
    char[] chars = ofLength(text.length());
    text.getChars(0, text.length(), chars, 0);
    return chars;
  }

  /**
   * An array of at least {@code length} chars: the thread's when it fits a kept one; a huge text gets its own, not
   * kept after.
   */
  public char[] ofLength(int length) {
    char[][] holder = buffers.get();
    if (holder[0].length >= length) {
      return holder[0];
    }
    if (length > MAX_KEPT) {
      return new char[length];
    }
    holder[0] = new char[Math.max(length, Math.min(MAX_KEPT, holder[0].length * 2))];
    return holder[0];
  }
}
