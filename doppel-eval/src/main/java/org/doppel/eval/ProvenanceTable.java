package org.doppel.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link ProvenanceResult} as a short table, or as fields of a JSON object. */
public final class ProvenanceTable {
  private ProvenanceTable() {}

  public static void write(ProvenanceResult result, PrintWriter out) {
    DirectionScores d = result.direction();
    out.println();
    out.println("Provenance");
    out.printf(Locale.ROOT, "direction, pairs with evidence     %4d  right %4d  unknown %3d  not found %3d  accuracy %s%n",
        d.withEvidence(), d.withEvidenceRight(), d.withEvidenceUnknown(), d.withEvidenceMissing(), EvaluationTable.number(d.accuracyWithEvidence()));
    out.printf(Locale.ROOT, "direction, pairs without evidence  %4d  answered %4d (%s)  right %4d (precision %s)%n",
        d.withoutEvidence(), d.withoutEvidenceAnswered(), EvaluationTable.number(d.answeredWithoutEvidence()), d.withoutEvidenceRight(),
        EvaluationTable.number(d.precisionWithoutEvidence()));
    out.printf(Locale.ROOT, "families (from %s)  %d documents, %d truth families, %d predicted (2+ members)  ARI %s%n",
        result.familiesFrom(), result.documents(), result.truthFamilies(), result.predictedFamilies(), EvaluationTable.number(result.familyAri()));
    out.flush();
  }

  /** Writes {@code "provenance": {...}} into an open JSON object. */
  public static void writeJsonField(ProvenanceResult result, JsonGenerator json) throws IOException {
    DirectionScores d = result.direction();
    json.writeObjectFieldStart("provenance");
    json.writeObjectFieldStart("direction_with_evidence");
    json.writeNumberField("pairs", d.withEvidence());
    json.writeNumberField("right", d.withEvidenceRight());
    json.writeNumberField("unknown", d.withEvidenceUnknown());
    json.writeNumberField("not_found", d.withEvidenceMissing());
    EvaluationJson.number(json, "accuracy", d.accuracyWithEvidence());
    json.writeEndObject();
    json.writeObjectFieldStart("direction_without_evidence");
    json.writeNumberField("pairs", d.withoutEvidence());
    json.writeNumberField("answered", d.withoutEvidenceAnswered());
    json.writeNumberField("right", d.withoutEvidenceRight());
    EvaluationJson.number(json, "answered_share", d.answeredWithoutEvidence());
    EvaluationJson.number(json, "precision", d.precisionWithoutEvidence());
    json.writeEndObject();
    json.writeObjectFieldStart("families");
    json.writeStringField("from", result.familiesFrom());
    json.writeNumberField("documents", result.documents());
    json.writeNumberField("truth_families", result.truthFamilies());
    json.writeNumberField("predicted_families", result.predictedFamilies());
    EvaluationJson.number(json, "ari", result.familyAri());
    json.writeEndObject();
    json.writeEndObject();
  }
}
