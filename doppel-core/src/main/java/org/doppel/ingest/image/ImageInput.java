package org.doppel.ingest.image;

import java.io.IOException;
import java.util.List;
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

  /**
   * The pictures one image offers, readable ones only, best first, as one input: the first, each with the next
   * behind it to hash in its place should it be flat. Empty for none. {@code doppel photos} and a scan's page
   * pictures both chain an image's pictures here.
   */
  public static Optional<ImageInput> chain(List<ImageInput> offered) {
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    ImageInput chain = offered.get(offered.size() - 1);
    for (int i = offered.size() - 2; i >= 0; i--) {
      chain = offered.get(i).orElse(chain);
    }
    return Optional.of(chain);
  }

  /** This input, with {@code next} to hash in its place should it be flat. */
  public ImageInput orElse(ImageInput next) {
    return new ImageInput(id, location, bytes, caption, credit, Optional.of(next));
  }
}
