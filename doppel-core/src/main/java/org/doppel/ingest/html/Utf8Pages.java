package org.doppel.ingest.html;

import org.doppel.ingest.TextDecoder;

/**
 * Whether a page's bytes are UTF-8 whatever its meta tag declares. Sites that moved to UTF-8 kept their templates'
 * {@code <meta charset="iso-8859-1">}; read as declared, every umlaut of such a page turns into two characters ("GrÃ¼n").
 * Bytes that decode as UTF-8 without an error and hold a multi-byte sequence are UTF-8: text in a single-byte charset
 * with letters outside ASCII almost never forms valid UTF-8 sequences. trafilatura reads pages the same way (UTF-8 first).
 */
final class Utf8Pages {
  private Utf8Pages() {}

  /** Whether {@code html} holds a byte outside ASCII and is well-formed UTF-8 ({@link TextDecoder#isUtf8}). */
  static boolean isUtf8(byte[] html) {
    return beyondAscii(html) && TextDecoder.isUtf8(html); // ASCII reads the same in every charset a page declares
  }

  private static boolean beyondAscii(byte[] html) {
    for (byte b : html) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }
}
