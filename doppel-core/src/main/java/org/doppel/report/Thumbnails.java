package org.doppel.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.doppel.ingest.IngestException;
import org.doppel.ingest.image.ImageDecoder;

/**
 * Small JPEG copies of pictures as {@code data:} URIs, so that an HTML report shows them offline from
 * one file: at most {@value #SIDE} pixels a side, about 5–10 kB each.
 */
public final class Thumbnails {
  static final int SIDE = 200;
  private final ImageDecoder decoder = new ImageDecoder();

  /** The picture in {@code bytes} as a data URI, or empty when it cannot be decoded. */
  public Optional<String> dataUri(byte[] bytes) {
    try {
      BufferedImage image = decoder.decodeImage(bytes, SIDE);
      double scale = Math.min(1, SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
      int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
      BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = small.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(image, 0, 0, w, h, null);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(small, "jpeg", out);
      return Optional.of("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(out.toByteArray()));
    } catch (IngestException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
