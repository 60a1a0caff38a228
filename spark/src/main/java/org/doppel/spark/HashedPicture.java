package org.doppel.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.doppel.ScanPhotos;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.image.PagePlace;
import scala.Tuple2;

/**
 * A document's picture, hashed where its page was read ({@link PictureHashing}).
 *
 * @param doc the document's number ({@link DocumentNumbers}: read order)
 * @param position the picture's place among the document's pictures
 */
record HashedPicture(long doc, int position, String documentId, String imageId, ArticleMetadata.Image figure, byte[] hashes, PagePlace place)
    implements Serializable {
  ScanPhotos.Side side() {
    return new ScanPhotos.Side(documentId, imageId, figure);
  }

  Tuple2<Long, Integer> key() {
    return new Tuple2<>(doc, position);
  }

  static Comparator<HashedPicture> READ_ORDER = Comparator.comparingLong(HashedPicture::doc).thenComparingInt(HashedPicture::position);
}
