package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final SyntheticCorpus CORPUS = SyntheticCorpus.generate(500, 7);

  private static Map<String, SyntheticCorpus.Planted> byId() {
    Map<String, SyntheticCorpus.Planted> out = new HashMap<>();
    CORPUS.planted().forEach(p -> out.put(p.source().id(), p));
    return out;
  }

  /** The body of a generated text: its paragraphs after the title, without site lines. */
  private static List<String> paragraphs(String text) {
    return List.of(text.split("\n\n")).stream().map(String::strip).toList();
  }

  private static List<Long> hashes(DocumentAnalyzer analyzer, SourceText source) {
    var words = analyzer.analyze(source).words();
    List<Long> out = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      out.add(words.hash(i));
    }
    return out;
  }

  @Test
  void sameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
    SyntheticCorpus again = SyntheticCorpus.generate(500, 7);
    assertThat(again.documents()).isEqualTo(CORPUS.documents());
    assertThat(again.truth()).isEqualTo(CORPUS.truth());
    assertThat(SyntheticCorpus.generate(500, 8).documents()).isNotEqualTo(CORPUS.documents());
  }

  @Test
  void mixOfKindsAndSizesIsAsDocumented() {
    Map<SyntheticCorpus.Kind, Integer> kinds = new HashMap<>();
    CORPUS.planted().forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
    assertThat(kinds.get(SyntheticCorpus.Kind.ORIGINAL)).isEqualTo(300);
    for (SyntheticCorpus.Kind kind : List.of(SyntheticCorpus.Kind.EXACT, SyntheticCorpus.Kind.NEAR_DUPLICATE,
        SyntheticCorpus.Kind.PARTIAL, SyntheticCorpus.Kind.PARAPHRASE)) {
      assertThat(kinds.get(kind)).isEqualTo(50);
    }
    assertThat(CORPUS.documents()).extracting(SourceText::id).doesNotHaveDuplicates().isSorted();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    double words = CORPUS.documents().stream().mapToInt(d -> analyzer.analyze(d).words().size()).average().orElse(0);
    double chars = CORPUS.documents().stream().mapToInt(d -> d.text().length()).average().orElse(0);
    assertThat(words).isBetween(400.0, 700.0);
    assertThat(chars).isBetween(2_400.0, 4_500.0);
  }

  @Test
  void exactCopiesCarryTheOriginalVerbatimAndTheAnalyzerSeesTheSameWords() {
    Map<String, SyntheticCorpus.Planted> byId = byId();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    int checked = 0;
    for (SyntheticCorpus.Planted p : CORPUS.planted()) {
      if (p.kind() == SyntheticCorpus.Kind.EXACT) {
        SourceText original = byId.get(p.originalId()).source();
        String body = original.text().substring(original.text().indexOf('\n'));
        assertThat(p.source().text()).contains(body.strip()).isNotEqualTo(original.text());
        assertThat(hashes(analyzer, p.source())).isEqualTo(hashes(analyzer, original));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(50);
  }

  @Test
  void partialCopiesContainTheOriginalsParagraphsVerbatim() {
    Map<String, SyntheticCorpus.Planted> byId = byId();
    for (SyntheticCorpus.Planted p : CORPUS.planted()) {
      if (p.kind() == SyntheticCorpus.Kind.PARTIAL) {
        List<String> original = paragraphs(byId.get(p.originalId()).source().text());
        assertThat(p.toParagraph() - p.fromParagraph()).isBetween(1, 3);
        for (int i = p.fromParagraph(); i < p.toParagraph(); i++) {
          // paragraph 0 of the text is the title line
          assertThat(paragraphs(p.source().text())).contains(original.get(i + 1));
        }
        assertThat(p.source().text()).doesNotContain(original.get(0));
      }
    }
  }

  @Test
  void nearDuplicatesAndParaphrasesDifferByTheirEditRates() {
    Map<String, SyntheticCorpus.Planted> byId = byId();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    for (SyntheticCorpus.Planted p : CORPUS.planted()) {
      if (p.kind() == SyntheticCorpus.Kind.NEAR_DUPLICATE || p.kind() == SyntheticCorpus.Kind.PARAPHRASE) {
        Set<String> copy = new HashSet<>(List.of(p.source().text().split("\\s+")));
        List<String> original = List.of(byId.get(p.originalId()).source().text().split("\\s+"));
        double kept = original.stream().filter(copy::contains).count() / (double) original.size();
        assertThat(p.source().text()).isNotEqualTo(byId.get(p.originalId()).source().text());
        if (p.kind() == SyntheticCorpus.Kind.NEAR_DUPLICATE) {
          assertThat(kept).isGreaterThan(0.7);
        }
        assertThat(hashes(analyzer, p.source())).isNotEqualTo(hashes(analyzer, byId.get(p.originalId()).source()));
      }
    }
  }

  @Test
  void truthCoversEveryCopyAndPairsOfCopies() {
    Set<String> pairs = new HashSet<>();
    for (SyntheticCorpus.TruePair t : CORPUS.truth()) {
      assertThat(t.a()).isLessThan(t.b());
      assertThat(pairs.add(t.a() + " " + t.b())).isTrue();
    }
    for (SyntheticCorpus.Planted p : CORPUS.planted()) {
      if (p.kind() != SyntheticCorpus.Kind.ORIGINAL) {
        String a = p.source().id().compareTo(p.originalId()) < 0 ? p.source().id() : p.originalId();
        String b = a.equals(p.source().id()) ? p.originalId() : p.source().id();
        assertThat(pairs).contains(a + " " + b);
      }
    }
    // With 200 copies of 300 originals some originals have two copies: their pair is planted too.
    assertThat(CORPUS.truth().size()).isGreaterThan(200);
    assertThat(CORPUS.truth()).extracting(SyntheticCorpus.TruePair::relation)
        .contains(Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.PARTIAL, Relation.PARAPHRASE);
  }

  @Test
  void jsonLinesRoundTripsThroughTheCorpusReader(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.jsonl");
    CORPUS.writeJsonLines(file);
    List<SourceText> read = new CorpusReader(problem -> {
      if (!problem.note()) { // the file's record count is a note, no problem (IngestProblem.note)
        throw new AssertionError(problem.toString());
      }
    }).readAll(List.of(file));
    assertThat(read).extracting(SourceText::id).isEqualTo(CORPUS.documents().stream().map(SourceText::id).toList());
    assertThat(read).extracting(SourceText::text).isEqualTo(CORPUS.documents().stream().map(SourceText::text).toList());
    assertThat(Files.readAllLines(file)).hasSize(500);
  }
}
