package org.doppel.ingest;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** UTF-8 that gives back exactly the string it was made from, for texts held as bytes ({@link SourceText}). */
final class Utf8 {
  private Utf8() {}

  /**
   * {@code text} as UTF-8, or null when it has an unpaired surrogate (possible in a string built from a JSON
   * escape such as {@code \ud800}): UTF-8 has no form for one, and the encoder would put a {@code ?} in its
   * place, changing the text.
   */
  static byte @Nullable [] encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // The encoder writes '?' for an unpaired surrogate, so a text without '?' in its bytes has none.
    return contains(bytes, (byte) '?') && hasUnpairedSurrogate(text) ? null : bytes;
  }

  private static boolean contains(byte[] bytes, byte wanted) {
    for (byte b : bytes) {
      if (b == wanted) {
        return true;
      }
    }
    return false;
  }

  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
