package org.doppel.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A standing index could not be written (a full disk, a folder that refuses new files): the change asked for was not
 * kept, and the index on disk holds its last commit, whole. Once Lucene's writer has failed this way it takes no more
 * changes, so every later write says the same until the index is opened again.
 *
 * <p>Lucene's own exceptions came out of {@code index add} and {@code index remove} as stack traces (an
 * {@code AlreadyClosedException} on another thread, its cause "No space left on device" thirty lines down), and
 * {@code serve} answered every later request, queries too, with "internal error".
 */
public final class IndexWriteException extends IOException {
  private final Path index;
  private final String reason;
  private final boolean closedToChanges;

  /**
   * @param closedToChanges whether Lucene closed the writer over it (it does when a segment cannot be written), so
   *     that the index takes no more changes until it is opened again; reads then come from the last commit
   */
  IndexWriteException(Path index, Throwable cause, boolean closedToChanges) {
    super("cannot write the index " + index + ": " + reason(cause) + "; the index keeps its last commit, whole"
        + (closedToChanges ? ", and takes no more changes until it is opened again" : ""), cause);
    this.index = index;
    this.reason = reason(cause);
    this.closedToChanges = closedToChanges;
  }

  /** The folder of the index that failed. */
  public Path index() {
    return index;
  }

  /** Whether the index takes no more changes until it is opened again. */
  public boolean closedToChanges() {
    return closedToChanges;
  }

  /** What the operating system said: "No space left on device", "Operation not permitted (i2/_3.fdm)". */
  public String reason() {
    return reason;
  }

  /**
   * What the operating system said, from the innermost cause that says something, with the file a file system
   * refusal concerns.
   */
  static String reason(Throwable failure) {
    Throwable innermost = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException && cause.getMessage() != null) {
        innermost = cause;
      }
    }
    if (innermost instanceof FileSystemException refused && refused.getReason() != null) {
      return refused.getReason() + (refused.getFile() == null ? "" : " (" + refused.getFile() + ")");
    }
    return innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
  }
}
