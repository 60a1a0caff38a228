package org.doppel.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;

/**
 * What an HTML report shows of the photos two documents share: the shared photos of a pair, and a
 * thumbnail of a picture by image id as a {@code data:image/jpeg;base64,…} URI (see {@link Thumbnails}),
 * so that the report shows both pictures offline from one file.
 */
public record ReportPhotos(Function<RelatedPair, List<SharedPhoto>> photosOf, Function<String, Optional<String>> thumbnailOf) {
  /** No photos. */
  public static final ReportPhotos NONE = new ReportPhotos(pair -> List.of(), id -> Optional.empty());
}
