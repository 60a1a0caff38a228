package org.doppel.fingerprint.photo;

/** A rectangle in a picture, as fractions (0..1) of its width and height, end exclusive. */
public record Box(double x0, double y0, double x1, double y1) {
  public static final Box WHOLE = new Box(0, 0, 1, 1);

  public Box {
    if (!(0 <= x0 && x0 < x1 && x1 <= 1 && 0 <= y0 && y0 < y1 && y1 <= 1)) {
      throw new IllegalArgumentException("a box needs 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1, got " + x0 + "," + y0 + "," + x1 + "," + y1);
    }
  }

  public boolean isWhole() {
    return equals(WHOLE);
  }

  /** {@code part}, given as fractions of this box, as fractions of the picture this box is in. */
  public Box part(Box part) {
    double w = x1 - x0;
    double h = y1 - y0;
    return new Box(x0 + part.x0 * w, y0 + part.y0 * h, Math.min(1, x0 + part.x1 * w), Math.min(1, y0 + part.y1 * h));
  }

  /** This box's share of the picture's area. */
  public double area() {
    return (x1 - x0) * (y1 - y0);
  }
}
