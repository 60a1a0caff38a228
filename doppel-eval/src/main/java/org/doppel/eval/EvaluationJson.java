package org.doppel.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.doppel.relate.Relation;

/**
 * Writes an {@link EvaluationResult} as one JSON object on one line:
 * {@code {"counts": {...}, "overall_relations": [...], "overall": ROW, "relations": {"exact": ROW, ...}}} with
 * {@code ROW = {"pairs": {"tp", "fp", "fn", "precision", "recall", "f1"}, "passages": {"matched": P, "all": P}}}
 * and {@code P = {"pairs", "cases", "detections", "detected_cases", "precision", "recall", "granularity",
 * "plagdet"}}. Measures that do not exist (NaN) are written as {@code null}, and so is each row's {@code "passages"}
 * when the truth gives none ({@link EvaluationResult#passagesScored()}).
 */
public final class EvaluationJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EvaluationJson() {}

  public static void write(EvaluationResult result, Writer out) throws IOException {
    write(result, null, out);
  }

  /** The same object with a {@code "provenance"} field ({@link ProvenanceTable#writeJsonField}) when given. */
  public static void write(EvaluationResult result, ProvenanceResult provenance, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      counts(json, result.counts());
      json.writeArrayFieldStart("overall_relations");
      for (Relation relation : ReuseEvaluation.REUSE_RELATIONS) {
        if (result.overallRelations().contains(relation)) {
          json.writeString(relation.jsonName());
        }
      }
      json.writeEndArray();
      json.writeFieldName("overall");
      row(json, result.overall(), result.passagesScored());
      json.writeObjectFieldStart("relations");
      for (EvaluationRow row : result.byRelation()) {
        json.writeFieldName(row.label());
        row(json, row, result.passagesScored());
      }
      json.writeEndObject();
      if (provenance != null) {
        ProvenanceTable.writeJsonField(provenance, json);
      }
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void counts(JsonGenerator json, PairCounts counts) throws IOException {
    json.writeObjectFieldStart("counts");
    json.writeNumberField("truth_pairs", counts.truthPairs());
    json.writeNumberField("truth_reuse_pairs", counts.truthReusePairs());
    json.writeNumberField("predicted_pairs", counts.predictedPairs());
    json.writeNumberField("predicted_not_in_truth", counts.predictedNotInTruth());
    json.writeNumberField("predicted_truth_unrelated", counts.predictedTruthUnrelated());
    json.writeNumberField("predicted_other_relation", counts.predictedOtherRelation());
    json.writeNumberField("predicted_outside_overall", counts.predictedOutsideOverall());
    json.writeNumberField("truth_outside_overall", counts.truthOutsideOverall());
    json.writeEndObject();
  }

  private static void row(JsonGenerator json, EvaluationRow row, boolean passagesScored) throws IOException {
    json.writeStartObject();
    PairScores pairs = row.pairs();
    json.writeObjectFieldStart("pairs");
    json.writeNumberField("tp", pairs.truePositives());
    json.writeNumberField("fp", pairs.falsePositives());
    json.writeNumberField("fn", pairs.falseNegatives());
    number(json, "precision", pairs.precision());
    number(json, "recall", pairs.recall());
    number(json, "f1", pairs.f1());
    json.writeEndObject();
    if (!passagesScored) {
      json.writeNullField("passages");
      json.writeEndObject();
      return;
    }
    json.writeObjectFieldStart("passages");
    passages(json, "matched", row.passagesOnMatchedPairs());
    passages(json, "all", row.passagesOverAllPairs());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void passages(JsonGenerator json, String name, PassageScores scores) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("pairs", scores.pairs());
    json.writeNumberField("cases", scores.cases());
    json.writeNumberField("detections", scores.detections());
    json.writeNumberField("detected_cases", scores.detectedCases());
    number(json, "precision", scores.precision());
    number(json, "recall", scores.recall());
    number(json, "granularity", scores.granularity());
    number(json, "plagdet", scores.plagdet());
    json.writeEndObject();
  }

  /** A measure rounded to six places, or null where it is undefined (NaN). */
  static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isNaN(value)) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, Math.round(value * 1e6) / 1e6);
    }
  }
}
