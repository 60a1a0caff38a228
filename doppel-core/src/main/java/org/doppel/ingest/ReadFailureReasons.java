package org.doppel.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/**
 * What an input problem says of a file or record that could not be read: a refusal's own message ({@link IngestException}),
 * else the kind of failure in a reader's words (truncated, corrupt, permission denied, gone, not decodable), else the
 * exception's class and message.
 */
final class ReadFailureReasons {
  private ReadFailureReasons() {}

  /** The reason {@code e} is reported with: an {@link IngestException} says it in its message, any other is {@link #describe}d. */
  static String of(IOException e) {
    return e instanceof IngestException refused ? refused.getMessage() : describe(e);
  }

  private static String describe(IOException e) {
    if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB")) {
      return "file is truncated (unexpected end of compressed data)";
    }
    if (e instanceof ZipException) {
      // a gzip file's errors are named by Compression; what reaches here is an archive member's inflating
      return "corrupt compressed data (" + e.getMessage() + ")";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      // listed, then gone before it was read: it was removed or renamed while the run went on
      return "no longer there (removed or renamed after the folder was listed)";
    }
    if (e instanceof CharacterCodingException) {
      return "cannot decode text";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
