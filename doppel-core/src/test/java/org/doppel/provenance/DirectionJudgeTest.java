package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.context;
import static org.doppel.provenance.Docs.doc;
import static org.doppel.provenance.Docs.pair;

import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class DirectionJudgeTest {
  private static DirectionSignal weak(String original) {
    return pair -> List.of(new DirectionClue("rewrite", original, false, "odd words"));
  }

  private static Direction judge(DirectionJudge judge, SourceText x, SourceText y) {
    return judge.judge(context(pair(x.id(), y.id(), Relation.NEAR_DUPLICATE, 0.9, 50), x, y));
  }

  @Test
  void agreeingDateAndAttributionNameTheSourceWithBothSignals() {
    Direction d = judge(DirectionJudge.metadataSignals(), doc("copy", "Urban Bulletin", "2020-03-05", null, "Lamplit Ledger"),
        doc("orig", "The Lamplit Ledger", "2020-03-01"));
    assertThat(d.source()).isEqualTo("orig");
    assertThat(d.evidence()).containsExactly("date", "attribution");
    assertThat(d.confidence()).isEqualTo(0.995);
    assertThat(d.detail()).startsWith("date: orig published 2020-03-01");
  }

  @Test
  void disagreeingStrongSignalsGiveUnknown() {
    Direction d = judge(DirectionJudge.metadataSignals(), doc("x", "Urban Bulletin", "2020-03-01", null, "Lamplit Ledger"),
        doc("y", "The Lamplit Ledger", "2020-03-05"));
    assertThat(d.isKnown()).isFalse();
    assertThat(d.evidence()).isEmpty();
    assertThat(d.clues()).hasSize(2);
    assertThat(d.detail()).startsWith("evidence disagrees");
  }

  @Test
  void weakCluesDecideOnlyWithoutStrongOnesAndAreOutweighedOtherwise() {
    SourceText undatedX = doc("x", "A", null);
    SourceText undatedY = doc("y", "B", null);
    Direction weakOnly = judge(DirectionJudge.metadataSignals().with(weak("y")), undatedX, undatedY);
    assertThat(weakOnly.source()).isEqualTo("y");
    assertThat(weakOnly.evidence()).containsExactly("rewrite");

    Direction outweighed = judge(DirectionJudge.metadataSignals().with(weak("y")), doc("x", "A", "2020-01-01"), doc("y", "B", "2020-02-01"));
    assertThat(outweighed.source()).isEqualTo("x");
    assertThat(outweighed.evidence()).containsExactly("date");
    assertThat(outweighed.detail()).contains("outweighed: rewrite");
  }

  @Test
  void disagreeingWeakCluesGiveUnknownAndNoCluesGiveUnknown() {
    Direction split = judge(new DirectionJudge(List.of(weak("x"), weak("y"))), doc("x", "A", null), doc("y", "B", null));
    assertThat(split.isKnown()).isFalse();
    Direction none = judge(DirectionJudge.metadataSignals(), doc("x", "A", null), doc("y", "B", null));
    assertThat(none.source()).isNull();
    assertThat(none.confidence()).isZero();
  }

  @Test
  void aClueThatMayNotDecideAloneSupportsOrVetoesButDecidesNothing() {
    DirectionSignal unsure = pair -> List.of(new DirectionClue("rewrite", "y", false, "odd words").notAlone("restructured"));
    DirectionSignal facts = pair -> List.of(new DirectionClue("facts", "y", false, "facts dropped"));
    DirectionSignal factsOtherWay = pair -> List.of(new DirectionClue("facts", "x", false, "facts dropped"));
    SourceText x = doc("x", "A", null);
    SourceText y = doc("y", "B", null);

    Direction alone = judge(new DirectionJudge(List.of(unsure)), x, y);
    assertThat(alone.isKnown()).isFalse();
    assertThat(alone.clues()).singleElement().satisfies(c -> assertThat(c.decidesAlone()).isFalse());
    assertThat(alone.detail()).startsWith("only weak evidence that does not decide alone: rewrite: odd words (restructured)");

    Direction supported = judge(new DirectionJudge(List.of(unsure, facts)), x, y);
    assertThat(supported.source()).isEqualTo("y");
    assertThat(supported.evidence()).containsExactly("rewrite", "facts");

    assertThat(judge(new DirectionJudge(List.of(unsure, factsOtherWay)), x, y).isKnown()).isFalse();

    Direction dated = judge(DirectionJudge.metadataSignals().with(unsure), doc("x", "A", "2020-01-01"), doc("y", "B", "2020-02-01"));
    assertThat(dated.source()).isEqualTo("x");
    assertThat(dated.detail()).contains("outweighed: rewrite");
  }

  @Test
  void anUnknownDirectionSaysWhenBothCarryTheSameDay() {
    // written for the test: two text files dated the same day, nothing else to tell them apart
    Direction sameDay = judge(DirectionJudge.metadataSignals(), doc("x", "A", "2024-03-12"), doc("y", "B", "2024-03-12"));
    assertThat(sameDay.isKnown()).isFalse();
    assertThat(sameDay.source()).isNull();
    assertThat(sameDay.detail()).isEqualTo("no date evidence: both dated 2024-03-12, the same day; "
        + "no attribution, URL, credit, rewrite, cohesion or facts evidence");
    Direction undated = judge(DirectionJudge.metadataSignals(), doc("x", "A", null), doc("y", "B", "2024-03-12"));
    assertThat(undated.detail()).isEqualTo("no date, attribution, URL, credit, rewrite, cohesion or facts evidence");
  }
}
