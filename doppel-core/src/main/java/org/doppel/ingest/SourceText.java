package org.doppel.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.doppel.ingest.meta.TextMetadata;
import org.doppel.ingest.meta.ThreadCharBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A document as its source gave it: an id, the original text and what the source said about it.
 *
 * <p>The text waits here, between reading and the report, for the whole of a scan, so it is held as UTF-8
 * bytes: Java keeps a string with one character outside Latin-1 (an em dash, a <i>ć</i>) at two bytes a
 * character, and most news text has one, so UTF-8 halves the largest part of a scan's memory
 * (docs/benchmarks.md, "Fourth pass"). {@link #text()} decodes it on each call: a stage that reads the text
 * more than once takes it from the analysed document ({@code Document.text()}), which decodes it once.
 *
 * <p>Equal ids, texts, origins and metadata make equal values, as for a record.
 */
public final class SourceText implements Serializable {
  private static final long serialVersionUID = 2L;

  /**
   * The longest text a document may have, in chars (UTF-16 code units): 64 Mi, what a file of 64 MB, the largest the
   * command line's readers take ({@link CorpusReader#DEFAULT_MAX_DOCUMENT_BYTES}), can decode to (one char a byte at
   * most). A longer text is refused where the document is made, with its id and length, rather than left to exhaust
   * the memory of the scan it would join (a 500 MB string needs some 4 GB analysed).
   */
  public static final int MAX_TEXT_CHARS = 64 << 20;

  private final String id;
  /** The text as UTF-8, or null when it is held as {@link #unencodable}. */
  private final byte @Nullable [] utf8;
  /** The text, only when it has an unpaired surrogate, which UTF-8 cannot carry; otherwise null. */
  private final @Nullable String unencodable;
  private final String origin;
  /**
   * What the source says about the document; null until first asked for when it is read from the text's own lines
   * ({@link #ofUtf8ReadingMetadataOnUse}). Two threads that ask at once may both read it: the same value either way,
   * and an immutable record, safely published through its final fields.
   */
  private @Nullable ArticleMetadata metadata;
  /** Whether {@link #metadata} is what the text's own lines say ({@link TextMetadata}), read when first asked for. */
  private final boolean metadataOfLines;

  /**
   * @param id stable identifier: a file's path relative to the scanned folder without its extension,
   *     or a JSON Lines record's {@code id}
   * @param text the original text, as read; every offset Doppel reports points into it
   * @param origin where it came from, for messages: a file path, with a line number for JSON Lines
   * @param metadata what the source says about the document (title, author, date, site,
   *     attributions …), never null
   */
  public SourceText(String id, String text, @Nullable String origin, @Nullable ArticleMetadata metadata) {
    this(id, text, null, origin, metadata);
  }

  /**
   * As the public constructor, for a reader that holds {@code text}'s exact UTF-8 bytes already (a file
   * read as UTF-8 without a byte-order mark): they are kept instead of encoding the text again.
   */
  SourceText(String id, String text, byte @Nullable [] utf8, @Nullable String origin, @Nullable ArticleMetadata metadata) {
    checkId(id);
    if (text == null) {
      throw new IllegalArgumentException("document " + id + " has no text");
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "document %s is %,d chars long, over the limit of "
          + "%,d (64 Mi, as the command line refuses a file over 64 MB): cut or split it before adding it", id,
          text.length(), MAX_TEXT_CHARS));
    }
    this.id = id;
    this.utf8 = utf8 != null ? utf8 : Utf8.encode(text);
    this.unencodable = this.utf8 == null ? text : null;
    this.origin = origin == null ? id : origin;
    this.metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    this.metadataOfLines = false;
  }

  /**
   * A document whose text is {@code utf8}, valid UTF-8 that {@link TextDecoder#decodeUtf8} decodes, and whose metadata
   * is what its lines say ({@link TextMetadata#extract(char[], int)}), read when {@link #metadata()} is first called, not
   * here: a copy scan asks for it only for the documents of its candidate pairs, its reported pairs and the keys in
   * very many documents, so the rest of a corpus never has its metadata lines read (docs/benchmarks.md, "feat-speed29").
   */
  static SourceText ofUtf8ReadingMetadataOnUse(String id, byte[] utf8, @Nullable String origin) {
    return new SourceText(id, utf8, origin);
  }

  private SourceText(String id, byte[] utf8, @Nullable String origin) {
    checkId(id);
    this.id = id;
    this.utf8 = utf8;
    this.unencodable = null;
    this.origin = origin == null ? id : origin;
    this.metadata = null; // read from the text when first asked for
    this.metadataOfLines = true;
  }

  private static void checkId(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a document needs a non-empty id");
    }
  }

  private SourceText(SourceText text, String origin) {
    this.id = text.id;
    this.utf8 = text.utf8;
    this.unencodable = text.unencodable;
    this.origin = origin == null ? id : origin;
    this.metadata = text.metadata;
    this.metadataOfLines = text.metadataOfLines;
  }

  /** A document with only an id and text, for callers that embed Doppel. */
  public static SourceText of(String id, String text) {
    return new SourceText(id, text, id, ArticleMetadata.EMPTY);
  }

  public String id() {
    return id;
  }

  /** The original text, decoded anew on each call (a few microseconds for a news article). */
  public String text() {
    return utf8 != null ? new String(utf8, StandardCharsets.UTF_8) : unencodable();
  }

  /**
   * Writes the chars of {@link #text()} into {@code out}, which holds at least {@link #utf8Length()} chars (a text
   * never has more chars than UTF-8 bytes), and gives their number, without making the string: a stage that reads the
   * text only as chars (the words of a copies-only scan's documents) skips the string's decoding and the copy out of it,
   * about a fifth of analysing a news article. The JDK's decoder, through {@link #text()}, for what {@link
   * TextDecoder#decodeUtf8} leaves to it (a text that starts with U+FEFF, has control chars or a lone carriage return).
   */
  public int charsInto(char[] out) {
    if (utf8 != null) {
      int length = TextDecoder.decodeUtf8(utf8, out);
      if (length >= 0) {
        return length;
      }
    }
    String text = text();
    text.getChars(0, text.length(), out, 0);
    return text.length();
  }

  /**
   * True when every character of the text is in the Basic Multilingual Plane, so that char offsets into
   * {@link #text()} are code point offsets; read from the UTF-8 bytes without decoding them (only a character
   * outside that plane takes four bytes, led by a byte of the form 11110xxx).
   */
  public boolean charsAreCodePoints() {
    if (utf8 == null) {
      String text = unencodable();
      return text.codePointCount(0, text.length()) == text.length();
    }
    for (byte b : utf8) {
      if ((b & 0xF8) == 0xF0) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many times the ASCII character {@code c} occurs in {@link #text()}, counted in the UTF-8 bytes without decoding
   * them: in UTF-8 a byte below 0x80 is always a character of its own (every byte of a longer character is 0x80 or
   * above), so the count is the text's. Decoding a news article to count its parentheses cost the scan's serial step
   * after verification more than the count (docs/benchmarks.md, "Two threads at 20k: the serial stretches").
   */
  public int countAscii(char c) {
    if (c >= 0x80) {
      throw new IllegalArgumentException("not an ASCII character: U+" + Integer.toHexString(c));
    }
    if (utf8 == null) {
      String text = unencodable();
      int n = 0;
      for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
        n++;
      }
      return n;
    }
    byte b = (byte) c;
    int n = 0;
    for (byte x : utf8) {
      if (x == b) {
        n++;
      }
    }
    return n;
  }

  /** The text's length in UTF-8 bytes, without decoding it. */
  public int utf8Length() {
    return utf8 != null ? utf8.length : unencodable().getBytes(StandardCharsets.UTF_8).length;
  }

  /** The text kept as a string, which is there exactly when {@link #utf8} is not. */
  private String unencodable() {
    return Objects.requireNonNull(unencodable);
  }

  public String origin() {
    return origin;
  }

  public ArticleMetadata metadata() {
    ArticleMetadata read = metadata;
    if (read == null) {
      read = readMetadataOfLines();
      metadata = read;
    }
    return read;
  }

  /**
   * Whether the document's metadata may name a picture's URL, so that {@code PagePictures} need read it: not when it is
   * read from a plain text's lines, which give a picture's caption and credit only ({@link TextMetadata}), so a copy
   * scan's search for shared photos does not read the metadata lines of every plain-text document.
   */
  public boolean metadataMayLinkPictures() {
    return !metadataOfLines;
  }

  /** Chars the text is decoded into for {@link #readMetadataOfLines}, a buffer of its own: no caller's array is overwritten. */
  private static final ThreadCharBuffer METADATA_CHARS = new ThreadCharBuffer();

  /** The metadata the text's lines carry, decoded as the reader that made this document decoded it. */
  private ArticleMetadata readMetadataOfLines() {
    char[] chars = METADATA_CHARS.ofLength(utf8Length());
    return TextMetadata.extract(chars, charsInto(chars));
  }

  /** The same document, said to come from {@code newOrigin}. */
  public SourceText withOrigin(String newOrigin) {
    return new SourceText(this, newOrigin);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceText other && id.equals(other.id) && Arrays.equals(utf8, other.utf8)
        && Objects.equals(unencodable, other.unencodable) && origin.equals(other.origin) && metadata().equals(other.metadata());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, Arrays.hashCode(utf8), unencodable, origin, metadata());
  }

  @Override
  public String toString() {
    return "SourceText[id=" + id + ", text=" + text() + ", origin=" + origin + ", metadata=" + metadata() + "]";
  }
}
