package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
