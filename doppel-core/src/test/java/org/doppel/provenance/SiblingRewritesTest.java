package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.directed;
import static org.doppel.provenance.Docs.pair;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.doppel.report.JsonLinesReport;
import org.junit.jupiter.api.Test;

/**
 * Three texts: an original ("source") and two rewrites of it ("longer", the fuller one, and "brief"), whose pair the
 * judge, reading it alone, directs from the fuller rewrite to the other.
 */
class SiblingRewritesTest {
  private static final List<String> DOCS = List.of("source", "longer", "brief");

  private static List<DirectedPair> judged(double sourceToBrief) {
    return List.of(
        directed(pair("longer", "source", Relation.PARAPHRASE, 0.80, 90), "source", "facts"),
        directed(pair("brief", "source", Relation.PARAPHRASE, sourceToBrief, 60), "source", "condensed"),
        directed(pair("brief", "longer", Relation.PARAPHRASE, 0.70, 60), "longer", "model_style"));
  }

  @Test
  void theRewritesPairTurnsUnknownWhenTheirOriginalIsCloserToTheNamedCopy() {
    List<DirectedPair> in = judged(0.75);
    List<DirectedPair> out = SiblingRewrites.apply(in);
    assertThat(out).hasSize(3);
    assertThat(out.subList(0, 2)).containsExactlyElementsOf(in.subList(0, 2)); // the original's pairs keep their answers
    DirectedPair siblings = out.get(2);
    assertThat(siblings.direction().isKnown()).isFalse();
    assertThat(siblings.pair().source()).isNull();
    assertThat(siblings.direction().evidence()).isEmpty();
    assertThat(siblings.direction().detail()).isEqualTo("both may come from source: source is named the original of longer and is closer to"
        + " brief than longer is (the pair alone named longer the original, on model_style)");
    // the pair itself and the clues the judge saw are kept
    assertThat(siblings.pair().verdict()).isEqualTo(in.get(2).pair().verdict());
    assertThat(siblings.pair().passages()).isEqualTo(in.get(2).pair().passages());
    assertThat(siblings.direction().clues()).isEqualTo(in.get(2).direction().clues());
  }

  @Test
  void aThirdFartherFromTheNamedCopyThanItsOriginalChangesNothing() {
    List<DirectedPair> in = judged(0.65);
    assertThat(SiblingRewrites.apply(in)).containsExactlyElementsOf(in);
  }

  @Test
  void scoresAreComparedAsReportedToThreeDecimals() {
    List<DirectedPair> in = judged(0.7004); // reported 0.700, as the pair of the rewrites
    assertThat(SiblingRewrites.apply(in)).containsExactlyElementsOf(in);
    assertThat(SiblingRewrites.apply(judged(0.7006)).get(2).direction().isKnown()).isFalse();
  }

  @Test
  void aThirdNamedTheOriginalOfTheNamedCopyOnlyChangesNothing() {
    // the source is named the original of brief only (its pair with longer unknown): longer may be brief's original
    List<DirectedPair> in = List.of(
        directed(pair("longer", "source", Relation.PARAPHRASE, 0.80, 90), null, null),
        directed(pair("brief", "source", Relation.PARAPHRASE, 0.75, 60), "source", "condensed"),
        directed(pair("brief", "longer", Relation.PARAPHRASE, 0.70, 60), "longer", "model_style"));
    assertThat(SiblingRewrites.apply(in)).containsExactlyElementsOf(in);
  }

  @Test
  void ofSeveralThirdsTheDetailNamesTheOneClosestToTheNamedCopy() {
    List<DirectedPair> in = List.of(
        directed(pair("longer", "source", Relation.PARAPHRASE, 0.80, 90), "source", "facts"),
        directed(pair("brief", "source", Relation.PARAPHRASE, 0.75, 60), "source", "condensed"),
        directed(pair("longer", "wire", Relation.PARAPHRASE, 0.85, 90), "wire", "date"),
        directed(pair("brief", "wire", Relation.PARAPHRASE, 0.78, 60), "wire", "date"),
        directed(pair("brief", "longer", Relation.PARAPHRASE, 0.70, 60), "longer", "model_style"));
    assertThat(SiblingRewrites.apply(in).get(4).direction().detail()).startsWith("both may come from wire: wire is named");
  }

  @Test
  void theFamilyFollowsTheWithdrawnAnswer() {
    Map<String, SourceText> docs = Map.of("source", Docs.doc("source", "first.example", null), "longer", Docs.doc("longer", "second.example", null),
        "brief", Docs.doc("brief", "third.example", null));
    Provenance provenance = new ProvenanceAnalyzer(DirectionJudge.standard(new DocumentFrequencies()), FamilyBuilder.defaults())
        .ofDirected(DOCS, judged(0.75), docs::get, id -> 100);
    assertThat(provenance.direction("longer", "brief").isKnown()).isFalse();
    StoryFamily family = provenance.familyOf("brief");
    assertThat(family.origin()).isEqualTo("source");
    assertThat(family.member("brief").parent()).isEqualTo("source");
    assertThat(family.edges()).filteredOn(FamilyEdge::directionKnown).extracting(FamilyEdge::from).containsOnly("source");
  }

  @Test
  void aLineRewrittenWithTheUnknownDirectionIsTheLineWrittenWithIt() throws IOException {
    Map<String, String> texts = Map.of("source", "A source text.", "longer", "A longer rewrite of it.", "brief", "A brief one.");
    Function<String, String> text = texts::get;
    DirectedPair judged = judged(0.75).get(2);
    DirectedPair unknown = SiblingRewrites.apply(judged(0.75)).get(2);
    String before = line(text, judged);
    assertThat(before).contains("\"source\":\"longer\"");
    assertThat(JsonLinesReport.withDirection(before, unknown.direction())).isEqualTo(line(text, unknown));
  }

  private static String line(Function<String, String> text, DirectedPair directed) throws IOException {
    StringWriter out = new StringWriter();
    new JsonLinesReport(text).withProvenance(new Provenance(List.of(directed), List.of(), List.of())).write(List.of(directed.pair()), out);
    return out.toString().strip();
  }
}
