package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.provenance.FamilyEdge;
import org.doppel.provenance.FamilyMember;
import org.doppel.provenance.StoryFamily;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FamiliesGraphMlTest {
  @Test
  void theFamiliesAreOneGraphThatAnXmlReaderReadsWithEveryIdAndTitleAsWritten() throws Exception {
    String odd = "wire/a<b>&\"c\"\u0007";
    StoryFamily story = new StoryFamily("family-1", "harbour/1", List.of(
        new FamilyMember("harbour/1", null, null, true, 0.0, 0.0, "root"),
        new FamilyMember("coast/7", "harbour/1", Relation.NEAR_DUPLICATE, true, 0.96, 0.98, "edited (96% of the source)"),
        new FamilyMember(odd, "coast/7", Relation.PARTIAL, false, 0.2, 0.3, "took 1 passage")),
        List.of(new FamilyEdge("harbour/1", "coast/7", Relation.NEAR_DUPLICATE, true), new FamilyEdge("coast/7", odd, Relation.PARTIAL, false)));
    StoryFamily alone = new StoryFamily("family-2", "orchard", List.of(new FamilyMember("orchard", null, null, true, 0, 0, "root")), List.of());
    ArticleMetadata dated = new ArticleMetadata("Quay <reopens> & more", null, LocalDate.of(2026, 3, 12), LocalTime.of(9, 30), "Lorrin Post",
        "https://lorrin.example/quay", null, List.of(), List.of(), Map.of());
    StringWriter out = new StringWriter();

    new FamiliesGraphMl(id -> id.equals("harbour/1") ? dated : ArticleMetadata.EMPTY).write(List.of(story, alone), out);

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = xml.getElementsByTagName("node");
    assertThat(nodes.getLength()).isEqualTo(4);
    assertThat(((Element) nodes.item(0)).getAttribute("id")).isEqualTo("harbour/1");
    assertThat(data((Element) nodes.item(0))).containsEntry("n_title", "Quay <reopens> & more").containsEntry("n_date", "2026-03-12T09:30")
        .containsEntry("n_origin", "true").containsEntry("n_family", "family-1").containsEntry("n_site", "Lorrin Post");
    // an id XML cannot hold (a control char) gets a node id of its own; its label keeps the rest as written
    Element third = (Element) nodes.item(2);
    assertThat(third.getAttribute("id")).isEqualTo("node-2");
    assertThat(data(third)).containsEntry("n_label", "wire/a<b>&\"c\"\uFFFD").containsEntry("n_parent", "coast/7");
    NodeList edges = xml.getElementsByTagName("edge");
    assertThat(edges.getLength()).isEqualTo(2);
    Element second = (Element) edges.item(1);
    assertThat(second.getAttribute("source")).isEqualTo("coast/7");
    assertThat(second.getAttribute("target")).isEqualTo("node-2");
    assertThat(data(second)).containsEntry("e_relation", "partial").containsEntry("e_direction_known", "false");
    assertThat(((Element) xml.getElementsByTagName("graph").item(0)).getAttribute("edgedefault")).isEqualTo("directed");
  }

  @Test
  void aCrawlsDayIsSaidToBeOneInAnAttributeOfItsOwnWhileDateStaysTheValue() throws Exception {
    // the twenty-first tour: trace and the text reports said "crawled 2026-08-15" for a crawled page that gives no
    // date, where the graph's "date" gave the day alone, as if published then
    StoryFamily story = new StoryFamily("family-1", null, List.of(new FamilyMember("crawled", null, null, true, 0, 0, "root"),
        new FamilyMember("dated", null, null, true, 0, 0, "root")), List.of());
    ArticleMetadata crawled = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 15), null, null, null, null,
        List.of(), List.of(), Map.of("date", "jsonl-crawl"));
    ArticleMetadata dated = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 13), null, null, null, null,
        List.of(), List.of(), Map.of("date", "meta"));
    StringWriter out = new StringWriter();

    new FamiliesGraphMl(Map.of("crawled", crawled, "dated", dated)::get).write(List.of(story), out);

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = xml.getElementsByTagName("node");
    assertThat(data((Element) nodes.item(0))).containsEntry("n_date", "2026-08-15").containsEntry("n_date_shown", "crawled 2026-08-15");
    assertThat(data((Element) nodes.item(1))).containsEntry("n_date", "2026-08-13").containsEntry("n_date_shown", "2026-08-13");
    assertThat(out.toString()).contains("<key id=\"n_date_shown\" for=\"node\" attr.name=\"date_shown\" attr.type=\"string\"/>")
        .contains("<key id=\"n_date\" for=\"node\" attr.name=\"date\" attr.type=\"string\"/>");
  }

  private static Map<String, String> data(Element element) {
    Map<String, String> values = new java.util.HashMap<>();
    NodeList data = element.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element datum = (Element) data.item(i);
      values.put(datum.getAttribute("key"), datum.getTextContent());
    }
    return values;
  }
}
