package org.doppel.ingest.image;

import java.io.IOException;

/**
 * A picture to read: its id in reports, where it was found (for messages) and how to get its bytes,
 * read only when the picture is decoded.
 */
public record ImageInput(String id, String location, Bytes bytes) {
  /** The picture's file content, read on demand. */
  public interface Bytes {
    byte[] read() throws IOException;
  }

  public static ImageInput of(String id, String location, byte[] content) {
    return new ImageInput(id, location, () -> content);
  }
}
