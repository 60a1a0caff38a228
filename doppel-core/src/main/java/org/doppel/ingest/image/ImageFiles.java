package org.doppel.ingest.image;

import java.util.Locale;
import java.util.Set;

/** The picture files Doppel reads, recognised by extension. */
public final class ImageFiles {
  private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "gif", "webp", "bmp");

  private static final Set<String> DRAWINGS = Set.of("svg", "svgz");

  private ImageFiles() {}

  /**
   * True for an SVG file ("logo.svg", "icon.svgz"): a drawing, almost always a logo or an icon, not a
   * photograph. Not decoded (no SVG renderer is bundled): passed over as no photo, and counted.
   */
  public static boolean isDrawing(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && DRAWINGS.contains(name.substring(dot + 1));
  }

  /** True for "x/photo.JPG", "a.webp"; false for "page.html", "photo". */
  public static boolean isImage(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }
}
