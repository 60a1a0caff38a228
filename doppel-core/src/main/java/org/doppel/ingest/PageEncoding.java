package org.doppel.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the charset a web page's bytes are decoded in, in the order the HTML standard gives: a byte-order mark, then
 * the charset the server declared (a crawl's HTTP {@code Content-Type}), then the page's own {@code <meta>}, and for a
 * page that declares none, UTF-8 when its bytes are UTF-8 and Windows-1252 (the web's legacy default, which plain text
 * files fall back to as well) when they are not. jsoup reads the byte-order mark and the meta tag itself, but knows
 * nothing of the server's header and reads an undeclared page as UTF-8 whatever its bytes, so a legacy page became
 * U+FFFD wherever it had an accent.
 */
public final class PageEncoding {
  /** A meta tag that may name a charset ({@code <meta charset>} or {@code http-equiv="Content-Type"}); jsoup reads its value. */
  private static final Pattern META_CHARSET = Pattern.compile("<meta\\s[^>]*charset", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageEncoding() {}

  /**
   * The charset to decode {@code html} in, or null to let the parser find it (a byte-order mark or a meta tag, else
   * UTF-8, which the bytes then are).
   *
   * @param declared the server's {@code charset} parameter, or null
   * @param warnings told, naming {@code location}, when an undeclared page is read as Windows-1252
   */
  public static @Nullable Charset of(byte[] html, @Nullable String declared, String location, Consumer<IngestProblem> warnings) {
    if (hasByteOrderMark(html)) {
      return null;
    }
    Charset fromServer = supported(declared);
    if (fromServer != null) {
      return fromServer;
    }
    if (TextDecoder.isUtf8(html) || declaresCharset(html)) {
      return null;
    }
    warnings.accept(new IngestProblem(location, "page declares no charset and is not valid UTF-8; decoded as Windows-1252", false));
    return WINDOWS_1252;
  }

  /** The charset a name stands for, or null when the name is missing, malformed or unknown to this JVM. */
  static @Nullable Charset supported(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String trimmed = name.strip();
    if (trimmed.length() > 1 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
    }
    try {
      return trimmed.isEmpty() || !Charset.isSupported(trimmed) ? null : Charset.forName(trimmed.toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /**
   * Whether a page's leading bytes look binary as a text file's would (NUL or many control bytes) and no byte-order mark
   * says UTF-16: a picture or archive that a server or a file name calls HTML.
   */
  public static boolean looksBinary(byte[] html) {
    return !hasByteOrderMark(html) && TextDecoder.looksBinary(html, html.length);
  }

  private static boolean hasByteOrderMark(byte[] html) {
    return TextDecoder.hasUtf8Mark(html) || TextDecoder.hasUtf16Mark(html, html.length);
  }

  /** Whether the page has a meta tag that may name its charset: jsoup then decodes it as that tag says, as before. */
  private static boolean declaresCharset(byte[] html) {
    // ISO-8859-1 maps each byte to one char, so the ASCII of the tag reads the same whatever the page's charset
    return META_CHARSET.matcher(new String(html, StandardCharsets.ISO_8859_1)).find();
  }
}
