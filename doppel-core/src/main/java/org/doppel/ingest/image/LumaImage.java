package org.doppel.ingest.image;

/**
 * A picture's brightness, one float (0..255) per pixel, row by row, at the size it was decoded
 * (possibly subsampled), with the size its file declares.
 */
public final class LumaImage {
  private final int width;
  private final int height;
  private final float[] luma;
  private final int sourceWidth;
  private final int sourceHeight;

  public LumaImage(int width, int height, float[] luma, int sourceWidth, int sourceHeight) {
    if (width < 1 || height < 1 || luma.length != width * height) {
      throw new IllegalArgumentException("luma must hold width*height values, got " + luma.length + " for " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.luma = luma;
    this.sourceWidth = sourceWidth;
    this.sourceHeight = sourceHeight;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The brightness at column x, row y. */
  public float at(int x, int y) {
    return luma[y * width + x];
  }

  /** The pixels themselves, row by row; callers must not change them. */
  float[] pixels() {
    return luma;
  }

  /** A copy of the pixels, row by row. */
  public float[] toArray() {
    return luma.clone();
  }

  public int sourceWidth() {
    return sourceWidth;
  }

  public int sourceHeight() {
    return sourceHeight;
  }
}
