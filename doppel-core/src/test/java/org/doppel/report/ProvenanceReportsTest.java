package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doppel.document.Span;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.provenance.DirectionJudge;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.ProvenanceAnalyzer;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

class ProvenanceReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "The same story, told twice.";

  private static SourceText doc(String id, String date, List<ArticleMetadata.Attribution> attributions) {
    ArticleMetadata metadata = new ArticleMetadata(null, null, date == null ? null : LocalDate.parse(date), null, "Site " + id, null, null,
        List.of(), attributions, Map.of());
    return new SourceText(id, TEXT, id, metadata);
  }

  private final Map<String, SourceText> docs = Map.of(
      "a", doc("a", "2021-06-02", List.of()),
      "b", doc("b", "2021-06-01", List.of()),
      "c", doc("c", null, List.of(new ArticleMetadata.Attribution("Copied from Kiwi Report", "Kiwi Report"))));
  private final RelatedPair pair = new RelatedPair("a", "b", new Verdict(Relation.EXACT, 1, "same"), null,
      List.of(new Passage(new Span(0, TEXT.length()), new Span(0, TEXT.length()), 5, 5, 5, 5)));
  private final Provenance provenance = new ProvenanceAnalyzer(DirectionJudge.metadataSignals(), FamilyBuilder.defaults())
      .analyze(List.of("a", "b", "c"), List.of(pair), docs::get, id -> 5);

  @Test
  void aStoryRepostedTheSameDayByEverySiteHasItsUnknownOriginSaidInWords() throws Exception {
    // an agency's story on four sites, all dated one day, none crediting another: no first publication to name
    Map<String, SourceText> reposts = Map.of("wire/ostvale", doc("wire/ostvale", "2026-11-03", List.of()),
        "wire/brindle", doc("wire/brindle", "2026-11-03", List.of()), "wire/hollin", doc("wire/hollin", "2026-11-03", List.of()),
        "wire/quarnby", doc("wire/quarnby", "2026-11-03", List.of()));
    List<String> ids = reposts.keySet().stream().sorted().toList();
    List<RelatedPair> pairs = new java.util.ArrayList<>();
    for (int i = 1; i < ids.size(); i++) {
      pairs.add(new RelatedPair(ids.get(0), ids.get(i), new Verdict(Relation.EXACT, 1, "same"), null,
          List.of(new Passage(new Span(0, TEXT.length()), new Span(0, TEXT.length()), 5, 5, 5, 5))));
    }
    Provenance wire = new ProvenanceAnalyzer(DirectionJudge.metadataSignals(), FamilyBuilder.defaults())
        .analyze(ids, pairs, reposts::get, id -> 5);
    var family = wire.families().get(0);
    assertThat(family.origin()).isNull();
    assertThat(wire.originUnknown(family)).startsWith("4 of its members (wire/brindle, wire/hollin, wire/ostvale …) have no known source")
        .contains("both dated 2026-11-03, the same day").contains("may be outside the corpus");

    StringWriter out = new StringWriter();
    new TraceReport(id -> reposts.get(id).text(), 80).writeText(wire.trace(reposts.get("wire/hollin")), new PrintWriter(out));
    assertThat(out.toString()).contains("family family-1: 4 members, origin unknown\n  origin unknown: 4 of its members (");
    StringWriter json = new StringWriter();
    new TraceReport(id -> reposts.get(id).text(), 80).writeJson(wire.trace(reposts.get("wire/hollin")), json);
    assertThat(JSON.readTree(json.toString()).get("origin_unknown").asText()).isEqualTo(wire.originUnknown(family));
    assertThat(ProvenanceForReport.families(wire)).singleElement()
        .satisfies(f -> assertThat(f.originUnknown()).isEqualTo(wire.originUnknown(family)));
    StringWriter html = new StringWriter();
    new HtmlReport(id -> reposts.get(id).text()).withFamilies(ProvenanceForReport.families(wire)).write(wire.relatedPairs(), html);
    assertThat(html.toString()).contains("origin_unknown");
    // the families file of `scan --families` says it in the same words; a family with an origin has no such field
    StringWriter families = new StringWriter();
    new FamiliesJsonLines(wire).write(wire.families(), families);
    assertThat(JSON.readTree(families.toString()).get("origin_unknown").asText()).isEqualTo(wire.originUnknown(family));
    StringWriter known = new StringWriter();
    new FamiliesJsonLines(provenance).write(provenance.families(), known);
    assertThat(known.toString()).doesNotContain("origin_unknown");

    // a family whose origin is known has nothing to explain; one whose root credits a site outside the corpus says so
    assertThat(provenance.originUnknown(provenance.families().get(0))).isNull();
    Map<String, SourceText> credited = Map.of("c", docs.get("c"), "d", doc("d", "2021-06-05", List.of()));
    Provenance outside = new ProvenanceAnalyzer(DirectionJudge.metadataSignals(), FamilyBuilder.defaults()).analyze(List.of("c", "d"),
        List.of(new RelatedPair("c", "d", new Verdict(Relation.EXACT, 1, "same"), null,
            List.of(new Passage(new Span(0, TEXT.length()), new Span(0, TEXT.length()), 5, 5, 5, 5)))), credited::get, id -> 5);
    assertThat(outside.families().get(0).origin()).isNull();
    assertThat(outside.originUnknown(outside.families().get(0))).endsWith("(c credits a source outside the corpus)");
  }

  @Test
  void jsonLinesCarrySourceEvidenceConfidenceAndDetail() throws Exception {
    StringWriter out = new StringWriter();
    new JsonLinesReport(id -> docs.get(id).text()).withProvenance(provenance).write(provenance.relatedPairs(), out);
    JsonNode line = JSON.readTree(out.toString());
    assertThat(line.get("source").asText()).isEqualTo("b");
    assertThat(line.get("direction_evidence")).extracting(JsonNode::asText).containsExactly("date");
    assertThat(line.get("direction_confidence").asDouble()).isEqualTo(0.9);
    assertThat(line.get("direction_detail").asText()).isEqualTo("date: b published 2021-06-01, a 2021-06-02");
  }

  @Test
  void familiesAreOneLineEachWithEdgesAndDetails() throws Exception {
    StringWriter out = new StringWriter();
    new FamiliesJsonLines(provenance).write(provenance.families(), out);
    List<JsonNode> lines = out.toString().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (Exception e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("origin").asText()).isEqualTo("b");
    assertThat(lines.get(0).get("members")).extracting(JsonNode::asText).containsExactly("b", "a");
    assertThat(lines.get(0).get("edges").get(0).get("from").asText()).isEqualTo("b");
    assertThat(lines.get(0).get("edges").get(0).get("direction_known").asBoolean()).isTrue();
    assertThat(lines.get(0).get("details").get(1).get("change").asText()).isEqualTo("verbatim copy");
    assertThat(lines.get(1).get("members")).extracting(JsonNode::asText).containsExactly("c");
  }

  @Test
  void theTextReportShowsDirectionsAndAttributionsThatNameNoRelatedDocument() {
    StringWriter out = new StringWriter();
    new TextReport(id -> docs.get(id).text(), 80).withProvenance(provenance).write(provenance.relatedPairs(), new PrintWriter(out));
    assertThat(out.toString())
        .contains("(likely original: b)")
        .contains("direction: b is the likely original (date, confidence 0.90): date: b published 2021-06-01")
        .contains("== c\n  says \"Copied from Kiwi Report\", crediting Kiwi Report: no related document of the corpus is on that site");
  }

  @Test
  void theTraceOfTheOriginListsItsCopyWithThePassage() {
    StringWriter out = new StringWriter();
    new TraceReport(id -> docs.get(id).text(), 80).writeText(provenance.trace(docs.get("b")), new PrintWriter(out));
    assertThat(out.toString())
        .startsWith("b  Site b, 2021-06-01")
        .contains("family family-1: 2 members, origin b (this document)")
        .contains("1. a  exact 1.00  generation 1; evidence: date")
        .contains("passage 1: b [0, 27) ~ a [0, 27)")
        .contains("\"The same story, told twice.\"");
  }

  @Test
  void theHtmlReportGetsDirectionsWithTheirReasonsAndFamiliesOfTwoOrMore() {
    PairDirection direction = ProvenanceForReport.direction(provenance, pair);
    assertThat(direction.source()).isEqualTo("b");
    assertThat(direction.evidence()).containsExactly("date: b published 2021-06-01, a 2021-06-02");
    assertThat(ProvenanceForReport.families(provenance)).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo("b");
      assertThat(f.members()).containsExactly("b", "a");
      assertThat(f.edges()).singleElement().satisfies(e -> assertThat(e.directed()).isTrue());
    });
  }
}
