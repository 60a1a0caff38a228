package org.doppel.match.photo;

import java.util.Locale;

/** How one picture of a matched pair was made from the other, as far as the hashes tell. */
public enum PhotoEdit {
  /** The whole picture matches the whole: resized, recompressed, recoloured, overlaid or slightly rotated. */
  NONE,
  /** Flipped left to right. */
  MIRROR,
  /** One shows a part of the other (a centre crop, a side cut off). */
  CROP,
  /** Turned by a few degrees. */
  ROTATE,
  /** One has a caption band or border the other lacks. */
  BAND;

  /** The name in JSON output ("crop"). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
