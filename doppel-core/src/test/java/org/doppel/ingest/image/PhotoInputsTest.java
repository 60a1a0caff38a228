package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoInputsTest {
  @TempDir
  Path dir;

  @Test
  void aPagesPicturesResolveToFilesBesideItAndOtherFilesStandAlone() throws Exception {
    Files.createDirectories(dir.resolve("site/img"));
    Files.write(dir.resolve("site/img/harbour.jpg"), TestPictures.encode(TestPictures.scene(1, 80, 60), "jpeg"));
    Files.write(dir.resolve("loose.png"), TestPictures.encode(TestPictures.scene(2, 80, 60), "png"));
    Files.writeString(dir.resolve("site/story.html"), "<html><body><figure><img src=\"img/harbour.jpg?w=640\" alt=\"\">"
        + "<figcaption>Boats at dawn. <span class=\"credit\">Photo: A. Writer / Agency</span></figcaption></figure>"
        + "<img srcset=\"missing.jpg 1x, img/harbour.jpg 2x\"></body></html>");
    Files.writeString(dir.resolve("notes.txt"), "not a picture");
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add).read(List.of(dir));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("loose.png", "site/story#img/harbour.jpg?w=640", "site/story#img/harbour.jpg");
    assertThat(inputs.get(1).caption()).contains("Boats at dawn.");
    assertThat(inputs.get(1).credit()).contains("Photo: A. Writer / Agency");
    assertThat(inputs.get(1).bytes().read()).isEqualTo(Files.readAllBytes(dir.resolve("site/img/harbour.jpg")));
    assertThat(problems).extracting(IngestProblem::location).containsExactly(dir.resolve("notes.txt").toString());
  }

  @Test
  void aBackslashInAPicturesFileNameIsPartOfItsNameNotAFolder() throws Exception {
    // main: "a\\loose.png" was named "a/loose.png", as if it lay in a folder a
    Files.write(dir.resolve("a\\loose.png"), TestPictures.encode(TestPictures.scene(2, 80, 60), "png"));
    List<IngestProblem> problems = new ArrayList<>();
    assertThat(new PhotoInputs(problems::add).read(List.of(dir))).extracting(ImageInput::id).containsExactly("a\\loose.png");
    assertThat(problems).isEmpty();
  }

  @Test
  void aFolderInsideThatCannotBeOpenedIsNamedAndTheOtherPicturesAreRead() throws Exception {
    // main: Files.walk stopped at the locked folder and every picture of the folder given was dropped
    Files.write(dir.resolve("loose.png"), TestPictures.encode(TestPictures.scene(2, 80, 60), "png"));
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.write(locked.resolve("inside.png"), TestPictures.encode(TestPictures.scene(3, 80, 60), "png"));
    assertThat(locked.toFile().setReadable(false, false) && locked.toFile().setExecutable(false, false)).isTrue();
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "run as a user whom permissions bind (not root)");
      List<IngestProblem> problems = new ArrayList<>();
      assertThat(new PhotoInputs(problems::add).read(List.of(dir))).extracting(ImageInput::id).containsExactly("loose.png");
      assertThat(problems).extracting(IngestProblem::location, IngestProblem::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(locked.toString(), "cannot list folder: permission denied"));
    } finally {
      locked.toFile().setReadable(true, false);
      locked.toFile().setExecutable(true, false);
    }
  }

  @Test
  void aPictureWhoseFileNameHoldsAPercentSignOrAnEscapeIsListedUnderItsPage() throws Exception {
    // main: "100%.jpg" made Java's URL decoder throw, and photos stopped on it ("URLDecoder: Illegal hex characters")
    Files.createDirectories(dir.resolve("site"));
    Files.write(dir.resolve("site/100%.jpg"), TestPictures.encode(TestPictures.scene(16, 80, 60), "jpeg"));
    Files.write(dir.resolve("site/Foto Berlin.jpg"), TestPictures.encode(TestPictures.scene(17, 80, 60), "jpeg"));
    Files.write(dir.resolve("site/a+b.jpg"), TestPictures.encode(TestPictures.scene(18, 80, 60), "jpeg"));
    Files.writeString(dir.resolve("site/story.html"), "<html><body><article><p>Text.</p><img src=\"100%.jpg\">"
        + "<img src=\"Foto%20Berlin.jpg\"><img src=\"a+b.jpg\"></article></body></html>");
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add).read(List.of(dir));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("site/story#100%.jpg", "site/story#Foto%20Berlin.jpg", "site/story#a+b.jpg");
    assertThat(problems).isEmpty();
  }

  @Test
  void aPictureAPageNamesOnlyInItsHeadOrItsStyleIsListedUnderThePageNotAsAFileNoPageUses() throws Exception {
    Files.createDirectories(dir.resolve("coast/img"));
    byte[] storm = TestPictures.encode(TestPictures.scene(11, 80, 60), "jpeg");
    Files.write(dir.resolve("coast/img/storm.jpg"), storm);
    Files.write(dir.resolve("coast/img/flood.jpg"), TestPictures.encode(TestPictures.scene(12, 80, 60), "jpeg"));
    Files.write(dir.resolve("coast/img/quay.jpg"), TestPictures.encode(TestPictures.scene(13, 80, 60), "jpeg"));
    String head = "<head><meta property=\"og:image\" content=\"https://coast.example/news/img/%s\"></head>";
    // the photo only as the share image; the lead only as the hero's background; the share image shown in the body too
    Files.writeString(dir.resolve("coast/storm.html"), "<html>" + head.formatted("storm.jpg") + "<body><article><p>Storm.</p></article></body></html>");
    Files.writeString(dir.resolve("coast/flood.html"), "<html><body><article><div class=\"hero\" style=\"background-image:url(img/flood.jpg)\">"
        + "</div><p>Flood.</p></article></body></html>");
    Files.writeString(dir.resolve("coast/quay.html"), "<html>" + head.formatted("quay.jpg") + "<body><article><p>Quay.</p>"
        + "<img src=\"img/quay.jpg\"></article></body></html>");
    List<IngestProblem> problems = new ArrayList<>();
    PhotoInputs read = new PhotoInputs(problems::add);
    List<ImageInput> inputs = read.read(List.of(dir));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("coast/flood#img/flood.jpg", "coast/quay#img/quay.jpg",
        "coast/storm#https://coast.example/news/img/storm.jpg");
    assertThat(inputs.get(2).bytes().read()).isEqualTo(storm);
    assertThat(read.placeOf("coast/storm#https://coast.example/news/img/storm.jpg").page()).isEqualTo("coast/storm");
    assertThat(problems).isEmpty();
  }

  @Test
  void anArticlesLeadGivenToALazyLoaderAsItsBackgroundIsListedUnderThePage() throws Exception {
    // main: read only from a style's url(…), the lazy loader's picture was a file no page uses ("coast/img/lead.jpg")
    Files.createDirectories(dir.resolve("coast/img"));
    byte[] lead = TestPictures.encode(TestPictures.scene(14, 80, 60), "jpeg");
    Files.write(dir.resolve("coast/img/lead.jpg"), lead);
    Files.write(dir.resolve("coast/img/wave.jpg"), TestPictures.encode(TestPictures.scene(15, 80, 60), "jpeg"));
    Files.writeString(dir.resolve("coast/lead.html"), "<html><body><article><div class=\"hero lazyload\" data-bg=\"img/lead.jpg\"></div>"
        + "<p class=\"caption\">Waves over the wall. Photo: Coast News</p><p>Text.</p></article></body></html>");
    Files.writeString(dir.resolve("coast/wave.html"), "<html><body><main><div class=\"lozad\" "
        + "data-background-image=\"url('img/wave.jpg')\"></div><p>Text.</p></main></body></html>");
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add).read(List.of(dir));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("coast/lead#img/lead.jpg", "coast/wave#img/wave.jpg");
    assertThat(inputs.get(0).bytes().read()).isEqualTo(lead);
    assertThat(inputs.get(0).caption()).contains("Waves over the wall");
    assertThat(inputs.get(0).credit()).contains("Photo: Coast News");
    assertThat(problems).isEmpty();
  }

  @Test
  void aRootThatIsASymbolicLinkLoopIsNamedAsALoopAndTheOtherRootsRead() throws Exception {
    // main: "no such file or folder", of a link the user could see with ls
    Path loop = Files.createSymbolicLink(dir.resolve("album"), Path.of("album"));
    Files.write(dir.resolve("quay.png"), TestPictures.encode(TestPictures.scene(3, 80, 60), "png"));
    List<IngestProblem> problems = new ArrayList<>();
    assertThat(new PhotoInputs(problems::add).read(List.of(loop, dir.resolve("quay.png")))).extracting(ImageInput::id).containsExactly("quay.png");
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(loop.toString());
      assertThat(problem.message()).startsWith("symbolic link in a loop");
    });
  }

  @Test
  void standardInputIsRefusedWithWhyAndWhatToDo() throws Exception {
    // "-" was "no such file or folder", to a user who had piped a crawl in as scan and extract take one
    Files.write(dir.resolve("quay.png"), TestPictures.encode(TestPictures.scene(3, 80, 60), "png"));
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add).read(List.of(Path.of("-"), dir.resolve("quay.png")));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("quay.png");
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo("-");
      assertThat(problem.message()).startsWith("standard input is not read by photos").contains("save the pictures, pages or crawl to files");
      assertThat(problem.skipped()).isTrue();
    });
  }

  @Test
  void anArchivesPicturesAreReadUnderTheLimitPhotosIsGiven() throws Exception {
    // main: an archive's pictures were read under the default limit whatever PhotoInputs was given, through 4 MB of
    // zeros (a few KB stored) to the picture after them
    Path tar = dir.resolve("saved.tar.gz");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(tar)))) {
      for (var member : java.util.Map.of("zeros.bin", new byte[4 << 20]).entrySet()) {
        var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(member.getKey());
        entry.setSize(member.getValue().length);
        out.putArchiveEntry(entry);
        out.write(member.getValue());
        out.closeArchiveEntry();
      }
      byte[] picture = TestPictures.encode(TestPictures.scene(19, 80, 60), "jpeg");
      var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("after.jpg");
      entry.setSize(picture.length);
      out.putArchiveEntry(entry);
      out.write(picture);
      out.closeArchiveEntry();
    }
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add, new org.doppel.ingest.ExpansionLimit(20, 256 << 10)).read(List.of(dir));
    assertThat(inputs).isEmpty();
    assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message()).contains("stopped: "));
    assertThat(new PhotoInputs(problems::add).read(List.of(dir))).extracting(ImageInput::id).containsExactly("saved/after.jpg");
  }

  @Test
  void anArchivesPagesFindTheirPicturesAmongItsMembersAsAFoldersDo() throws Exception {
    byte[] harbour = TestPictures.encode(TestPictures.scene(4, 80, 60), "jpeg");
    byte[] loose = TestPictures.encode(TestPictures.scene(5, 80, 60), "png");
    String page = "<html><body><figure><img src=\"img/harbour.jpg?w=640\"><figcaption>Boats at dawn. "
        + "<span class=\"credit\">Photo: A. Writer / Agency</span></figcaption></figure><img src=\"pier.jpg\"><img src=\"../up.jpg\"></body></html>";
    java.util.Map<String, byte[]> members = new java.util.LinkedHashMap<>();
    members.put("site/story.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    members.put("site/img/harbour.jpg", harbour);
    members.put("site/story_files/pier.jpg", TestPictures.encode(TestPictures.scene(6, 80, 60), "jpeg"));
    members.put("up.jpg", TestPictures.encode(TestPictures.scene(7, 80, 60), "jpeg"));
    members.put("loose.png", loose);
    members.put("notes.txt", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path zip = dir.resolve("saved.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (var member : members.entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(member.getKey()));
        out.write(member.getValue());
        out.closeEntry();
      }
    }
    Path tar = dir.resolve("saved-too.tar.gz");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(tar)))) {
      for (var member : members.entrySet()) {
        var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(member.getKey());
        entry.setSize(member.getValue().length);
        out.putArchiveEntry(entry);
        out.write(member.getValue());
        out.closeArchiveEntry();
      }
    }
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add).read(List.of(zip, tar));

    // it was one problem an archive, "photos reads the pictures of folders, pages and crawls, not of archives": none read.
    // A page's picture as in a folder (its path, its "_files" folder; never above its folder: up.jpg stands alone)
    assertThat(inputs).extracting(ImageInput::id).containsExactly("saved/site/story#img/harbour.jpg?w=640", "saved/site/story#pier.jpg",
        "saved/up.jpg", "saved/loose.png", "saved-too/site/story#img/harbour.jpg?w=640", "saved-too/site/story#pier.jpg",
        "saved-too/up.jpg", "saved-too/loose.png");
    assertThat(inputs.get(0).caption()).contains("Boats at dawn.");
    assertThat(inputs.get(0).credit()).contains("Photo: A. Writer / Agency");
    assertThat(inputs.get(0).bytes().read()).isEqualTo(harbour);
    assertThat(inputs.get(0).location()).isEqualTo(zip + "!/site/img/harbour.jpg");
    assertThat(problems).isEmpty();
  }

  @Test
  void captionsAreReadInThePagesCharsetFromACrawlAndFromAFile() throws Exception {
    byte[] jpeg = TestPictures.encode(TestPictures.scene(3, 80, 60), "jpeg");
    String html = "<html><head><title>Fête</title></head><body><figure><img src=\"/p.jpg\">"
        + "<figcaption>Le café de Zoë à Genève</figcaption></figure></body></html>";
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(
        dir.resolve("crawl.warc"), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
      writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://news.example/fete")).body(
          new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.HTML_UTF8,
              html.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build()).build());
      writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://news.example/p.jpg")).body(
          new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.parse("image/jpeg"), jpeg).build()).build());
    }
    Files.createDirectories(dir.resolve("saved"));
    Files.write(dir.resolve("saved/p.jpg"), jpeg);
    Files.write(dir.resolve("saved/fete.html"), html.replace("/p.jpg", "p.jpg").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new PhotoInputs(problems::add).read(List.of(dir));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("crawl/https://news.example/fete#https://news.example/p.jpg", "saved/fete#p.jpg");
    assertThat(inputs).allSatisfy(input -> assertThat(input.caption()).contains("Le café de Zoë à Genève"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"warc.gz", "warc.bz2"})
  void aCrawlThatExpandsPastTheLimitIsNamedAsStoppedItsPicturesBeforeKeptAndTheOtherInputsReadOn(String extension) throws Exception {
    // main: photos walked the crawl twice (its pictures, then its pages) with no bound, inflating the zeros whole each
    // time to pass over them, and said nothing; scan stopped the same crawl past the limit (feat-audit30)
    byte[] before = TestPictures.encode(TestPictures.scene(21, 80, 60), "jpeg");
    byte[] after = TestPictures.encode(TestPictures.scene(22, 80, 60), "jpeg");
    java.io.ByteArrayOutputStream crawl = new java.io.ByteArrayOutputStream();
    org.netpreserve.jwarc.WarcCompression compression = extension.equals("warc.gz")
        ? org.netpreserve.jwarc.WarcCompression.GZIP : org.netpreserve.jwarc.WarcCompression.NONE; // a gzip member a record
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(crawl), compression)) {
      writer.write(response("https://news.example/before", "text/html", "<html><body><img src=\"/before.jpg\"></body></html>"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      writer.write(response("https://news.example/before.jpg", "image/jpeg", before));
      writer.write(new org.netpreserve.jwarc.WarcResource.Builder(java.net.URI.create("https://news.example/zeros.bin"))
          .body(org.netpreserve.jwarc.MediaType.parse("application/octet-stream"), new byte[4 << 20]).build());
      writer.write(response("https://news.example/after.jpg", "image/jpeg", after));
    }
    Path file = dir.resolve("site." + extension);
    if (extension.equals("warc.gz")) {
      Files.write(file, crawl.toByteArray());
    } else {
      try (java.io.OutputStream out = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(Files.newOutputStream(file))) {
        out.write(crawl.toByteArray());
      }
    }
    Files.write(dir.resolve("z-loose.png"), TestPictures.encode(TestPictures.scene(23, 80, 60), "png"));
    List<IngestProblem> problems = new ArrayList<>();

    List<ImageInput> inputs = new PhotoInputs(problems::add, new org.doppel.ingest.ExpansionLimit(20, 256 << 10)).read(List.of(dir));

    assertThat(inputs).extracting(ImageInput::id).containsExactly("z-loose.png", "site/https://news.example/before#https://news.example/before.jpg");
    assertThat(inputs.get(1).bytes().read()).isEqualTo(before);
    // named once, by the pictures' walk, as scan names it: the pages' walk stops at the same record and says nothing more
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(file.toString());
      assertThat(problem.message()).startsWith("stopped: ").contains("more than 20 times");
    });
  }

  private static org.netpreserve.jwarc.WarcResponse response(String uri, String type, byte[] body) throws java.io.IOException {
    return new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(uri))
        .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.parse(type), body).build()).build();
  }
}
