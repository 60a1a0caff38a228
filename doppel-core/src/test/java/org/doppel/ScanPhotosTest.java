package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.ExpansionLimit;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.image.TestPictures;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SharedPhoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanPhotosTest {
  @TempDir
  Path dir;

  @Test
  void twoArticlesWithDifferentTextButOnePhotoShareAPhoto() throws Exception {
    var photo = TestPictures.scene(9, 400, 300);
    Files.createDirectories(dir.resolve("first"));
    Files.createDirectories(dir.resolve("second"));
    Files.write(dir.resolve("first/boats.jpg"), TestPictures.encode(photo, "jpeg"));
    Files.write(dir.resolve("second/pic.jpg"), TestPictures.encode(TestPictures.mirror(TestPictures.resize(photo, 0.5)), "jpeg"));
    Files.writeString(dir.resolve("first/story.html"), page("Harbour reopens after the storm",
        "The harbour reopened on Monday after repairs to the sea wall took three months and cost the town council far more than planned.",
        "boats.jpg", "Boats return at dawn.", "Photo: A. Writer / First Daily"));
    Files.writeString(dir.resolve("second/story.html"), page("Fishing fleet back at sea",
        "Local crews welcomed the news with a parade of decorated trawlers, and the mayor promised a festival for the coming summer.",
        "pic.jpg", "Trawlers in the bay.", "Photo: Second Gazette"));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    ScanPhotos scan = new ScanPhotos(2);
    Map<String, List<SharedPhoto>> photos = scan.find(documents, problem -> { });
    List<SharedPhoto> shared = photos.get(PhotoRelations.key("first/story", "second/story"));
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).imageA()).isEqualTo("first/story#boats.jpg");
    assertThat(shared.get(0).edit()).isEqualTo("mirror");
    assertThat(shared.get(0).creditA()).contains("First Daily");
    assertThat(shared.get(0).creditB()).contains("Second Gazette");
    assertThat(shared.get(0).creditConflict()).isTrue();
    assertThat(scan.thumbnail("first/story#boats.jpg")).hasValueSatisfying(uri -> assertThat(uri).startsWith("data:image/jpeg;base64,"));
    assertThat(scan.thumbnail("second/story#pic.jpg")).isPresent();
    assertThat(scan.thumbnail("first/story#elsewhere.jpg")).isEmpty();
    List<RelatedPair> pairs = PhotoRelations.withPhotoOnlyPairs(List.of(), photos);
    assertThat(pairs).singleElement().satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.SHARED_PHOTO));
  }

  @Test
  void pagesReadFromAnArchiveShareAPhotoAsTheyDoFromAFolder() throws Exception {
    var photo = TestPictures.scene(13, 400, 300);
    Path zip = dir.resolve("saved.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      java.util.Map<String, byte[]> members = new java.util.LinkedHashMap<>();
      members.put("first/story.html", page("Quarry lake opens for swimmers",
          "The quarry lake opened to swimmers on Saturday after the county tested the water for a whole summer and found it clean.",
          "boats.jpg", "Swimmers at the jetty.", "Photo: B. Painter / Valley Echo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      members.put("first/boats.jpg", TestPictures.encode(photo, "jpeg"));
      members.put("second/story.html", page("Summer crowds expected at the lake",
          "Cafe owners along the north shore hired extra staff, and the bus company added a Sunday service from the station.",
          "img/pic.jpg", "The jetty on Saturday.", "Photo: Hill Courier").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      members.put("second/img/pic.jpg", TestPictures.encode(TestPictures.resize(photo, 0.6), "jpeg"));
      for (var member : members.entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(member.getKey()));
        out.write(member.getValue());
        out.closeEntry();
      }
    }
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(zip));
    ScanPhotos scan = new ScanPhotos(2);
    List<org.doppel.ingest.IngestProblem> problems = new java.util.ArrayList<>();
    Map<String, List<SharedPhoto>> photos = scan.find(documents, problems::add);

    // the pages' pictures are the archive's members: a scan of the archive found none (their pictures are not on disk)
    assertThat(photos.get(PhotoRelations.key("saved/first/story", "saved/second/story"))).singleElement().satisfies(shared -> {
      assertThat(shared.imageA()).isEqualTo("saved/first/story#boats.jpg");
      assertThat(shared.imageB()).isEqualTo("saved/second/story#img/pic.jpg");
      assertThat(shared.creditConflict()).isTrue();
    });
    assertThat(scan.thumbnail("saved/second/story#img/pic.jpg")).hasValueSatisfying(uri -> assertThat(uri).startsWith("data:image/jpeg;base64,"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aPortraitOnEveryPageOfOneSiteIsSetAsideWhileAFilePhotoUsedTwiceAndAPhotoAcrossSitesStay() throws Exception {
    FurnishedSites.write(dir);
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    List<org.doppel.ingest.IngestProblem> notes = new java.util.ArrayList<>();
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, notes::add);
    assertThat(photos.keySet()).containsExactlyInAnyOrder(PhotoRelations.key("bay/story-1", "bay/story-2"),
        PhotoRelations.key("bay/story-3", "hill/crowds"));
    assertThat(photos.get(PhotoRelations.key("bay/story-1", "bay/story-2"))).singleElement()
        .satisfies(photo -> assertThat(photo.imageA()).isEqualTo("bay/story-1#town-hall.jpg"));
    assertThat(notes).singleElement().satisfies(note -> {
      assertThat(note.note()).isTrue();
      assertThat(note.message()).startsWith("4 site pictures (on 3 or more pages of one site").contains("6 picture pairs");
    });
  }

  @Test
  void aPhotoGivenOnlyAsTheOpenGraphImageIsFoundWhereItsUrlsPathEndsAndSharedWithACopyShowingItAsAnImg() throws Exception {
    var photo = TestPictures.scene(41, 400, 300);
    writeJpeg("coast/img/storm.jpg", photo);
    writeJpeg("desk/lead.jpg", TestPictures.resize(photo, 0.6));
    // the photo only in the page's head, by its absolute URL, the file saved with the site's folders under the page's
    Files.writeString(dir.resolve("coast/storm.html"), headImagePage("Storm closes the coast road",
        "https://coast.example/news/storm", "https://coast.example/news/img/storm.jpg?w=1200",
        "The coast road closed at noon when waves threw stones across both lanes, and the police turned back every car."));
    Files.writeString(dir.resolve("desk/storm.html"), page("Coast road shut by storm",
        "Drivers were sent inland for a whole day while crews cleared fallen rocks and checked the cliff above the bends.",
        "lead.jpg", "The road on Tuesday.", "Photo: Desk Agency"));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, problem -> { });
    assertThat(photos.get(PhotoRelations.key("coast/storm", "desk/storm"))).singleElement().satisfies(shared -> {
      assertThat(shared.imageA()).isEqualTo("coast/storm#https://coast.example/news/img/storm.jpg?w=1200");
      assertThat(shared.imageB()).isEqualTo("desk/storm#lead.jpg");
    });
  }

  @Test
  void anArticlesLeadPictureGivenAsACssBackgroundIsSharedWithACopyShowingItAsAnImgWhileTheSitesBannerIsNot() throws Exception {
    var photo = TestPictures.scene(43, 400, 300);
    var banner = TestPictures.scene(44, 400, 300);
    writeJpeg("coast/img/flood.jpg", photo);
    writeJpeg("coast/img/masthead.jpg", banner);
    writeJpeg("desk/lead.jpg", TestPictures.resize(photo, 0.6));
    writeJpeg("inland/masthead.jpg", TestPictures.resize(banner, 0.7));
    String text = "The river rose past the old bridge overnight and shops along the quay moved their stock upstairs.";
    // the site's banner (a background in the page's header) comes first; the article's hero element holds the photo
    Files.writeString(dir.resolve("coast/flood.html"), "<html><head><title>Quay floods</title></head><body>"
        + "<header class=\"site\"><div class=\"banner\" style=\"background-image: url('img/masthead.jpg')\"></div></header>"
        + "<article><header><div class=\"hero\" style=\"background: #000 url(&quot;img/flood.jpg&quot;) center/cover no-repeat\"></div>"
        + "<h1>Quay floods</h1></header><p>" + text + " " + text + "</p><p>" + text + "</p></article></body></html>");
    Files.writeString(dir.resolve("desk/flood.html"), page("River floods the quay",
        "Traders carried boxes up the stairs at midnight while the water crept over the cobbles and into the cellars.",
        "lead.jpg", "The quay on Friday.", "Photo: Desk Agency"));
    // another site's page showing the banner as its figure: the banner is no article's picture on the coast's page
    Files.writeString(dir.resolve("inland/banner.html"), page("Inland notes",
        "The county fair opens on Saturday with a ploughing match, a cake stall and a band from the mining villages.",
        "masthead.jpg", "The fair.", "Photo: Inland Post"));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, problem -> { });
    assertThat(photos).containsOnlyKeys(PhotoRelations.key("coast/flood", "desk/flood"));
    assertThat(photos.get(PhotoRelations.key("coast/flood", "desk/flood"))).singleElement()
        .satisfies(shared -> assertThat(List.of(shared.imageA(), shared.imageB())).containsExactlyInAnyOrder("coast/flood#img/flood.jpg", "desk/flood#lead.jpg"));
  }

  @Test
  void aSitesDefaultShareImageInThePageHeadsIsNoPhotoOfItsPages() throws Exception {
    // each page of the site has no figure and names the site's one share card as its og:image
    writeJpeg("coast/img/share-card.jpg", TestPictures.scene(42, 400, 300));
    List<String> stories = List.of("A lifeboat crew rescued two walkers cut off by the tide below the lighthouse, both cold but unhurt.",
        "The ferry timetable changes next week, with the early boat moved to half past six for the market traders.",
        "Volunteers counted seals on the sandbar at dawn and found more pups than in any year since records began.");
    for (int i = 0; i < stories.size(); i++) {
      Files.writeString(dir.resolve("coast/story-" + i + ".html"), headImagePage("Coast notes " + i,
          "https://coast.example/news/story-" + i, "https://coast.example/news/img/share-card.jpg", stories.get(i)));
    }
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    List<org.doppel.ingest.IngestProblem> notes = new java.util.ArrayList<>();
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, notes::add);
    assertThat(photos).isEmpty();
    assertThat(notes).singleElement().satisfies(note -> assertThat(note.message()).startsWith("3 site pictures (on 3 or more pages"));
  }

  @Test
  void aShareImageTwoPagesOfOneSiteNameOnlyInTheirHeadsIsTheSitesCardWhileAPhotoTheyShowStaysShared() throws Exception {
    ShareCardPages.write(dir);
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    List<org.doppel.ingest.IngestProblem> notes = new java.util.ArrayList<>();
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, notes::add);
    // main: the card's pair too, a photo the site used twice
    assertThat(photos).containsOnlyKeys(PhotoRelations.key("coast/ferry-1", "coast/ferry-2"));
    assertThat(notes).singleElement().satisfies(note -> assertThat(note.message()).startsWith("2 site pictures").contains("1 picture pair"));
  }

  @Test
  void aPhotoTheHeadNamesEscapedAndTheBodyShowsAsSavedIsNoShareCard() throws Exception {
    // the head names "Foto%20Berlin.jpg", the body shows the saved file "img/Foto Berlin.jpg": main compared the two
    // names undecoded, took the photo for a picture only the heads name, and set the pair aside as the site's share card
    Files.createDirectories(dir.resolve("coast/img"));
    Files.write(dir.resolve("coast/img/Foto Berlin.jpg"), TestPictures.encode(TestPictures.scene(47, 400, 300), "jpeg"));
    String head = "<meta property=\"og:image\" content=\"https://coast.example/news/img/Foto%20Berlin.jpg?w=1200\">";
    Files.writeString(dir.resolve("coast/wall.html"), headedPage(head, "Harbour wall", "<img src=\"img/Foto Berlin.jpg\" alt=\"\">",
        "The council voted to repair the harbour wall before the winter storms, after a long debate about the costs."));
    Files.writeString(dir.resolve("coast/trip.html"), headedPage(head, "A day trip", "<img src=\"img/Foto Berlin.jpg\" alt=\"\">",
        "A guide to the old town for visitors from the ferry, from the market square to the lighthouse walk."));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, problem -> { });
    assertThat(photos).containsOnlyKeys(PhotoRelations.key("coast/trip", "coast/wall"));
  }

  @Test
  void aPictureWhoseFileNameHoldsAPercentSignOrAnEscapedLetterIsFoundBesideItsPage() throws Exception {
    // main: "100%.jpg" made Java's URL decoder throw, and the scan stopped on it ("URLDecoder: Illegal hex characters")
    assertThat(twoStoriesSharingAPhoto(48, "100%.jpg", "100%.jpg", "café.jpg", "<figure><img src=\"caf%C3%A9.jpg\"></figure>"))
        .containsOnlyKeys(PhotoRelations.key("first/story", "second/story"));
  }

  @Test
  void anArticlesLeadGivenAsAResponsiveBackgroundSetIsSharedWithACopyShowingItAsAnImg() throws Exception {
    // main: lazysizes' data-bgset was not read, so the second page had no picture to share
    assertThat(twoStoriesSharingAPhoto(49, "boats.jpg", "boats.jpg", "img/lead-1200.jpg",
        "<div class=\"hero lazyload\" data-bgset=\"img/lead-480.jpg 480w, img/lead-1200.jpg 1200w\"></div>"))
        .containsOnlyKeys(PhotoRelations.key("first/story", "second/story"));
  }

  /**
   * The photos a scan finds between two stories of two sites: the first shows a photo saved as {@code firstFile} in a
   * figure naming {@code firstSrc}; the second shows it resized, saved as {@code secondFile}, by {@code secondShown}.
   */
  private Map<String, List<SharedPhoto>> twoStoriesSharingAPhoto(int seed, String firstFile, String firstSrc, String secondFile,
      String secondShown) throws Exception {
    var photo = TestPictures.scene(seed, 400, 300);
    Files.createDirectories(dir.resolve("first"));
    Files.createDirectories(dir.resolve("second").resolve(secondFile).getParent());
    Files.write(dir.resolve("first").resolve(firstFile), TestPictures.encode(photo, "jpeg"));
    Files.write(dir.resolve("second").resolve(secondFile), TestPictures.encode(TestPictures.resize(photo, 0.8), "jpeg"));
    Files.writeString(dir.resolve("first/story.html"), page("Harbour reopens after the storm",
        "The harbour reopened on Monday after repairs to the sea wall took three months and cost the town council far more than planned.",
        firstSrc, "Boats return at dawn.", "Photo: First Daily"));
    Files.writeString(dir.resolve("second/story.html"), headedPage("", "Fishing fleet back at sea", secondShown,
        "Local crews welcomed the news with a parade of decorated trawlers, and the mayor promised a festival for the coming summer."));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    return new ScanPhotos(2).find(documents, problem -> { });
  }

  @Test
  void theDocumentsPicturesAreReadUnderTheExpansionLimitTheirPagesWereReadUnder() throws Exception {
    // a .tar.gz: a page, 4 MB of zeros (a few KB stored), the page's picture; a second page shows the same photo. Read
    // under a limit of 20 times past 256 KB, the archive stops at the zeros: main read the pictures under the default
    // limit all the same (100 times past 256 MB), through the zeros to the picture the pages' reader never reached
    ExpansionLimit limit = new ExpansionLimit(20, 256 << 10);
    writeAPageZerosAndItsPictureArchivedAndACopyOnDisk();
    List<SourceText> documents = new CorpusReader(problem -> { }).withExpansionLimit(limit).readAll(List.of(dir));
    assertThat(documents).extracting(SourceText::id).containsExactlyInAnyOrder("export/news/story", "second/story");

    assertThat(new ScanPhotos(2, limit).find(documents, problem -> { })).isEmpty();
    // under the default limit the picture past the zeros is read, and shared
    assertThat(new ScanPhotos(2).find(documents, problem -> { })).containsOnlyKeys(PhotoRelations.key("export/news/story", "second/story"));
  }

  /**
   * export.tar.gz: a page, 4 MB of zeros (a few KB stored), the page's picture; second/story.html beside it shows the
   * same photo. Read under a limit of 20 times past 256 KB, the archive stops at the zeros.
   */
  private void writeAPageZerosAndItsPictureArchivedAndACopyOnDisk() throws IOException {
    var photo = TestPictures.scene(50, 400, 300);
    Files.createDirectories(dir.resolve("second"));
    Files.write(dir.resolve("second/boats.jpg"), TestPictures.encode(photo, "jpeg"));
    Files.writeString(dir.resolve("second/story.html"), page("Fishing fleet back at sea",
        "Local crews welcomed the news with a parade of decorated trawlers, and the mayor promised a festival for the coming summer.",
        "boats.jpg", "Trawlers in the bay.", "Photo: Second Gazette"));
    java.io.ByteArrayOutputStream archive = new java.io.ByteArrayOutputStream();
    try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(new java.util.zip.GZIPOutputStream(archive))) {
      Map<String, byte[]> members = new java.util.LinkedHashMap<>();
      members.put("news/story.html", page("Harbour reopens after the storm",
          "The harbour reopened on Monday after repairs to the sea wall took three months and cost the town council far more than planned.",
          "boats.jpg", "Boats return at dawn.", "Photo: First Daily").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      members.put("zeros.bin", new byte[4 << 20]);
      members.put("news/boats.jpg", TestPictures.encode(TestPictures.resize(photo, 0.8), "jpeg"));
      for (var member : members.entrySet()) {
        var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(member.getKey());
        entry.setSize(member.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(member.getValue());
        tar.closeArchiveEntry();
      }
    }
    Files.write(dir.resolve("export.tar.gz"), archive.toByteArray());
  }

  @Test
  void anArchiveStoppedForItsSizeIsSaidStoppedOnceNamedAsTheFileBothWhenItsPagesAndItsPicturesAreRead() throws Exception {
    ExpansionLimit limit = new ExpansionLimit(20, 256 << 10);
    writeAPageZerosAndItsPictureArchivedAndACopyOnDisk();
    List<IngestProblem> problems = new ArrayList<>();
    List<SourceText> documents = new CorpusReader(problems::add).withExpansionLimit(limit).readAll(List.of(dir));
    new ScanPhotos(2, limit).find(documents, problems::add);
    // main said it a second time when the page's picture was looked for: "export.tar.gz: cannot read the archive's
    // pictures: stopped: …"
    assertThat(problems).filteredOn(p -> p.message().contains("stopped: ")).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(dir.resolve("export.tar.gz").toString());
      assertThat(p.message()).startsWith("stopped: ");
    });
  }

  private static String headedPage(String head, String title, String shown, String text) {
    String paragraph = "<p>" + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title>" + head + "</head><body><article><h1>" + title + "</h1>" + paragraph
        + shown + paragraph + "</article></body></html>";
  }

  @Test
  void aFigureWhoseFirstPictureIsNotSavedOrIsFlatGivesWayToTheNextItsImageOffers() throws Exception {
    var photo = TestPictures.scene(41, 400, 300);
    var pixel = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (String folder : List.of("first", "second", "third")) {
      Files.createDirectories(dir.resolve(folder));
    }
    Files.write(dir.resolve("first/boats.jpg"), TestPictures.encode(photo, "jpeg"));
    // a lazy page saved by a browser: the script had put the picture in src; the source set names the remote renditions
    Files.write(dir.resolve("second/boats-1200.jpg"), TestPictures.encode(TestPictures.resize(photo, 0.7), "jpeg"));
    // a stand-in saved beside the page under the lazy loader's attribute, the picture under src
    Files.write(dir.resolve("third/blank.gif"), TestPictures.encode(pixel, "gif"));
    Files.write(dir.resolve("third/boats.png"), TestPictures.encode(photo, "png"));
    Files.writeString(dir.resolve("first/story.html"), page("Harbour reopens after the storm",
        "The harbour reopened on Monday after repairs to the sea wall took three months and cost the town council far more than planned.",
        "boats.jpg", "Boats return at dawn.", "Photo: First Daily"));
    Files.writeString(dir.resolve("second/story.html"), page("Fishing fleet back at sea",
        "Local crews welcomed the news with a parade of decorated trawlers, and the mayor promised a festival for the coming summer.",
        "boats-1200.jpg\" data-srcset=\"https://cdn.example/boats-400.jpg 400w, https://cdn.example/boats-1200.jpg 1200w",
        "Trawlers in the bay.", "Photo: Second Gazette"));
    Files.writeString(dir.resolve("third/story.html"), page("Sea wall repairs cost more than planned",
        "An auditor will examine why the work ran over budget, the council said, after builders found the old stones had moved in the winter.",
        "boats.png\" data-src=\"blank.gif", "The wall.", "Photo: Third Weekly"));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    assertThat(documents).allSatisfy(d -> assertThat(d.metadata().images()).hasSize(1));
    ScanPhotos scan = new ScanPhotos(2);
    Map<String, List<SharedPhoto>> photos = scan.find(documents, problem -> { });
    assertThat(photos.keySet()).containsExactlyInAnyOrder(PhotoRelations.key("first/story", "second/story"),
        PhotoRelations.key("first/story", "third/story"), PhotoRelations.key("second/story", "third/story"));
    // the report's thumbnail is of the picture compared, not of the stand-in
    String thumbnail = scan.thumbnail("third/story#blank.gif").orElseThrow();
    var shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
        java.util.Base64.getDecoder().decode(thumbnail.substring(thumbnail.indexOf(',') + 1))));
    assertThat(shown.getWidth()).isGreaterThan(1);
    // the figure keeps the name extraction gives it
    assertThat(photos.get(PhotoRelations.key("first/story", "second/story"))).singleElement()
        .satisfies(photo2 -> assertThat(photo2.imageB()).isEqualTo("second/story#https://cdn.example/boats-400.jpg"));
  }

  @Test
  void aDamagedPlaceInACrawlIsNamedOnceThoughItsPagesAndItsPicturesAreBothRead() throws Exception {
    // two pages sharing a photo in a .warc.zst (its dictionary frame, a frame a record) and in a .warc.gz (a gzip
    // member a record), the record between them damaged: a page of a .warc.zst found no pictures at all once (its
    // origin was not taken for a crawl's), and the pictures' reader stopped at the damage
    byte[][] records = millCrawl();
    List<Integer> zstStarts = new java.util.ArrayList<>();
    byte[] zst = warcZst(zstStarts, records);
    for (int i = zstStarts.get(2) + 12; i < zstStarts.get(3) - 8; i++) {
      zst[i] ^= 0x5a;
    }
    Files.write(dir.resolve("zst.warc.zst"), zst);
    var gz = new java.io.ByteArrayOutputStream();
    List<Integer> gzStarts = new java.util.ArrayList<>();
    for (byte[] record : records) {
      gzStarts.add(gz.size());
      var member = new java.io.ByteArrayOutputStream();
      try (var out = new java.util.zip.GZIPOutputStream(member)) {
        out.write(record);
      }
      gz.writeBytes(member.toByteArray());
    }
    byte[] gzip = gz.toByteArray();
    for (int i = gzStarts.get(2) + 20; i < gzStarts.get(3) - 12; i++) {
      gzip[i] ^= 0x5a;
    }
    Files.write(dir.resolve("gz.warc.gz"), gzip);

    for (String crawl : List.of("zst.warc.zst", "gz.warc.gz")) {
      assertTheDamageIsNamedOnceAndThePhotoPastItFound(crawl);
    }
  }

  @Test
  void thePicturesPastABrokenRecordOfACrawlReadAsAStreamAreReadAsItsPagesAre() throws Exception {
    byte[][] records = millCrawl();
    // a .warc.bz2 and a .warc.xz (one stream each, read as streams), a broken record between the two pages: the pages'
    // reader read on past it from the bytes it kept, the pictures' reader stopped there, so the shared photo was lost
    byte[] garbled = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: not a length\r\n\r\nnoise\r\n\r\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var whole = new java.io.ByteArrayOutputStream();
    for (byte[] record : new byte[][] {records[0], records[1], garbled, records[3], records[4]}) {
      whole.writeBytes(record);
    }
    for (String crawl : List.of("bz.warc.bz2", "xz.warc.xz")) {
      var packed = new java.io.ByteArrayOutputStream();
      try (var out = crawl.endsWith("bz2") ? new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(packed)
          : new org.tukaani.xz.XZOutputStream(packed, new org.tukaani.xz.LZMA2Options())) {
        out.write(whole.toByteArray());
      }
      Files.write(dir.resolve(crawl), packed.toByteArray());
      assertTheDamageIsNamedOnceAndThePhotoPastItFound(crawl);
    }
  }

  /**
   * Reads {@code crawl} (two pages sharing a photo, a damaged place between them) as a scan does and as {@code photos}
   * does: both pages and the shared photo are found, and the damage is named once, in the words the pages' reader uses
   * (one walk past damage for the pages and the pictures). The pictures' reader named a lost frame again, and stopped
   * at a damaged .warc.gz record and at a broken record of a stream where the pages' reader read on, so the shared
   * photo past it was not found.
   */
  private void assertTheDamageIsNamedOnceAndThePhotoPastItFound(String crawl) {
    List<org.doppel.ingest.IngestProblem> problems = new java.util.ArrayList<>();
    List<SourceText> documents = new CorpusReader(problems::add).readAll(List.of(dir.resolve(crawl)));
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, problems::add);
    String stem = crawl.substring(0, crawl.indexOf('.'));
    assertThat(documents).as(crawl).hasSize(2);
    assertThat(photos).as(crawl).containsKey(PhotoRelations.key(stem + "/https://coast.example/visit", stem + "/https://estuary.example/mill"));
    assertThat(problems).as(crawl).filteredOn(problem -> !problem.note()).singleElement()
        .satisfies(problem -> assertThat(problem.toString()).contains(crawl)
            .containsAnyOf("read on from the next frame", "skipped to the next record"));
    // photos, which reads the pictures alone, names the place itself and reads on past it too
    List<org.doppel.ingest.IngestProblem> alone = new java.util.ArrayList<>();
    assertThat(new org.doppel.ingest.image.PhotoInputs(alone::add).read(List.of(dir.resolve(crawl)))).as(crawl).hasSize(2);
    assertThat(alone).as(crawl).filteredOn(problem -> !problem.note()).singleElement()
        .satisfies(problem -> assertThat(problem.toString()).contains(crawl)
            .containsAnyOf("read on from the next frame", "skipped to the next record"));
  }

  /**
   * Two pages sharing a photo, each followed by its picture, a filler record between them (records 0 and 1, 3 and 4),
   * as a crawler writes them.
   */
  private static byte[][] millCrawl() throws java.io.IOException {
    var photo = TestPictures.scene(23, 400, 300);
    String first = page("Tide mill restored", "The tide mill on the estuary turns again after volunteers spent two winters "
        + "replacing its oak wheel and the sluice gates.", "/m/mill.jpg", "The wheel turning.", "Photo: Estuary Weekly");
    String second = page("Mill opens to visitors", "Visitors can tour the restored tide mill on weekends from April, the trust "
        + "that owns it said, and school groups on weekdays.", "/v/mill-500.jpg", "The mill at high water.", "Photo: Coast Gazette");
    return new byte[][] {response("https://estuary.example/mill", "text/html; charset=utf-8", first.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        response("https://estuary.example/m/mill.jpg", "image/jpeg", TestPictures.encode(photo, "jpeg")),
        response("https://estuary.example/filler", "text/plain", "a record whose compressed data is damaged below".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        response("https://coast.example/visit", "text/html; charset=utf-8", second.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        response("https://coast.example/v/mill-500.jpg", "image/jpeg", TestPictures.encode(TestPictures.resize(photo, 0.6), "jpeg"))};
  }

  /** A WARC response record of {@code body} as a crawler writes it. */
  private static byte[] response(String uri, String type, byte[] body) throws java.io.IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(bytes))) {
      writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(uri)).body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
          .body(org.netpreserve.jwarc.MediaType.parse(type), body).build()).build());
    }
    return bytes.toByteArray();
  }

  /** A .warc.zst as WARC 1.1's annex writes it: a skippable frame holding the dictionary, then one frame a record, starting at {@code starts}. */
  private static byte[] warcZst(List<Integer> starts, byte[]... records) {
    byte[] dictionary = "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\n<html><head><title>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var file = new java.io.ByteArrayOutputStream();
    file.writeBytes(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x184D2A5D).putInt(dictionary.length).array());
    file.writeBytes(dictionary);
    try (var compressor = new com.github.luben.zstd.ZstdDictCompress(dictionary, 3)) {
      for (byte[] record : records) {
        starts.add(file.size());
        file.writeBytes(com.github.luben.zstd.Zstd.compress(record, compressor));
      }
    }
    return file.toByteArray();
  }

  private void writeJpeg(String relative, java.awt.image.BufferedImage picture) throws java.io.IOException {
    Files.createDirectories(dir.resolve(relative).getParent());
    Files.write(dir.resolve(relative), TestPictures.encode(picture, "jpeg"));
  }

  /** An article page with no figure, whose only picture is the Open Graph image in its head. */
  private static String headImagePage(String title, String url, String ogImage, String text) {
    String paragraph = "<p>" + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title><link rel=\"canonical\" href=\"" + url + "\"><meta property=\"og:image\" content=\""
        + ogImage + "\"></head><body><article><h1>" + title + "</h1>" + paragraph + paragraph + "</article></body></html>";
  }

  private static String page(String title, String text, String image, String caption, String credit) {
    String paragraph = "<p>" + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + paragraph
        + "<figure><img src=\"" + image + "\"><figcaption>" + caption + " <span class=\"credit\">" + credit + "</span></figcaption></figure>"
        + paragraph + paragraph + "</article></body></html>";
  }
}
