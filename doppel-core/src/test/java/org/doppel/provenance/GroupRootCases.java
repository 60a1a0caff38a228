package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.directed;
import static org.doppel.provenance.Docs.line;
import static org.doppel.provenance.Docs.pair;
import static org.doppel.provenance.Docs.unknownGroup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.relate.Relation;
import org.doppel.report.JsonLinesReport;
import org.junit.jupiter.api.Test;

/**
 * What every step that names a group's root must do ({@link GroupStyleRoot}, {@link GroupFactsRoot}), on {@link
 * Docs#unknownGroup}'s three documents with texts where "source" is the root: a test class gives the step and the texts.
 */
abstract class GroupRootCases {
  /** The step's answers: {@code settled} with the root named, as the judge left the pairs in {@code judged}. */
  abstract List<DirectedPair> named(List<DirectedPair> judged, List<DirectedPair> settled, Map<String, String> texts);

  /** The texts of "source", "first" and "second", "source" the root. */
  abstract Map<String, String> groupTexts();

  /** The evidence the step names, and the confidence it gives. */
  abstract String evidence();

  abstract double confidence();

  static List<DirectedPair> group() {
    return unknownGroup(Relation.PARAPHRASE);
  }

  @Test
  void theRootIsNamedTheOriginalOfItsUnknownPairsAndItsRewritesPairStaysUnknown() {
    List<DirectedPair> in = group();
    List<DirectedPair> out = named(in, in, groupTexts());
    for (int i : new int[] {0, 1}) {
      assertThat(out.get(i).pair().source()).isEqualTo("source");
      assertThat(out.get(i).direction().evidence()).containsExactly(evidence());
      assertThat(out.get(i).direction().confidence()).isEqualTo(confidence());
      assertThat(out.get(i).pair().passages()).isEqualTo(in.get(i).pair().passages());
    }
    // the two rewrites: neither leads the other as the step reads them, so their pair stays unknown
    assertThat(out.get(2)).isEqualTo(in.get(2));
  }

  @Test
  void aPairAloneIsNoGroup() {
    List<DirectedPair> in = group().subList(0, 1);
    assertThat(named(in, in, groupTexts())).containsExactlyElementsOf(in);
  }

  @Test
  void aTextNamedACopyIsNoRoot() {
    List<DirectedPair> in = new ArrayList<>(group());
    in.add(directed(pair("wire", "source", Relation.PARAPHRASE, 0.70, 90), "wire", "date"));
    Map<String, String> texts = new HashMap<>(groupTexts());
    texts.put("wire", texts.get("source") + " A wire said so.");
    List<DirectedPair> out = named(in, in, texts);
    assertThat(out.get(0).direction().isKnown()).isFalse();
    assertThat(out.get(1).direction().isKnown()).isFalse();
  }

  @Test
  void aPairWhoseAnswerAStepBeforeWithdrewStaysUnknown() {
    List<DirectedPair> judged = new ArrayList<>(group());
    judged.set(0, directed(pair("source", "first", Relation.PARAPHRASE, 0.80, 90), "first", "cohesion"));
    List<DirectedPair> settled = new ArrayList<>(judged);
    settled.set(0, SiblingRewrites.unknown(judged.get(0), "second"));
    List<DirectedPair> out = named(judged, settled, groupTexts());
    assertThat(out.get(0)).isEqualTo(settled.get(0));
    assertThat(out.get(1).pair().source()).isEqualTo("source");
  }

  @Test
  void aNamedLineRewrittenIsTheLineWrittenWithIt() throws IOException {
    List<DirectedPair> in = group();
    DirectedPair named = named(in, in, groupTexts()).get(0);
    assertThat(JsonLinesReport.withDirection(line(groupTexts(), in.get(0)), named.direction())).isEqualTo(line(groupTexts(), named));
  }
}
