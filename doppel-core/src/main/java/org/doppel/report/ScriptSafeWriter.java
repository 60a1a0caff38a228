package org.doppel.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON through while rewriting the characters that could end or confuse the HTML
 * {@code <script>} element it is embedded in: {@code <}, {@code >} and {@code &} become
 * {@code \u003c}, {@code \u003e} and {@code \u0026}, and the JavaScript line terminators U+2028 and
 * U+2029 become {@code \u2028} and {@code \u2029}. In JSON these characters can only occur inside
 * strings, where the escapes mean the same, so the result is the same JSON value and no document
 * text can produce {@code </script>} or {@code <!--}. Unpaired surrogates, which a UTF-8 writer would
 * turn into {@code ?}, are escaped too so that every char offset stays valid in JavaScript.
 */
final class ScriptSafeWriter extends FilterWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private char pendingHigh;

  ScriptSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int end = offset + length;
    int plain = offset;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (pendingHigh == 0 && !needsAttention(c)) {
        continue;
      }
      out.write(buffer, plain, i - plain);
      put(c);
      plain = i + 1;
    }
    out.write(buffer, plain, end - plain);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes a high surrogate left without its partner; call at the end, before closing the target. */
  void finish() throws IOException {
    if (pendingHigh != 0) {
      escape(pendingHigh);
      pendingHigh = 0;
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    finish();
    out.close();
  }

  private static boolean needsAttention(char c) {
    return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c);
  }

  private void put(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        out.write(high);
        out.write(c);
        return;
      }
      escape(high);
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (needsAttention(c)) {
      escape(c);
    } else {
      out.write(c);
    }
  }

  private void escape(char c) throws IOException {
    out.write(new char[] {'\\', 'u', HEX[(c >> 12) & 0xf], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf], HEX[c & 0xf]});
  }
}
