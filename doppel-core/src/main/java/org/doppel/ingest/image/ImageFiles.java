package org.doppel.ingest.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The picture files Doppel reads, recognised by extension. */
public final class ImageFiles {
  private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "gif", "webp", "bmp");

  private static final Set<String> DRAWINGS = Set.of("svg", "svgz");

  /** The formats Doppel decodes, as a message names them. */
  public static final String FORMATS_READ = "JPEG, PNG, GIF, WebP, BMP";

  /** Picture formats a phone, a camera or an image service writes that the bundled decoders do not read, by extension. */
  private static final Map<String, String> NOT_READ = Map.of("avif", "an AVIF", "heic", "a HEIC", "heif", "a HEIF",
      "jxl", "a JPEG XL", "tif", "a TIFF", "tiff", "a TIFF");

  /** The same formats by the brand of an ISO media file's {@code ftyp} box, which is what an AVIF or HEIC file starts with. */
  private static final Map<String, String> NOT_READ_BRANDS = Map.of("avif", "an AVIF", "avis", "an AVIF", "heic", "a HEIC",
      "heix", "a HEIC", "mif1", "a HEIF", "msf1", "a HEIF");

  private ImageFiles() {}

  /**
   * True for an SVG file ("logo.svg", "icon.svgz"): a drawing, almost always a logo or an icon, not a
   * photograph. Not decoded (no SVG renderer is bundled): passed over as no photo, and counted.
   */
  public static boolean isDrawing(String fileName) {
    return DRAWINGS.contains(extension(fileName));
  }

  /**
   * Why a file that is a picture in a format Doppel does not decode is skipped ("an AVIF picture, a format Doppel does
   * not read (it reads JPEG, …)"), by its extension; empty for any other file. A user who saved such a picture must be
   * told it is one, not that it is no picture at all.
   */
  public static Optional<String> notReadByName(String fileName) {
    return Optional.ofNullable(NOT_READ.get(extension(fileName))).map(ImageFiles::notRead);
  }

  /** {@link #notReadByName}'s reason from a picture's first bytes (an AVIF or HEIC file's {@code ftyp} box), whatever its name. */
  public static Optional<String> notReadByContent(byte[] bytes) {
    if (bytes.length < 12 || !new String(bytes, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
      return Optional.empty();
    }
    return Optional.ofNullable(NOT_READ_BRANDS.get(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1))).map(ImageFiles::notRead);
  }

  private static String notRead(String aFormat) {
    return aFormat + " picture, a format Doppel does not read (it reads " + FORMATS_READ + ")";
  }

  /** True for "x/photo.JPG", "a.webp"; false for "page.html", "photo". */
  public static boolean isImage(String fileName) {
    return EXTENSIONS.contains(extension(fileName));
  }

  /** The part of a file name after its last dot, lower case; "" for a name without one. */
  private static String extension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
