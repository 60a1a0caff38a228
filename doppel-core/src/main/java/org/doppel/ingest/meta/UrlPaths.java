package org.doppel.ingest.meta;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A page's URL for a picture read as the file it names: one reading for the page's head and body compared ({@link
 * HtmlImages}) and for the file looked for beside the page ({@code PicturePaths}), so that "Foto%20Berlin.jpg" and
 * "Foto Berlin.jpg" are one file on both paths. The query and fragment are cut; %-escapes are decoded as UTF-8
 * ("caf%C3%A9.jpg" is "café.jpg"); a "+" is kept (in a URL's path it is a plus, not a space: {@code <img src="a+b.jpg">}
 * is the file "a+b.jpg"); a "%" that starts no escape ("100%.jpg"), or escapes that are no UTF-8, are kept as written,
 * as a browser keeps them, where Java's URL decoder throws (and a scan stopped on one page's picture).
 */
public final class UrlPaths {
  private UrlPaths() {}

  /** {@code url} without its query and fragment, its escapes decoded. */
  public static String decodedPath(String url) {
    int cut = url.length();
    for (char end : new char[] {'?', '#'}) {
      int at = url.indexOf(end);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return decode(url.substring(0, cut));
  }

  /** The last part of {@link #decodedPath}: the file's name ("" for a path that ends in a slash). */
  public static String fileName(String url) {
    String path = decodedPath(url);
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String decode(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    StringBuilder decoded = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      int run = escapesFrom(path, i);
      if (run == i) {
        decoded.append(path.charAt(i++));
        continue;
      }
      decoded.append(utf8(path, i, run));
      i = run;
    }
    return decoded.toString();
  }

  /** Where the run of well-formed escapes ("%XX") starting at {@code from} ends ({@code from} where none starts). */
  private static int escapesFrom(String path, int from) {
    int at = from;
    while (at + 2 < path.length() && path.charAt(at) == '%' && hex(path.charAt(at + 1)) >= 0 && hex(path.charAt(at + 2)) >= 0) {
      at += 3;
    }
    return at;
  }

  /** The escapes of {@code path} from {@code from} to {@code to} as UTF-8 text, or as written where they are none. */
  private static String utf8(String path, int from, int to) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((to - from) / 3);
    for (int at = from; at < to; at += 3) {
      bytes.write(hex(path.charAt(at + 1)) << 4 | hex(path.charAt(at + 2)));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return path.substring(from, to);
    }
  }

  /** An ASCII hex digit's value, or -1. */
  private static int hex(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }
}
