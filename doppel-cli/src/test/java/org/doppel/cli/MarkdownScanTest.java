package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Markdown post (a static site's, with front matter) whose text a web page copied: {@code scan} finds the copy,
 * reading the post's markup as text and its front matter's date as its publication date, which decides the direction;
 * {@code index add}, {@code query} and {@code trace} read it the same way, and a picture the post shows beside it is
 * compared as a saved page's figure is.
 */
class MarkdownScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @Test
  void aPageThatCopiedAPostIsFoundAndThePostsFrontMatterDateMakesItTheOriginal() throws Exception {
    Path corpus = corpus(null);

    JsonNode pair = onlyPair(corpus);

    assertThat(pair.get("relation").asText()).isIn("exact", "near_duplicate");
    assertThat(pair.get("source").asText()).isEqualTo("post");
    assertThat(pair.get("direction_evidence").toString()).contains("date");
    assertThat(pair.get("direction_detail").asText()).contains("post published 2024-03-14");
  }

  @Test
  void thePostsDateDecidesEvenWhenItIsTheLater() throws Exception {
    // the same post, dated after the page: the page is then the original (the date is read, not the file kind)
    Path corpus = corpus("2024-03-18 09:30:00 +0100");

    JsonNode pair = onlyPair(corpus);

    assertThat(pair.get("source").asText()).isEqualTo("copy");
    assertThat(pair.get("direction_evidence").toString()).contains("date");
  }

  @Test
  void indexAddQueryAndTraceReadThePostAsScanDoes() throws Exception {
    Path corpus = corpus(null);
    Path posts = Files.createDirectories(dir.resolve("posts"));
    Files.move(corpus.resolve("post.md"), posts.resolve("post.md"));
    Path index = dir.resolve("index");
    assertThat(DoppelCli.run("index", "add", "--quiet", index.toString(), posts.toString())).as(console.stderr()).isZero();

    assertThat(DoppelCli.run("query", "--format", "jsonl", index.toString(), corpus.resolve("copy.html").toString()))
        .as(console.stderr()).isZero();
    assertThat(console.stdout().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("\"b\":\"post\"", "\"source\":\"post\"", "post published 2024-03-14"));

    console.reset();
    Files.move(posts.resolve("post.md"), corpus.resolve("post.md"));
    assertThat(DoppelCli.run("trace", "copy", "--in", corpus.toString(), "--format", "json")).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("\"post\"").doesNotContain("permalink", "---");
  }

  @Test
  void aPostsPictureBesideItIsComparedAsAPagesFigureIsByScanAndPhotos() throws Exception {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("blog"));
    Files.createDirectories(site.resolve("news"));
    BufferedImage photo = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    Random random = new Random(11);
    for (int i = 0; i < 30; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
      g.fillOval(random.nextInt(320) - 40, random.nextInt(240) - 40, 40 + random.nextInt(120), 40 + random.nextInt(100));
    }
    g.dispose();
    ImageIO.write(photo, "jpeg", site.resolve("blog/quay.jpg").toFile());
    ImageIO.write(photo, "png", site.resolve("news/harbour.png").toFile());
    Files.writeString(site.resolve("blog/post.md"), "---\ntitle: Bridge opens\ndate: 2024-05-02\n---\n\nThe new bridge over the "
        + "estuary opened on Friday after four years of work, and the first lorries crossed before dawn.\n\n"
        + "![The bridge at dawn](quay.jpg \"Photo: Ann Lens\")\n");
    Files.writeString(site.resolve("news/story.html"), "<html><head><title>Council debates budget</title></head><body><article>"
        + "<h1>Council debates budget</h1><p>Councillors argued late into the night about the libraries, the swimming pool and "
        + "the price of school meals.</p><figure><img src=\"harbour.png\"><figcaption>Photo: Bob Shutter</figcaption></figure>"
        + "</article></body></html>");

    assertThat(DoppelCli.run("scan", "--format", "jsonl", site.toString())).as(console.stderr()).isZero();

    assertThat(console.stdout().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("\"relation\":\"shared_photo\"", "blog/post#quay.jpg", "news/story#harbour.png"));

    console.reset();
    assertThat(DoppelCli.run("photos", "--format", "jsonl", site.toString())).as(console.stderr()).isZero();
    // the post's picture is listed under the post, as a saved page's is under the page, not as a loose file
    assertThat(console.stdout().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("blog/post#quay.jpg", "news/story#harbour.png").doesNotContain("\"blog/quay.jpg\""));
    assertThat(console.stderr()).doesNotContain("post.md");
  }

  private JsonNode onlyPair(Path corpus) throws IOException {
    int exit = DoppelCli.run("scan", "--format", "jsonl", corpus.toString());

    assertThat(exit).isZero();
    assertThat(console.stderr()).contains("2 documents", "0 input problems");
    List<String> lines = console.stdout().lines().toList();
    assertThat(lines).hasSize(1);
    return JSON.readTree(lines.get(0));
  }

  /** The post as post.md (its date replaced by {@code date} when given) and the page that copied it as copy.html. */
  private Path corpus(String date) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    String post = fixture("crane-post.md");
    Files.writeString(corpus.resolve("post.md"), date == null ? post : post.replace("2024-03-14 09:30:00 +0100", date));
    Files.writeString(corpus.resolve("copy.html"), fixture("crane-copy.html"));
    return corpus;
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(MarkdownScanTest.class.getResourceAsStream("markdown/" + name), name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
