package org.doppel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.image.ImageDecoder;
import org.doppel.ingest.image.ImageInput;
import org.doppel.ingest.image.PhotoInputs;
import org.doppel.ingest.warc.WarcImageReader;
import org.doppel.match.photo.PhotoEdit;
import org.doppel.match.photo.PhotoPair;
import org.doppel.match.photo.PhotoThresholds;
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
  private final Map<String, ImageInput.Bytes> matched = new HashMap<>();
  private final Thumbnails thumbnails = new Thumbnails();

  public ScanPhotos(int threads) {
    this.finder = new PhotoFinder(threads, PhotoThresholds.DEFAULTS);
  }

  /**
   * A small JPEG of a picture that {@link #find} matched, as a {@code data:} URI for an HTML report;
   * empty for other ids or when the picture cannot be read again.
   */
  public Optional<String> thumbnail(String imageId) {
    ImageInput.Bytes bytes = matched.get(imageId);
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return thumbnails.dataUri(bytes.read());
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** Shared photos by document pair ({@link PhotoRelations#key}), the sides in document id order. */
  public Map<String, List<SharedPhoto>> find(List<SourceText> documents, Consumer<IngestProblem> problems) {
    Map<String, String> documentOf = new HashMap<>();
    Map<String, Image> figureOf = new HashMap<>();
    Map<String, Map<String, byte[]>> crawls = new HashMap<>();
    List<ImageInput> inputs = new ArrayList<>();
    for (SourceText document : documents) {
      for (Image image : document.metadata().images()) {
        if (image.url() == null) {
          continue;
        }
        String id = document.id() + "#" + image.url();
        if (documentOf.putIfAbsent(id, document.id()) != null) {
          continue;
        }
        figureOf.put(id, image);
        picture(document.origin(), image.url(), crawls, problems).ifPresent(bytes -> inputs.add(new ImageInput(id, document.origin() + " " + image.url(), bytes)));
      }
    }
    Map<String, List<SharedPhoto>> shared = new HashMap<>();
    matched.clear();
    if (inputs.size() < 2) {
      return shared;
    }
    Map<String, ImageInput.Bytes> bytesOf = new HashMap<>();
    inputs.forEach(input -> bytesOf.put(input.id(), input.bytes()));
    for (PhotoPair pair : finder.find(inputs, problems).pairs()) {
      String docA = documentOf.get(pair.a());
      String docB = documentOf.get(pair.b());
      if (docA.equals(docB)) {
        continue;
      }
      boolean swap = docA.compareTo(docB) > 0;
      String imageA = swap ? pair.b() : pair.a();
      String imageB = swap ? pair.a() : pair.b();
      Image a = figureOf.get(imageA);
      Image b = figureOf.get(imageB);
      matched.put(imageA, bytesOf.get(imageA));
      matched.put(imageB, bytesOf.get(imageB));
      String edit = pair.match().edit() == PhotoEdit.NONE ? null : pair.match().edit().jsonName();
      shared.computeIfAbsent(PhotoRelations.key(docA, docB), k -> new ArrayList<>())
          .add(new SharedPhoto(imageA, imageB, pair.match().score(), edit, a.caption(), a.credit(), b.caption(), b.credit()));
    }
    return shared;
  }

  /** The picture's bytes: beside a saved page, or among the picture records of the page's crawl ("file.warc@offset"). */
  private static Optional<ImageInput.Bytes> picture(String origin, String url, Map<String, Map<String, byte[]>> crawls,
                                                    Consumer<IngestProblem> problems) {
    int at = origin.lastIndexOf('@');
    String file = at > 0 && origin.substring(0, at).toLowerCase(java.util.Locale.ROOT).matches(".*\\.warc(\\.gz)?") ? origin.substring(0, at) : origin;
    if (!file.equals(origin)) {
      byte[] bytes = crawls.computeIfAbsent(file, f -> new WarcImageReader(problems, ImageDecoder.DEFAULT_MAX_BYTES).read(Path.of(f))).get(url);
      return bytes == null ? Optional.empty() : Optional.of(() -> bytes);
    }
    Path page = Path.of(origin);
    if (!Files.isRegularFile(page)) {
      return Optional.empty();
    }
    return PhotoInputs.beside(page, url).map(path -> () -> PhotoInputs.readBounded(path));
  }
}
