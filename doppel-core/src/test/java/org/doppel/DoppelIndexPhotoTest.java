package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SharedPhoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos in the standing index answer what a scan says. The fixture (src/test/resources/index-photos,
 * made up for this test) has six news pages with pictures beside them: b copies a's text and shows a's
 * harbour picture at half size; c shows it mirrored, as a PNG, credited to someone else; d shows a's
 * market picture cut to its centre and a street that e shows with a caption band; f shares nothing.
 * For each document D: index the others, query D, and D's pairs, with their photos, equal the scan's.
 */
class DoppelIndexPhotoTest {
  @TempDir
  Path temp;

  @Test
  void aQueryOfEachPageAgainstTheOthersReportsThePhotosAndSharedPhotoPairsOfTheScan() throws Exception {
    Path corpus = copyOfFixture();
    List<SourceText> documents = new CorpusReader(problem -> { throw new AssertionError(problem.toString()); }).readAll(List.of(corpus));
    Doppel.Builder builder = Doppel.builder().threads(2);
    Corpus scan = builder.build();
    scan.addAll(documents);
    Map<String, List<SharedPhoto>> scanPhotos = new ScanPhotos(2).find(documents, problem -> { throw new AssertionError(problem.toString()); });
    List<RelatedPair> scanned = PhotoRelations.withPhotoOnlyPairs(scan.provenance(scan.findAllPairs(ScanProgress.NONE)).relatedPairs(), scanPhotos);
    assertThat(scanned).filteredOn(p -> p.relation() == Relation.SHARED_PHOTO).hasSize(4);

    int photosCompared = 0;
    try (DoppelIndex index = builder.openIndex(temp.resolve("index"))) {
      index.add(documents, problem -> { throw new AssertionError(problem.toString()); });
      for (SourceText d : documents) {
        index.remove(d.id());
        DoppelIndex.QueryResult result = index.query(d, Integer.MAX_VALUE, problem -> { throw new AssertionError(problem.toString()); });
        index.add(List.of(d), problem -> { throw new AssertionError(problem.toString()); });
        Map<String, RelatedPair> expected = byOther(d.id(), scanned);
        Map<String, RelatedPair> actual = byOther(d.id(), result.pairs());
        assertThat(actual.keySet()).as("documents related to %s", d.id()).isEqualTo(expected.keySet());
        for (String other : expected.keySet()) {
          RelatedPair want = expected.get(other);
          RelatedPair got = actual.get(other);
          assertThat(got.relation()).as("relation of %s / %s", d.id(), other).isEqualTo(want.relation());
          assertThat(got.score()).as("score of %s / %s", d.id(), other).isCloseTo(want.score(), org.assertj.core.data.Offset.offset(1e-6));
          List<SharedPhoto> photos = scanPhotos.getOrDefault(PhotoRelations.key(d.id(), other), List.of());
          assertThat(result.photosOf(got)).as("photos of %s / %s", d.id(), other).isEqualTo(photos);
          photosCompared += photos.size();
        }
        assertThat(result.documents().keySet()).containsAll(actual.keySet());
      }
    }
    // every shared photo is seen from both of its documents
    assertThat(photosCompared).isEqualTo(2 * scanPhotos.values().stream().mapToInt(List::size).sum()).isEqualTo(10);
  }

  @Test
  void aQueryLeavesOutTheFurnitureOfItsSiteAsTheScanDoes() throws Exception {
    Path corpus = temp.resolve("sites");
    FurnishedSites.write(corpus);
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(corpus));
    Map<String, List<SharedPhoto>> scanPhotos = new ScanPhotos(2).find(documents, problem -> { });
    assertThat(scanPhotos).hasSize(2);
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(temp.resolve("index"))) {
      index.add(documents, problem -> { });
      for (SourceText d : documents) {
        index.remove(d.id());
        List<org.doppel.ingest.IngestProblem> notes = new ArrayList<>();
        DoppelIndex.QueryResult result = index.query(d, Integer.MAX_VALUE, notes::add);
        index.add(List.of(d), problem -> { });
        Map<String, List<SharedPhoto>> expected = new TreeMap<>();
        scanPhotos.forEach((key, photos) -> {
          if (List.of(key.split("\n")).contains(d.id())) {
            expected.put(key, photos);
          }
        });
        assertThat(new TreeMap<>(result.photos())).as("photos of %s", d.id()).isEqualTo(expected);
        // the editor's portrait is on the four Bay Times pages: each one's query sets it aside
        assertThat(notes).as("notes of %s", d.id()).hasSize(d.id().startsWith("bay/") ? 1 : 0);
      }
    }
  }

  @Test
  void aQueryLeavesOutTheShareCardOfItsSiteAsTheScanDoesAcrossAReopen() throws Exception {
    Path corpus = temp.resolve("coast");
    ShareCardPages.write(corpus);
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(corpus));
    Doppel.Builder builder = Doppel.builder().threads(2);
    // indexed, then reopened: whether a figure is only in its page's head is kept with the stored metadata
    try (DoppelIndex index = builder.openIndex(temp.resolve("index"))) {
      index.add(documents, problem -> { });
      index.commit();
    }
    try (DoppelIndex index = builder.openIndex(temp.resolve("index"))) {
      for (SourceText d : documents) {
        index.remove(d.id());
        DoppelIndex.QueryResult result = index.query(d, Integer.MAX_VALUE, problem -> { });
        index.add(List.of(d), problem -> { });
        assertThat(result.photos().keySet()).as("photos of %s", d.id())
            .isEqualTo(d.id().startsWith("coast/ferry") ? java.util.Set.of(PhotoRelations.key("coast/ferry-1", "coast/ferry-2")) : java.util.Set.of());
      }
    }
  }

  @Test
  void removingADocumentRemovesItsPhotosAndAnIndexKeepsThemAcrossAReopen() throws Exception {
    Path corpus = copyOfFixture();
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(corpus));
    SourceText mirror = documents.stream().filter(d -> d.id().equals("c-mirror/story")).findFirst().orElseThrow();
    Path folder = temp.resolve("index");
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(folder)) {
      index.add(documents.stream().filter(d -> d != mirror).toList(), problem -> { });
      index.commit();
    }
    // the pictures beside the pages are read when a page is added, not when it is asked about
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path picture : files.filter(p -> !p.toString().endsWith(".html") && Files.isRegularFile(p) && !p.startsWith(corpus.resolve("c-mirror"))).toList()) {
        Files.delete(picture);
      }
    }
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(folder)) {
      assertThat(others(index.query(mirror, 10, problem -> { }))).containsExactly("a-harbour/story", "b-copy/story");
      // a query that may read no file (a server's request) has no pictures of its own
      assertThat(index.query(mirror, 10).pairs()).isEmpty();
      index.remove("a-harbour/story");
      DoppelIndex.QueryResult result = index.query(mirror, 10, problem -> { });
      assertThat(others(result)).containsExactly("b-copy/story");
      assertThat(result.pairs().get(0).relation()).isEqualTo(Relation.SHARED_PHOTO);
      assertThat(result.photosOf(result.pairs().get(0))).singleElement()
          .satisfies(photo -> assertThat(photo.edit()).isEqualTo("mirror"))
          .satisfies(photo -> assertThat(photo.creditConflict()).isTrue());
    }
  }

  @Test
  void picturesInACrawlAreFoundByUrlWhenIndexedAndWhenAsked() throws Exception {
    Path fixture = Path.of(DoppelIndexPhotoTest.class.getResource("/index-photos").toURI());
    Path crawls = temp.resolve("crawls");
    Files.createDirectories(crawls);
    crawl(crawls.resolve("a.warc.gz"), "https://a.example/harbour",
        Files.readString(fixture.resolve("a-harbour/story.html")).replace("src=\"harbour.jpg\"", "src=\"https://a.example/img/harbour.jpg\""),
        "https://a.example/img/harbour.jpg", "image/jpeg", Files.readAllBytes(fixture.resolve("a-harbour/harbour.jpg")));
    crawl(crawls.resolve("b.warc.gz"), "https://b.example/boats",
        Files.readString(fixture.resolve("c-mirror/story.html")).replace("src=\"boats.png\"", "src=\"https://b.example/boats.png\""),
        "https://b.example/boats.png", "image/png", Files.readAllBytes(fixture.resolve("c-mirror/boats.png")));
    // the reader notes the picture records it skips as pages; the photo stages read them by URL
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(crawls));
    assertThat(documents).hasSize(2);
    Map<String, List<SharedPhoto>> scanned = new ScanPhotos(2).find(documents, problem -> { throw new AssertionError(problem.toString()); });
    assertThat(scanned.values()).singleElement().satisfies(photos -> assertThat(photos).singleElement()
        .satisfies(photo -> assertThat(photo.edit()).isEqualTo("mirror")));

    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(temp.resolve("index"))) {
      index.add(List.of(documents.get(0)), problem -> { throw new AssertionError(problem.toString()); });
      DoppelIndex.QueryResult result = index.query(documents.get(1), 10, problem -> { throw new AssertionError(problem.toString()); });
      assertThat(result.pairs()).singleElement().satisfies(pair -> {
        assertThat(pair.relation()).isEqualTo(Relation.SHARED_PHOTO);
        assertThat(result.photosOf(pair)).isEqualTo(scanned.values().iterator().next());
      });
    }
  }

  @Test
  void anIndexedLazyFiguresThumbnailIsThePictureItsImgOffersNext() throws Exception {
    // written for the test: a lazy page saved by a browser, whose figure names a remote rendition first and the saved
    // file second, and a page showing the same picture
    Path pages = temp.resolve("lazy");
    var photo = org.doppel.ingest.image.TestPictures.scene(43, 400, 300);
    Files.createDirectories(pages.resolve("first"));
    Files.createDirectories(pages.resolve("second"));
    Files.write(pages.resolve("first/quay.jpg"), org.doppel.ingest.image.TestPictures.encode(photo, "jpeg"));
    Files.write(pages.resolve("second/quay-1200.jpg"),
        org.doppel.ingest.image.TestPictures.encode(org.doppel.ingest.image.TestPictures.resize(photo, 0.7), "jpeg"));
    Files.writeString(pages.resolve("first/story.html"), lazyPage("The quay reopens", "quay.jpg"));
    Files.writeString(pages.resolve("second/story.html"), lazyPage("Ferries return to the quay",
        "quay-1200.jpg\" data-srcset=\"https://cdn.example/quay-400.jpg 400w, https://cdn.example/quay-1200.jpg 1200w"));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(pages));
    SourceText first = documents.stream().filter(d -> d.id().equals("first/story")).findFirst().orElseThrow();
    SourceText lazy = documents.stream().filter(d -> d.id().equals("second/story")).findFirst().orElseThrow();
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(temp.resolve("index"))) {
      index.add(List.of(lazy), problem -> { });
      DoppelIndex.QueryResult result = index.query(first, 10, problem -> { });
      assertThat(result.pairs()).singleElement().satisfies(pair -> assertThat(result.photosOf(pair)).singleElement()
          .satisfies(photoPair -> assertThat(List.of(photoPair.imageA(), photoPair.imageB()))
              .contains("second/story#https://cdn.example/quay-400.jpg")));
      // the stored document keeps the other pictures its <img> offers, so the report's thumbnail is the saved one
      SourceText stored = result.documents().get("second/story");
      assertThat(stored.metadata().images()).singleElement().satisfies(image -> assertThat(image.elsewhere()).isNotEmpty());
      assertThat(new PagePictures(problem -> { }).thumbnail(stored, "second/story#https://cdn.example/quay-400.jpg"))
          .hasValueSatisfying(uri -> assertThat(uri).startsWith("data:image/jpeg;base64,"));
    }
  }

  private static String lazyPage(String title, String image) {
    String text = "The quay reopened on Monday after repairs to the harbour wall took three months and cost the council more than planned.";
    String paragraph = "<p>" + title + ". " + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + paragraph
        + "<figure><img src=\"" + image + "\"><figcaption>The quay at dawn.</figcaption></figure>" + paragraph + "</article></body></html>";
  }

  /** A crawl of one page and its picture, as a crawler writes them. */
  private static void crawl(Path file, String pageUrl, String html, String pictureUrl, String type, byte[] picture) throws Exception {
    try (var writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(pageUrl))
          .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
              .body(org.netpreserve.jwarc.MediaType.HTML_UTF8, html.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build()).build());
      writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(pictureUrl))
          .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.parse(type), picture).build()).build());
    }
  }

  private static List<String> others(DoppelIndex.QueryResult result) {
    return result.pairs().stream().map(p -> p.a().equals(result.query().id()) ? p.b() : p.a()).sorted().toList();
  }

  private Path copyOfFixture() throws Exception {
    Path fixture = Path.of(DoppelIndexPhotoTest.class.getResource("/index-photos").toURI());
    Path copy = temp.resolve("pages");
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(fixture.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return copy;
  }

  private static Map<String, RelatedPair> byOther(String id, List<RelatedPair> pairs) {
    Map<String, RelatedPair> out = new TreeMap<>();
    for (RelatedPair pair : pairs) {
      if (pair.a().equals(id) || pair.b().equals(id)) {
        assertThat(out.put(pair.a().equals(id) ? pair.b() : pair.a(), pair)).as("two pairs of %s with one document", id).isNull();
      }
    }
    return out;
  }
}
