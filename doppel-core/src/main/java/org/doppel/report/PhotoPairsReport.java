package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.doppel.fingerprint.photo.Box;
import org.doppel.match.photo.PhotoEdit;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoPair;

/**
 * Writes the pairs of pictures that show the same photo, as JSON Lines, one object a pair:
 * {@code {"a", "b", "relation": "same_photo", "score", "distance", "edit"?, "region"?}}. {@code edit} is
 * {@code mirror}, {@code crop}, {@code rotate} or {@code band} (caption band or border) when the hashes
 * tell; {@code region} gives, for a crop or band, where the shared photo lies in each picture:
 * {@code {"a": [x0, y0, x1, y1], "b": [...]}} as fractions of width and height. Or as text, one line a
 * pair.
 */
public final class PhotoPairsReport {
  private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

  public void writeJsonLines(List<PhotoPair> pairs, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (PhotoPair pair : pairs) {
        PhotoMatch match = pair.match();
        json.writeStartObject();
        json.writeStringField("a", pair.a());
        json.writeStringField("b", pair.b());
        json.writeStringField("relation", "same_photo");
        json.writeNumberField("score", JsonNumbers.threeDecimals(match.score()));
        json.writeNumberField("distance", match.distance());
        if (match.edit() != PhotoEdit.NONE) {
          json.writeStringField("edit", match.edit().jsonName());
        }
        if (!match.regionA().isWhole() || !match.regionB().isWhole()) {
          json.writeObjectFieldStart("region");
          box(json, "a", match.regionA());
          box(json, "b", match.regionB());
          json.writeEndObject();
        }
        json.writeEndObject();
        json.flush();
        out.write('\n');
      }
    }
  }

  private static void box(JsonGenerator json, String name, Box box) throws IOException {
    json.writeArrayFieldStart(name);
    for (double v : new double[] {box.x0(), box.y0(), box.x1(), box.y1()}) {
      json.writeNumber(JsonNumbers.threeDecimals(v));
    }
    json.writeEndArray();
  }

  public void writeText(List<PhotoPair> pairs, PrintWriter out) {
    for (PhotoPair pair : pairs) {
      PhotoMatch match = pair.match();
      out.printf(Locale.ROOT, "same_photo  %.2f  %s  ~  %s%s%n", match.score(), pair.a(), pair.b(),
          match.edit() == PhotoEdit.NONE ? "" : "  (" + match.edit().jsonName() + ")");
    }
    out.flush();
  }
}
