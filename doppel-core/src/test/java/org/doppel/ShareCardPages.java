package org.doppel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.ingest.image.TestPictures;

/**
 * Four made-up pages of one site (coast.example, canonical URLs), for the share card rule. "rescue" and "seals" have no
 * figure and name the site's one share card as their {@code og:image}, shown in neither body; "ferry-1" names a photo as
 * its {@code og:image} and shows it in its body as an {@code <img>}, "ferry-2" shows the same photo resized as a figure.
 * Reuse to report: the ferry photo (ferry-1, ferry-2); the card's pair is the site's.
 */
final class ShareCardPages {
  private ShareCardPages() {}

  static void write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("coast/img"));
    Files.write(dir.resolve("coast/img/share-card.jpg"), TestPictures.encode(TestPictures.scene(45, 400, 300), "jpeg"));
    var photo = TestPictures.scene(46, 400, 300);
    Files.write(dir.resolve("coast/img/ferry.jpg"), TestPictures.encode(photo, "jpeg"));
    Files.write(dir.resolve("coast/ferry-2.jpg"), TestPictures.encode(TestPictures.resize(photo, 0.7), "jpeg"));
    String card = "https://coast.example/news/img/share-card.jpg";
    Files.writeString(dir.resolve("coast/rescue.html"), page("Rescue", "rescue", card, "",
        "A lifeboat crew rescued two walkers cut off by the tide below the lighthouse, both cold but unhurt."));
    Files.writeString(dir.resolve("coast/seals.html"), page("Seals", "seals", card, "",
        "Volunteers counted seals on the sandbar at dawn and found more pups than in any year since records began."));
    Files.writeString(dir.resolve("coast/ferry-1.html"), page("Ferry", "ferry-1", "https://coast.example/news/img/ferry.jpg?w=1200",
        "<img src=\"img/ferry.jpg\" alt=\"\">",
        "The ferry timetable changes next week, with the early boat moved to half past six for the market traders."));
    Files.writeString(dir.resolve("coast/ferry-2.html"), page("Traders and the ferry", "ferry-2", null,
        "<figure><img src=\"ferry-2.jpg\"><figcaption>The quay. <span class=\"credit\">Photo: Coast News</span></figcaption></figure>",
        "Market traders welcomed the earlier ferry, saying the stalls could now open before the first buses arrive."));
  }

  private static String page(String title, String slug, String ogImage, String shown, String text) {
    String paragraph = "<p>" + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title><link rel=\"canonical\" href=\"https://coast.example/news/" + slug + "\">"
        + (ogImage == null ? "" : "<meta property=\"og:image\" content=\"" + ogImage + "\">") + "</head><body><article><h1>" + title
        + "</h1>" + paragraph + shown + paragraph + "</article></body></html>";
  }
}
