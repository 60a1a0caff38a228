package org.doppel.server;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A request's {@code Content-Type}, read from the header as sent: its media type, lower case, and the charset it
 * names, if any. Jetty's own reading of the header looks the charset up and threw on a name it did not know
 * ({@code charset=bogus}, {@code charset=application/json}), which the server answered with 500 "internal error".
 *
 * @param mediaType the type without parameters, lower case; empty when the request named none
 * @param charset the {@code charset} parameter without quotes, or null when the header names none
 */
record BodyType(String mediaType, @Nullable String charset) {

  static BodyType of(@Nullable String header) {
    if (header == null) {
      return new BodyType("", null);
    }
    String[] parts = header.split(";");
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        charset = parameter.substring(equals + 1).strip().replace("\"", "");
      }
    }
    return new BodyType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
  }

  /** JSON's own characters, which every charset the server may read as UTF-8 writes as UTF-8 writes them. */
  private static final String JSON_ASCII = "{\"id\": [\"a-Z_0 9\"], \"n\": 1.5}";

  /**
   * Whether the body can be read as the UTF-8 the server reads: no charset named, or one that writes ASCII as UTF-8
   * does (a client that labels its JSON ISO-8859-1 sends ASCII, or bytes the UTF-8 check refuses with a 400). Not a
   * charset of two or four bytes a character (UTF-16, UTF-32), nor a name no charset has.
   */
  boolean readableAsUtf8() {
    if (charset == null) {
      return true;
    }
    try {
      return Arrays.equals(JSON_ASCII.getBytes(Charset.forName(charset)), JSON_ASCII.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | UnsupportedOperationException e) { // an illegal or unknown name; a decoder only
      return false;
    }
  }
}
