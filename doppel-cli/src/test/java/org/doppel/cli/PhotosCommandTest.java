package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PhotosCommandTest {
  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void reportsAMirroredCopyAsJsonLinesAndNamesABrokenFile() throws Exception {
    BufferedImage photo = scene();
    BufferedImage mirrored = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = mirrored.createGraphics();
    g.drawImage(photo, new AffineTransform(-1, 0, 0, 1, photo.getWidth(), 0), null);
    g.dispose();
    ImageIO.write(photo, "png", dir.resolve("original.png").toFile());
    ImageIO.write(mirrored, "jpeg", dir.resolve("flipped.jpg").toFile());
    byte[] jpeg = Files.readAllBytes(dir.resolve("flipped.jpg"));
    Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 3));
    int code = DoppelCli.run("photos", "--format", "jsonl", dir.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("\"a\":\"flipped.jpg\"", "\"b\":\"original.png\"", "\"relation\":\"same_photo\"", "\"edit\":\"mirror\""));
    assertThat(console.stderr()).contains("cut.jpg: truncated or corrupt picture").contains("2 pictures, 1 pair showing");
    // main: "1 input problem", without the split scan's summary gives
    assertThat(console.stderr()).contains("2 pictures, 1 pair showing the same photo, 1 input problem (1 skipped, 0 warnings)");
  }

  @Test
  void scanCountsAPagesPictureThatCannotBeReadAsAWarningInItsSummary() throws Exception {
    // a page whose picture is cut short and one whose picture is in a format not read: each said, counted in no summary
    Path pages = dir.resolve("pages");
    for (String site : List.of("one", "two", "three")) {
      Files.createDirectories(pages.resolve(site));
    }
    ImageIO.write(scene(), "jpeg", pages.resolve("one/shot.jpg").toFile());
    byte[] jpeg = Files.readAllBytes(pages.resolve("one/shot.jpg"));
    Files.write(pages.resolve("two/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 3));
    Files.write(pages.resolve("three/phone.avif"), new byte[] {0, 0, 0, 0x1c, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'});
    Files.writeString(pages.resolve("one/story.html"), page("Bridge opens to traffic", "The new bridge over the estuary opened on Friday "
        + "after four years of work, and the first lorries crossed before dawn.", "shot.jpg", "Photo: Ann Lens"));
    Files.writeString(pages.resolve("two/story.html"), page("Council debates budget", "Councillors argued late into the night about "
        + "the libraries, the swimming pool and the price of school meals.", "cut.jpg", "Photo: Bob Shutter"));
    Files.writeString(pages.resolve("three/story.html"), page("Harbour wall repaired", "Masons finished the harbour wall a month "
        + "early, and the fishing boats came back to their moorings by the slipway.", "phone.avif", "Photo: Cy Frame"));

    int code = DoppelCli.run("scan", "--format", "jsonl", pages.toString());

    assertThat(code).as(console.stderr()).isZero();
    // main: the cut picture's line ended "(skipped)" though its page was read, and the summary said "0 input problems"
    assertThat(console.stderr()).contains(pages.resolve("two/story.html") + " cut.jpg: truncated or corrupt picture")
        .contains("; the figure is left out of the photo comparison\n").doesNotContain("(skipped)")
        .contains("doppel: 3 documents, 0 related pairs, 2 input problems (0 skipped, 2 warnings)");
  }

  @Test
  void scanHtmlShowsASharedPhotoAsTwoEmbeddedThumbnailsWithBothCredits() throws Exception {
    BufferedImage photo = scene();
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages.resolve("one"));
    Files.createDirectories(pages.resolve("two"));
    ImageIO.write(photo, "jpeg", pages.resolve("one/shot.jpg").toFile());
    ImageIO.write(photo, "png", pages.resolve("two/copy.png").toFile());
    Files.writeString(pages.resolve("one/story.html"), page("Bridge opens to traffic", "The new bridge over the estuary opened on Friday "
        + "after four years of work, and the first lorries crossed before dawn.", "shot.jpg", "Photo: Ann Lens / North Wire"));
    Files.writeString(pages.resolve("two/story.html"), page("Council debates budget", "Councillors argued late into the night about "
        + "the libraries, the swimming pool and the price of school meals.", "copy.png", "Photo: Bob Shutter <b>South</b>"));
    Path report = dir.resolve("report.html");
    int code = DoppelCli.run("scan", "--quiet", "--format", "html", "--out", report.toString(), pages.toString());
    assertThat(code).as(console.stderr()).isZero();
    String html = Files.readString(report);
    assertThat(html.split("data:image/jpeg;base64,", -1)).as("two thumbnails").hasSize(3);
    assertThat(html).contains("\"relation\":\"shared_photo\"", "Ann Lens / North Wire", "\"credit_conflict\":true")
        .doesNotContain("<b>South</b>");
  }

  @Test
  void traceNamesThePagesThatShowTheDocumentsPhotoWithTheirCreditsAndWhetherTheyTookTheTextToo() throws Exception {
    // a photo desk traces its article: one page copied text and photo, one took the photo alone under its own credit
    BufferedImage photo = scene();
    Path pages = dir.resolve("pages");
    for (String site : new String[] {"desk", "copier", "taker"}) {
      Files.createDirectories(pages.resolve(site));
    }
    ImageIO.write(photo, "jpeg", pages.resolve("desk/quay.jpg").toFile());
    ImageIO.write(photo, "png", pages.resolve("copier/quay.png").toFile());
    ImageIO.write(photo, "jpeg", pages.resolve("taker/harbour.jpg").toFile());
    String story = "The new bridge over the estuary opened on Friday after four years of work, and the first lorries crossed before dawn.";
    Files.writeString(pages.resolve("desk/story.html"), page("Bridge opens to traffic", story, "quay.jpg", "Photo: Ann Lens / North Wire"));
    Files.writeString(pages.resolve("copier/story.html"), page("Bridge opens to traffic", story, "quay.png", "Photo: North Wire"));
    Files.writeString(pages.resolve("taker/story.html"), page("Council debates budget", "Councillors argued late into the night about "
        + "the libraries, the swimming pool and the price of school meals.", "harbour.jpg", "Photo: Bob Shutter"));
    int code = DoppelCli.run("trace", "desk/story", "--in", pages.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("shares a photo with (2):")
        .contains("  copier/story  text: exact\n    desk/story#quay.jpg ~ copier/story#quay.png  1.00; credits: \"Photo: Ann Lens / North Wire\" / \"Photo: North Wire\"\n")
        .contains("  taker/story  no text in common\n    desk/story#quay.jpg ~ taker/story#harbour.jpg  1.00; credits: \"Photo: Ann Lens / North Wire\" / \"Photo: Bob Shutter\" — they differ\n");
    console.reset();
    code = DoppelCli.run("trace", "desk/story", "--in", pages.toString(), "--format", "json");
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("\"photos\":[{\"document\":\"copier/story\",\"text_relation\":\"exact\"")
        .contains("{\"document\":\"taker/story\",\"text_relation\":null,\"photos\":[{\"image\":\"desk/story#quay.jpg\","
            + "\"other_image\":\"taker/story#harbour.jpg\",\"score\":1.0,\"edit\":null,\"credit\":\"Photo: Ann Lens / North Wire\","
            + "\"other_credit\":\"Photo: Bob Shutter\",\"credit_conflict\":true}]}");
    console.reset();
    code = DoppelCli.run("trace", "desk/story", "--in", pages.toString(), "--no-photos");
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("copier/story").doesNotContain("shares a photo with");
  }

  @Test
  void aQueryOfAPageAgainstAStandingIndexReportsItsSharedPhotoWithThumbnails() throws Exception {
    BufferedImage photo = scene();
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages.resolve("one"));
    Path asked = dir.resolve("asked");
    Files.createDirectories(asked);
    ImageIO.write(photo, "jpeg", pages.resolve("one/shot.jpg").toFile());
    ImageIO.write(photo, "png", asked.resolve("copy.png").toFile());
    Files.writeString(pages.resolve("one/story.html"), page("Bridge opens to traffic", "The new bridge over the estuary opened on Friday "
        + "after four years of work, and the first lorries crossed before dawn.", "shot.jpg", "Photo: Ann Lens / North Wire"));
    Files.writeString(asked.resolve("story.html"), page("Council debates budget", "Councillors argued late into the night about "
        + "the libraries, the swimming pool and the price of school meals.", "copy.png", "Photo: Bob Shutter"));
    Path index = dir.resolve("index");
    assertThat(DoppelCli.run("index", "add", "--quiet", index.toString(), pages.toString())).as(console.stderr()).isZero();

    assertThat(DoppelCli.run("query", "--format", "jsonl", index.toString(), asked.resolve("story.html").toString())).as(console.stderr()).isZero();
    assertThat(console.stdout().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("\"a\":\"story\"", "\"b\":\"one/story\"", "\"relation\":\"shared_photo\"",
            "\"photos\":[{\"a\":\"story#copy.png\",\"b\":\"one/story#shot.jpg\"", "\"credit_conflict\":true"));
    Path report = dir.resolve("query.html");
    assertThat(DoppelCli.run("query", "--format", "html", "--out", report.toString(), index.toString(), asked.resolve("story.html").toString()))
        .as(console.stderr()).isZero();
    assertThat(Files.readString(report).split("data:image/jpeg;base64,", -1)).as("two thumbnails").hasSize(3);
  }

  @Test
  void aLogoOnEveryPageOfOneSiteIsSetAsideAndAnSvgIsPassedOverQuietly() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    ImageIO.write(scene(), "png", site.resolve("logo.png").toFile());
    Files.writeString(site.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"5\"/></svg>");
    for (int i = 1; i <= 3; i++) {
      Files.writeString(site.resolve("page" + i + ".html"), "<html><head><link rel=\"canonical\" href=\"https://www.news.example/" + i
          + "\"></head><body><header><img src=\"logo.png\"><img src=\"logo.svg\"></header><p>Story " + i + ".</p></body></html>");
    }
    int code = DoppelCli.run("photos", "--format", "jsonl", dir.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).isEmpty();
    assertThat(console.stderr()).contains("3 pictures, 0 pairs showing the same photo, 0 input problems")
        .contains("3 site pictures (on 3 or more pages of one site, or its share card on two: logos, icons, portraits, banners) set aside, 3 pairs within their sites not reported")
        .contains("1 SVG drawing (logos, icons; not read) passed over").doesNotContain("not a picture");
  }

  @Test
  void aPictureInAFormatNotReadIsNamedAsOneAndTheRunGoesOn() throws Exception {
    ImageIO.write(scene(), "png", dir.resolve("quay.png").toFile());
    ImageIO.write(scene(), "jpeg", dir.resolve("quay-copy.jpg").toFile());
    Files.write(dir.resolve("phone.avif"), new byte[] {0, 0, 0, 0x1c, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'});
    Files.write(dir.resolve("scan.tif"), new byte[] {'I', 'I', 42, 0});
    Files.writeString(dir.resolve("wire.rss"), "<rss><channel><item><enclosure url=\"https://wire.example/quay.jpg\"/></item></channel></rss>");
    int code = DoppelCli.run("photos", "--format", "jsonl", dir.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout().lines()).hasSize(1);
    assertThat(console.stderr())
        .contains("phone.avif: an AVIF picture, a format Doppel does not read (it reads JPEG, PNG, GIF, WebP, BMP) (skipped)")
        .contains("scan.tif: a TIFF picture, a format Doppel does not read").doesNotContain("not a picture, web page, Markdown post or WARC crawl")
        .contains("wire.rss: a feed (.rss, .atom or .xml): photos does not read its items' pictures, which it names by their web"
            + " addresses, not as files beside it (scan, index add and trace read its items' texts) (skipped)")
        .contains("2 pictures, 1 pair showing the same photo, 3 input problems (3 skipped, 0 warnings)");
  }

  @Test
  void scanNamesOnceAPageWhoseFigureIsOnlyInAFormatNotReadAsAWarning() throws Exception {
    // a page whose figure is an AVIF file beside it: photos named the file, scan said nothing of it
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages.resolve("one"));
    Files.createDirectories(pages.resolve("two"));
    ImageIO.write(scene(), "jpeg", pages.resolve("one/shot.jpg").toFile());
    Files.write(pages.resolve("two/phone.avif"), new byte[] {0, 0, 0, 0x1c, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'});
    Files.write(pages.resolve("two/phone-2.avif"), new byte[] {0, 0, 0, 0x1c, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'});
    Files.writeString(pages.resolve("one/story.html"), page("Bridge opens to traffic", "The new bridge over the estuary opened on Friday "
        + "after four years of work, and the first lorries crossed before dawn.", "shot.jpg", "Photo: Ann Lens"));
    Files.writeString(pages.resolve("two/story.html"), page("Council debates budget", "Councillors argued late into the night about "
        + "the libraries, the swimming pool and the price of school meals.", "phone.avif", "Photo: Bob Shutter")
        .replace("</figure>", "</figure><figure><img src=\"phone-2.avif\"><figcaption>Photo: Bob Shutter</figcaption></figure>"));

    int code = DoppelCli.run("scan", "--format", "jsonl", pages.toString());

    assertThat(code).as(console.stderr()).isZero();
    String line = pages.resolve("two/story.html") + " phone.avif: an AVIF picture, a format Doppel does not read (it reads JPEG, PNG, GIF, "
        + "WebP, BMP); the figure is left out of the photo comparison (and 1 other figure of the page in such formats)\n";
    assertThat(console.stderr()).contains(line).doesNotContain("one/story.html").doesNotContain("(skipped)");
    assertThat(console.stderr().split("phone.avif", -1)).as("said once").hasSize(2);
  }

  @Test
  void aStockIconOnEveryPageOfTwoSitesIsSetAsideWhileAPhotoTheyShareIsReported() throws Exception {
    // a photo desk's question: which pages carry our photo; the RSS icon both sites show in every header is no answer
    for (String site : new String[] {"harbour", "valley"}) {
      Path folder = Files.createDirectories(dir.resolve(site));
      ImageIO.write(scene(11), "png", folder.resolve("rss.png").toFile());
      ImageIO.write(scene(12), "png", folder.resolve("quay.png").toFile());
      for (int i = 1; i <= 3; i++) {
        String figure = i == 1 ? "<figure><img src=\"quay.png\"></figure>" : "";
        Files.writeString(folder.resolve("page" + i + ".html"), "<html><head><link rel=\"canonical\" href=\"https://" + site + ".example/" + i
            + "\"></head><body><header><img src=\"rss.png\"></header><p>Story " + i + ".</p>" + figure + "</body></html>");
      }
    }
    int code = DoppelCli.run("photos", "--format", "jsonl", dir.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout().lines().toList()).singleElement().asString()
        .contains("\"a\":\"harbour/page1#quay.png\"", "\"b\":\"valley/page1#quay.png\"");
    assertThat(console.stderr()).contains("8 pictures, 1 pair showing the same photo, 0 input problems")
        .contains("6 site pictures (on 3 or more pages of one site, or its share card on two: logos, icons, portraits, banners) set aside, 6 pairs within their sites"
            + " not reported, 9 pairs across sites of pictures that are site pictures on both (a stock icon or banner) not reported");
  }

  private static String page(String title, String text, String image, String credit) {
    String paragraph = "<p>" + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + paragraph
        + "<figure><img src=\"" + image + "\"><figcaption>A picture. <span class=\"credit\">" + credit.replace("<", "&lt;")
        + "</span></figcaption></figure>" + paragraph + paragraph + "</article></body></html>";
  }

  private static BufferedImage scene() {
    return scene(11);
  }

  private static BufferedImage scene(long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int i = 0; i < 30; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
      g.fillOval(random.nextInt(320) - 40, random.nextInt(240) - 40, 40 + random.nextInt(120), 40 + random.nextInt(100));
    }
    g.dispose();
    return image;
  }
}
