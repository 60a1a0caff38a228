package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.directed;
import static org.doppel.provenance.Docs.pair;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doppel.relate.Relation;
import org.doppel.report.JsonLinesReport;
import org.junit.jupiter.api.Test;

/**
 * A group of four texts: an original ("source") and three rewrites of it ("first", "second", "third"), every two of
 * them reported as a pair. The judge names the source the original of two rewrites and leaves its pair with the
 * third unknown; the rewrites' pairs among themselves are unknown too.
 */
class GroupAnswerCarrierTest {
  private static List<DirectedPair> group(String secondsOriginal) {
    return List.of(
        directed(pair("source", "first", Relation.PARAPHRASE, 0.80, 90), "source", "facts"),
        directed(pair("source", "second", Relation.PARAPHRASE, 0.80, 90), secondsOriginal, "condensed"),
        directed(pair("source", "third", Relation.PARAPHRASE, 0.80, 90), null, null),
        directed(pair("first", "second", Relation.PARAPHRASE, 0.70, 90), null, null),
        directed(pair("first", "third", Relation.PARAPHRASE, 0.70, 90), null, null),
        directed(pair("second", "third", Relation.PARAPHRASE, 0.70, 90), null, null));
  }

  @Test
  void anOriginalOfTwoThirdsIsCarriedToItsUnknownPair() {
    List<DirectedPair> in = group("source");
    List<DirectedPair> out = GroupAnswerCarrier.apply(in, in);
    DirectedPair carried = out.get(2);
    assertThat(carried.pair().source()).isEqualTo("source");
    assertThat(carried.direction().evidence()).containsExactly("group");
    assertThat(carried.direction().confidence()).isEqualTo(GroupAnswerCarrier.CONFIDENCE);
    assertThat(carried.direction().detail()).isEqualTo("group: source is named the original of first, second, every document related to third too;"
        + " third is named the original of none of them and none of them the original of source (the pair alone: none)");
    assertThat(carried.pair().passages()).isEqualTo(in.get(2).pair().passages());
    // the other pairs as they were: the rewrites' pairs have no third named the original of one of them twice
    for (int i : new int[] {0, 1, 3, 4, 5}) {
      assertThat(out.get(i)).isEqualTo(in.get(i));
    }
  }

  @Test
  void oneThirdIsNotEnough() {
    List<DirectedPair> in = group(null);
    assertThat(GroupAnswerCarrier.apply(in, in)).containsExactlyElementsOf(in);
  }

  @Test
  void theOtherEndNamedTheOriginalOfAThirdStopsIt() {
    List<DirectedPair> in = new ArrayList<>(group("source"));
    in.set(5, directed(pair("second", "third", Relation.PARAPHRASE, 0.70, 90), "third", "model_style"));
    assertThat(GroupAnswerCarrier.apply(in, in).get(2).direction().isKnown()).isFalse();
  }

  @Test
  void aThirdNamedTheOriginalOfTheCandidateStopsIt() {
    List<DirectedPair> in = new ArrayList<>(group("source"));
    in.add(directed(pair("wire", "source", Relation.PARAPHRASE, 0.70, 90), "wire", "date"));
    in.add(directed(pair("wire", "third", Relation.PARAPHRASE, 0.70, 90), null, null));
    assertThat(GroupAnswerCarrier.apply(in, in).get(2).direction().isKnown()).isFalse();
  }

  @Test
  void aThirdNamedTheOriginalOfTheOtherEndDoesNotStopIt() {
    // the lead's choice: no guard on the carried copy's own originals (docs/quality.md, "an eighteenth round")
    List<DirectedPair> in = new ArrayList<>(group("source"));
    in.set(4, directed(pair("first", "third", Relation.PARAPHRASE, 0.70, 90), "first", "model_style"));
    assertThat(GroupAnswerCarrier.apply(in, in).get(2).pair().source()).isEqualTo("source");
  }

  @Test
  void aPairWhoseAnswerSiblingRewritesWithdrewStaysUnknown() {
    // judged: the source named the original of third too; settled: that answer withdrawn
    List<DirectedPair> judged = new ArrayList<>(group("source"));
    judged.set(2, directed(pair("source", "third", Relation.PARAPHRASE, 0.80, 90), "source", "model_style"));
    List<DirectedPair> settled = new ArrayList<>(judged);
    settled.set(2, SiblingRewrites.unknown(judged.get(2), "first"));
    assertThat(GroupAnswerCarrier.apply(judged, settled)).containsExactlyElementsOf(settled);
  }

  @Test
  void aThirdTheCandidateIsNotNamedTheOriginalOfStopsIt() {
    // a fourth rewrite related to the source and to third, its direction with the source unknown: source leads two
    // of three thirds, which is as often a sibling pair as a copy and its original
    List<DirectedPair> in = new ArrayList<>(group("source"));
    in.add(directed(pair("source", "fourth", Relation.PARAPHRASE, 0.70, 90), null, null));
    in.add(directed(pair("third", "fourth", Relation.PARAPHRASE, 0.70, 90), null, null));
    assertThat(GroupAnswerCarrier.apply(in, in)).containsExactlyElementsOf(in);
  }

  @Test
  void theDecisionFromTiesIsTheSameEitherWayRound() {
    List<GroupAnswerCarrier.Tie> ties = List.of(new GroupAnswerCarrier.Tie("x", "z1", true), new GroupAnswerCarrier.Tie("x", "z2", true),
        new GroupAnswerCarrier.Tie("y", "z1", false));
    assertThat(GroupAnswerCarrier.candidate("x", "y", ties)).isEqualTo("x");
    assertThat(GroupAnswerCarrier.candidate("y", "x", ties)).isEqualTo("x");
    assertThat(GroupAnswerCarrier.candidate("x", "y", ties.subList(0, 1))).isNull();
    assertThat(GroupAnswerCarrier.leadsEveryThird("x", ties, 2)).isTrue();
    assertThat(GroupAnswerCarrier.leadsEveryThird("x", ties, 3)).isFalse();
  }

  @Test
  void theProvenanceStageCarriesAfterTheSiblingRewrites() {
    Map<String, org.doppel.ingest.SourceText> docs = Map.of("source", Docs.doc("source", "a.example", null), "first",
        Docs.doc("first", "b.example", null), "second", Docs.doc("second", "c.example", null), "third", Docs.doc("third", "d.example", null));
    Provenance provenance = new ProvenanceAnalyzer(DirectionJudge.standard(new DocumentFrequencies()), FamilyBuilder.defaults())
        .ofDirected(List.of("source", "first", "second", "third"), group("source"), docs::get, id -> 100);
    assertThat(provenance.direction("source", "third").source()).isEqualTo("source");
    assertThat(provenance.familyOf("third").member("third").parent()).isEqualTo("source");
  }

  @Test
  void aCarriedLineRewrittenIsTheLineWrittenWithIt() throws IOException {
    List<DirectedPair> in = group("source");
    DirectedPair carried = GroupAnswerCarrier.apply(in, in).get(2);
    Map<String, String> texts = Map.of("source", "A source text.", "third", "A rewrite of it.");
    String before = line(texts, in.get(2));
    assertThat(JsonLinesReport.withDirection(before, carried.direction())).isEqualTo(line(texts, carried));
  }

  @Test
  void aKnownPairIsNotCarriedTo() {
    List<DirectedPair> in = group("source");
    assertThatThrownBy(() -> GroupAnswerCarrier.carry(in.get(0), "first", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private static String line(Map<String, String> texts, DirectedPair directed) throws IOException {
    StringWriter out = new StringWriter();
    new JsonLinesReport(texts::get).withProvenance(new Provenance(List.of(directed), List.of(), List.of())).write(List.of(directed.pair()), out);
    return out.toString().strip();
  }
}
