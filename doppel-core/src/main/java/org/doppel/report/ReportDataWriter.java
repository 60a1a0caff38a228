package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;

/**
 * Writes the data an HTML report's script renders, as one JSON object:
 *
 * <pre>{@code
 * {"version": 1,
 *  "summary": {"documents": 100 | null, "documentsInPairs": 80, "pairs": 261,
 *              "relations": {"near_duplicate": 67, ...}, "inputProblems": 0 | null},
 *  "relations": ["exact", "near_duplicate", ...],
 *  "docs": [{"id": "dev0001", "text": "..."}, ...],
 *  "pairs": [{"a": 0, "b": 5, "relation": "partial", "score": 0.248, "source": 0 | null,
 *             "reason": "...", "passages": [[aStart, aEnd, bStart, bEnd], ...]}, ...]}
 * }</pre>
 *
 * Each document's text is stored once and pairs refer to documents by their index in {@code docs}.
 * Passage offsets are UTF-16 char indices into the text, end exclusive, which is what JavaScript
 * string methods use. The output is safe to place inside a {@code <script>} element.
 */
final class ReportDataWriter {
  static final int VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactory();
  private final Function<String, String> textOf;

  ReportDataWriter(Function<String, String> textOf) {
    this.textOf = textOf;
  }

  void write(List<RelatedPair> pairs, ReportSummary summary, Writer out) throws IOException {
    ScriptSafeWriter safe = new ScriptSafeWriter(out);
    Map<String, Integer> docIndex = documentIndex(pairs);
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
        json.writeStringField("text", textOf.apply(id));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("pairs");
      for (RelatedPair pair : pairs) {
        writePair(pair, docIndex, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    safe.finish();
  }

  /** Documents in order of first appearance in the pairs. */
  private static Map<String, Integer> documentIndex(List<RelatedPair> pairs) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RelatedPair pair : pairs) {
      index.putIfAbsent(pair.a(), index.size());
      index.putIfAbsent(pair.b(), index.size());
    }
    return index;
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

  private static void writePair(RelatedPair pair, Map<String, Integer> docIndex, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("a", docIndex.get(pair.a()));
    json.writeNumberField("b", docIndex.get(pair.b()));
    json.writeStringField("relation", pair.relation().jsonName());
    json.writeNumberField("score", Math.round(pair.score() * 1000) / 1000.0);
    json.writeFieldName("source");
    Integer source = pair.source() == null ? null : docIndex.get(pair.source());
    if (source == null) {
      json.writeNull();
    } else {
      json.writeNumber(source);
    }
    json.writeStringField("reason", pair.verdict().reason());
    json.writeArrayFieldStart("passages");
    for (Passage passage : pair.passages()) {
      json.writeStartArray();
      json.writeNumber(passage.a().start());
      json.writeNumber(passage.a().end());
      json.writeNumber(passage.b().start());
      json.writeNumber(passage.b().end());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
