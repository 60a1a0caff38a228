package org.doppel.ingest.image;

import java.io.IOException;
import java.util.Optional;

/**
 * A picture to read: its id in reports, where it was found (for messages), how to get its bytes (read
 * only when the picture is decoded), and the caption and credit its page gives it, if any.
 */
public record ImageInput(String id, String location, Bytes bytes, Optional<String> caption, Optional<String> credit) {
  /** The picture's file content, read on demand. */
  public interface Bytes {
    byte[] read() throws IOException;
  }

  public ImageInput(String id, String location, Bytes bytes) {
    this(id, location, bytes, Optional.empty(), Optional.empty());
  }

  public static ImageInput of(String id, String location, byte[] content) {
    return new ImageInput(id, location, () -> content);
  }

  /** This input with the caption and credit of its page's figure. */
  public ImageInput withCaption(Optional<String> caption, Optional<String> credit) {
    return new ImageInput(id, location, bytes, caption, credit);
  }
}
