package org.doppel.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Standard input, the root {@code -} of a run, as a pipeline gives it: it has no name to say its format, so its first
 * bytes do. It is decompressed when it starts as gzip, bzip2, xz or Zstandard data does, then read as JSON Lines when
 * its first char other than white space is <code>{</code>, as a news feed when its root element is one (told as an
 * {@code .xml} file's is, {@link FeedRoot}), as a CSV or TSV table when its first line is a header naming a text column, as a web page when it opens with {@code <!DOCTYPE html} or
 * {@code <html>}; {@code extract} also knows a WARC crawl by its first bytes ({@code WARC/}); anything else is one plain text or page ({@link CorpusReader} reads it). A file whose name has no extension is told
 * the same way ({@link FileDocuments}).
 */
final class StandardInput {
  /** Where messages say standard input's records are, and the id a record without one (or a plain text) is named by. */
  static final String ID = "stdin";
  /** Bytes looked at for the first char: a JSON Lines stream opens with a record, white space at most before it. */
  private static final int BUFFER = 1 << 16;

  /** What standard input holds, by its first bytes after decompression. */
  enum Shape { EMPTY, JSON_LINES, WARC, FEED, CSV, HTML, TEXT }

  /**
   * Standard input (or a file of no extension, {@link FileDocuments}), decompressed where it is compressed, read from its
   * start, and the shape of what it holds.
   *
   * @param binary whether a {@link Shape#TEXT} looks binary by its first bytes, as {@link PlainTextDocuments} would find
   *     it: NUL or many control bytes before any trailing NUL padding, and no UTF-16 byte-order mark
   */
  record Opened(InputStream in, Shape shape, boolean binary) {}

  private StandardInput() {}

  /** Whether {@code root} names standard input: {@code -}, when no file or folder has that name. */
  static boolean names(Path root) {
    return root.toString().equals("-") && !Files.exists(root);
  }

  /** {@code stdin} opened, a compressed stream stopped past {@code limit} as a compressed file is. */
  static Opened open(InputStream stdin, ExpansionLimit limit) throws IOException {
    InputStream raw = new BufferedInputStream(stdin, BUFFER);
    raw.mark(8);
    byte[] head = raw.readNBytes(6);
    raw.reset();
    Compression compression = Compression.ofMagic(head);
    ExpansionGuard guard = new ExpansionGuard(limit);
    InputStream in = new BufferedInputStream(compression == Compression.NONE ? raw
        : guard.expanded(compression.open(guard.compressed(raw))), BUFFER);
    in.mark(BUFFER);
    byte[] start = in.readNBytes(BUFFER);
    in.reset();
    Shape shape = start.length == 0 ? Shape.EMPTY
        : firstChar(start) == '{' ? Shape.JSON_LINES
        : startsAsWarc(start) ? Shape.WARC
        : isFeed(start) ? Shape.FEED
        : isTable(start) ? Shape.CSV
        : startsAsHtml(start) ? Shape.HTML : Shape.TEXT;
    return new Opened(in, shape, shape == Shape.TEXT && looksBinary(start));
  }

  /** Whether the first bytes of a text look binary, trailing NULs (padding, {@link PlainTextDocuments}) left out. */
  private static boolean looksBinary(byte[] start) {
    int end = start.length;
    while (end > 0 && start[end - 1] == 0) {
      end--;
    }
    return !TextDecoder.hasUtf16Mark(start, start.length) && TextDecoder.looksBinary(start, end == 0 ? start.length : end);
  }

  /** Whether {@code bytes} open as an RSS or Atom feed does, by the root element after the XML prolog. */
  private static boolean isFeed(byte[] bytes) {
    return FeedRoot.of(Arrays.copyOf(bytes, Math.min(bytes.length, FeedRoot.SNIFFED_BYTES))).kind() != null;
  }

  /**
   * Whether {@code bytes} open as a table Doppel reads does: a first line of two names or more (cut by a comma, a
   * semicolon or a tab; a name is letters, digits, spaces, {@code _}, {@code -} and {@code .}, optionally quoted) of
   * which one names a text column ({@link JsonLinesReader#TEXT_FIELDS}), as a CSV export's header does and a text's
   * first line (a title, a sentence) does not.
   */
  private static boolean isTable(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    String line = new String(bytes, 0, end, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    String[] cells = line.split("[,;\t]", -1);
    boolean text = false;
    for (String cell : cells) {
      String name = cell.strip();
      name = name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
      if (!COLUMN_NAME.matcher(name).matches()) {
        return false;
      }
      text |= JsonLinesReader.TEXT_FIELDS.contains(name.toLowerCase(Locale.ROOT));
    }
    return text && cells.length > 1;
  }

  /** What a table's column name is made of, as {@link #isTable} tells a header from a text's first line. */
  private static final Pattern COLUMN_NAME = Pattern.compile("[\\p{L}\\p{N}_ .-]{1,64}");

  /**
   * Whether {@code bytes} open as a web page does: {@code <!DOCTYPE html} or {@code <html} (any case) after white space
   * and a byte-order mark. A page saved without its extension (a mirror's {@code index}, a crawl's dump) is read as a
   * page, its article extracted, not as a text of markup.
   */
  private static boolean startsAsHtml(byte[] bytes) {
    int i = firstCharAt(bytes);
    return startsWithIgnoringCase(bytes, i, "<!doctype html") || startsWithIgnoringCase(bytes, i, "<html");
  }

  private static boolean startsWithIgnoringCase(byte[] bytes, int from, String ascii) {
    if (bytes.length - from < ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (Character.toLowerCase((char) bytes[from + k]) != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code bytes} open as a WARC record's version line does. */
  private static boolean startsAsWarc(byte[] bytes) {
    return bytes.length >= 5 && bytes[0] == 'W' && bytes[1] == 'A' && bytes[2] == 'R' && bytes[3] == 'C' && bytes[4] == '/';
  }

  /** The first byte of {@code bytes} that is not white space or a UTF-8 byte-order mark, or -1. */
  private static int firstChar(byte[] bytes) {
    int i = firstCharAt(bytes);
    return i < bytes.length ? bytes[i] : -1;
  }

  /** Where the first byte of {@code bytes} that is not white space or a UTF-8 byte-order mark is; its length when none. */
  private static int firstCharAt(byte[] bytes) {
    int i = TextDecoder.hasUtf8Mark(bytes) ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
      i++;
    }
    return i;
  }
}
