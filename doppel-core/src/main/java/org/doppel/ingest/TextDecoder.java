package org.doppel.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes as UTF-8 (with or without BOM, or UTF-16 when a BOM says so). Text that is not
 * valid UTF-8 is decoded as Windows-1252, the usual legacy encoding of web text, with a warning;
 * bytes that look binary are refused.
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
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
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

  private static boolean isValidUtf8(byte[] bytes, int offset) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20) { // one compare for the bytes of text, all the others
        if (b == 0) {
          return true;
        }
        if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
          control++;
        }
      }
    }
    return control * 20 > sample;
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
