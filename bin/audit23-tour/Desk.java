import javax.imageio.*;
import javax.imageio.metadata.*;
import javax.imageio.stream.*;
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Inputs of the twenty-third tour (docs/quality.md, "A twenty-third tour: a photo desk"): a photo desk's pictures and
 * the pages of other sites that reuse them. Everything is invented and drawn here (gradients, shapes, grain: no
 * download, no development data). Writes under OUT:
 *   desk/             the desk's six photos, as the desk files them (JPEG, 1600 px)
 *   corpus/SITE/      saved pages of eight sites (canonical URLs), pictures in SITE/img/: logo, icons, banner on every
 *                     page; the desk's own six articles on corpus/courier/; other sites reuse the desk's photos in many
 *                     forms (see FORMS), and a few damaged or unreadable pictures
 *   corpus/crawl.warc.gz  two more sites, crawled: pages and their picture records
 *   truth.tsv         page id, desk photo (or -), form, text (copy | rewrite | own), credit shown
 * Usage: java bin/audit23-tour/Desk.java OUT [FILLER_PAGES]
 *   FILLER_PAGES: the sites' own news pages, each with its own photo (180, the tour's; 3000 for a few thousand pages,
 *   the twenty-fifth tour's measure of trace)
 */
public class Desk {
  static final Random R = new Random(23);
  static final String[] SYL = {"ka", "lo", "mer", "tan", "vis", "ro", "quel", "dun", "sar", "pim", "ol", "ett", "bra", "nok"};
  static final String[] FUNCTION = "the of and to in a is that for on with as was by at from".split(" ");
  static final int PHOTOS = 6;
  static final String DESK_CREDIT = "Photo: Mara Linde / Coastline Courier";

  /** The forms in which a page of another site carries a desk photo. */
  static final String[] FORMS = {"resized", "recompressed", "cropped", "mirrored", "lazy-data-src", "srcset-only",
      "picture-element", "css-background", "og-image-only", "gif-animation"};

  record Story(String title, String[] facts, String[] rewrite) {}

  static String word(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) b.append(SYL[r.nextInt(SYL.length)]);
    return b.toString();
  }

  static String filler(Random r, int paragraphs) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      for (int s = 0, n = 3 + r.nextInt(3); s < n; s++) {
        StringBuilder sen = new StringBuilder();
        for (int w = 0, k = 9 + r.nextInt(10); w < k; w++)
          sen.append(w == 0 ? "" : " ").append(r.nextDouble() < 0.65 ? word(r) : FUNCTION[r.nextInt(FUNCTION.length)]);
        b.append(Character.toUpperCase(sen.charAt(0))).append(sen.substring(1)).append(". ");
      }
      b.append("</p>\n");
    }
    return b.toString();
  }

  /** Six invented stories, each told twice: the desk's words and a rewrite of the same facts in other words. */
  static Story story(int i) {
    String place = new String[]{"Orrin Bay", "Kelmarsh Point", "Dunvale Quay", "Saltmere", "Ravenholt Sands", "Wexbridge"}[i];
    String thing = new String[]{"lighthouse", "sea wall", "fish market", "ferry pier", "dune path", "harbour crane"}[i];
    int n = 12 + 7 * i;
    String[] facts = {
        "The " + thing + " at " + place + " was closed on Tuesday after storm waves tore away " + n + " metres of its outer stones, the county engineers said.",
        "Harbour master Ilse Varrow said the crews had worked through the night to secure the site, and that nobody had been hurt when the first wave broke over the rail.",
        "Repairs are expected to cost " + (n * 41) + " thousand pounds and to take until the spring, when calmer weather allows divers to reach the foundations.",
        "Residents of " + place + " were asked to keep away from the shore until the engineers had finished their survey, which begins on Thursday morning.",
        "The council said a temporary walkway would open next week so that the boats could still land their catch while the work goes on."};
    String[] rewrite = {
        "Storm waves ripped " + n + " metres of stonework from the outer face of " + place + "'s " + thing + ", forcing its closure on Tuesday, according to engineers from the county.",
        "Nobody was injured, harbour master Ilse Varrow told reporters, adding that work teams had spent all night making the area safe after the rail was first overtopped.",
        "Engineers put the bill at about " + (n * 41) + " thousand pounds; the job will run into spring, once quieter seas let divers get down to the base.",
        "People living in " + place + " have been told to stay off the beach while a survey, starting Thursday morning, is carried out.",
        "A stopgap walkway is due within a week, the council added, letting fishing boats keep unloading during the repairs."};
    return new Story("Storm damage closes the " + thing + " at " + place, facts, rewrite);
  }

  // ---- pictures ----
  static BufferedImage photo(int w, int h, long seed) {
    BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics();
    Random r = new Random(seed);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(200), 90 + r.nextInt(120), 200), 0, h,
        new Color(40 + r.nextInt(120), 60, r.nextInt(90))));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 36; i++) {     // a horizon, rocks, waves: shapes of every size, none symmetric
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 170 + r.nextInt(80)));
      double x = r.nextDouble() * w, y = r.nextDouble() * h, s = w * (0.03 + 0.3 * r.nextDouble());
      switch (i % 4) {
        case 0 -> g.fill(new Ellipse2D.Double(x, y, s, s * 0.6));
        case 1 -> g.fill(new Rectangle2D.Double(x, y, s * 0.4, s));
        case 2 -> g.fill(new RoundRectangle2D.Double(x, y, s, s * 0.3, s / 5, s / 5));
        default -> g.fill(new Polygon(new int[]{(int) x, (int) (x + s), (int) (x + s / 3)},
            new int[]{(int) y, (int) (y + s / 4), (int) (y + s)}, 3));
      }
    }
    g.dispose();
    int[] px = im.getRGB(0, 0, w, h, null, 0, w);
    for (int k = 0; k < px.length; k++) {
      int n = r.nextInt(13) - 6, c = px[k];
      px[k] = (clamp(((c >> 16) & 255) + n) << 16) | (clamp(((c >> 8) & 255) + n) << 8) | clamp((c & 255) + n);
    }
    im.setRGB(0, 0, w, h, px, 0, w);
    return im;
  }

  static int clamp(int v) { return Math.max(0, Math.min(255, v)); }

  static BufferedImage drawn(int w, int h, String text, Color ink) {     // a logo, an icon, a banner
    BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(245, 243, 238));
    g.fillRect(0, 0, w, h);
    g.setColor(ink);
    g.fillOval(h / 8, h / 8, h * 3 / 4, h * 3 / 4);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, h / 2)));
    g.drawString(text, h + 4, h * 2 / 3);
    g.dispose();
    return im;
  }

  static BufferedImage resized(BufferedImage s, int w) {
    int h = s.getHeight() * w / s.getWidth();
    BufferedImage o = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = o.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(s, 0, 0, w, h, null);
    g.dispose();
    return o;
  }

  static BufferedImage cropped(BufferedImage s, double fraction) {
    int dx = (int) (s.getWidth() * fraction), dy = (int) (s.getHeight() * fraction);
    BufferedImage c = s.getSubimage(dx, dy, s.getWidth() - 2 * dx, s.getHeight() - 2 * dy);
    return resized(c, 900);
  }

  static BufferedImage mirrored(BufferedImage s) {
    AffineTransform t = AffineTransform.getScaleInstance(-1, 1);
    t.translate(-s.getWidth(), 0);
    return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(s, null);
  }

  static byte[] jpeg(RenderedImage im, float quality) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(quality);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(b)) {
      w.setOutput(out);
      w.write(null, new IIOImage(im, null, null), p);
    }
    return b.toByteArray();
  }

  static byte[] png(RenderedImage im) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ImageIO.write(im, "png", b);
    return b.toByteArray();
  }

  /** An animated GIF: the photo, then the same photo darker, as a slideshow. */
  static byte[] animatedGif(BufferedImage photo) throws IOException {
    BufferedImage first = resized(photo, 480);
    BufferedImage second = new RescaleOp(0.6f, 0, null).filter(first, null);
    ImageWriter w = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(b)) {
      w.setOutput(out);
      w.prepareWriteSequence(null);
      for (BufferedImage frame : List.of(first, second)) {
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
        IIOMetadata meta = w.getDefaultImageMetadata(type, null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", "150");
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[]{1, 0, 0});
        apps.appendChild(loop);
        root.appendChild(apps);
        meta.setFromTree(format, root);
        w.writeToSequence(new IIOImage(frame, null, meta), null);
      }
      w.endWriteSequence();
    }
    return b.toByteArray();
  }

  /** A PNG header declaring 20,000 × 20,000 pixels over a few bytes of data: a decompression bomb by its header. */
  static byte[] bombHeader() throws IOException {
    byte[] small = png(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
    byte[] b = small.clone();
    // IHDR width and height at bytes 16..23 (the CRC no longer matches, as a forged header's would not)
    for (int k = 0; k < 2; k++) {
      int v = 20000;
      b[16 + 4 * k] = (byte) (v >>> 24); b[17 + 4 * k] = (byte) (v >>> 16); b[18 + 4 * k] = (byte) (v >>> 8); b[19 + 4 * k] = (byte) v;
    }
    return b;
  }

  /** An AVIF file's box header (ftyp avif) over noise: what a phone or a CDN serves, which the JDK cannot decode. */
  static byte[] avif(Random r) {
    byte[] head = {0, 0, 0, 0x1c, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f', 0, 0, 0, 0, 'a', 'v', 'i', 'f', 'm', 'i', 'f', '1', 'm', 'i', 'a', 'f'};
    byte[] b = new byte[4000];
    r.nextBytes(b);
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }

  static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><rect width=\"64\" height=\"64\" fill=\"#246\"/><circle cx=\"32\" cy=\"32\" r=\"20\" fill=\"#fc0\"/></svg>\n";

  // ---- pages ----
  record Site(String id, String host, String name, Color ink) {}

  static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"); }

  static String page(Site site, String slug, String title, String date, String ogImage, String body) {
    String url = "https://" + site.host() + "/news/" + slug;
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + " | " + site.name() + "</title>\n"
        + "<link rel=\"canonical\" href=\"" + url + "\">\n<meta property=\"og:site_name\" content=\"" + site.name() + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + date + "\">\n"
        + (ogImage == null ? "" : "<meta property=\"og:image\" content=\"" + ogImage + "\">\n")
        + "</head><body>\n<header><a href=\"/\"><img src=\"img/logo.png\" alt=\"" + site.name() + "\" class=\"logo\"></a>"
        + "<nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a> <a href=\"/photos\">Photos</a>"
        + " <a href=\"/share\"><img src=\"img/icon-share.png\" alt=\"share\" width=\"24\"></a>"
        + " <a href=\"/rss\"><img src=\"img/icon-rss.png\" alt=\"rss\" width=\"24\"></a></nav></header>\n"
        + "<main><article><h1>" + esc(title) + "</h1>\n<p class=\"byline\">By staff reporter, " + date.substring(0, 10) + "</p>\n"
        + body + "</article>\n<aside><img src=\"img/subscribe.png\" alt=\"Subscribe\"></aside></main>\n"
        + "<footer>&copy; 2026 " + site.name() + "</footer></body></html>\n";
  }

  static String figure(String img, String caption, String credit) {
    return "<figure>" + img + "<figcaption>" + esc(caption) + " <span class=\"credit\">" + esc(credit) + "</span></figcaption></figure>\n";
  }

  /** The desk's article: the story's five sentences and three paragraphs of its own (made-up words, one seed a story). */
  static String deskText(Story story, int i) { return paragraphs(story.facts()) + filler(new Random(600 + i), 3); }

  static String paragraphs(String[] sentences) {
    StringBuilder b = new StringBuilder();
    for (String s : sentences) b.append("<p>").append(esc(s)).append("</p>\n");
    return b.toString();
  }

  static void write(Path p, byte[] bytes) throws IOException {
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  static void write(Path p, String text) throws IOException { write(p, text.getBytes(StandardCharsets.UTF_8)); }

  // ---- the crawl ----
  static final class Warc implements Closeable {
    final OutputStream out;
    int n;
    Warc(Path p) throws IOException { out = Files.newOutputStream(p); }
    void response(String uri, String contentType, byte[] body) throws IOException {
      byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1);
      byte[] block = new byte[http.length + body.length];
      System.arraycopy(http, 0, block, 0, http.length);
      System.arraycopy(body, 0, block, http.length, body.length);
      String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2026-11-0"
          + (1 + n % 9) + "T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", n++)
          + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(member)) {
        z.write(head.getBytes(StandardCharsets.ISO_8859_1));
        z.write(block);
        z.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.write(member.toByteArray());
    }
    @Override public void close() throws IOException { out.close(); }
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int fillers = args.length > 1 ? Integer.parseInt(args[1]) : 180;
    Path corpus = root.resolve("corpus");
    List<String> truth = new ArrayList<>();
    truth.add("page\tdesk_photo\tform\ttext\tcredit");
    BufferedImage[] desk = new BufferedImage[PHOTOS];
    Story[] stories = new Story[PHOTOS];
    for (int i = 0; i < PHOTOS; i++) {
      desk[i] = photo(1600, 1067, 1000 + i);
      stories[i] = story(i);
      write(root.resolve("desk/desk-" + (i + 1) + ".jpg"), jpeg(desk[i], 0.92f));
    }
    Site courier = new Site("courier", "coastline-courier.example", "Coastline Courier", new Color(10, 60, 120));
    List<Site> sites = List.of(courier,
        new Site("gull", "gull-gazette.example", "Gull Gazette", new Color(140, 30, 30)),
        new Site("tidings", "tidings-online.example", "Tidings Online", new Color(30, 110, 50)),
        new Site("shore", "shore-daily.example", "Shore Daily", new Color(120, 80, 10)),
        new Site("beacon", "beacon-news.example", "Beacon News", new Color(90, 20, 110)),
        new Site("pebble", "pebble-post.example", "Pebble Post", new Color(20, 100, 110)),
        new Site("anchor", "anchor-wire.example", "Anchor Wire", new Color(60, 60, 60)),
        new Site("drift", "drift-herald.example", "Drift Herald", new Color(150, 90, 120)));
    for (Site s : sites) {   // every page of a site shows its logo, two icons and a banner
      Path img = corpus.resolve(s.id() + "/img");
      write(img.resolve("logo.png"), png(drawn(320, 60, s.name(), s.ink())));
      write(img.resolve("icon-share.png"), png(drawn(32, 32, "", s.ink().darker())));
      write(img.resolve("icon-rss.png"), png(drawn(32, 32, "", new Color(230, 120, 20))));
      write(img.resolve("subscribe.png"), png(drawn(728, 90, "Subscribe to " + s.name(), s.ink())));
    }
    // the desk's own articles, with its photos and its credit line
    for (int i = 0; i < PHOTOS; i++) {
      String slug = "storm-" + (i + 1);
      write(corpus.resolve("courier/img/" + slug + ".jpg"), jpeg(resized(desk[i], 1200), 0.85f));
      String body = figure("<img src=\"img/" + slug + ".jpg\" alt=\"\">", "The damage seen from the shore on Tuesday.", DESK_CREDIT)
          + deskText(stories[i], i);
      write(corpus.resolve("courier/" + slug + ".html"), page(courier, slug, stories[i].title(), "2026-10-0" + (i + 1) + "T07:00:00Z",
          "https://coastline-courier.example/news/img/" + slug + ".jpg", body));
      truth.add("courier/" + slug + "\t" + (i + 1) + "\toriginal\toriginal\t" + DESK_CREDIT);
    }
    // the other sites: every (photo, form) pair once, the text copied, rewritten or the site's own; then filler pages
    String[] credits = {"Photo: Gull Gazette", "Picture: Agency Norrin", "Photo: M. Linde", "Photo: staff",
        "Photo: Coastline Courier", "Image: supplied", "Photo: Tidewater Press Agency"};
    String[] texts = {"copy", "rewrite", "own"};
    int k = 0;
    Random pages = new Random(2323);
    for (int i = 0; i < PHOTOS; i++) {
      for (String form : FORMS) {
        Site site = sites.get(1 + (k % (sites.size() - 1)));
        String text = texts[(k + i) % 3];
        String credit = credits[k % credits.length];
        String slug = "reuse-" + (i + 1) + "-" + form;
        String name = slug + (form.equals("gif-animation") ? ".gif" : ".jpg");
        Path img = corpus.resolve(site.id() + "/img");
        BufferedImage p = desk[i];
        byte[] bytes = switch (form) {
          case "resized" -> jpeg(resized(p, 640), 0.8f);
          case "recompressed" -> jpeg(resized(p, 1000), 0.35f);
          case "cropped" -> jpeg(cropped(p, 0.04), 0.8f);
          case "mirrored" -> jpeg(resized(mirrored(p), 800), 0.8f);
          case "gif-animation" -> animatedGif(p);
          default -> jpeg(resized(p, 960), 0.8f);
        };
        write(img.resolve(name), bytes);
        String tag = switch (form) {
          case "lazy-data-src" -> "<img src=\"img/blank.gif\" data-src=\"img/" + name + "\" class=\"lazy\" alt=\"\">";
          case "srcset-only" -> "<img srcset=\"img/" + name + " 960w\" sizes=\"100vw\" alt=\"\">";
          case "picture-element" -> "<picture><source type=\"image/avif\" srcset=\"img/" + slug + ".avif\"><source srcset=\"img/"
              + name + " 960w\"><img src=\"img/" + name + "\" alt=\"\"></picture>";
          case "css-background" -> "<div class=\"hero\" style=\"background-image: url('img/" + name + "')\" role=\"img\"></div>";
          case "og-image-only" -> null;
          default -> "<img src=\"img/" + name + "\" alt=\"\">";
        };
        if (form.equals("lazy-data-src")) {
          BufferedImage blank = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
          blank.setRGB(0, 0, 0xeeeeee);
          ByteArrayOutputStream gif = new ByteArrayOutputStream();
          ImageIO.write(blank, "gif", gif);
          write(img.resolve("blank.gif"), gif.toByteArray());
        }
        if (form.equals("picture-element")) write(img.resolve(slug + ".avif"), avif(pages));
        String words = switch (text) {
          case "copy" -> deskText(stories[i], i);
          case "rewrite" -> paragraphs(stories[i].rewrite()) + filler(new Random(700 + k), 3);
          default -> filler(pages, 5);
        };
        String caption = text.equals("own") ? "Waves on the coast this week." : "The storm damage on Tuesday.";
        String body = (tag == null ? "" : tag.startsWith("<div") ? tag + "<p class=\"caption\">" + esc(caption) + " " + esc(credit) + "</p>\n"
            : figure(tag, caption, credit)) + words;
        String og = form.equals("og-image-only") ? "https://" + site.host() + "/news/img/" + name : null;
        String title = text.equals("own") ? "Coast notes " + word(pages) : stories[i].title() + (text.equals("rewrite") ? ": what we know" : "");
        write(corpus.resolve(site.id() + "/" + slug + ".html"), page(site, slug, title, "2026-10-1" + (i % 9) + "T09:00:00Z", og, body));
        truth.add(site.id() + "/" + slug + "\t" + (i + 1) + "\t" + form + "\t" + text + "\t" + (tag == null ? "-" : credit));
        k++;
      }
    }
    // damaged and unreadable pictures, each a figure of one page
    Map<String, byte[]> broken = new LinkedHashMap<>();
    byte[] whole = jpeg(photo(800, 533, 99), 0.8f);
    broken.put("truncated.jpg", Arrays.copyOf(whole, whole.length / 3));
    broken.put("empty.jpg", new byte[0]);
    broken.put("bomb.png", bombHeader());
    broken.put("drawing.svg", SVG.getBytes(StandardCharsets.UTF_8));
    broken.put("phone.avif", avif(pages));
    broken.put("html-error.jpg", "<html><body>403 Forbidden</body></html>".getBytes(StandardCharsets.UTF_8));
    broken.put("huge.jpg", jpeg(photo(8200, 8200, 98), 0.5f));
    int b = 0;
    for (Map.Entry<String, byte[]> e : broken.entrySet()) {
      Site site = sites.get(1 + b % (sites.size() - 1));
      write(corpus.resolve(site.id() + "/img/" + e.getKey()), e.getValue());
      String slug = "damaged-" + e.getKey().replace('.', '-');
      write(corpus.resolve(site.id() + "/" + slug + ".html"), page(site, slug, "Coast notes " + word(pages), "2026-10-20T09:00:00Z", null,
          figure("<img src=\"img/" + e.getKey() + "\" alt=\"\">", "A picture of the coast.", "Photo: staff") + filler(pages, 4)));
      truth.add(site.id() + "/" + slug + "\t-\tdamaged:" + e.getKey() + "\town\tPhoto: staff");
      b++;
    }
    // filler pages: each site's own news with its own photos, to make a few hundred (or as many as asked)
    for (int n = 0; n < fillers; n++) {
      Site site = sites.get(1 + n % (sites.size() - 1));
      String slug = "news-" + n;
      String own = "img/own-" + n + ".jpg";
      write(corpus.resolve(site.id() + "/" + own), jpeg(photo(720, 480, 5000 + n), 0.8f));
      write(corpus.resolve(site.id() + "/" + slug + ".html"), page(site, slug, "Coast notes " + word(pages), "2026-10-2" + (n % 9) + "T09:00:00Z", null,
          figure("<img src=\"" + own + "\" alt=\"\">", "A scene from the coast.", "Photo: " + site.name()) + filler(pages, 4 + n % 3)));
      truth.add(site.id() + "/" + slug + "\t-\town-photo\town\tPhoto: " + site.name());
    }
    // the crawl: two more sites, 40 pages each, one in five reusing a desk photo (resized, recompressed)
    try (Warc warc = new Warc(corpus.resolve("crawl.warc.gz"))) {
      List<String> hosts = List.of("harbour-lights.example", "saltwind-times.example");
      for (String host : hosts) {
        warc.response("https://" + host + "/img/logo.png", "image/png", png(drawn(300, 60, host, new Color(70, 70, 140))));
        for (int n = 0; n < 40; n++) {
          String url = "https://" + host + "/news/item-" + n;
          boolean reuse = n % 5 == 0;
          int photoIndex = (n / 5) % PHOTOS;
          String imgUrl = "https://" + host + "/img/" + (reuse ? "desk-" + n : "own-" + n) + ".jpg";
          BufferedImage pic = reuse ? resized(desk[photoIndex], 700) : photo(700, 466, 9000 + n + hosts.indexOf(host) * 100);
          warc.response(imgUrl, "image/jpeg", jpeg(pic, reuse ? 0.5f : 0.8f));
          String words = reuse && n % 10 == 0 ? deskText(stories[photoIndex], photoIndex) : filler(pages, 4);
          String credit = reuse ? "Photo: Harbour Agency" : "Photo: " + host;
          String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Item " + n + "</title></head><body>"
              + "<header><img src=\"/img/logo.png\" alt=\"logo\"></header><article><h1>Coast item " + n + "</h1>"
              + figure("<img src=\"" + imgUrl + "\" alt=\"\">", "On the coast.", credit) + words + "</article></body></html>";
          warc.response(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
          truth.add(url + "\t" + (reuse ? String.valueOf(photoIndex + 1) : "-") + "\t" + (reuse ? "crawl-resized" : "own-photo")
              + "\t" + (reuse && n % 10 == 0 ? "copy" : "own") + "\t" + credit);
        }
        // a picture record the crawl cut short
        byte[] cut = jpeg(photo(700, 466, 31), 0.8f);
        warc.response("https://" + host + "/img/cut.jpg", "image/jpeg", Arrays.copyOf(cut, cut.length / 4));
        String html = "<!DOCTYPE html><html><head><title>Cut</title></head><body><article><h1>A cut picture</h1>"
            + figure("<img src=\"/img/cut.jpg\" alt=\"\">", "Cut.", "Photo: staff") + filler(pages, 4) + "</article></body></html>";
        warc.response("https://" + host + "/news/cut", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.write(root.resolve("truth.tsv"), truth);
    System.out.println("wrote " + (truth.size() - 1) + " pages under " + root);
  }
}
