package org.doppel.ingest;

import java.util.Arrays;
import java.util.function.Consumer;
import org.doppel.ingest.meta.TextMetadata;
import org.doppel.ingest.meta.ThreadCharBuffer;

/**
 * Makes a plain-text file's bytes (a {@code .txt} or {@code .md} file, an archive's member, standard input) a document:
 * refuses a Doppel report read back, leaves out trailing NUL padding with a warning, and decodes the rest
 * ({@link TextDecoder}). Per document of a copy scan: UTF-8, the usual case, is kept as its bytes.
 */
final class PlainTextDocuments {
  /** Chars a plain-text file is decoded into, to learn whether the hand-written decoder takes it ({@link #document}). */
  private static final ThreadCharBuffer DECODED = new ThreadCharBuffer();

  private final Consumer<IngestProblem> problems;

  PlainTextDocuments(Consumer<IngestProblem> problems) {
    this.problems = problems;
  }

  /**
   * A plain-text file's document. UTF-8 without a byte-order mark, the usual case, is kept as its bytes, its metadata
   * lines read from them when first asked for ({@link SourceText#ofUtf8ReadingMetadataOnUse}): the text is not made a
   * string here, and most documents of a copy scan never have their metadata asked for.
   *
   * @throws IngestException when the bytes are a Doppel report, binary or empty
   */
  SourceText document(byte[] read, String id, String location) throws IngestException {
    String report = DoppelReports.textReport(read);
    if (report != null) {
      throw new IngestException(report);
    }
    byte[] bytes = withoutNulPadding(read, location);
    char[] chars = DECODED.ofLength(bytes.length);
    if (TextDecoder.decodeUtf8(bytes, chars) >= 0) {
      return SourceText.ofUtf8ReadingMetadataOnUse(id, bytes, location);
    }
    TextDecoder.Decoded text = TextDecoder.decodeKeepingUtf8(bytes, location, problems);
    return new SourceText(id, text.text(), text.utf8(), location, TextMetadata.extract(text.text()));
  }

  /**
   * A text followed by NUL bytes (a file preallocated, or cut short by a crash, and padded) without them, with a
   * warning: with them it was refused as binary, or, past the 8 KB the binary test reads, read with the NULs as text.
   * A file of NULs alone, UTF-16 (whose last char may end in a zero byte) and a text that is binary without its
   * padding are left as they are (and refused as binary).
   */
  private byte[] withoutNulPadding(byte[] bytes, String location) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    // NULs before the padding, or control bytes enough, make the file binary (UTF-16 without a byte-order mark, say)
    if (end == bytes.length || end == 0 || TextDecoder.hasUtf16Mark(bytes, bytes.length) || TextDecoder.looksBinary(bytes, end)) {
      return bytes;
    }
    int padding = bytes.length - end;
    problems.accept(new IngestProblem(location, Counted.of(padding, "NUL byte") + " after the text (padding) left out", false));
    return Arrays.copyOf(bytes, end);
  }
}
