package org.doppel.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes bytes as UTF-8 (with or without BOM, or UTF-16 when a BOM says so). Text that is not
 * valid UTF-8 is decoded as Windows-1252, the usual legacy encoding of web text, with a warning;
 * bytes that look binary are refused.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  public static String decode(byte[] bytes, String location, Consumer<IngestProblem> warnings) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (looksBinary(bytes)) {
      throw new IngestException("looks like a binary file, not text (it contains NUL or many control bytes)");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.accept(new IngestProblem(location, "not valid UTF-8; decoded as Windows-1252", false));
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
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
