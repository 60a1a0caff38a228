package org.doppel.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.util.LongAccumulator;
import org.doppel.PagePictures;
import org.doppel.PhotoFinder;
import org.doppel.ScanPhotos;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.image.PagePlace;
import org.doppel.match.photo.PhotoThresholds;

/**
 * The photo stage's first step, on the executors: each document's pictures (files beside a saved page, a crawl's
 * picture records by URL: {@link PagePictures}) decoded and hashed where the document was read.
 */
final class PictureHashing {
  private PictureHashing() {}

  /** The pictures of a partition's documents; each that cannot be read is said on stderr and counted. */
  static Iterator<HashedPicture> hash(Iterator<Analysed> documents, LongAccumulator problemCount, LongAccumulator skippedCount) {
    Consumer<IngestProblem> said = problem -> {
      System.err.println("doppel-spark: " + problem);
      if (!problem.note()) {
        problemCount.add(1);
        skippedCount.add(problem.skipped() ? 1 : 0);
      }
    };
    PagePictures pages = new PagePictures(said);
    PhotoFinder hasher = new PhotoFinder(1, PhotoThresholds.DEFAULTS);
    List<HashedPicture> out = new ArrayList<>();
    documents.forEachRemaining(document -> {
      List<PagePictures.Figure> figures = pages.of(document.source());
      PagePlace place = PagePictures.placeOf(document.source());
      for (int i = 0; i < figures.size(); i++) {
        PagePictures.Figure figure = figures.get(i);
        int position = i;
        hasher.hash(figure.input(), problem -> said.accept(ScanPhotos.onThePage(problem))).ifPresent(hashes ->
            out.add(new HashedPicture(document.number(), position, document.source().id(), figure.imageId(), figure.image(), hashes.toBytes(), place.of(figure.image()))));
      }
    });
    return out.iterator();
  }
}
