package org.doppel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Consumer;
import org.doppel.fingerprint.photo.PhotoHash;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.index.IndexSnapshot;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoMatcher;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.relate.SharedPhoto;

/**
 * Photos in the standing index: a document's pictures are hashed when it is added and stored with it
 * ({@link StoredPicture}, keys in {@link LuceneIndex}); a query's pictures find the indexed documents
 * whose pictures share a key with theirs, and the pictures of the query and of those documents go
 * through one {@link PhotoMatcher} in the order a scan reads them (documents by id, pictures in page
 * order). A pair's match depends only on its two pictures and which came first, so the query reports
 * the shared photos a scan of the index and the query would report for the query's document.
 */
final class IndexPhotos {
  private final PhotoFinder hasher = new PhotoFinder(1, PhotoThresholds.DEFAULTS);

  /** The document's readable pictures, hashed; unreadable ones go to {@code problems}. */
  List<StoredPicture> pictures(SourceText document, PagePictures pages, Consumer<IngestProblem> problems) {
    List<StoredPicture> out = new ArrayList<>();
    for (PagePictures.Figure figure : pages.of(document)) {
      hasher.hash(figure.input(), problems).ifPresent(hashes -> out.add(new StoredPicture(Objects.requireNonNull(figure.image().url(), "a page's pictures have URLs"), hashes)));
    }
    return out;
  }

  /**
   * The photos {@code query} (with its pictures) shares with the documents of {@code snapshot}, by
   * document pair ({@link org.doppel.relate.PhotoRelations#key}); the indexed document numbered
   * {@code self} (the query itself, or -1) is left out.
   */
  Map<String, List<SharedPhoto>> shared(IndexSnapshot snapshot, SourceText query, List<StoredPicture> pictures, int self) {
    Map<String, List<SharedPhoto>> shared = new HashMap<>();
    if (pictures.isEmpty()) {
      return shared;
    }
    PhotoPostings asked = PhotoPostings.union(pictures.stream().map(p -> PhotoPostings.asked(p.hashes())).toList());
    List<Placed> placed = new ArrayList<>();
    place(query, pictures, placed);
    List<PhotoHash> queryHashes = new ArrayList<>();
    pictures.forEach(picture -> queryHashes.addAll(all(picture.hashes())));
    for (int number : snapshot.photoCandidates(asked)) {
      if (number == self) {
        continue;
      }
      // A chunk value meets many unrelated pictures: only those with a hash within the largest
      // threshold of a query hash can match one (a superset of the matcher's comparisons), and a
      // pair's match does not depend on the other pictures in the matcher.
      List<StoredPicture> near = snapshot.pictures(number).stream().filter(p -> anyWithin(all(p.hashes()), queryHashes)).toList();
      if (!near.isEmpty()) {
        SourceText other = snapshot.document(number);
        if (!other.id().equals(query.id())) {
          place(other, near, placed);
        }
      }
    }
    // the scan's order: documents in read (id) order, pictures in page order
    placed.sort(Comparator.comparing((Placed p) -> p.side().documentId()).thenComparingInt(Placed::position));
    PhotoMatcher matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS);
    for (Placed later : placed) {
      for (PhotoMatch match : matcher.add(later.hashes())) {
        ScanPhotos.Side earlier = placed.get(match.a()).side();
        if (earlier.documentId().equals(query.id()) != later.side().documentId().equals(query.id())) {
          ScanPhotos.add(shared, earlier, later.side(), match);
        }
      }
    }
    return shared;
  }

  private static List<PhotoHash> all(PhotoHashes hashes) {
    List<PhotoHash> all = new ArrayList<>(hashes.fingerprint().hashes());
    all.add(hashes.mirrored());
    all.addAll(hashes.rotated());
    return all;
  }

  private static boolean anyWithin(List<PhotoHash> a, List<PhotoHash> b) {
    int limit = PhotoThresholds.DEFAULTS.max();
    for (PhotoHash x : a) {
      for (PhotoHash y : b) {
        if (x.distance(y) <= limit) {
          return true;
        }
      }
    }
    return false;
  }

  private record Placed(ScanPhotos.Side side, int position, PhotoHashes hashes) {}

  private static void place(SourceText document, List<StoredPicture> pictures, List<Placed> placed) {
    Map<String, Image> figures = new HashMap<>();
    for (Image image : document.metadata().images()) {
      if (image.url() != null) {
        figures.putIfAbsent(image.url(), image);
      }
    }
    for (int i = 0; i < pictures.size(); i++) {
      StoredPicture picture = pictures.get(i);
      Image figure = figures.getOrDefault(picture.url(), new Image(picture.url(), null, null));
      placed.add(new Placed(new ScanPhotos.Side(document.id(), PagePictures.imageId(document.id(), picture.url()), figure), i, picture.hashes()));
    }
  }
}
