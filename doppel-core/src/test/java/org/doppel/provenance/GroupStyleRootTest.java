package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.directed;
import static org.doppel.provenance.Docs.pair;
import static org.doppel.provenance.Docs.texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/**
 * A group of three invented texts: an original that writes its asides in parentheses ("source") and two rewrites of it
 * that dropped them ("first", "second"), every two of them reported as a pair and all three pairs left unknown by the
 * judge.
 */
class GroupStyleRootTest extends GroupRootCases {
  private static final String SOURCE = "The mayor (a former teacher) opened the bridge (built in 1920) on Monday.";
  private static final String FIRST = "On Monday the mayor, once a teacher, opened the old bridge.";
  private static final String SECOND = "The old bridge was opened by the mayor on Monday.";

  @Override
  Map<String, String> groupTexts() {
    return texts(SOURCE, FIRST, SECOND);
  }

  @Override
  String evidence() {
    return "group_style";
  }

  @Override
  double confidence() {
    return GroupStyleRoot.CONFIDENCE;
  }

  @Override
  List<DirectedPair> named(List<DirectedPair> judged, List<DirectedPair> settled, Map<String, String> texts) {
    return GroupStyleRoot.apply(judged, settled, id -> GroupStyleRoot.parentheses(texts.get(id)));
  }

  @Test
  void theDetailSaysTheRootWritesAsidesAndItsGroupNone() {
    List<DirectedPair> in = group();
    List<DirectedPair> out = named(in, in, texts(SOURCE, FIRST, SECOND));
    assertThat(out.get(0).direction().detail()).isEqualTo("group_style: source writes asides in parentheses and none of the 2 documents"
        + " related to it does, first among them, and none is named its original (the pair alone: none)");
  }

  @Test
  void aRelatedTextWithOneParenthesisStopsIt() {
    List<DirectedPair> in = group();
    assertThat(named(in, in, texts(SOURCE, FIRST, "The old bridge (1920) was opened by the mayor."))).containsExactlyElementsOf(in);
  }

  @Test
  void oneParenthesisIsNotEnough() {
    List<DirectedPair> in = group();
    assertThat(named(in, in, texts("The mayor (a former teacher) opened the bridge.", FIRST, SECOND))).containsExactlyElementsOf(in);
  }

  @Test
  void anAnswerIsKeptAndStillCountsAsTheGroupsAnswer() {
    // the judge names first the original of source: source is a named copy, and nothing is named by style
    List<DirectedPair> in = new ArrayList<>(group());
    in.set(0, directed(pair("source", "first", Relation.PARAPHRASE, 0.80, 90), "first", "facts"));
    assertThat(named(in, in, texts(SOURCE, FIRST, SECOND))).containsExactlyElementsOf(in);
  }

  @Test
  void eachTextIsCountedOnce() {
    List<DirectedPair> in = group();
    Map<String, Integer> asked = new HashMap<>();
    Map<String, String> texts = texts(SOURCE, FIRST, SECOND);
    GroupStyleRoot.apply(in, in, id -> {
      asked.merge(id, 1, Integer::sum);
      return GroupStyleRoot.parentheses(texts.get(id));
    });
    assertThat(asked.values()).allMatch(n -> n == 1);
  }

  @Test
  void theDecision() {
    assertThat(GroupStyleRoot.parentheses(SOURCE)).isEqualTo(2);
    assertThat(GroupStyleRoot.leads(2, false, 2, 0)).isTrue();
    assertThat(GroupStyleRoot.leads(1, false, 2, 0)).isFalse();
    assertThat(GroupStyleRoot.leads(2, true, 2, 0)).isFalse();
    assertThat(GroupStyleRoot.leads(2, false, 1, 0)).isFalse();
    assertThat(GroupStyleRoot.leads(2, false, 5, 1)).isFalse();
  }

  @Test
  void theProvenanceStageNamesItAfterTheCarrier() {
    Map<String, SourceText> docs = Map.of("source", new SourceText("source", SOURCE, "a.example", null),
        "first", new SourceText("first", FIRST, "b.example", null), "second", new SourceText("second", SECOND, "c.example", null));
    Provenance provenance = new ProvenanceAnalyzer(DirectionJudge.standard(new DocumentFrequencies()), FamilyBuilder.defaults())
        .ofDirected(List.of("source", "first", "second"), group(), docs::get, id -> 100);
    assertThat(provenance.direction("source", "first").source()).isEqualTo("source");
    assertThat(provenance.direction("source", "second").source()).isEqualTo("source");
    assertThat(provenance.direction("first", "second").isKnown()).isFalse();
  }

  @Test
  void aKnownPairIsNotNamed() {
    List<DirectedPair> in = List.of(directed(pair("source", "first", Relation.PARAPHRASE, 0.80, 90), "source", "facts"));
    assertThatThrownBy(() -> GroupStyleRoot.name(in.get(0), "source", 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDocumentsParenthesesAreCountedAsItsTextsAre() {
    for (String text : List.of("none", "one (aside) and (another)", "(Zürich — ć) (中文 😀) ((", "")) {
      assertThat(GroupStyleRoot.parentheses(SourceText.of("id", text))).as(text).isEqualTo(GroupStyleRoot.parentheses(text));
    }
  }
}
