import javax.imageio.*; import javax.imageio.stream.*;
import java.awt.*; import java.awt.image.*; import java.io.*; import java.nio.file.*; import java.util.*;

/**
 * Writes the test sites of docs/quality.md, "Site furniture pictures": three invented news sites of 8, 7 and 6 saved
 * pages, every picture drawn here (gradients and shapes; no development data). Each site repeats its furniture on every
 * page (logo, social icons, a subscribe banner, author portraits, a sponsor badge, a share card as og:image); the
 * articles carry their own photos, one photo reused on all three sites (resized, re-encoded, new caption and credit) and
 * one file photo used twice by one site.
 *   java bin/photos2-sites/Sites.java OUT
 */
public class Sites {
  static final Path OUT = Path.of(System.getProperty("out", "/tmp/photos2"));
  static Random words = new Random(7);
  static final String[] NOUNS = ("harbour council bridge school museum river budget train market festival library orchard "
      + "tunnel clinic station factory garden stadium ferry island mayor teacher farmer nurse driver pilot baker choir "
      + "parliament election court judge village valley mountain forest storm flood drought harvest vineyard castle "
      + "airport runway hospital ward engine tractor bicycle museum painting violin concert theatre ballet novel poet "
      + "reporter editor police witness prosecutor minister treaty border customs tariff fishery trawler lighthouse "
      + "canal lock dam reservoir pipeline turbine quarry mine railway depot tram bus lane pavement square fountain").split(" ");
  static final String[] VERBS = ("approved rejected delayed opened closed repaired visited praised criticised funded "
      + "examined announced cancelled extended doubled halved inspected rebuilt painted measured welcomed questioned").split(" ");
  static final String[] ADJ = ("old new narrow busy quiet northern southern wooden modern costly cheap famous local "
      + "regional rural coastal flooded frozen crowded empty historic temporary").split(" ");

  static String sentence() {
    Random r = words;
    return cap(pick(r, ADJ) + " " + pick(r, NOUNS)) + " " + pick(r, VERBS) + " the " + pick(r, ADJ) + " " + pick(r, NOUNS)
        + " after the " + pick(r, NOUNS) + " near the " + pick(r, ADJ) + " " + pick(r, NOUNS) + " " + pick(r, VERBS)
        + " " + (2 + r.nextInt(900)) + " " + pick(r, NOUNS) + "s.";
  }
  static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }
  static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
  static String body(int paragraphs) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      for (int s = 0; s < 4; s++) b.append(sentence()).append(' ');
      b.append("</p>\n");
    }
    return b.toString();
  }

  // ---- pictures ----
  static BufferedImage photo(int w, int h, long seed) {
    BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics(); Random r = new Random(seed);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(255), r.nextInt(255), 160), w, h, new Color(230, r.nextInt(255), r.nextInt(255))));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 200));
      int x = r.nextInt(w), y = r.nextInt(h), s = 20 + r.nextInt(w / 4);
      if (i % 3 == 0) g.fillOval(x, y, s, s * 2 / 3); else if (i % 3 == 1) g.fillRect(x, y, s, s / 2);
      else g.fill(new Polygon(new int[]{x, x + s, x - s / 2}, new int[]{y, y + s / 3, y + s}, 3));
    }
    // photo grain
    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
      int c = im.getRGB(x, y), n = r.nextInt(17) - 8;
      im.setRGB(x, y, new Color(clamp(((c >> 16) & 255) + n), clamp(((c >> 8) & 255) + n), clamp((c & 255) + n)).getRGB());
    }
    g.dispose(); return im;
  }
  static int clamp(int v) { return Math.max(0, Math.min(255, v)); }
  static BufferedImage portrait(int w, int h, long seed) {
    BufferedImage im = photo(w, h, seed);
    Graphics2D g = im.createGraphics(); Random r = new Random(seed * 31);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(200 + r.nextInt(40), 150 + r.nextInt(40), 120 + r.nextInt(40)));
    g.fillOval(w / 4, h / 6, w / 2, h / 2);
    g.setColor(new Color(r.nextInt(80), r.nextInt(80), r.nextInt(120)));
    g.fillRoundRect(w / 8, h * 2 / 3, w * 3 / 4, h / 2, w / 3, w / 3);
    g.dispose(); return im;
  }
  static BufferedImage logo(int w, int h, String name, Color ink, long seed) {
    BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics(); Random r = new Random(seed);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE); g.fillRect(0, 0, w, h);
    g.setColor(ink); g.fillOval(h / 8, h / 8, h * 3 / 4, h * 3 / 4);
    g.setColor(new Color(r.nextInt(200), r.nextInt(200), r.nextInt(200))); g.fillRect(h / 3, h / 3, h / 3 + r.nextInt(h / 3), h / 3);
    g.setColor(ink); g.setFont(new Font(Font.SERIF, Font.BOLD, h / 2)); g.drawString(name, h + 10, h * 2 / 3);
    g.dispose(); return im;
  }
  static BufferedImage icon(int s, Color bg, int shape) {
    BufferedImage im = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(bg); g.fillRect(0, 0, s, s); g.setColor(Color.WHITE);
    switch (shape) {
      case 0 -> { g.fillRect(s * 5 / 12, s / 6, s / 6, s * 2 / 3); g.fillRect(s / 3, s / 3, s / 3, s / 8); }
      case 1 -> { g.fillOval(s / 6, s / 2, s / 5, s / 5); g.drawArc(s / 6, s / 6, s * 2 / 3, s * 2 / 3, 0, 90); g.drawArc(s / 3, s / 3, s / 3, s / 3, 0, 90); }
      default -> { g.fillOval(s / 8, s * 3 / 8, s / 4, s / 4); g.fillOval(s * 5 / 8, s / 8, s / 4, s / 4); g.fillOval(s * 5 / 8, s * 5 / 8, s / 4, s / 4); g.drawLine(s / 4, s / 2, s * 3 / 4, s / 4); g.drawLine(s / 4, s / 2, s * 3 / 4, s * 3 / 4); }
    }
    g.dispose(); return im;
  }
  static BufferedImage banner(int w, int h, String text, Color a, Color b) {
    BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, a, w, h, b)); g.fillRect(0, 0, w, h);
    g.setColor(Color.WHITE); g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, h / 3)); g.drawString(text, h / 2, h * 2 / 3);
    g.fillRoundRect(w - h * 3, h / 4, h * 2, h / 2, h / 4, h / 4);
    g.dispose(); return im;
  }
  static BufferedImage scaled(BufferedImage s, int w, int h) {
    BufferedImage o = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB); Graphics2D g = o.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(s, 0, 0, w, h, null); g.dispose(); return o;
  }
  static void jpeg(RenderedImage im, Path p, float q) throws IOException {
    Files.createDirectories(p.getParent());
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next(); ImageWriteParam prm = w.getDefaultWriteParam();
    prm.setCompressionMode(ImageWriteParam.MODE_EXPLICIT); prm.setCompressionQuality(q);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(p.toFile())) { w.setOutput(out); w.write(null, new IIOImage(im, null, null), prm); }
  }
  static void png(RenderedImage im, Path p) throws IOException { Files.createDirectories(p.getParent()); ImageIO.write(im, "png", p.toFile()); }
  static void gif1x1(Path p) throws IOException {
    BufferedImage im = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB); im.setRGB(0, 0, 0xdddddd);
    Files.createDirectories(p.getParent()); ImageIO.write(im, "gif", p.toFile());
  }
  static void svg(Path p, String name) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\"><circle cx=\"25\" cy=\"25\" r=\"20\" fill=\"#c33\"/>"
        + "<text x=\"55\" y=\"33\" font-size=\"22\">" + name + "</text></svg>\n");
  }

  static String page(String title, String head, String header, String article, String footer) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head + "</head><body>\n"
        + "<header>" + header + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\n"
        + "<main><article><h1>" + title + "</h1>\n" + article + "</article>\n"
        + footer + "</main></body></html>\n";
  }
  static String fig(String src, String caption) {
    return "<figure><img src=\"" + src + "\" alt=\"\"><figcaption>" + caption + "</figcaption></figure>\n";
  }

  public static void main(String[] args) throws IOException {
    Path root = args.length > 0 ? Path.of(args[0]) : OUT;
    Path sites = root.resolve("sites");
    // the photo all three sites use, and the file photo one site uses twice
    BufferedImage x = photo(1200, 800, 4242);
    BufferedImage y = photo(1000, 700, 777);

    // --- Harbour Times: 8 pages, canonical URLs, portraits in the byline, the share card as og:image ---
    Path ht = sites.resolve("harbour-times"), hti = ht.resolve("img");
    png(logo(360, 60, "Harbour Times", new Color(20, 60, 140), 1), hti.resolve("logo.png"));
    png(icon(32, new Color(59, 89, 152), 0), hti.resolve("facebook.png"));
    png(icon(32, new Color(90, 90, 90), 2), hti.resolve("share.png"));        // the same share icon as the Valley Post's
    png(banner(728, 90, "Subscribe to the Harbour Times", new Color(20, 60, 140), new Color(90, 160, 220)), hti.resolve("subscribe.png"));
    png(banner(1200, 630, "HARBOUR TIMES", new Color(10, 30, 90), new Color(40, 120, 200)), hti.resolve("share-card.png"));
    jpeg(portrait(160, 160, 11), hti.resolve("ana-ruiz.jpg"), 0.85f);
    jpeg(portrait(160, 160, 12), hti.resolve("ben-okafor.jpg"), 0.85f);
    gif1x1(hti.resolve("pixel.gif"));
    jpeg(x, hti.resolve("quay-crowd.jpg"), 0.9f);
    jpeg(y, hti.resolve("file-town-hall.jpg"), 0.9f);
    jpeg(photo(1000, 667, 101), hti.resolve("regatta.jpg"), 0.88f);
    jpeg(photo(1000, 667, 107), hti.resolve("lighthouse.jpg"), 0.88f);
    String[] htPhoto = {"regatta.jpg", "quay-crowd.jpg", "file-town-hall.jpg", null, null, "file-town-hall.jpg", null, "lighthouse.jpg"};
    String[] htCaption = {"Boats at the start line. Photo: Ana Ruiz / Harbour Times",
        "The crowd on the quay on Saturday. Photo: Ana Ruiz / Harbour Times",
        "The town hall. Photo: Harbour Times archive", null, null,
        "Councillors met at the town hall on Tuesday. Photo: Harbour Times archive", null,
        "The lighthouse at dusk. Photo: Ben Okafor / Harbour Times"};
    for (int i = 0; i < 8; i++) {
      String slug = "ht-story-" + (i + 1);
      String author = i % 2 == 0 ? "Ana Ruiz" : "Ben Okafor";
      String portrait = i % 2 == 0 ? "ana-ruiz.jpg" : "ben-okafor.jpg";
      String head = "<link rel=\"canonical\" href=\"https://www.harbourtimes.example/news/" + slug + "\">"
          + "<meta property=\"og:site_name\" content=\"Harbour Times\"><meta property=\"og:image\" content=\"img/share-card.png\">";
      String article = "<div class=\"byline\"><img src=\"img/" + portrait + "\" alt=\"\" width=\"48\"> By " + author + "</div>\n"
          + (htPhoto[i] == null ? "" : fig("img/" + htPhoto[i], htCaption[i])) + body(4);
      String footer = "<aside><img src=\"img/subscribe.png\" alt=\"Subscribe\"></aside><footer><img src=\"img/facebook.png\" alt=\"\">"
          + "<img src=\"img/share.png\" alt=\"\"><p>© 2026 Harbour Times. All rights reserved.</p><img src=\"img/pixel.gif\" width=\"1\" height=\"1\"></footer>";
      Files.writeString(ht.resolve(slug + ".html"), page("Harbour story " + (i + 1) + ": " + sentence(), head,
          "<img src=\"img/logo.png\" alt=\"Harbour Times\">", article, footer));
    }

    // --- Valley Post: 7 pages, canonical URLs, the editor's portrait and a sponsor badge as figures in the article ---
    Path vp = sites.resolve("valley-post"), vpi = vp.resolve("img");
    png(logo(320, 64, "Valley Post", new Color(20, 110, 50), 2), vpi.resolve("vp-logo.png"));
    png(icon(32, new Color(90, 90, 90), 2), vpi.resolve("share-icon.png"));   // the same share icon as the Harbour Times'
    png(icon(32, new Color(240, 140, 20), 1), vpi.resolve("rss.png"));
    png(banner(300, 250, "Subscribe now", new Color(20, 110, 50), new Color(160, 210, 90)), vpi.resolve("subscribe-box.png"));
    png(banner(400, 120, "Valley Bank", new Color(120, 20, 90), new Color(230, 180, 60)), vpi.resolve("sponsor-valley-bank.png"));
    jpeg(portrait(300, 300, 21), vpi.resolve("maria-stone.jpg"), 0.85f);
    jpeg(photo(900, 600, 201), vpi.resolve("vineyard.jpg"), 0.88f);
    jpeg(photo(900, 600, 203), vpi.resolve("dam.jpg"), 0.88f);
    jpeg(photo(900, 600, 205), vpi.resolve("tractor.jpg"), 0.88f);
    jpeg(scaled(x, 800, 533), vpi.resolve("crowd-1200.jpg"), 0.7f);           // the Harbour Times' quay photo, resized and re-encoded
    String[] vpPhoto = {"vineyard.jpg", "dam.jpg", null, "crowd-1200.jpg", null, "tractor.jpg", null};
    String[] vpCaption = {"Harvest begins. Photo: Valley Post", "The dam's spillway. Photo: Valley Post", null,
        "Residents gathered on Saturday. Credit: Valley Post archive", null, "A tractor on the valley road. Photo: Valley Post", null};
    for (int i = 0; i < 7; i++) {
      String slug = "vp-" + (i + 1);
      String head = "<link rel=\"canonical\" href=\"https://valleypost.example/" + slug + "\">"
          + "<meta property=\"og:site_name\" content=\"Valley Post\">";
      StringBuilder article = new StringBuilder();
      if (i % 2 == 0) {
        article.append(fig("img/maria-stone.jpg", "Maria Stone, political editor"));
      }
      if (vpPhoto[i] != null && vpPhoto[i].startsWith("crowd")) {
        // a lazy page saved by a browser: the script had put the large rendition in src; the source set stays remote
        article.append("<figure><img src=\"img/crowd-1200.jpg\" data-srcset=\"https://cdn.valleypost.example/img/crowd-400.jpg 400w, "
            + "https://cdn.valleypost.example/img/crowd-1200.jpg 1200w\" class=\"lazyloaded\"><figcaption>" + vpCaption[i] + "</figcaption></figure>\n");
      } else if (vpPhoto[i] != null) {
        article.append(fig("img/" + vpPhoto[i], vpCaption[i]));
      }
      article.append(body(4));
      article.append(fig("img/sponsor-valley-bank.png", "This section is supported by the Valley Bank"));
      String footer = "<aside><img src=\"img/subscribe-box.png\" alt=\"\"></aside><footer><img src=\"img/share-icon.png\" alt=\"\">"
          + "<img src=\"img/rss.png\" alt=\"\"><p>© 2026 Valley Post</p></footer>";
      Files.writeString(vp.resolve(slug + ".html"), page("Valley report " + (i + 1) + ": " + sentence(), head,
          "<img src=\"img/vp-logo.png\" alt=\"Valley Post\">", article.toString(), footer));
    }

    // --- City Wire: 6 pages saved as NAME/index.html with their pictures beside them; no URL, no site name ---
    Path cw = sites.resolve("city-wire");
    BufferedImage cwBanner = banner(728, 90, "City Wire newsletter: sign up", new Color(150, 20, 20), new Color(240, 120, 80));
    BufferedImage columnist = portrait(240, 240, 31);
    BufferedImage[] cwOwn = {null, null, photo(800, 533, 301), null, photo(800, 533, 303), null};
    for (int i = 0; i < 6; i++) {
      Path d = cw.resolve("cw-" + (i + 1));
      svg(d.resolve("city-wire-logo.svg"), "City Wire");
      png(cwBanner, d.resolve("newsletter.png"));
      jpeg(columnist, d.resolve("tom-reyes.jpg"), 0.85f);
      StringBuilder article = new StringBuilder(fig("tom-reyes.jpg", "Tom Reyes writes every week about the city"));
      if (i == 1) {
        jpeg(scaled(x, 640, 427), d.resolve("saturday.jpg"), 0.8f);          // the quay photo again, new credit
        article.append(fig("saturday.jpg", "Saturday's gathering. Picture: Reuters"));
      } else if (cwOwn[i] != null) {
        jpeg(cwOwn[i], d.resolve("photo.jpg"), 0.85f);
        article.append(fig("photo.jpg", "On the scene. Picture: City Wire"));
      }
      article.append(body(4));
      Files.writeString(d.resolve("index.html"), page("City column " + (i + 1) + ": " + sentence(), "",
          "<img src=\"city-wire-logo.svg\" alt=\"City Wire\">", article.toString(),
          "<aside><img src=\"newsletter.png\" alt=\"\"></aside><footer><p>City Wire</p></footer>"));
    }
  }
}
