package org.doppel.ingest.image;

import java.io.IOException;
import java.util.Optional;

/**
 * A picture to read: its id in reports, where it was found (for messages), how to get its bytes (read
 * only when the picture is decoded), the caption and credit its page gives it, if any, and the picture
 * to hash in its place should this one be flat (one colour: a lazy-loading page's stand-in whose
 * {@code <img>} names other pictures too).
 */
public record ImageInput(String id, String location, Bytes bytes, Optional<String> caption, Optional<String> credit,
    Optional<ImageInput> otherwise) {
  /** The picture's file content, read on demand. */
  public interface Bytes {
    byte[] read() throws IOException;
  }

  public ImageInput(String id, String location, Bytes bytes) {
    this(id, location, bytes, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ImageInput of(String id, String location, byte[] content) {
    return new ImageInput(id, location, () -> content);
  }

  /** This input with the caption and credit of its page's figure. */
  public ImageInput withCaption(Optional<String> caption, Optional<String> credit) {
    return new ImageInput(id, location, bytes, caption, credit, otherwise.map(next -> next.withCaption(caption, credit)));
  }

  /** This input, with {@code next} to hash in its place should it be flat. */
  public ImageInput orElse(ImageInput next) {
    return new ImageInput(id, location, bytes, caption, credit, Optional.of(next));
  }
}
