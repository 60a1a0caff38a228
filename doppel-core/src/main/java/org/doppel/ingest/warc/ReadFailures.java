package org.doppel.ingest.warc;

import java.io.EOFException;
import org.doppel.ingest.ExpandedBytes;
import org.doppel.ingest.IngestException;
import org.jspecify.annotations.Nullable;

/** A failed read in a crawl's walk: a stop past the expansion limit thrown on, any other failure named in a few words. */
final class ReadFailures {
  private ReadFailures() {}

  /**
   * Throws {@code e} on when it is a decompression stopped past its limit (a bomb): the stream under the walk ends
   * there for a reason of Doppel's, not the crawl's damage, and the file or member is named with it as a compressed
   * file that is no crawl is.
   */
  static void passOnAStop(@Nullable Throwable e) throws IngestException {
    if (ExpandedBytes.isStop(e)) {
      throw (IngestException) e;
    }
  }

  /** {@code e}'s message, at most 200 characters; "unexpected end of file" for an end met early or no message. */
  static String message(Exception e) {
    String message = e.getMessage();
    if (e instanceof EOFException || message == null) {
      return "unexpected end of file";
    }
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
