package org.doppel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.Counted;
import org.doppel.ingest.ExpansionLimit;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.image.ImageInput;
import org.doppel.ingest.image.PagePlace;
import org.doppel.match.photo.PhotoEdit;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoPair;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.match.photo.SiteFurniture;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.SharedPhoto;
import org.doppel.report.Thumbnails;

/**
 * The photos that documents of a scan share. A document's photos are the images its page's metadata
 * lists (figures with their captions and credits), read from the file beside a saved page or from
 * the picture records of the crawl a page came from; pictures are matched by {@link PhotoFinder},
 * and pairs within one document are dropped. Pictures that cannot be read are reported and skipped.
 * Not thread-safe: {@link #thumbnail} reads the pictures of the last {@link #find}.
 */
public final class ScanPhotos {
  private final PhotoFinder finder;
  /** Where the pictures of the last {@link #find}'s pairs are read from, by image id, for thumbnails. */
  private final Map<String, ImageInput> matched = new HashMap<>();
  private final Thumbnails thumbnails = new Thumbnails();
  private final ExpansionLimit expansionLimit;

  public ScanPhotos(int threads) {
    this(threads, ExpansionLimit.DEFAULT);
  }

  /**
   * @param expansionLimit where decompressing a crawl or an archive stops while its pictures are read: the limit the
   *     documents were read under ({@link org.doppel.ingest.CorpusReader#withExpansionLimit})
   */
  public ScanPhotos(int threads, ExpansionLimit expansionLimit) {
    this.finder = new PhotoFinder(threads, PhotoThresholds.DEFAULTS);
    this.expansionLimit = expansionLimit;
  }

  /**
   * A small JPEG of a picture that {@link #find} matched, as a {@code data:} URI for an HTML report;
   * empty for other ids or when the picture cannot be read again.
   */
  public Optional<String> thumbnail(String imageId) {
    ImageInput input = matched.get(imageId);
    if (input == null) {
      return Optional.empty();
    }
    try {
      return thumbnails.dataUri(finder.bytesCompared(input));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Shared photos by document pair ({@link PhotoRelations#key}), the sides in document id order. */
  public Map<String, List<SharedPhoto>> find(List<SourceText> documents, Consumer<IngestProblem> problems) {
    Map<String, Side> sideOf = new HashMap<>();
    Map<String, PagePlace> placeOf = new HashMap<>();
    List<ImageInput> inputs = new ArrayList<>();
    PagePictures pictures = new PagePictures(problems, expansionLimit);
    for (SourceText document : documents) {
      List<PagePictures.Figure> figures = pictures.of(document);
      if (figures.isEmpty()) {
        continue;
      }
      PagePlace place = PagePictures.placeOf(document);
      for (PagePictures.Figure figure : figures) {
        sideOf.put(figure.imageId(), new Side(document.id(), figure.imageId(), figure.image()));
        placeOf.put(figure.imageId(), place.of(figure.image()));
        inputs.add(figure.input());
      }
    }
    Map<String, List<SharedPhoto>> shared = new HashMap<>();
    matched.clear();
    if (inputs.size() < 2) {
      return shared;
    }
    Map<String, ImageInput> inputOf = new HashMap<>();
    inputs.forEach(input -> inputOf.put(input.id(), input));
    SiteFurniture.Sorted sorted = SiteFurniture.sort(finder.find(inputs, problem -> problems.accept(onThePage(problem))).pairs(), placeOf::get);
    if (!sorted.furniture().isEmpty()) {
      problems.accept(furnitureNote("photos", sorted.furniture().size(), sorted.pairsSetAside()));
    }
    for (PhotoPair pair : sorted.kept()) {
      if (add(shared, Objects.requireNonNull(sideOf.get(pair.a())), Objects.requireNonNull(sideOf.get(pair.b())), pair.match())) {
        matched.put(pair.a(), inputOf.get(pair.a()));
        matched.put(pair.b(), inputOf.get(pair.b()));
      }
    }
    return shared;
  }

  /**
   * A picture a page shows that cannot be read (cut short, corrupt, too big to decode), as a scan says it: a warning
   * about the page, which is read and compared all the same, its figure left out of the photo comparison, as a figure
   * in a format not read is said ({@link PagePictures}); where pictures are the inputs ({@code doppel photos}) the
   * problem leaves its file out, and stays so. A note, or a problem already a warning, is as it was.
   */
  public static IngestProblem onThePage(IngestProblem problem) {
    return problem.note() || !problem.skipped() ? problem
        : new IngestProblem(problem.location(), problem.message() + PagePictures.FIGURE_LEFT_OUT, false);
  }

  /** The line that says how many of the pages' pictures were their sites' furniture, shown with the input problems. */
  public static IngestProblem furnitureNote(String where, long pictures, long pairs) {
    return IngestProblem.note(where, Counted.of(pictures, "site picture") + " (on " + SiteFurniture.MIN_PAGES
        + " or more pages of one site, or its share card on two: logos, portraits, badges, banners) set aside; " + Counted.of(pairs, "picture pair")
        + " within their sites not counted as shared photos");
  }

  /** One side of a picture pair: its document, its id and its figure (caption, credit). */
  public record Side(String documentId, String imageId, Image figure) {}

  /**
   * Files a picture match ({@code earlier} the picture read first) as a photo its two documents share,
   * under {@link PhotoRelations#key} with the sides in document id order; false, and nothing filed,
   * when both pictures are in one document. The scan, the standing index and the Spark job file their matches here.
   */
  public static boolean add(Map<String, List<SharedPhoto>> shared, Side earlier, Side later, PhotoMatch match) {
    if (earlier.documentId().equals(later.documentId())) {
      return false;
    }
    boolean swap = earlier.documentId().compareTo(later.documentId()) > 0;
    Side a = swap ? later : earlier;
    Side b = swap ? earlier : later;
    String edit = match.edit() == PhotoEdit.NONE ? null : match.edit().jsonName();
    shared.computeIfAbsent(PhotoRelations.key(a.documentId(), b.documentId()), k -> new ArrayList<>())
        .add(new SharedPhoto(a.imageId(), b.imageId(), match.score(), edit, a.figure().caption(), a.figure().credit(),
            b.figure().caption(), b.figure().credit()));
    return true;
  }
}
