package org.doppel.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a page's bytes are UTF-8 whatever its meta tag declares. Sites that moved to UTF-8 kept their templates'
 * {@code <meta charset="iso-8859-1">}; read as declared, every umlaut of such a page turns into two characters ("GrÃ¼n").
 * Bytes that decode as UTF-8 without an error and hold a multi-byte sequence are UTF-8: text in a single-byte charset
 * with letters outside ASCII almost never forms valid UTF-8 sequences. trafilatura reads pages the same way (UTF-8 first).
 */
final class Utf8Pages {
  private Utf8Pages() {}

  /** Whether {@code html} holds a byte outside ASCII and decodes as UTF-8 without an error. */
  static boolean isUtf8(byte[] html) {
    boolean beyondAscii = false;
    for (byte b : html) {
      if (b < 0) {
        beyondAscii = true;
        break;
      }
    }
    if (!beyondAscii) {
      return false; // ASCII reads the same in every charset a page declares
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(html));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
