package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.doppel.document.Span;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * Writes the data an HTML report's script renders, as one JSON object:
 *
 * <pre>{@code
 * {"version": 2,
 *  "summary": {"documents": 100 | null, "documentsInPairs": 80, "pairs": 261,
 *              "relations": {"near_duplicate": 67, ...}, "inputProblems": 0 | null},
 *  "relations": ["exact", "near_duplicate", ...],
 *  "docs": [{"id": "dev0001", "text": "...",
 *            "meta": {"title", "author", "date", "date_shown"?, "site", "url", "attributions": ["Copied from ..."]}}, ...],
 *  "pairs": [{"a": 0, "b": 5, "relation": "partial", "score": 0.248, "source": 0 | null,
 *             "reason": "...", "passages": [[aStart, aEnd, bStart, bEnd], ...],
 *             "sentences": [[aStart, aEnd, bStart, bEnd, similarity], ...],
 *             "evidence": ["...", ...], "confidence": 0.9,
 *             "photos": [{"a": image, "b": image, "score": 0.9, "edit"?, "caption_a"?, "credit_a"?, "caption_b"?,
 *                         "credit_b"?, "credit_conflict"?: true, "thumbA"?: "data:image/jpeg;base64,...", "thumbB"?}]}, ...],
 *  "families": null | [{"id": "f1", "origin": 0 | null, "origin_unknown"?: "why", "members": [0, 5, ...],
 *                       "edges": [[from, to, "relation", directed 1 | 0], ...]}, ...]}
 * }</pre>
 *
 * Each document's text is stored once and pairs and families refer to documents by their index in
 * {@code docs}. {@code meta} is left out when a document declares nothing, its fields when absent;
 * {@code sentences} is left out when empty; {@code evidence} and {@code confidence} appear when a
 * direction was judged for the pair; {@code photos} when the two documents show the same photo.
 * {@code families} is null when none were computed.
 * Passage offsets are UTF-16 char indices into the text, end exclusive, which is what JavaScript
 * string methods use. The output is safe to place inside a {@code <script>} element.
 */
final class ReportDataWriter {
  static final int VERSION = 2;
  private static final JsonFactory FACTORY = new JsonFactory();
  private final Function<String, String> textOf;
  private final Function<String, ArticleMetadata> metadataOf;
  private final Function<RelatedPair, PairDirection> directionOf;
  private final @Nullable List<ReportFamily> families;
  private final ReportPhotos photos;
  /** Thumbnails by image id, each made once however many pairs show the picture. */
  private final Map<String, Optional<String>> thumbnails = new HashMap<>();

  /** @param families the story families, or null when none were computed */
  ReportDataWriter(Function<String, String> textOf, Function<String, ArticleMetadata> metadataOf,
      Function<RelatedPair, PairDirection> directionOf, @Nullable List<ReportFamily> families, ReportPhotos photos) {
    this.textOf = textOf;
    this.metadataOf = metadataOf;
    this.directionOf = directionOf;
    this.families = families;
    this.photos = photos;
  }

  void write(List<RelatedPair> pairs, ReportSummary summary, Writer out) throws IOException {
    ScriptSafeWriter safe = new ScriptSafeWriter(out);
    Map<String, Integer> docIndex = documentIndex(pairs, families == null ? List.of() : families);
    try (JsonGenerator json = FACTORY.createGenerator(safe)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      writeSummary(summary, json);
      json.writeArrayFieldStart("relations");
      for (Relation relation : Relation.values()) {
        json.writeString(relation.jsonName());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("docs");
      for (String id : docIndex.keySet()) {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("text", textOf(id));
        writeMetadata(metadataOf.apply(id), json);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("pairs");
      for (RelatedPair pair : pairs) {
        writePair(pair, directionOf.apply(pair), docIndex, json);
      }
      json.writeEndArray();
      writeFamilies(docIndex, json);
      json.writeEndObject();
    }
    safe.finish();
  }

  /**
   * The text of a document of the report. A null one was written as JSON null, and the page's script then
   * failed on it in the browser, showing no pair at all.
   */
  private String textOf(String id) {
    String text = textOf.apply(id);
    if (text == null) {
      throw new IllegalArgumentException("the report's textOf gave no text for document '" + id
          + "', which a pair or family names: it must give the text of every document of the pairs and families");
    }
    return text;
  }

  /** Documents in order of first appearance in the pairs, then family members in no pair. */
  private static Map<String, Integer> documentIndex(List<RelatedPair> pairs, List<ReportFamily> families) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RelatedPair pair : pairs) {
      index.putIfAbsent(pair.a(), index.size());
      index.putIfAbsent(pair.b(), index.size());
    }
    for (ReportFamily family : families) {
      for (String member : family.members()) {
        index.putIfAbsent(member, index.size());
      }
    }
    return index;
  }

  private static void writeMetadata(ArticleMetadata meta, JsonGenerator json) throws IOException {
    if (meta == null || meta.equals(ArticleMetadata.EMPTY)) {
      return;
    }
    json.writeObjectFieldStart("meta");
    optional("title", meta.title(), json);
    optional("author", meta.author(), json);
    String day = meta.date() == null ? null : meta.date().toString();
    optional("date", day, json);
    // the day sorts the family's members; shown, a time where known and a crawl's day said to be one (no publication)
    String shown = meta.shownDate();
    optional("date_shown", shown == null || shown.equals(day) ? null : shown, json);
    optional("site", meta.site(), json);
    optional("url", meta.url(), json);
    if (!meta.attributions().isEmpty()) {
      json.writeArrayFieldStart("attributions");
      for (ArticleMetadata.Attribution attribution : meta.attributions()) {
        json.writeString(attribution.text());
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The number of a document the index was built from: every pair's and family member's. */
  private static int indexOf(Map<String, Integer> docIndex, String id) {
    return Objects.requireNonNull(docIndex.get(id), id);
  }

  private static void optional(String field, @Nullable String value, JsonGenerator json) throws IOException {
    if (value != null && !value.isBlank()) {
      json.writeStringField(field, value);
    }
  }

  private void writeFamilies(Map<String, Integer> docIndex, JsonGenerator json) throws IOException {
    json.writeFieldName("families");
    if (families == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (ReportFamily family : families) {
      json.writeStartObject();
      json.writeStringField("id", family.id());
      json.writeFieldName("origin");
      if (family.origin() == null) {
        json.writeNull();
      } else {
        json.writeNumber(indexOf(docIndex, family.origin()));
      }
      if (family.originUnknown() != null) {
        json.writeStringField("origin_unknown", family.originUnknown());
      }
      json.writeArrayFieldStart("members");
      for (String member : family.members()) {
        json.writeNumber(indexOf(docIndex, member));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("edges");
      for (ReportEdge edge : family.edges()) {
        json.writeStartArray();
        json.writeNumber(indexOf(docIndex, edge.from()));
        json.writeNumber(indexOf(docIndex, edge.to()));
        json.writeString(edge.relation().jsonName());
        json.writeNumber(edge.directed() ? 1 : 0);
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeSummary(ReportSummary summary, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeFieldName("documents");
    if (summary.documents().isPresent()) {
      json.writeNumber(summary.documents().getAsInt());
    } else {
      json.writeNull();
    }
    json.writeNumberField("documentsInPairs", summary.documentsInPairs());
    json.writeNumberField("pairs", summary.pairs());
    json.writeObjectFieldStart("relations");
    for (Map.Entry<Relation, Integer> entry : summary.pairsByRelation().entrySet()) {
      json.writeNumberField(entry.getKey().jsonName(), entry.getValue());
    }
    json.writeEndObject();
    json.writeFieldName("inputProblems");
    if (summary.inputProblems().isPresent()) {
      json.writeNumber(summary.inputProblems().getAsInt());
    } else {
      json.writeNull();
    }
    json.writeEndObject();
  }

  /** A passage's or sentence pair's spans in the page's arrays: a's start and end, then b's. */
  private static void writeEnds(JsonGenerator json, Span a, Span b) throws IOException {
    json.writeNumber(a.start());
    json.writeNumber(a.end());
    json.writeNumber(b.start());
    json.writeNumber(b.end());
  }

  private void writePair(RelatedPair pair, PairDirection direction, Map<String, Integer> docIndex, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("a", indexOf(docIndex, pair.a()));
    json.writeNumberField("b", indexOf(docIndex, pair.b()));
    json.writeStringField("relation", pair.relation().jsonName());
    json.writeNumberField("score", JsonNumbers.threeDecimals(pair.score()));
    json.writeFieldName("source");
    String sourceId = direction != null ? direction.source() : pair.source();
    Integer source = sourceId == null ? null : docIndex.get(sourceId);
    if (source == null) {
      json.writeNull();
    } else {
      json.writeNumber(source);
    }
    json.writeStringField("reason", pair.verdict().reason());
    json.writeArrayFieldStart("passages");
    for (Passage passage : pair.passages()) {
      json.writeStartArray();
      writeEnds(json, passage.a(), passage.b());
      json.writeEndArray();
    }
    json.writeEndArray();
    if (!pair.sentences().isEmpty()) {
      json.writeArrayFieldStart("sentences");
      for (SentenceLink link : pair.sentences()) {
        json.writeStartArray();
        writeEnds(json, link.a(), link.b());
        json.writeNumber(Math.round(link.similarity() * 100) / 100.0);
        json.writeEndArray();
      }
      json.writeEndArray();
    }
    if (direction != null) {
      json.writeNumberField("confidence", Math.round(direction.confidence() * 100) / 100.0);
      json.writeArrayFieldStart("evidence");
      for (String reason : direction.evidence()) {
        json.writeString(reason);
      }
      json.writeEndArray();
    }
    writePhotos(photos.photosOf().apply(pair), json);
    json.writeEndObject();
  }

  private void writePhotos(List<SharedPhoto> shared, JsonGenerator json) throws IOException {
    if (shared.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("photos");
    for (SharedPhoto photo : shared) {
      json.writeStartObject();
      JsonLinesReport.writePhotoFields(json, photo);
      optional("thumbA", thumbnail(photo.imageA()), json);
      optional("thumbB", thumbnail(photo.imageB()), json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private @Nullable String thumbnail(String imageId) {
    return thumbnails.computeIfAbsent(imageId, photos.thumbnailOf()).filter(uri -> uri.startsWith("data:image/jpeg;base64,")).orElse(null);
  }
}
