package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.doc;
import static org.doppel.provenance.Docs.pair;

import java.util.List;
import java.util.Map;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class ProvenanceAnalyzerTest {
  private final Map<String, SourceText> docs = Map.of(
      "o", doc("o", "Lamplit Ledger", "2020-01-01"),
      "c1", doc("c1", "Urban Bulletin", "2020-01-03"),
      "c2", doc("c2", "Coast Daily", "2020-01-09", null, "Urban Bulletin"),
      "u", doc("u", "Hill Times", null),
      "lone", doc("lone", "Kiwi Mirror", "2019-05-05", null, "Kiwi Report"));
  private final List<RelatedPair> pairs = List.of(
      pair("o", "c1", Relation.NEAR_DUPLICATE, 0.95, 95),
      pair("c1", "c2", Relation.NEAR_DUPLICATE, 0.93, 90),
      pair("o", "c2", Relation.NEAR_DUPLICATE, 0.88, 85),
      pair("o", "u", Relation.EXACT, 1, 100));

  private Provenance analyze() {
    return new ProvenanceAnalyzer(DirectionJudge.metadataSignals(), FamilyBuilder.defaults())
        .analyze(List.of("o", "c1", "c2", "u", "lone"), pairs, docs::get, id -> 100);
  }

  @Test
  void everyPairGetsItsSourceAndTheFamiliesCoverTheCorpus() {
    Provenance provenance = analyze();
    assertThat(provenance.relatedPairs()).extracting(RelatedPair::source).containsExactly("o", "c1", "o", null);
    assertThat(provenance.direction("c2", "c1").evidence()).containsExactly("date", "attribution");
    assertThat(provenance.direction("o", "lone")).isNull();
    assertThat(provenance.families()).extracting(StoryFamily::size).containsExactly(4, 1);
    assertThat(provenance.familyOf("c2").member("c2").parent()).isEqualTo("c1");
    assertThat(provenance.familyOf("u").origin()).isNull(); // u is undated and exact: its branch's source is unknown
  }

  @Test
  void familiesMadeOnUseAreMadeOnceWhenFirstAskedAndEqualThoseMadeAtOnce() {
    ProvenanceAnalyzer analyzer = new ProvenanceAnalyzer(DirectionJudge.metadataSignals(), FamilyBuilder.defaults());
    List<String> ids = List.of("o", "c1", "c2", "u", "lone");
    Provenance eager = analyzer.analyze(ids, pairs, docs::get, id -> 100);
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    Provenance onUse = analyzer.ofDirected(ids, eager.pairs(), docs::get, id -> 100, families -> {
      made.incrementAndGet();
      return families.get();
    });
    assertThat(onUse.direction("c2", "c1")).isEqualTo(eager.direction("c2", "c1"));
    assertThat(made).hasValue(0);
    assertThat(onUse.families()).isEqualTo(eager.families());
    assertThat(onUse.attributions()).isEqualTo(eager.attributions());
    assertThat(onUse.familyOf("c2")).isEqualTo(eager.familyOf("c2"));
    assertThat(made).hasValue(1);
  }

  @Test
  void aDocumentThatCreditsASourceOutsideTheCorpusIsNoOrigin() {
    StoryFamily lone = analyze().familyOf("lone");
    assertThat(lone.origin()).isNull();
    assertThat(lone.member("lone").change()).isEqualTo("root; credits a source outside the corpus");
  }

  @Test
  void attributionsAreResolvedAgainstRelatedDocumentsOnly() {
    assertThat(analyze().attributions()).extracting(AttributionNote::document, AttributionNote::resolvedTo).containsExactly(
        org.assertj.core.groups.Tuple.tuple("c2", "c1"), org.assertj.core.groups.Tuple.tuple("lone", null));
  }

  @Test
  void aTraceRanksDirectCopiesBeforeCopiesOfCopiesAndSetsUnknownPairsApart() {
    DocumentTrace trace = analyze().trace(docs.get("o"));
    assertThat(trace.origin()).isNull();
    assertThat(trace.takenFrom()).isEmpty();
    assertThat(trace.copiedBy()).extracting(RankedCopy::copy, RankedCopy::generation).containsExactly(
        org.assertj.core.groups.Tuple.tuple("c1", 1), org.assertj.core.groups.Tuple.tuple("c2", 1));
    assertThat(trace.undirected()).extracting(p -> p.other("o")).containsExactly("u");

    DocumentTrace copy = analyze().trace(docs.get("c2"));
    assertThat(copy.takenFrom()).extracting(p -> p.direction().source()).containsExactly("c1", "o");
    assertThat(copy.attributions()).singleElement().extracting(AttributionNote::resolvedTo).isEqualTo("c1");
  }

  @Test
  void tracingADocumentOutsideTheProvenanceFailsWithItsId() {
    assertThatThrownBy(() -> analyze().trace(doc("stranger", "X", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'stranger'");
  }
}
