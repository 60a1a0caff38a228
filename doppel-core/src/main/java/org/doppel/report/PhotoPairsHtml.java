package org.doppel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.doppel.ingest.Counted;
import org.doppel.match.photo.PhotoEdit;
import org.doppel.match.photo.PhotoPair;

/**
 * A self-contained HTML page of picture pairs: both pictures side by side as embedded thumbnails
 * (works offline from one file), with ids, score, edit and, where known, each picture's caption and
 * credit. Every id, caption and credit is escaped.
 */
public final class PhotoPairsHtml {
  /** What a report knows of a picture besides its pixels. */
  public record Picture(Optional<byte[]> bytes, Optional<String> caption, Optional<String> credit) {}

  private final Function<String, Picture> pictures;
  private final Thumbnails thumbnails = new Thumbnails();

  /** @param pictures the bytes, caption and credit of a picture by id */
  public PhotoPairsHtml(Function<String, Picture> pictures) {
    this.pictures = pictures;
  }

  public void write(List<PhotoPair> pairs, Writer out) throws IOException {
    Map<String, String> uris = new HashMap<>();
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Doppel: reused photos</title>\n"
        + "<style>body{font:14px system-ui,sans-serif;margin:2em}.pair{display:flex;gap:2em;align-items:flex-start;border-bottom:1px solid #ddd;"
        + "padding:1em 0}.side{max-width:220px}.side img{max-width:200px;max-height:200px;display:block;border:1px solid #ccc}"
        + ".meta{color:#555}.id{font-family:monospace;word-break:break-all}.missing{width:200px;height:120px;background:#eee}</style>"
        + "</head><body>\n<h1>Reused photos</h1>\n<p>" + Counted.of(pairs.size(), "pair") + " of pictures that show the same photo.</p>\n");
    for (PhotoPair pair : pairs) {
      out.write("<div class=\"pair\"><div class=\"meta\">same_photo " + String.format(Locale.ROOT, "%.2f", pair.match().score())
          + (pair.match().edit() == PhotoEdit.NONE ? "" : "<br>" + pair.match().edit().jsonName()) + "</div>");
      side(pair.a(), uris, out);
      side(pair.b(), uris, out);
      out.write("</div>\n");
    }
    out.write("</body></html>\n");
  }

  private void side(String id, Map<String, String> uris, Writer out) throws IOException {
    Picture picture = pictures.apply(id);
    String uri = uris.computeIfAbsent(id, k -> picture.bytes().flatMap(thumbnails::dataUri).orElse(""));
    out.write("<div class=\"side\">");
    out.write(uri.isEmpty() ? "<div class=\"missing\"></div>" : "<img alt=\"\" src=\"" + uri + "\">");
    out.write("<div class=\"id\">" + HtmlEscaper.escape(id) + "</div>");
    if (picture.caption().isPresent()) {
      out.write("<div class=\"caption\">" + HtmlEscaper.escape(picture.caption().get()) + "</div>");
    }
    if (picture.credit().isPresent()) {
      out.write("<div class=\"credit\">Credit: " + HtmlEscaper.escape(picture.credit().get()) + "</div>");
    }
    out.write("</div>");
  }
}
