package org.doppel.ingest.html;

/**
 * Whether a page's bytes are UTF-8 whatever its meta tag declares. Sites that moved to UTF-8 kept their templates'
 * {@code <meta charset="iso-8859-1">}; read as declared, every umlaut of such a page turns into two characters ("GrÃ¼n").
 * Bytes that decode as UTF-8 without an error and hold a multi-byte sequence are UTF-8: text in a single-byte charset
 * with letters outside ASCII almost never forms valid UTF-8 sequences. trafilatura reads pages the same way (UTF-8 first).
 */
final class Utf8Pages {
  private Utf8Pages() {}

  /** Whether {@code html} holds a byte outside ASCII and is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates). */
  static boolean isUtf8(byte[] html) {
    boolean beyondAscii = false;
    int i = 0;
    while (i < html.length) {
      int b = html[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      beyondAscii = true;
      int length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (length == 0 || i + length > html.length) {
        return false;
      }
      int second = html[i + 1] & 0xff;
      // the second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4)
      int low = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
      int high = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((html[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return beyondAscii; // ASCII reads the same in every charset a page declares
  }
}
