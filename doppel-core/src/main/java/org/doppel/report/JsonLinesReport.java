package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.doppel.document.Span;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.provenance.Direction;
import org.doppel.provenance.Provenance;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * Writes one JSON object per related pair:
 * {@code {"a", "b", "relation", "score", "source", "direction_evidence", "direction_confidence", "direction_detail",
 * "reason", "passages": [{"a": [start, end], "b": [start, end]}]}}, and for paraphrases
 * {@code "sentences": [{"a": [start, end], "b": [start, end], "similarity"}]}: the aligned sentence pairs; offsets
 * in Unicode code points into each document's original text, end exclusive. {@code source} is the likely
 * original (null when unknown) and {@code direction_evidence} the signals it rests on; without a
 * {@link Provenance} the pair's own source is written with empty evidence.
 */
public final class JsonLinesReport {
  private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);
  private final Function<String, CodePointOffsets> offsetsOf;
  private final @Nullable Provenance provenance;
  private final Function<RelatedPair, List<SharedPhoto>> photos;
  private final @Nullable String first;
  private final int threads;

  /** @param textOf the original text of a document id, to convert offsets to code points */
  public JsonLinesReport(Function<String, String> textOf) {
    this(textOf.andThen(CodePointOffsets::new), null, pair -> List.of(), null, 1);
  }

  /**
   * A report on documents found by id with {@code sourceOf}: a text is decoded only when it has a character
   * outside the Basic Multilingual Plane ({@link CodePointOffsets#of(SourceText)}), where the report of a scan
   * decoded both texts of every pair.
   */
  public static JsonLinesReport ofSources(Function<String, SourceText> sourceOf) {
    return new JsonLinesReport(sourceOf.andThen(CodePointOffsets::of), null, pair -> List.of(), null, 1);
  }

  private JsonLinesReport(Function<String, CodePointOffsets> offsetsOf, @Nullable Provenance provenance, Function<RelatedPair, List<SharedPhoto>> photos,
      @Nullable String first, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.offsetsOf = offsetsOf;
    this.provenance = provenance;
    this.photos = photos;
    this.first = first;
    this.threads = threads;
  }

  /**
   * This report with each pair's shared photos: {@code "photos": [{"a": image, "b": image, "score", "edit"?,
   * "caption_a"?, "credit_a"?, "caption_b"?, "credit_b"?, "credit_conflict"?: true}]}, written when there are any;
   * {@code credit_conflict} when both sides credit the photo to different people or agencies.
   */
  public JsonLinesReport withPhotos(Function<RelatedPair, List<SharedPhoto>> photos) {
    return new JsonLinesReport(offsetsOf, provenance, photos, first, threads);
  }

  /** This report with each pair's direction of copying taken from {@code provenance}. */
  public JsonLinesReport withProvenance(Provenance provenance) {
    return new JsonLinesReport(offsetsOf, provenance, photos, first, threads);
  }

  /**
   * This report with its lines formatted on {@code threads} threads ({@link ParallelLines}) when it is given a
   * list of pairs: the same text, written in the same order.
   */
  public JsonLinesReport withThreads(int threads) {
    return new JsonLinesReport(offsetsOf, provenance, photos, first, threads);
  }

  /**
   * This report with document {@code id} written as {@code a} of every pair it is in (its spans
   * first): how a query's answers read, the query document being the one asked about.
   */
  public JsonLinesReport withFirst(String id) {
    return new JsonLinesReport(offsetsOf, provenance, photos, id, threads);
  }

  private static void writeSpans(JsonGenerator json, CodePointOffsets a, Span inA, CodePointOffsets b, Span inB) throws IOException {
    json.writeArrayFieldStart("a");
    json.writeNumber(a.of(inA.start()));
    json.writeNumber(a.of(inA.end()));
    json.writeEndArray();
    json.writeArrayFieldStart("b");
    json.writeNumber(b.of(inB.start()));
    json.writeNumber(b.of(inB.end()));
    json.writeEndArray();
  }

  private static void writePhotos(JsonGenerator json, List<SharedPhoto> shared) throws IOException {
    if (shared.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("photos");
    for (SharedPhoto photo : shared) {
      json.writeStartObject();
      writePhotoFields(json, photo);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * A pair's line as {@link #write} wrote it without photos (no line end), with {@code photos} added as
   * {@link #withPhotos} would have written them: for writers that learn a pair's photos after its line
   * (the Spark job). The line is returned as it is when there are none.
   */
  public static String addPhotos(String line, List<SharedPhoto> photos) {
    if (photos.isEmpty()) {
      return line;
    }
    StringWriter field = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(field)) {
      json.writeStartObject();
      writePhotos(json, photos);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String object = field.toString();
    String trimmed = line.strip();
    if (!trimmed.endsWith("}")) {
      throw new IllegalArgumentException("not a JSON object line: " + line);
    }
    return trimmed.substring(0, trimmed.length() - 1) + "," + object.substring(1);
  }

  /**
   * A pair's line as {@link #write} wrote it with a provenance, its direction fields ({@code source} to
   * {@code direction_detail}) replaced by those of {@code direction}: for writers that change a pair's direction after
   * its line is written (the Spark job, for sibling rewrites). A JSON string holds no unescaped quote, so the first
   * {@code ,"source":} and the {@code ,"reason":} after it are the fields'.
   */
  public static String withDirection(String line, Direction direction) {
    int from = line.indexOf(",\"source\":");
    int to = from < 0 ? -1 : line.indexOf(",\"reason\":", from);
    if (to < 0) {
      throw new IllegalArgumentException("not a pair's line with a direction: " + line);
    }
    StringWriter fields = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(fields)) {
      json.writeStartObject();
      writeDirection(json, direction.source(), direction);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String object = fields.toString();
    return line.substring(0, from) + "," + object.substring(1, object.length() - 1) + line.substring(to);
  }

  private static void writeDirection(JsonGenerator json, @Nullable String source, @Nullable Direction direction) throws IOException {
    json.writeStringField("source", source);
    json.writeArrayFieldStart("direction_evidence");
    for (String signal : direction == null ? List.<String>of() : direction.evidence()) {
      json.writeString(signal);
    }
    json.writeEndArray();
    if (direction != null) {
      json.writeNumberField("direction_confidence", direction.confidence());
      json.writeStringField("direction_detail", direction.detail());
    }
  }

  /** A shared photo's fields, as JSON Lines and the HTML report's data both give them. */
  static void writePhotoFields(JsonGenerator json, SharedPhoto photo) throws IOException {
    json.writeStringField("a", photo.imageA());
    json.writeStringField("b", photo.imageB());
    json.writeNumberField("score", JsonNumbers.threeDecimals(photo.score()));
    optional(json, "edit", photo.edit());
    optional(json, "caption_a", photo.captionA());
    optional(json, "credit_a", photo.creditA());
    optional(json, "caption_b", photo.captionB());
    optional(json, "credit_b", photo.creditB());
    if (photo.creditConflict()) {
      json.writeBooleanField("credit_conflict", true);
    }
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  public void write(Iterable<RelatedPair> pairs, Writer out) throws IOException {
    ParallelLines.write(pairs, threads, this::writeLines, out);
  }

  /** The pairs' lines; each depends on its pair alone, so chunks of pairs may be written apart. */
  private void writeLines(Iterable<RelatedPair> pairs, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      @Nullable String lastA = null;
      @Nullable CodePointOffsets offsetsA = null;
      for (RelatedPair pair : pairs) {
        PairSides sides = PairSides.of(pair, first);
        String idA = sides.a();
        String idB = sides.b();
        // Pairs come sorted by their first id: one document's offsets serve all its pairs in a row.
        if (offsetsA == null || !idA.equals(lastA)) {
          lastA = idA;
          offsetsA = offsetsOf.apply(idA);
        }
        CodePointOffsets a = offsetsA;
        CodePointOffsets b = offsetsOf.apply(idB);
        json.writeStartObject();
        json.writeStringField("a", idA);
        json.writeStringField("b", idB);
        json.writeStringField("relation", pair.relation().jsonName());
        json.writeNumberField("score", JsonNumbers.threeDecimals(pair.score()));
        Direction direction = provenance == null ? null : provenance.direction(pair.a(), pair.b());
        writeDirection(json, direction == null ? pair.source() : direction.source(), direction);
        json.writeStringField("reason", sides.reason());
        json.writeArrayFieldStart("passages");
        for (Passage passage : pair.passages()) {
          json.writeStartObject();
          writeSpans(json, a, sides.inA(passage), b, sides.inB(passage));
          json.writeEndObject();
        }
        json.writeEndArray();
        if (!pair.sentences().isEmpty()) {
          json.writeArrayFieldStart("sentences");
          for (SentenceLink link : pair.sentences()) {
            json.writeStartObject();
            writeSpans(json, a, sides.inA(link), b, sides.inB(link));
            json.writeNumberField("similarity", JsonNumbers.threeDecimals(link.similarity()));
            json.writeEndObject();
          }
          json.writeEndArray();
        }
        writePhotos(json, sides.photos(photos.apply(pair)));
        json.writeEndObject();
        json.flush();
        out.write('\n');
      }
    }
  }
}
