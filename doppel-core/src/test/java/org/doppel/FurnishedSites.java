package org.doppel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.ingest.image.TestPictures;

/**
 * Two made-up news sites saved as pages with their pictures, for the tests of site furniture. The Bay
 * Times (four pages, canonical URLs on www.bay.example) shows its editor's portrait as a figure on every
 * page; pages 1 and 2 use one file photo of the town hall; page 3 has a quay photo that the Hill Post
 * (two pages, hill.example) shows resized with its own credit. Reuse to report: the town hall (1–2) and
 * the quay (bay 3, hill 1); the portrait's six pairs are furniture.
 */
final class FurnishedSites {
  private FurnishedSites() {}

  static void write(Path dir) throws IOException {
    var portrait = TestPictures.scene(31, 200, 200);
    var townHall = TestPictures.scene(32, 400, 300);
    var quay = TestPictures.scene(33, 400, 300);
    Files.createDirectories(dir.resolve("bay"));
    Files.createDirectories(dir.resolve("hill"));
    Files.write(dir.resolve("bay/editor.jpg"), TestPictures.encode(portrait, "jpeg"));
    Files.write(dir.resolve("bay/town-hall.jpg"), TestPictures.encode(townHall, "jpeg"));
    Files.write(dir.resolve("bay/quay.jpg"), TestPictures.encode(quay, "jpeg"));
    Files.write(dir.resolve("hill/harbour.jpg"), TestPictures.encode(TestPictures.resize(quay, 0.6), "jpeg"));
    Files.write(dir.resolve("hill/market.jpg"), TestPictures.encode(TestPictures.scene(34, 400, 300), "jpeg"));
    String[] bayPhotos = {"town-hall.jpg", "town-hall.jpg", "quay.jpg", null};
    String[] topics = {"Council meets over the harbour budget", "Town hall roof to be repaired", "Crowds gather on the quay",
        "School choir wins regional prize"};
    for (int i = 0; i < 4; i++) {
      String figures = "<figure><img src=\"editor.jpg\"><figcaption>Mary Stone, editor</figcaption></figure>"
          + (bayPhotos[i] == null ? "" : "<figure><img src=\"" + bayPhotos[i] + "\"><figcaption>Picture " + i
              + ". <span class=\"credit\">Photo: Bay Times</span></figcaption></figure>");
      Files.writeString(dir.resolve("bay/story-" + (i + 1) + ".html"),
          page(topics[i], "https://www.bay.example/news/story-" + (i + 1), figures, i));
    }
    Files.writeString(dir.resolve("hill/crowds.html"), page("Saturday's gathering by the water", "https://hill.example/crowds",
        "<figure><img src=\"harbour.jpg\"><figcaption>The gathering. <span class=\"credit\">Picture: Hill Post</span></figcaption></figure>", 4));
    Files.writeString(dir.resolve("hill/market.html"), page("Market moves to the square", "https://hill.example/market",
        "<figure><img src=\"market.jpg\"><figcaption>Stalls. <span class=\"credit\">Picture: Hill Post</span></figcaption></figure>", 5));
  }

  private static final String[] TEXTS = {
      "Councillors argued for three hours about the cost of dredging the inner harbour before a narrow vote.",
      "Builders found rot in the oak beams above the main chamber, and the work will take most of the winter.",
      "Thousands of residents walked along the water on Saturday to watch the tall ships leave for the north.",
      "Forty children from the primary school sang in four languages and took the trophy home on the late bus.",
      "Families brought chairs and flasks of tea and stayed by the water long after the last mast had gone.",
      "Traders welcomed the move, saying the old car park flooded every spring and kept customers away."};

  private static String page(String title, String url, String figures, int text) {
    String paragraph = "<p>" + TEXTS[text] + " " + TEXTS[text] + "</p>";
    return "<html><head><title>" + title + "</title><link rel=\"canonical\" href=\"" + url + "\"></head><body><article><h1>" + title
        + "</h1>" + figures + paragraph + paragraph + "</article></body></html>";
  }
}
