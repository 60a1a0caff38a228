package org.doppel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.doppel.fingerprint.photo.PhotoHash;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.index.IndexSnapshot;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.image.PagePlace;
import org.doppel.ingest.SourceText;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoMatcher;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.match.photo.SiteFurniture;
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
   * {@code self} (the query itself, or -1) is left out. A pair of pictures of one site where either is
   * the site's furniture ({@link SiteFurniture}) is left out, as in a scan: the query picture's pages are
   * counted from its own matches, an indexed picture's (when the query picture is not furniture) from a
   * search of its own.
   */
  Shared shared(IndexSnapshot snapshot, SourceText query, List<StoredPicture> pictures, int self) {
    Map<String, List<SharedPhoto>> shared = new HashMap<>();
    if (pictures.isEmpty()) {
      return new Shared(shared, 0, 0);
    }
    List<Placed> placed = new ArrayList<>();
    place(query, -1, pictures, placed);
    List<PhotoHash> queryHashes = new ArrayList<>();
    pictures.forEach(picture -> queryHashes.addAll(all(picture.hashes())));
    nearPictures(snapshot, queryHashes, PhotoPostings.union(pictures.stream().map(p -> PhotoPostings.asked(p.hashes())).toList()),
        Set.of(self), query.id(), other -> true, placed);
    List<Found> found = new ArrayList<>();
    inReadOrder(placed, (earlier, later, match) -> {
      if (earlier.isQuery() != later.isQuery()) {
        found.add(new Found(earlier, later, match));
      }
    });
    // the query's pictures' pages of their site, their own page counted
    Map<Integer, Set<String>> pagesOfQueryPicture = new HashMap<>();
    Set<Integer> shareCardsOfQuery = new HashSet<>();
    for (Found f : found) {
      Placed mine = f.earlier().isQuery() ? f.earlier() : f.later();
      Placed theirs = f.earlier().isQuery() ? f.later() : f.earlier();
      Set<String> pages = pagesOfQueryPicture.computeIfAbsent(mine.position(), k -> new HashSet<>(Set.of(query.id())));
      if (mine.place().sameSite(theirs.place())) {
        pages.add(theirs.side().documentId());
      }
      if (SiteFurniture.areShareCards(mine.place(), theirs.place())) {
        shareCardsOfQuery.add(mine.position());
      }
    }
    Map<Placed, Boolean> indexedIsFurniture = new HashMap<>();
    int setAside = 0;
    Set<Integer> furnitureOfQuery = new HashSet<>();
    for (Found f : found) {
      Placed mine = f.earlier().isQuery() ? f.earlier() : f.later();
      Placed theirs = f.earlier().isQuery() ? f.later() : f.earlier();
      boolean mineIsFurniture = SiteFurniture.isFurniture(pagesOfQueryPicture.getOrDefault(mine.position(), Set.of()).size())
          || shareCardsOfQuery.contains(mine.position());
      // an indexed picture's own pages matter only for a pair of one site whose query picture is no furniture
      boolean theirsIsFurniture = !mineIsFurniture && mine.place().sameSite(theirs.place())
          && indexedIsFurniture.computeIfAbsent(theirs, t -> SiteFurniture.isFurniture(pagesOf(snapshot, t, query, pictures, self)));
      if (SiteFurniture.setsAside(mine.place(), theirs.place(), mineIsFurniture, theirsIsFurniture)) {
        setAside++;
        if (mineIsFurniture) {
          furnitureOfQuery.add(mine.position());
        }
      } else {
        ScanPhotos.add(shared, f.earlier().side(), f.later().side(), f.match());
      }
    }
    return new Shared(shared, furnitureOfQuery.size(), setAside);
  }

  /**
   * The photos a query shares, by document pair, and what was set aside as its site's furniture.
   *
   * @param furniturePictures the query's pictures that are furniture of its site
   * @param pairsSetAside the picture pairs left out as furniture
   */
  record Shared(Map<String, List<SharedPhoto>> byPair, int furniturePictures, int pairsSetAside) {}

  /**
   * The pages of its site an indexed picture is on in the index with the query in place of {@code self}:
   * its own, and those of the same site holding a picture that matches it, the query's included.
   */
  private static int pagesOf(IndexSnapshot snapshot, Placed picture, SourceText query, List<StoredPicture> queryPictures, int self) {
    List<Placed> placed = new ArrayList<>();
    placed.add(picture);
    place(query, -1, queryPictures, placed);
    List<PhotoHash> hashes = all(picture.hashes());
    String site = picture.place().site();
    nearPictures(snapshot, hashes, PhotoPostings.asked(picture.hashes()), new HashSet<>(List.of(self, picture.number())), query.id(),
        other -> site != null && site.equals(PagePictures.placeOf(other).site()), placed);
    Set<String> pages = new HashSet<>(Set.of(picture.side().documentId()));
    inReadOrder(placed, (earlier, later, match) -> {
      Placed other = earlier == picture ? later : later == picture ? earlier : null;
      if (other != null && other.place().sameSite(picture.place())) {
        pages.add(other.side().documentId());
      }
    });
    return pages.size();
  }

  /**
   * Places the pictures of the indexed documents that share a key with {@code asked} and hold a picture
   * within the largest threshold of {@code hashes}; documents numbered in {@code skip}, the query's id and
   * those {@code wanted} refuses are left out.
   */
  private static void nearPictures(IndexSnapshot snapshot, List<PhotoHash> hashes, PhotoPostings asked, Set<Integer> skip, String queryId,
      Predicate<SourceText> wanted, List<Placed> placed) {
    for (int number : snapshot.photoCandidates(asked)) {
      if (skip.contains(number)) {
        continue;
      }
      // A chunk value meets many unrelated pictures: only those with a hash within the largest
      // threshold of a query hash can match one (a superset of the matcher's comparisons), and a
      // pair's match does not depend on the other pictures in the matcher.
      List<StoredPicture> near = snapshot.pictures(number).stream().filter(p -> anyWithin(all(p.hashes()), hashes)).toList();
      if (!near.isEmpty()) {
        SourceText other = snapshot.document(number);
        if (!other.id().equals(queryId) && wanted.test(other)) {
          place(other, number, near, placed);
        }
      }
    }
  }

  private interface MatchSink {
    void accept(Placed earlier, Placed later, PhotoMatch match);
  }

  /** Matches the placed pictures in the scan's order: documents in read (id) order, pictures in page order. */
  private static void inReadOrder(List<Placed> placed, MatchSink sink) {
    placed.sort(Comparator.comparing((Placed p) -> p.side().documentId()).thenComparingInt(Placed::position));
    PhotoMatcher matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS);
    for (Placed later : placed) {
      for (PhotoMatch match : matcher.add(later.hashes())) {
        sink.accept(placed.get(match.a()), later, match);
      }
    }
  }

  private record Found(Placed earlier, Placed later, PhotoMatch match) {}

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

  /**
   * A picture placed for matching.
   *
   * @param number the indexed document's number, -1 for the query
   */
  private record Placed(ScanPhotos.Side side, int position, PhotoHashes hashes, PagePlace place, int number) {
    boolean isQuery() {
      return number < 0;
    }
  }

  private static void place(SourceText document, int number, List<StoredPicture> pictures, List<Placed> placed) {
    PagePlace where = PagePictures.placeOf(document);
    Map<String, Image> figures = new HashMap<>();
    for (Image image : document.metadata().images()) {
      if (image.url() != null) {
        figures.putIfAbsent(image.url(), image);
      }
    }
    for (int i = 0; i < pictures.size(); i++) {
      StoredPicture picture = pictures.get(i);
      Image figure = figures.getOrDefault(picture.url(), new Image(picture.url(), null, null));
      placed.add(new Placed(new ScanPhotos.Side(document.id(), PagePictures.imageId(document.id(), picture.url()), figure), i, picture.hashes(),
          where.of(figure), number));
    }
  }
}
