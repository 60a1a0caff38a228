import javax.imageio.*; import javax.imageio.stream.*; import javax.imageio.metadata.*;
import java.awt.*; import java.awt.image.*; import java.awt.geom.*; import java.io.*; import java.nio.file.*; import java.util.*;

/** Writes the photo desk's pictures under /tmp/audit7/ph: one synthetic photo in many encodings and edits. */
public class Img {
  static BufferedImage photo(int w, int h, long seed) {
    BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = im.createGraphics(); Random r = new Random(seed);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(255), 90, 160), w, h, new Color(230, r.nextInt(255), 40)));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 200));
      int x = r.nextInt(w), y = r.nextInt(h), s = 20 + r.nextInt(w / 4);
      if (i % 3 == 0) g.fillOval(x, y, s, s * 2 / 3); else if (i % 3 == 1) g.fillRect(x, y, s, s / 2);
      else g.fill(new Polygon(new int[]{x, x + s, x - s / 2}, new int[]{y, y + s / 3, y + s}, 3));
    }
    g.dispose(); return im;
  }
  static BufferedImage scaled(BufferedImage s, int w, int h) {
    BufferedImage o = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB); Graphics2D g = o.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(s, 0, 0, w, h, null); g.dispose(); return o;
  }
  static void jpeg(RenderedImage im, Path p, float q, boolean progressive) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next(); ImageWriteParam prm = w.getDefaultWriteParam();
    prm.setCompressionMode(ImageWriteParam.MODE_EXPLICIT); prm.setCompressionQuality(q);
    if (progressive) prm.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(p.toFile())) { w.setOutput(out); w.write(null, new IIOImage(im, null, null), prm); }
  }
  /** A CMYK JPEG (Adobe APP14, transform 0), as print desks' files are: written from a 4-band raster. */
  static void cmyk(BufferedImage rgb, Path p) throws IOException {
    int w = rgb.getWidth(), h = rgb.getHeight();
    WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
      int c = rgb.getRGB(x, y); double R = ((c >> 16) & 255) / 255.0, G = ((c >> 8) & 255) / 255.0, B = (c & 255) / 255.0;
      double k = 1 - Math.max(R, Math.max(G, B)); double d = k >= 1 ? 1 : 1 - k;
      // Adobe CMYK JPEGs store inverted values
      r.setPixel(x, y, new int[]{255 - (int) Math.round((1 - R - k) / d * 255), 255 - (int) Math.round((1 - G - k) / d * 255), 255 - (int) Math.round((1 - B - k) / d * 255), 255 - (int) Math.round(k * 255)});
    }
    ImageWriter wr = ImageIO.getImageWritersByFormatName("jpeg").next(); ImageWriteParam prm = wr.getDefaultWriteParam();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(p.toFile())) { wr.setOutput(out); wr.write(null, new IIOImage(r, null, null), prm); }
  }
  /** Inserts an EXIF APP1 segment with the given Orientation right after SOI. */
  static void exifOrient(Path src, Path dst, int orientation) throws IOException {
    byte[] j = Files.readAllBytes(src);
    ByteArrayOutputStream tiff = new ByteArrayOutputStream(); DataOutputStream d = new DataOutputStream(tiff);
    d.writeBytes("MM"); d.writeShort(42); d.writeInt(8); d.writeShort(1);
    d.writeShort(0x0112); d.writeShort(3); d.writeInt(1); d.writeShort(orientation); d.writeShort(0); d.writeInt(0);
    byte[] t = tiff.toByteArray(); int len = 2 + 6 + t.length;
    ByteArrayOutputStream o = new ByteArrayOutputStream(); o.write(j, 0, 2); o.write(0xFF); o.write(0xE1); o.write(len >> 8); o.write(len & 255);
    o.write("Exif\0\0".getBytes()); o.write(t); o.write(j, 2, j.length - 2); Files.write(dst, o.toByteArray());
  }
  static BufferedImage rotate90(BufferedImage s) {
    BufferedImage o = new BufferedImage(s.getHeight(), s.getWidth(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < s.getHeight(); y++) for (int x = 0; x < s.getWidth(); x++) o.setRGB(s.getHeight() - 1 - y, x, s.getRGB(x, y));
    return o;
  }
  static BufferedImage mirror(BufferedImage s) {
    BufferedImage o = new BufferedImage(s.getWidth(), s.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < s.getHeight(); y++) for (int x = 0; x < s.getWidth(); x++) o.setRGB(s.getWidth() - 1 - x, y, s.getRGB(x, y));
    return o;
  }
  static BufferedImage band(BufferedImage s, String credit) {
    BufferedImage o = new BufferedImage(s.getWidth(), s.getHeight() + 60, BufferedImage.TYPE_INT_RGB); Graphics2D g = o.createGraphics();
    g.setColor(Color.WHITE); g.fillRect(0, 0, o.getWidth(), o.getHeight()); g.drawImage(s, 0, 0, null);
    g.setColor(Color.BLACK); g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24)); g.drawString(credit, 20, s.getHeight() + 40); g.dispose(); return o;
  }
  static BufferedImage logo(int w, int h) {
    BufferedImage o = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB); Graphics2D g = o.createGraphics();
    g.setColor(new Color(10, 40, 120)); g.fillRoundRect(0, 0, w, h, 20, 20); g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SERIF, Font.BOLD, h / 2)); g.drawString("Bay Herald", 10, h * 2 / 3); g.dispose(); return o;
  }
  public static void main(String[] a) throws Exception {
    Path d = Path.of(a[0]); Files.createDirectories(d);
    BufferedImage p = photo(800, 600, 7), other = photo(800, 600, 99);
    jpeg(p, d.resolve("orig.jpg"), 0.92f, false);
    jpeg(p, d.resolve("q50.jpg"), 0.5f, false);
    jpeg(p, d.resolve("progressive.jpg"), 0.85f, true);
    jpeg(scaled(p, 320, 240), d.resolve("small.jpg"), 0.8f, false);
    jpeg(p.getSubimage(120, 90, 560, 420), d.resolve("crop.jpg"), 0.85f, false);
    jpeg(mirror(p), d.resolve("mirror.jpg"), 0.85f, false);
    jpeg(band(p, "Photo: J. Smith / Bay Herald"), d.resolve("credit-band.jpg"), 0.85f, false);
    cmyk(p, d.resolve("cmyk.jpg"));
    jpeg(rotate90(p), d.resolve("rot-raw.tmp"), 0.85f, false); exifOrient(d.resolve("rot-raw.tmp"), d.resolve("exif-rot8.jpg"), 8);
    jpeg(rotate90(rotate90(rotate90(p))), d.resolve("rot-raw.tmp"), 0.85f, false); exifOrient(d.resolve("rot-raw.tmp"), d.resolve("exif-rot6.jpg"), 6); Files.delete(d.resolve("rot-raw.tmp"));
    BufferedImage alpha = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB); Graphics2D g = alpha.createGraphics(); g.drawImage(p, 0, 0, null); g.dispose();
    for (int y = 0; y < 40; y++) for (int x = 0; x < 800; x++) alpha.setRGB(x, y, 0x00000000);
    ImageIO.write(alpha, "png", d.resolve("alpha.png").toFile());
    ImageIO.write(scaled(p, 400, 300), "gif", d.resolve("photo.gif").toFile());
    jpeg(other, d.resolve("unrelated.jpg"), 0.9f, false);
    byte[] full = Files.readAllBytes(d.resolve("orig.jpg")); Files.write(d.resolve("truncated.jpg"), Arrays.copyOf(full, full.length / 2));
    Files.writeString(d.resolve("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='50'><rect width='200' height='50' fill='navy'/></svg>");
    BufferedImage px = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB); ImageIO.write(px, "gif", d.resolve("pixel.gif").toFile());
    ImageIO.write(logo(300, 80), "png", d.resolve("logo.png").toFile());
    // a WebP that is not decodable: the RIFF header of a lossy WebP, then noise
    byte[] w = new byte[2000]; new Random(3).nextBytes(w); byte[] h = "RIFF\0\0\0\0WEBPVP8 ".getBytes(); System.arraycopy(h, 0, w, 0, h.length);
    Files.write(d.resolve("broken.webp"), w);
    if (a.length > 1) { // big pictures
      BufferedImage big = new BufferedImage(10000, 10000, BufferedImage.TYPE_BYTE_GRAY); Graphics2D gb = big.createGraphics(); gb.drawImage(p, 0, 0, 10000, 10000, null); gb.dispose();
      ImageIO.write(big, "png", d.resolve("huge-10000.png").toFile()); big = null;
      BufferedImage b8 = new BufferedImage(7900, 7900, BufferedImage.TYPE_BYTE_GRAY); Graphics2D g8 = b8.createGraphics(); g8.drawImage(p, 0, 0, 7900, 7900, null); g8.dispose();
      jpeg(b8, d.resolve("big-7900.jpg"), 0.85f, false);
    }
  }
}
