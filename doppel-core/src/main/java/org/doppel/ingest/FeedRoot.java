package org.doppel.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the first bytes of an XML file say: its charset, and whether its root element opens a news feed Doppel reads.
 * Read before parsing, so that an {@code .xml} file that is no feed (a sitemap, a CMS export) keeps its advice without
 * being parsed, and the parser is given the charset the file declares.
 *
 * @param kind the feed's kind, or null when the root element is none of them
 * @param root the root element's name as written, or null when none was found in the bytes looked at
 * @param charset the file's charset: its byte-order mark's, else its XML declaration's, else UTF-8
 */
record FeedRoot(FeedRoot.@Nullable Kind kind, @Nullable String root, Charset charset) {
  /** How many bytes are looked at: a feed's root comes after its XML declaration, a style sheet and comments at most. */
  static final int SNIFFED_BYTES = 8192;

  private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
  /** What may come before the root: a declaration or processing instruction, a comment, a doctype (with its internal subset). */
  private static final Pattern PROLOG_PART = Pattern.compile("\\s*(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?])*>)", Pattern.DOTALL);
  private static final Pattern START_TAG = Pattern.compile("\\s*<([A-Za-z_][\\w.:-]*)([^>]*)");

  /** The kinds of feed, by the namespace of their own elements (none for RSS 2.0) and the element that holds each item. */
  enum Kind {
    RSS(null, "item", "RSS feed"),
    RSS_1(FeedName.RSS_1, "item", "RSS 1.0 feed"),
    ATOM(FeedName.ATOM, "entry", "Atom feed");

    final @Nullable String namespace;
    final String itemTag;
    final FeedName item;
    final String words;

    Kind(@Nullable String namespace, String itemTag, String words) {
      this.namespace = namespace;
      this.itemTag = itemTag;
      this.item = FeedName.own(itemTag);
      this.words = words;
    }
  }

  /** What {@code head}, a file's first bytes (at most {@link #SNIFFED_BYTES}), open. */
  static FeedRoot of(byte[] head) {
    Charset charset = charsetOf(head);
    String text = new String(head, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Matcher prolog = PROLOG_PART.matcher(text);
    int at = 0;
    while (prolog.find(at) && prolog.start() == at) {
      at = prolog.end();
    }
    Matcher tag = START_TAG.matcher(text).region(at, text.length());
    if (!tag.lookingAt()) {
      return new FeedRoot(null, null, charset);
    }
    String name = tag.group(1);
    return new FeedRoot(kindOf(name, tag.group(2)), name, charset);
  }

  /** The feed kind of a root element named {@code name} with {@code attributes}, or null. */
  private static @Nullable Kind kindOf(String name, String attributes) {
    String local = name.substring(name.indexOf(':') + 1);
    if (name.equals("rss")) {
      return Kind.RSS;
    }
    if (local.equals("feed") && attributes.contains(FeedName.ATOM)) {
      return Kind.ATOM;
    }
    return local.equals("RDF") && attributes.contains(FeedName.RSS_1) ? Kind.RSS_1 : null;
  }

  /** The byte-order mark's charset, else the XML declaration's (one this JVM knows), else UTF-8. */
  private static Charset charsetOf(byte[] head) {
    if (TextDecoder.hasUtf16Mark(head, head.length)) {
      return (head[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    if (TextDecoder.hasUtf8Mark(head)) {
      return StandardCharsets.UTF_8;
    }
    // ISO-8859-1 maps each byte to one char, so the ASCII of the declaration reads the same whatever the charset
    Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
    Charset charset = declared.find() ? PageEncoding.supported(declared.group(1)) : null;
    return charset == null || charset.name().toLowerCase(Locale.ROOT).startsWith("utf-16") ? StandardCharsets.UTF_8 : charset;
  }
}
