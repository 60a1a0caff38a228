package org.doppel.fingerprint.photo;

/**
 * The parts of a picture that are hashed and kept. A crop of a photo is hashed whole, so it meets
 * the original's hash of the same part: a centre crop to 80 % meets {@link #CENTRE_80}, a cut of 30 %
 * from one side meets the 70 % window on the other side. Boxes are fractions of width and height.
 */
public enum PhotoRegion {
  WHOLE(0, 0, 1, 1),
  CENTRE_80(0.1, 0.1, 0.9, 0.9),
  LEFT_70(0, 0, 0.7, 1),
  RIGHT_70(0.3, 0, 1, 1),
  TOP_70(0, 0, 1, 0.7),
  BOTTOM_70(0, 0.3, 1, 1);

  private final Box box;

  PhotoRegion(double x0, double y0, double x1, double y1) {
    this.box = new Box(x0, y0, x1, y1);
  }

  public Box box() {
    return box;
  }
}
