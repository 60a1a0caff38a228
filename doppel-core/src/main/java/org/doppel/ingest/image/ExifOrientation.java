package org.doppel.ingest.image;

/**
 * The EXIF orientation a JPEG declares (tag 0x0112 of the first image directory), and the picture
 * turned upright by it. Cameras and phones store a portrait photo as it came off the sensor and say in
 * this tag how to turn it; browsers and every editor show it turned, and a copy re-saved by a site is
 * stored upright. Without reading the tag the camera's file and its published copy are two pictures a
 * quarter-turn apart, which no perceptual hash matches. Values: 1 upright, 2 mirrored, 3 half-turned,
 * 4 flipped, 5 transposed, 6 turned a quarter clockwise to view, 7 transversed, 8 a quarter
 * counter-clockwise; anything else (no tag, a damaged segment) is taken as 1.
 */
public final class ExifOrientation {
  private static final int UPRIGHT = 1;
  private static final int TAG_ORIENTATION = 0x0112;
  private static final int TYPE_SHORT = 3;

  private ExifOrientation() {}

  /** The orientation {@code bytes} declare if they are a JPEG with an EXIF segment before the image data, else 1. */
  public static int of(byte[] bytes) {
    if (bytes.length < 4 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8) {
      return UPRIGHT;
    }
    int at = 2;
    while (at + 4 <= bytes.length && (bytes[at] & 0xff) == 0xFF) {
      int marker = bytes[at + 1] & 0xff;
      if (marker == 0xDA || marker == 0xD9) { // start of scan or end of image: no metadata after it
        return UPRIGHT;
      }
      int length = u16(bytes, at + 2, false);
      if (length < 2) {
        return UPRIGHT;
      }
      if (marker == 0xE1 && length >= 8 && startsWithExif(bytes, at + 4)) {
        return fromTiff(bytes, at + 10, Math.min(bytes.length, at + 2 + length));
      }
      at += 2 + length;
    }
    return UPRIGHT;
  }

  private static boolean startsWithExif(byte[] bytes, int at) {
    return at + 6 <= bytes.length && bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i'
        && bytes[at + 3] == 'f' && bytes[at + 4] == 0 && bytes[at + 5] == 0;
  }

  /** Reads the orientation from the TIFF structure in bytes[start, end). */
  private static int fromTiff(byte[] bytes, int start, int end) {
    if (start + 8 > end) {
      return UPRIGHT;
    }
    boolean little;
    if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
      little = true;
    } else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
      little = false;
    } else {
      return UPRIGHT;
    }
    long directory = u32(bytes, start + 4, little);
    if (directory < 8 || start + directory + 2 > end) {
      return UPRIGHT;
    }
    int at = (int) (start + directory);
    int entries = u16(bytes, at, little);
    for (int i = 0; i < entries; i++) {
      int entry = at + 2 + 12 * i;
      if (entry + 12 > end) {
        return UPRIGHT;
      }
      if (u16(bytes, entry, little) == TAG_ORIENTATION && u16(bytes, entry + 2, little) == TYPE_SHORT) {
        int value = u16(bytes, entry + 8, little);
        return value >= 1 && value <= 8 ? value : UPRIGHT;
      }
    }
    return UPRIGHT;
  }

  /** {@code image} as a viewer shows it under {@code orientation}; the same object when it is upright. */
  public static LumaImage upright(LumaImage image, int orientation) {
    if (orientation <= UPRIGHT || orientation > 8) {
      return image;
    }
    int w = image.width();
    int h = image.height();
    boolean swaps = orientation >= 5; // 5..8 turn by a quarter: width and height change places
    int outW = swaps ? h : w;
    int outH = swaps ? w : h;
    float[] in = image.pixels();
    float[] out = new float[in.length];
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < outW; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> { sx = w - 1 - x; sy = y; }
          case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
          case 4 -> { sx = x; sy = h - 1 - y; }
          case 5 -> { sx = y; sy = x; }
          case 6 -> { sx = y; sy = h - 1 - x; }
          case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
          default -> { sx = w - 1 - y; sy = x; } // 8
        }
        out[y * outW + x] = in[sy * w + sx];
      }
    }
    return swaps
        ? new LumaImage(outW, outH, out, image.sourceHeight(), image.sourceWidth())
        : new LumaImage(outW, outH, out, image.sourceWidth(), image.sourceHeight());
  }

  private static int u16(byte[] b, int at, boolean little) {
    return little ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static long u32(byte[] b, int at, boolean little) {
    return little
        ? (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24
        : (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
  }
}
