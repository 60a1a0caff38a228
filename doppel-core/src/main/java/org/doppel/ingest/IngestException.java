package org.doppel.ingest;

import java.io.IOException;

/** A file Doppel cannot turn into text; the message says why in a user's words. */
public final class IngestException extends IOException {
  private final String reason;

  public IngestException(String reason) {
    super(reason);
    this.reason = reason;
  }

  /** The reason, never null (as given to the constructor). */
  @Override
  public String getMessage() {
    return reason;
  }
}
