package org.doppel.ingest;

import java.io.IOException;

/** A file Doppel cannot turn into text; the message says why in a user's words. */
public final class IngestException extends IOException {
  public IngestException(String message) {
    super(message);
  }
}
