package org.doppel.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes as UTF-8 (with or without BOM, or UTF-16 when a BOM says so). Text that is not
 * valid UTF-8 is decoded as Windows-1252, the usual legacy encoding of web text, with a warning;
 * bytes that look binary are refused. Lines ended by a carriage return alone (old Mac files) end in a line feed
 * ({@link LineEnds}), so that every reader of lines sees them; offsets are unchanged.
 *
 * <p>The strict decoder of the usual case ({@link #decodeUtf8}: UTF-8 without a byte-order mark, into a reused array)
 * is written here rather than taken from the JDK because it is measurably faster on Doppel's hot path, with the C1
 * compiler ./doppel runs, and faster in every round measured (bin/DecodeCost.java; docs/benchmarks.md, "Twelfth
 * pass"). Per document, thread CPU, medians of ten warm rounds: on a 20,000-document news corpus (3.6 KB a file, 95%
 * of them with non-ASCII chars) 3.8 µs, against 7.8 µs for the JDK's reporting {@code CharsetDecoder} (one per thread,
 * reset per file) writing into the same array after the binary test, 5.7 µs with that test made eight bytes at a time,
 * and 14.4 µs for {@code new String(bytes, UTF_8)}, its U+FFFD search and {@code getChars}; on rewrites-dev (0.9 KB a
 * file) 1.0 µs against 2.4, 1.8 and 2.9 µs. Most of the gap is the binary test, which this decoder makes in its one
 * pass over the bytes; the rest (0.6–0.9 µs a file) is the JDK decoder's own. Its chars and its refusals are the
 * JDK's ({@code TextDecoderTest}).
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  public static String decode(byte[] bytes, String location, Consumer<IngestProblem> warnings) throws IngestException {
    return decodeKeepingUtf8(bytes, location, warnings).text();
  }

  /**
   * A decoded text, with {@code utf8} the bytes it was decoded from when they are exactly its UTF-8 (UTF-8
   * without a byte-order mark, the usual case), else null.
   */
  record Decoded(String text, byte @Nullable [] utf8) {}

  /** As {@link #decode}, keeping the bytes when they are the text's UTF-8, so that they need not be encoded again. */
  static Decoded decodeKeepingUtf8(byte[] bytes, String location, Consumer<IngestProblem> warnings) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    Decoded decoded = decodeAsIs(bytes, location, warnings);
    String text = LineEnds.loneCarriageReturnsAsLineFeeds(decoded.text());
    return text == decoded.text() ? decoded : new Decoded(text, null);
  }

  /** {@link #decodeKeepingUtf8} before line ends are made line feeds. */
  private static Decoded decodeAsIs(byte[] bytes, String location, Consumer<IngestProblem> warnings) throws IngestException {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
    }
    int offset = hasUtf8Mark(bytes) ? 3 : 0;
    if (looksBinary(bytes)) {
      throw new IngestException("looks like a binary file, not text (it contains NUL or many control bytes)");
    }
    // The String constructor replaces malformed input by U+FFFD, and is faster than a reporting decoder, whose
    // buffer of chars is then copied into a string: without a U+FFFD in its result, the input was valid.
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0 || isValidUtf8(bytes, offset)) {
      return new Decoded(text, offset == 0 ? bytes : null);
    }
    warnings.accept(new IngestProblem(location, "not valid UTF-8; decoded as Windows-1252", false));
    return new Decoded(new String(bytes, WINDOWS_1252), null);
  }

  /**
   * Decodes {@code bytes} into {@code out} (at least {@code bytes.length} long) and gives the number of chars, when they
   * are what {@link #decodeKeepingUtf8} keeps as they are: UTF-8 without a byte-order mark, not empty, not binary and
   * without a line ended by a carriage return alone.
   * Otherwise -1, and the caller decodes them with {@link #decodeKeepingUtf8}. The chars are those of {@code new
   * String(bytes, UTF_8)}; valid is what the strict decoder ({@link #isValidUtf8}) accepts, the Unicode standard's
   * well-formed UTF-8: no overlong form, no surrogate, nothing beyond U+10FFFF.
   */
  static int decodeUtf8(byte[] bytes, char[] out) {
    if (bytes.length == 0 || hasUtf8Mark(bytes)) {
      return -1; // a byte-order mark for UTF-16 is no UTF-8, so it is refused below
    }
    int n = 0;
    int length = bytes.length;
    // looksBinary's test, made on the way: every byte below 0x20 is read here as an ASCII char
    int sample = Math.min(length, BINARY_SAMPLE);
    int control = 0;
    for (int i = 0; i < length; ) {
      int b = bytes[i];
      if (b >= 0x20) { // printable ASCII, most bytes
        out[n++] = (char) b;
        i++;
        continue;
      }
      if (b >= 0) {
        if (i < sample && (b == 0 || isControl(b) && ++control * 20 > sample)) {
          return -1;
        }
        if (b == '\r' && (i + 1 == length || bytes[i + 1] != '\n')) {
          return -1; // a line ended by a carriage return alone: LineEnds makes it a line feed on the other path
        }
        out[n++] = (char) b;
        i++;
        continue;
      }
      int lead = b & 0xFF;
      n = decodeSequence(bytes, i, lead, out, n);
      if (n < 0) {
        return -1;
      }
      i += lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    return n;
  }

  /**
   * Decodes the sequence of two to four bytes that {@code lead} (a byte of 0x80 or more) starts at {@code i} into
   * {@code out} at {@code n}: gives the new count of chars (one more, or two for a code point past U+FFFF, a surrogate
   * pair), or -1 when the sequence is not well-formed (cut short, a stray continuation byte, overlong, a surrogate,
   * beyond U+10FFFF). Only non-ASCII characters come here, so the ASCII loop of {@link #decodeUtf8} stays small.
   */
  private static int decodeSequence(byte[] bytes, int i, int lead, char[] out, int n) {
    int length = bytes.length;
    if (lead < 0xC2 || lead > 0xF4) {
      return -1; // a continuation byte, an overlong two-byte form, or beyond U+10FFFF
    }
    if (lead < 0xE0) {
      if (i + 1 >= length || !continues(bytes[i + 1])) {
        return -1;
      }
      out[n] = (char) (((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
      return n + 1;
    }
    if (lead < 0xF0) {
      if (i + 2 >= length || !continues(bytes[i + 1]) || !continues(bytes[i + 2])) {
        return -1;
      }
      int second = bytes[i + 1] & 0xFF;
      if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F) {
        return -1; // overlong, or a surrogate
      }
      out[n] = (char) (((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
      return n + 1;
    }
    if (i + 3 >= length || !continues(bytes[i + 1]) || !continues(bytes[i + 2]) || !continues(bytes[i + 3])) {
      return -1;
    }
    int second = bytes[i + 1] & 0xFF;
    if (lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) {
      return -1; // overlong, or beyond U+10FFFF
    }
    int codePoint = ((lead & 0x07) << 18) | ((second & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
    out[n] = Character.highSurrogate(codePoint);
    out[n + 1] = Character.lowSurrogate(codePoint);
    return n + 2;
  }

  private static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * Whether {@code bytes} are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF;
   * a byte-order mark is read as the character it encodes). Checked byte by byte rather than with the JDK's reporting
   * decoder, which would decode the whole page into a buffer only to say yes or no: pages are checked before parsing.
   */
  public static boolean isUtf8(byte[] bytes) {
    return isValidUtf8(bytes, 0);
  }

  private static boolean isValidUtf8(byte[] bytes, int offset) {
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (length == 0 || i + length > bytes.length) {
        return false;
      }
      int second = bytes[i + 1] & 0xff;
      // the second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4)
      int low = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
      int high = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if (!continues(bytes[i + k])) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /** The leading bytes {@link #looksBinary} reads. */
  private static final int BINARY_SAMPLE = 8192;

  private static boolean looksBinary(byte[] bytes) {
    return looksBinary(bytes, bytes.length);
  }

  /** Whether the first {@code length} bytes (of which the leading {@link #BINARY_SAMPLE} are read) look binary. */
  static boolean looksBinary(byte[] bytes, int length) {
    int sample = Math.min(length, BINARY_SAMPLE);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20) { // one compare for the bytes of text, all the others
        if (b == 0) {
          return true;
        }
        if (isControl(b)) {
          control++;
        }
      }
    }
    return control * 20 > sample;
  }

  /** A byte below 0x20 other than NUL that text does not use: not a line break, tab or form feed. */
  private static boolean isControl(int b) {
    return b != '\n' && b != '\r' && b != '\t' && b != '\f';
  }

  /** Whether {@code bytes} open with the UTF-8 byte-order mark (EF BB BF). */
  static boolean hasUtf8Mark(byte[] bytes) {
    return startsWith(bytes, 0xEF, 0xBB, 0xBF);
  }

  /** Whether the first {@code length} bytes open with a UTF-16 byte-order mark, either way round. */
  static boolean hasUtf16Mark(byte[] bytes, int length) {
    return length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
