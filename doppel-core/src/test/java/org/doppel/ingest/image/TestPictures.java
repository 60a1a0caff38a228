package org.doppel.ingest.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Photo-like test pictures drawn from a seed (a sky gradient, hills, shapes, texture) and the edits news sites make. */
public final class TestPictures {
  private TestPictures() {}

  public static BufferedImage scene(long seed, int width, int height) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, colour(random), width * random.nextFloat(), height, colour(random)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 14; i++) {
      g.setColor(colour(random));
      int w = width / 10 + random.nextInt(width / 3);
      int h = height / 10 + random.nextInt(height / 3);
      int x = random.nextInt(width) - w / 3;
      int y = random.nextInt(height) - h / 3;
      switch (random.nextInt(3)) {
        case 0 -> g.fillOval(x, y, w, h);
        case 1 -> g.fillRect(x, y, w, h);
        default -> {
          g.setStroke(new BasicStroke(2 + random.nextInt(8)));
          g.drawLine(x, y, x + w, y + h);
        }
      }
    }
    for (int i = 0; i < 400; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60));
      g.fillRect(random.nextInt(width), random.nextInt(height), 3, 3);
    }
    g.dispose();
    return image;
  }

  private static Color colour(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }

  public static BufferedImage resize(BufferedImage image, double scale) {
    int w = (int) Math.round(image.getWidth() * scale);
    int h = (int) Math.round(image.getHeight() * scale);
    return draw(image, w, h, AffineTransform.getScaleInstance(scale, scale), Color.WHITE);
  }

  public static BufferedImage mirror(BufferedImage image) {
    AffineTransform flip = new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0);
    return draw(image, image.getWidth(), image.getHeight(), flip, Color.WHITE);
  }

  public static BufferedImage crop(BufferedImage image, double x0, double y0, double x1, double y1) {
    int x = (int) Math.round(image.getWidth() * x0);
    int y = (int) Math.round(image.getHeight() * y0);
    int w = (int) Math.round(image.getWidth() * x1) - x;
    int h = (int) Math.round(image.getHeight() * y1) - y;
    return draw(image, w, h, AffineTransform.getTranslateInstance(-x, -y), Color.WHITE);
  }

  public static BufferedImage captionBand(BufferedImage image, String caption) {
    int band = image.getHeight() / 6;
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight() + band, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(new Color(20, 20, 20));
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(image, 0, 0, null);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, band / 3));
    g.drawString(caption, 8, image.getHeight() + band * 2 / 3);
    g.dispose();
    return out;
  }

  /** A flat banner with a word on it laid over the top {@code share} of the picture, as a site stamps its copies. */
  public static BufferedImage topBanner(BufferedImage image, double share, String word) {
    BufferedImage out = draw(image, image.getWidth(), image.getHeight(), new AffineTransform(), Color.WHITE);
    int band = (int) Math.round(image.getHeight() * share);
    Graphics2D g = out.createGraphics();
    g.setColor(new Color(200, 0, 0));
    g.fillRect(0, 0, out.getWidth(), band);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, band / 2));
    g.drawString(word, 12, band * 3 / 4);
    g.dispose();
    return out;
  }

  public static BufferedImage rotate(BufferedImage image, double degrees) {
    AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
    return draw(image, image.getWidth(), image.getHeight(), turn, Color.WHITE);
  }

  private static BufferedImage draw(BufferedImage image, int w, int h, AffineTransform transform, Color background) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setColor(background);
    g.fillRect(0, 0, w, h);
    g.drawImage(image, transform, null);
    g.dispose();
    return out;
  }

  /** The picture encoded as "jpeg", "png" or "bmp". */
  public static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalArgumentException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
